<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FrameScoreCsv</name>
    <message>
        <source>Cannot write the CSV export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (no header line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column %2 of the header must be &quot;%3&quot;, found &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column %2 of the header (&quot;%3&quot;) does not start with p_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis_id, track, frame_index and p_fake must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis_id %1 differs from %2 on the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the CSV export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot write the JSON export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>%1 is not a Fakeprint analysis export (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema_version %2; this Fakeprint reads version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the JSON export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (offset %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Face images are not shown: the evidence file at %1 does not match its recorded SHA-256 (see the integrity check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face images are not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoder, frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font %1 was not found (install fonts-dejavu-core); the report uses the default font.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report needs a QApplication (QCustomPlot draws the plots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size must be A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fakeprint case report: %1, analysis %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (id %2) · analysis %3 · report %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start painting the PDF %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Write RTL when the language is written from right to left (Arabic), LTR otherwise. Qt lays out every window in this direction.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manipulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manipulated, method unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending (analysis not finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no interval stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (95% interval %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: the model %1 was trained on synthetic manipulations generated by Fakeprint, not on real-world deepfakes. Its scores are indications with the uncertainty shown, not proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model-derived values on this page come from model %1 %2 (SHA-256 %3) with frame stride %4 and face detection every %5 frames. Intervals are 95% intervals over the frames of a track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fakeprint case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deepfake detection and attribution for one video analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UUID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content SHA-256 is the hash of this analysis&apos;s machine-readable export (fakeprint-cli export-data --json, without its exported_at field) at the time of the report; the same data gives the same hash. The audit head hash anchors the case database&apos;s hash-chained audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fakeprint finds faces in the video, follows each face over time as a track, and scores every face crop with a neural network: the probability that the face was manipulated (P(fake)) and, when the model has an attribution head, which manipulation method it resembles. The scores of a track are aggregated into a verdict: real, manipulated (with the method), manipulated by an unknown method, or inconclusive when the evidence is too weak or too short. Every score is an estimate with uncertainty; a verdict is an indication for an expert, not proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check at report time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not performed for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATCH: the file still has the recorded size and SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISMATCH: the file at the registered path differs from the registered evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING: the file could not be read at the registered path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media information was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit rate (bit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled with Fakeprint (name and SHA-256 match the shipped model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified: not a model shipped with Fakeprint; its card and metrics are the claims of whoever made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model learned synthetic manipulations: its training faces were altered by Fakeprint&apos;s own generator (face swaps, blends, re-enactment-like warps and similar), not by the tools that make real deepfakes. Results on real-world fakes can differ from the metrics below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not described by the card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured metrics (from the model card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card states none; that does not mean there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Summary of face tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(fake) with 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face was tracked in this video. Fakeprint makes no statement about videos or frames without faces: no face does not mean real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Notes and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes or bookmarks concern this analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Processing log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last frame committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames with a scored face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames without a scored face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of the video; no statement is made about them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis is not completed (status %1): its results may be partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is not a bundled Fakeprint model; its identity is its SHA-256 above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERIFIED: the hash chain of all %1 audit entries of the case database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN: the audit chain fails at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry&apos;s hash covers its fields and the previous entry&apos;s hash; check the chain at any time with &quot;fakeprint-cli audit verify --db %1&quot;. Hashes are shortened to 16 hex digits below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median face box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1, y %2, %3 x %4 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames that drove the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame of this track was scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black: P(fake) per scored frame. Coloured: probability of each manipulation class. Dashed line: the decision threshold of the model card; shaded band: the inconclusive range. Single frames vary; the verdict rests on the whole track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean probability of each class over the track&apos;s frames; whiskers show 95% intervals where they were stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces at the frames that drove the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1, P(fake) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key frames with Grad-CAM heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Grad-CAM heatmap shows where in the face crop the model found the evidence for one class: warm colours mark the regions that raised the model&apos;s score most. It shows where the model looked. It is NOT a map of fake or manipulated pixels, it does not localise a manipulation, and a strong heatmap on a real face is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1. Left: the face crop as decoded. Right: %2 heatmap for &quot;%3&quot; over the same crop (where the model looked for this class, not where the image is fake).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored heatmap could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDataLoader</name>
    <message>
        <source>Reading analysis %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case of analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence of analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checking evidence %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPlots</name>
    <message>
        <source>P(fake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation %1 is missing from this build of Fakeprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; available languages: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 [%2] %3/%4 frames  %5 fps  ETA %6  %7 tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse every face track of a video with a model and store the results in a case database.
The verdicts come from a model; the bundled model learned synthetic manipulations only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file (opened read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name; created when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name or card path (default: the bundled model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads for inference, 0 = all cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse every N-th frame (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the face detector every K analysed frames, track in between (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces smaller than this many pixels are counted, not scored (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, blazeface, haar or lbp (default auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the interrupted analysis ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyze needs exactly one VIDEO; see &apos;fakeprint-cli analyze --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume needs an analysis id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1 of %2 (sha256 %3) in case database %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3)%4; trained on synthetic manipulations only, see its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [UNVERIFIED]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  track %1  frames %2-%3  %4%5  confidence %6  P(fake) %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify: check the hash chain of a case database&apos;s audit log (read-only).
Exit 0 when the chain holds, 6 naming the first bad entry when an entry was edited, removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action (verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fakeprint-cli audit verify [--db CASE.db] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain of %1 broken at entry %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain of %1 holds: %2 entries, head %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one case (its evidence records, analyses, heatmaps, notes and audit entries) as a single bundle file. The evidence videos themselves are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file to write (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported case &apos;%1&apos; to %2 (%3 bytes, SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case bundle into a case database. Every digest is checked; a case that already exists is never replaced (use --as NAME to import a copy under another name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import under this case name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse bundles larger than this (default 8192 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size-mb needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported case &apos;%1&apos; as id %2 into %3 (%4 videos, %5 analyses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage cases in a case database.
  case new NAME [--analyst A] [--description D]   create a case
  case list                                       list the cases
  case show NAME_OR_ID [--verify]                 evidence, analyses and notes of a case;
                                                  --verify re-hashes every evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst name (case new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case description (case new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-hash the evidence files and compare (case show); exit 6 on a mismatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, list or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case needs an action: new, list or show; see &apos;fakeprint-cli case --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case new needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case show needs exactly one NAME_OR_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: analysis %1 was left running by a program that stopped; marked interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created case %1 &apos;%2&apos; in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 videos, %2 analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 &apos;%2&apos;  uuid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst: %1  created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyses (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and bookmarks (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (frame %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and the library versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, show or add models (list [--json], show NAME, add CARD.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media info and SHA-256 of a video (--json, --md5, --frame-hashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write decoded frame INDEX of a video as PNG (-o OUT.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (and track) faces in an image or a video (--json, --every K, --detector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, list and show cases (new NAME, list, show NAME_OR_ID [--verify])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the hash chain of a case database&apos;s audit log (verify --db F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a case as a bundle file (--db F --case C -o BUNDLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case bundle into a case database (BUNDLE --db F [--as NAME])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse the face tracks of a video into a case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF case report of an analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an analysis as JSON and per-frame scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one analysis as JSON (docs/export-schema.md) and/or its per-frame scores as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file of per-frame scores to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (integrity_check is then &quot;not_checked&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-data needs --db CASE.db, --analysis ID and --json OUT.json and/or --csv OUT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--analysis expects a number, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect faces in an image or in the frames of a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect on every K-th frame (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), blazeface, haar or lbp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum detection score (default 0.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N frames (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also track the faces and list the tracks on every frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file (opened read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faces needs exactly one VIDEO_OR_IMAGE argument; see &apos;fakeprint-cli faces --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every needs a whole number &gt;= 1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold needs a number between 0 and 1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-frames needs a whole number &gt;= 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be decoded as an image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 faces (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 faces in %3 frames (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one decoded frame of a video as a PNG (lossless RGB, display orientation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the frame&apos;s index, pts, size and pixel MD5 as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file (opened read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-based frame index in presentation order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fakeprint-cli frame VIDEO INDEX -o OUT.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDEX must be a frame number (0 or more), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write over the evidence file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote frame %1 (pts %2, %3x%4, rgb24 md5 %5) to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print media information and the SHA-256 of a video (evidence) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also compute the MD5 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode every frame and list the MD5 of its RGB24 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info needs exactly one VIDEO argument; see &apos;fakeprint-cli info --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 (pts %2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limitation: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed model %1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, show or add models (TorchScript + JSON card).
  models list [--json]            installed models, bundled first
  models show NAME_OR_PATH [--json]  one card, with a check of its weights&apos; SHA-256
  models add CARD.json [--json]   validate a model and copy it into the user models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show or add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name or card path (show), card path (add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fakeprint-cli models list|show NAME|add CARD.json [--json]; see &apos;fakeprint-cli models --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF case report of one analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language: %1 (default: the language of the messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst named on the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (the report then says so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report id, page count and hashes as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --db CASE.db, --analysis ID and -o OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the evidence failed its integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, report id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and the library versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fakeprint %1: offline deepfake detection and attribution for video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages and the default language of &apos;report&apos;: %1 (default: the language chosen in Fakeprint&apos;s settings, else the system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad command line, 3 bad input file, 4 model missing or invalid, 5 case database error, 6 integrity check failed, 130 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (--json) goes to standard output; messages and progress go to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language, e.g. --lang de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;fakeprint-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp</name>
    <message>
        <source>File not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read error in %1 at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::analysis</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::analysis::AnalysisJob</name>
    <message>
        <source>Frame stride, detection interval and batch size must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 is not one of the bundled models: its origin is unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1 is %2; only an interrupted analysis can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1 was made with model %2 (sha256 %3); resume it with that model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1 cancelled at frame %2; the frames analysed so far are kept in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::analysis::TruthComparison</name>
    <message>
        <source>Not a ground-truth file of fakeprint-lab synth (format fakeprint-synth-truth/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truth  class            analysed  overlap  verdict          method           confidence  agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 truth tracks agree; %3 analysed track(s) match no truth track.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::cases</name>
    <message>
        <source>reading the tracks of analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the face detections of analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the frame scores of analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the heatmaps of frame %1 of analysis %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the heatmap frames of analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the coverage of analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting an analysis of evidence %1 in case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is not part of case %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis with id %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is %3; only an interrupted analysis can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis writer was closed before the analysis finished; it can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is being written by another running Fakeprint (lock %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (track %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1: progress cannot go back from frame %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing results of analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1: frame %2 refers to track %3, which was never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (detection of track %2 on frame %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (score of track %2 on frame %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (heatmap of track %2 on frame %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An analysis finishes as completed, failed or cancelled, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking analysis %1 as interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appending the audit entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 is missing (the next stored entry is %2): entries were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2 (its previous hash differs): entries were removed, reordered or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 (%2 on %3) was altered: its hash does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log ends at entry %1 but its head records entry %2 with another hash: entries were removed from the end or the head was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit head record is missing although the log has %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1 is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1 is %2 bytes, larger than the import limit of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read case bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with the Fakeprint bundle signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: %1 bytes, the header alone needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Fakeprint reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest size %1 is outside 1..%2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the manifest needs %1 bytes, the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the manifest of case bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest does not match its SHA-256 (damaged or altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest&apos;s format is not &quot;fakeprint-case-bundle&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest must list 1 to %1 parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1 names a part &apos;%2&apos;: not a plain file name (path traversal or special characters); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: part &apos;%1&apos; needs %2 bytes from offset %3, the file has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot seek in case bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated inside part &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1: part &apos;%2&apos; does not match its SHA-256 (expected %3, found %4); the bundle is damaged or was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle part name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the case bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the case snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing a case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export of case &apos;%1&apos; refused: the audit log of %2 is broken at entry %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking a snapshot for export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruning the export snapshot to case &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open case bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1 has an unexpected part &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1 lacks the part &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1: the audit part is %2 bytes, more than the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1: audit.json is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the database inside case bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1 holds no valid database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database inside case bundle %1 fails its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has schema version %2; this Fakeprint reads 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has dangling references (table %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1 must hold exactly one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest names case %2 but the database holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing case bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &apos;%1&apos; (id %2) already exists in %3; import refused so that nothing is overwritten (import it under another name to keep both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case database file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a case database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1 has schema version %2, newer than this Fakeprint understands (%3); update Fakeprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1 cannot use write-ahead logging (journal mode stayed %2); is it on a network or read-only file system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database connection %1 (%2) used from a thread that did not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1 was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for interrupted analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program running this analysis stopped before it finished; it can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating case &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case named &apos;%1&apos; already exists in %2 (id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case with id %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up case &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case named &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding evidence %1 to case &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording media info of evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence with id %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the evidence of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the cases of evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 matches its registered SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 has changed: SHA-256 %2 (%3 bytes), registered %4 (%5 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the analyses of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note or bookmark needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a note to case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note with id %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the notes of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Fakeprint case database (no schema_version table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1 has an empty schema_version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot migrate case database %1 from schema version %2 (this Fakeprint knows 0 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrating the schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1 is full (no space left on the disk or the size limit reached) while %2; free some space and retry: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1 is damaged or not a case database (while %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1 is read-only (while %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open case database %1 (while %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk I/O error on case database %1 while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1 stayed locked by another program while %2; retry later: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1 refused the change while %2 (constraint): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database %1: error while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a write transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::faces::BlazeFaceDetector</name>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector %1 does not have BlazeFace&apos;s outputs (896 scores and 896x16 regressions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3; reinstall it (packaging/setup-debian.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector model %1 has %2 outputs; a BlazeFace model has 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlazeFace %1 (%2x%3 input, score &gt;= %4%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, small-face tiles of %1 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::faces::CascadeDetector</name>
    <message>
        <source>No face cascade found: install Debian&apos;s opencv-data (packaging/setup-debian.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face cascade failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV %1 cascade %2 (faces &gt;= %3 px, no keypoints)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceCoverage</name>
    <message>
        <source>%1 of %2 examined frames have no face; of %3 faces, %4 are too small, %5 have a low detection score, %6 are blurred, %7 are in profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceDetectorFactory</name>
    <message>
        <source>BlazeFace model %1 is not installed in any of %2; run packaging/setup-debian.sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector kind &quot;dnn&quot; needs a model path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown face detector decoder &quot;%1&quot; (expected blazeface or ssd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face detector available: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the Haar cascade face detector (frontal faces only, more false detections) because BlazeFace is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown face detector &quot;%1&quot; (expected auto, blazeface, haar, lbp or dnn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceTracker</name>
    <message>
        <source>Face tracker got frame %1 after frame %2; frames must come in order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::faces::LandmarkDetector</name>
    <message>
        <source>Facial landmarks are off: dlib&apos;s shape_predictor_68_face_landmarks.dat was not found (install Debian&apos;s libdlib-data). Alignment and face masks are unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 predicts %2 points, not 68</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 could not be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmark detection needs an image and a non-empty box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmark detection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::faces::SsdFaceDetector</name>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector model %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector %1 output has %2 values, not rows of 7 (SSD DetectionOutput)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cv::dnn SSD face detector %1 (%2x%3 input, score &gt;= %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::inference</name>
    <message>
        <source>No frame of this track was scored, so nothing can be said about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 frames were scored; at least %2 are needed for a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(fake) %1 lies in the undecided band %2-%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(fake) %1 is below the threshold %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold %2; the model cannot name methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but no known method is likely enough (best: %2 at %3, needed %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but the faces look unlike the training data (energy %2 above %3), so the method is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold; the most likely method is %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face was seen in %1 frames, so the video cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 face tracks look real; the most suspicious has P(fake) %2. Faces were seen in %3% of the frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track looks manipulated, but track %1 is inconclusive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1 is the most suspicious: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.%2&apos; names the method &apos;%3&apos;, which the TorchScript module does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;input.size&apos; is %2, but the module rejects a [2, 3, %2, %2] input: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (one per class in &apos;classes&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs[%2].units&apos; says the %3 head has %4 units%5, but for a batch of 2 the module returns a tensor of shape %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.features_method&apos;: &apos;%2&apos; must return a feature map [N, C, h, w]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.head_method&apos;: %2(%3(x)) differs from forward(x) for output %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 (%2): %3 failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns a tuple holding something other than tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns %2, not tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos; lists %2 heads, but the module returns %3 tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA was requested for model %1, but LibTorch sees no CUDA device; choose CPU or Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the TorchScript module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop %1 of the batch is an empty image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoring %1 crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: model %1 has no attribution class %2 (it has %3 classes%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and no attribution head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: class index %1 is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score does not depend on the output of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM on %1 crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;%2&apos; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold 3 numbers, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must match [a-z0-9._-]+, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a file name beside the card without &apos;/&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 lower-case hex digits, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 16 and 1024, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 (ids are 0..K-1 in order), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list one or two heads, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or 2 for a binary head, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but classes lists %2 classes; the attribution head needs one unit per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists the same head twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold exactly one class with key &apos;real&apos; when the model has no binary head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie in (0, 1), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie in [inconclusive_low, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie in (0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a boolean, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; this Fakeprint reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;RGB&quot; or &quot;BGR&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names an unknown head &quot;%1&quot; (known: &quot;binary&quot;, &quot;attribution&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read model card %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1 is larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1 must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write model card %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;weights&apos; names %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;sha256&apos; is %2 but the weights file %3 hashes to %4; the weights were changed or belong to another card. Refusing to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: the name &apos;%2&apos; is already used by another installed model; this card is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed model is named &apos;%1&apos; (installed: %2); see &apos;fakeprint-cli models list&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is installed (searched %1); add one with &apos;fakeprint-cli models add CARD.json&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card %1: field &apos;name&apos; is &apos;%2&apos;, which is already installed from %3 with other weights; rename the model or remove the installed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the user models folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1: %2 or %3 already exists in the user models folder and belongs to another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::media::FrameServer</name>
    <message>
        <source>Frame %1 is outside %2 (%3 frames)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::media::MediaInfo</name>
    <message>
        <source>File:       %1 (%2 bytes)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video:      %1%2, %3, %4x%5 (coded %6x%7, SAR %8, rotation %9)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames:     %1 (%2 keyframes), %3 fps (avg %4, real %5)%6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, variable frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:   %1 ms, bit rate %2 bit/s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio #%1:   %2, %3 Hz, %4
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::media::VideoReader</name>
    <message>
        <source>%1: the header claims an absurd picture size of %2x%3; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder error near frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 took longer than %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a video file FFmpeg recognises (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like %2 but its header cannot be read (%3); the file may be truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing %1 took longer than %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the stream parameters of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds audio only, no video stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this FFmpeg build has no decoder for the video codec &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the video stream has no picture size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1 stalled after %2 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2; the file may be truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet at byte %1 is marked corrupt by the demuxer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the video stream holds no frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends after %1 of the %2 frames its header declares; it is probably truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no decoder for &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory creating a decoder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid codec parameters: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the %2 decoder: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoding failed near frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 stalled or was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 could not be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded picture with timestamp %1 is not in the frame index; numbered %2 by order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 is damaged; the decoder concealed errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot seek to frame %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stream ended before frame %2 could be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame %2 was not produced by the decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: frame %2 is out of range (the video has %3 frames)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::AnalysisDialog</name>
    <message>
        <source>Analyse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse every n-th frame; frames in between are not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame stride:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the face detector on every k-th analysed frame and track in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · frame %2 of %3 · %4 fps · %5 track(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseBrowser</name>
    <message>
        <source>Case / evidence / analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 · analyst %2 · created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1
Detector %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseJobs</name>
    <message>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::EvidencePanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify hashes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-hash the file (read-only) and compare with the registry; the check is audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file modified %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media information recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2×%3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames · %2 fps%3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (variable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Intact: size and SHA-256 match the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ MISMATCH: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ File missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::GradCamService</name>
    <message>
        <source>No analysis is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis&apos; model %1 %2 (sha256 %3) is not installed: only the stored key frames have Grad-CAM maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM on demand is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM of track %1 on frame %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::MainWindow</name>
    <message>
        <source>Fakeprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark current frame…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an analysis first: a report describes one analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Report written with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fakeprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fakeprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fakeprint %1
Offline deepfake detection and attribution for video.

Grad-CAM maps show where a model looked, not which pixels were manipulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fakeprint case databases (*.db *.fpcase.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Fakeprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · analysis %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a case database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hashing and registering %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not analysed in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %1 · %2 · model %3 %4 · %5 track(s), %6 flagged · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an evidence file or an analysis to bookmark a frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame is shown yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, track %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, analysis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled: %1&lt;br&gt;User models: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No model is installed. Put a model card (JSON) and its TorchScript weights in %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled with Fakeprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user model (not verified by Fakeprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%1 px, %2, crop scale %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fake ≥ %1, inconclusive %2–%3, method needs ≥ %4, at least %5 frame(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature %1 (binary), %2 (attribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::NoteDialog</name>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you observed, and why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::NotesPanel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the current frame (and the selected track) (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, updated %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::OverlayBuilder</name>
    <message>
        <source>T%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · frame P(fake) %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::PlayerWidget</name>
    <message>
        <source>Open a case and select an analysis or an evidence file to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous suspicious segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the previous segment where P(fake) reaches the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next suspicious segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the next segment where P(fake) reaches the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play backward, faster on repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play forward, faster on repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame or hh:mm:ss.mmm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show face boxes and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facial landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where the model looked (stored key-frame maps, other frames computed on demand while paused); not a map of manipulated pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the frame to the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native pixels, no interpolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: paused frames only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: stored only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: computed on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps from model %1; they show where the model looked, not which pixels are manipulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and numbers in the report follow its language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::ScreenshotTask</name>
    <message>
        <source>Timed out waiting for frame %1 to be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (BlazeFace, else Haar cascade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlazeFace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haar cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LBP cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::TimelineWidget</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(fake) per track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class probabilities of the selected track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole frame range (wheel zooms, Shift-drag pans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey: no face seen · dashed: threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::TrackPanel</name>
    <message>
        <source>No analysis open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1: click to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face was found in the analysed frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n face track(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3…), frame stride %4, detection every %5 frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on synthetic manipulations only: a lead to check, not proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified model (not bundled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames %1–%2 (%3 – %4) · face seen on %5 of %6 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Track P(fake) %1 · %n scored frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Faces of track %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::TrackPlot</name>
    <message>
        <source>P(fake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T%1 P(fake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fp::ui::VerdictStyle</name>
    <message>
        <source>Real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manipulated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Fakeprint: offline deepfake detection and attribution for video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the analysis with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this frame (0-based).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: %1 (default: the language chosen in the settings, else the system language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--analysis needs a numeric id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--frame needs a frame index &gt;= 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT of at least 320x240, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--analysis needs --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video files to add as evidence to a new case (in the --db case database, else in the default one in your data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files opened on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
