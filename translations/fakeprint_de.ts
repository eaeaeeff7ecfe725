<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FrameScoreCsv</name>
    <message>
        <source>Cannot write the CSV export %1: %2</source>
        <translation>Der CSV-Export %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed</source>
        <translation>%1: Ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>%1 is empty (no header line)</source>
        <translation>%1 ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>%1: column %2 of the header must be &quot;%3&quot;, found &quot;%4&quot;</source>
        <translation>%1: Spalte %2 der Kopfzeile muss &quot;%3&quot; lauten, gefunden wurde &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: column %2 of the header (&quot;%3&quot;) does not start with p_</source>
        <translation>%1: Spalte %2 der Kopfzeile (&quot;%3&quot;) beginnt nicht mit p_</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, während die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>analysis_id, track, frame_index and p_fake must be numbers</source>
        <translation>analysis_id, track, frame_index und p_fake müssen Zahlen sein</translation>
    </message>
    <message>
        <source>analysis_id %1 differs from %2 on the first row</source>
        <translation>analysis_id %1 weicht von %2 in der ersten Zeile ab</translation>
    </message>
    <message>
        <source>energy &quot;%1&quot; is not a number</source>
        <translation>energy &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) is not a number</source>
        <translation>Spalte %1 (&quot;%2&quot;) ist keine Zahl</translation>
    </message>
    <message>
        <source>Cannot open the CSV export %1: %2</source>
        <translation>Der CSV-Export %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot write the JSON export %1: %2</source>
        <translation>Der JSON-Export %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>%1 is not a Fakeprint analysis export (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1 ist kein Fakeprint-Analyseexport (&quot;format&quot; ist nicht &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 has schema_version %2; this Fakeprint reads version %3</source>
        <translation>%1 hat schema_version %2; diese Fakeprint-Version liest Version %3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or has the wrong type</source>
        <translation>%1: Das Feld &quot;%2&quot; fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <source>Cannot open the JSON export %1: %2</source>
        <translation>Der JSON-Export %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (offset %2: %3)</source>
        <translation>%1 ist kein gültiges JSON (Offset %2: %3)</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Face images are not shown: the evidence file at %1 does not match its recorded SHA-256 (see the integrity check).</source>
        <translation>Gesichtsbilder werden nicht angezeigt: Die Beweismitteldatei unter %1 stimmt nicht mit ihrem erfassten SHA-256 überein (siehe Integritätsprüfung).</translation>
    </message>
    <message>
        <source>Face images are not shown: %1</source>
        <translation>Gesichtsbilder werden nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded: %2</source>
        <translation>Frame %1 konnte nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>Decoder, frame %1: %2</source>
        <translation>Decoder, Frame %1: %2</translation>
    </message>
    <message>
        <source>Font %1 was not found (install fonts-dejavu-core); the report uses the default font.</source>
        <translation>Die Schriftart %1 wurde nicht gefunden (installieren Sie fonts-dejavu-core); der Bericht verwendet die Standardschrift.</translation>
    </message>
    <message>
        <source>The PDF report needs a QApplication (QCustomPlot draws the plots)</source>
        <translation>Der PDF-Bericht benötigt eine QApplication (QCustomPlot zeichnet die Diagramme)</translation>
    </message>
    <message>
        <source>Paper size must be A4 or Letter</source>
        <translation>Das Papierformat muss A4 oder Letter sein</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Fakeprint case report: %1, analysis %2</source>
        <translation>Fakeprint-Fallbericht: %1, Analyse %2</translation>
    </message>
    <message>
        <source>Case %1 (id %2) · analysis %3 · report %4</source>
        <translation>Fall %1 (ID %2) · Analyse %3 · Bericht %4</translation>
    </message>
    <message>
        <source>Evidence SHA-256: %1</source>
        <translation>SHA-256 des Beweismittels: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot start painting the PDF %1</source>
        <translation>Das Zeichnen des PDF %1 kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt die Hilfe einschließlich der Qt-spezifischen Optionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach &apos;%1&apos;.</translation>
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
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>real</source>
        <translation>echt</translation>
    </message>
    <message>
        <source>manipulated</source>
        <translation>manipuliert</translation>
    </message>
    <message>
        <source>manipulated, method unknown</source>
        <translation>manipuliert, Methode unbekannt</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>nicht eindeutig</translation>
    </message>
    <message>
        <source>pending (analysis not finished)</source>
        <translation>ausstehend (Analyse nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 (no interval stored)</source>
        <translation>%1 (kein Intervall gespeichert)</translation>
    </message>
    <message>
        <source>%1 (95% interval %2 to %3)</source>
        <translation>%1 (95-%-Intervall %2 bis %3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Caution: the model %1 was trained on synthetic manipulations generated by Fakeprint, not on real-world deepfakes. Its scores are indications with the uncertainty shown, not proof.</source>
        <translation>Achtung: Das Modell %1 wurde mit synthetischen Manipulationen trainiert, die von Fakeprint erzeugt wurden, nicht mit realen Deepfakes. Seine Werte sind Hinweise mit der angegebenen Unsicherheit, kein Beweis.</translation>
    </message>
    <message>
        <source>Model-derived values on this page come from model %1 %2 (SHA-256 %3) with frame stride %4 and face detection every %5 frames. Intervals are 95% intervals over the frames of a track.</source>
        <translation>Modellbasierte Werte auf dieser Seite stammen vom Modell %1 %2 (SHA-256 %3) mit einer Frame-Schrittweite von %4 und einer Gesichtsdetektion alle %5 Frames. Die Intervalle sind 95-%-Intervalle über die Frames einer Spur.</translation>
    </message>
    <message>
        <source>Fakeprint case report</source>
        <translation>Fakeprint-Fallbericht</translation>
    </message>
    <message>
        <source>Deepfake detection and attribution for one video analysis</source>
        <translation>Erkennung und Zuordnung von Deepfakes für eine Videoanalyse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>%1 (UUID %2)</source>
        <translation>%1 (UUID %2)</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Berichts-ID</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>Inhalts-SHA-256</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1, %2, gestartet %3</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>SHA-256 des Beweismittels</translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation>Gesichtsspuren</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Audit head hash</source>
        <translation>Audit-Kopf-Hash</translation>
    </message>
    <message>
        <source>The content SHA-256 is the hash of this analysis&apos;s machine-readable export (fakeprint-cli export-data --json, without its exported_at field) at the time of the report; the same data gives the same hash. The audit head hash anchors the case database&apos;s hash-chained audit log.</source>
        <translation>Der Inhalts-SHA-256 ist der Hash des maschinenlesbaren Exports dieser Analyse (fakeprint-cli export-data --json, ohne sein Feld exported_at) zum Zeitpunkt des Berichts; dieselben Daten ergeben denselben Hash. Der Audit-Kopf-Hash verankert das hashverkettete Audit-Protokoll der Falldatenbank.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Hinweise zum Lesen dieses Berichts</translation>
    </message>
    <message>
        <source>Fakeprint finds faces in the video, follows each face over time as a track, and scores every face crop with a neural network: the probability that the face was manipulated (P(fake)) and, when the model has an attribution head, which manipulation method it resembles. The scores of a track are aggregated into a verdict: real, manipulated (with the method), manipulated by an unknown method, or inconclusive when the evidence is too weak or too short. Every score is an estimate with uncertainty; a verdict is an indication for an expert, not proof.</source>
        <translation>Fakeprint findet Gesichter im Video, verfolgt jedes Gesicht über die Zeit als Spur und bewertet jeden Gesichtsausschnitt mit einem neuronalen Netz: die Wahrscheinlichkeit, dass das Gesicht manipuliert wurde (P(fake)), und, sofern das Modell einen Zuordnungskopf hat, welcher Manipulationsmethode es ähnelt. Die Werte einer Spur werden zu einer Einstufung zusammengefasst: echt, manipuliert (mit der Methode), manipuliert mit unbekannter Methode oder nicht eindeutig, wenn die Indizien zu schwach oder zu kurz sind. Jeder Wert ist eine Schätzung mit Unsicherheit; eine Einstufung ist ein Hinweis für Sachverständige, kein Beweis.</translation>
    </message>
    <message>
        <source>1. Evidence</source>
        <translation>1. Beweismittel</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Registered path</source>
        <translation>Registrierter Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Integrity check at report time</source>
        <translation>Integritätsprüfung zum Berichtszeitpunkt</translation>
    </message>
    <message>
        <source>Not performed for this report.</source>
        <translation>Für diesen Bericht nicht durchgeführt.</translation>
    </message>
    <message>
        <source>MATCH: the file still has the recorded size and SHA-256.</source>
        <translation>ÜBEREINSTIMMUNG: Die Datei hat weiterhin die erfasste Größe und den erfassten SHA-256.</translation>
    </message>
    <message>
        <source>MISMATCH: the file at the registered path differs from the registered evidence.</source>
        <translation>ABWEICHUNG: Die Datei unter dem registrierten Pfad unterscheidet sich vom registrierten Beweismittel.</translation>
    </message>
    <message>
        <source>MISSING: the file could not be read at the registered path.</source>
        <translation>FEHLT: Die Datei konnte unter dem registrierten Pfad nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Checked file</source>
        <translation>Geprüfte Datei</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>SHA-256 jetzt</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>Größe jetzt</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Media information</source>
        <translation>Medieninformationen</translation>
    </message>
    <message>
        <source>No media information was recorded.</source>
        <translation>Es wurden keine Medieninformationen erfasst.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Videocodec</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>Pixelformat</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>Breite (Pixel)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>Höhe (Pixel)</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>Drehung (Grad)</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Frames pro Sekunde</translation>
    </message>
    <message>
        <source>Variable frame rate</source>
        <translation>Variable Framerate</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Frame count</source>
        <translation>Anzahl der Frames</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>Keyframes</translation>
    </message>
    <message>
        <source>Time base</source>
        <translation>Zeitbasis</translation>
    </message>
    <message>
        <source>Bit rate (bit/s)</source>
        <translation>Bitrate (bit/s)</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. Methode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>SHA-256 des Modells</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>bundled with Fakeprint (name and SHA-256 match the shipped model)</source>
        <translation>mit Fakeprint ausgeliefert (Name und SHA-256 stimmen mit dem mitgelieferten Modell überein)</translation>
    </message>
    <message>
        <source>unverified: not a model shipped with Fakeprint; its card and metrics are the claims of whoever made it</source>
        <translation>ungeprüft: kein mit Fakeprint ausgeliefertes Modell; seine Modellkarte und Metriken sind Angaben seines Urhebers</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Gesichtsdetektor</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>This model learned synthetic manipulations: its training faces were altered by Fakeprint&apos;s own generator (face swaps, blends, re-enactment-like warps and similar), not by the tools that make real deepfakes. Results on real-world fakes can differ from the metrics below.</source>
        <translation>Dieses Modell hat synthetische Manipulationen gelernt: Seine Trainingsgesichter wurden von Fakeprints eigenem Generator verändert (Gesichtstausch, Überblendungen, reenactment-ähnliche Verzerrungen und Ähnliches), nicht von den Werkzeugen, mit denen reale Deepfakes erstellt werden. Die Ergebnisse bei realen Fälschungen können von den unten stehenden Metriken abweichen.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>(not described by the card)</source>
        <translation>(von der Modellkarte nicht beschrieben)</translation>
    </message>
    <message>
        <source>Measured metrics (from the model card)</source>
        <translation>Gemessene Metriken (laut Modellkarte)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>The card states none; that does not mean there are none.</source>
        <translation>Die Modellkarte nennt keine; das bedeutet nicht, dass es keine gibt.</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>Entscheidungsregeln</translation>
    </message>
    <message>
        <source>Analysis settings</source>
        <translation>Analyseeinstellungen</translation>
    </message>
    <message>
        <source>3. Summary of face tracks</source>
        <translation>3. Übersicht der Gesichtsspuren</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>P(fake) with 95% interval</source>
        <translation>P(fake) mit 95-%-Intervall</translation>
    </message>
    <message>
        <source>No face was tracked in this video. Fakeprint makes no statement about videos or frames without faces: no face does not mean real.</source>
        <translation>In diesem Video wurde kein Gesicht verfolgt. Fakeprint trifft keine Aussage über Videos oder Frames ohne Gesichter: Dass kein Gesicht gefunden wurde, bedeutet nicht, dass das Video echt ist.</translation>
    </message>
    <message>
        <source>4. Notes and bookmarks</source>
        <translation>4. Notizen und Lesezeichen</translation>
    </message>
    <message>
        <source>No notes or bookmarks concern this analysis.</source>
        <translation>Keine Notizen oder Lesezeichen betreffen diese Analyse.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>Frame %1</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>5. Processing log</source>
        <translation>5. Verarbeitungsprotokoll</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Anwendungsversion</translation>
    </message>
    <message>
        <source>Frames in the video</source>
        <translation>Frames im Video</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Last frame committed</source>
        <translation>Letzter gespeicherter Frame</translation>
    </message>
    <message>
        <source>Frames with a scored face</source>
        <translation>Frames mit bewertetem Gesicht</translation>
    </message>
    <message>
        <source>Frames without a scored face</source>
        <translation>Frames ohne bewertetes Gesicht</translation>
    </message>
    <message>
        <source>%1 (%2 of the video; no statement is made about them)</source>
        <translation>%1 (%2 des Videos; über sie wird keine Aussage getroffen)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Laufzeiten</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>The analysis is not completed (status %1): its results may be partial.</source>
        <translation>Die Analyse ist nicht abgeschlossen (Status %1): Ihre Ergebnisse können unvollständig sein.</translation>
    </message>
    <message>
        <source>The model is not a bundled Fakeprint model; its identity is its SHA-256 above.</source>
        <translation>Das Modell ist kein mitgeliefertes Fakeprint-Modell; seine Identität ist sein oben angegebener SHA-256.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>6. Audit trail</source>
        <translation>6. Audit-Trail</translation>
    </message>
    <message>
        <source>VERIFIED: the hash chain of all %1 audit entries of the case database holds.</source>
        <translation>VERIFIZIERT: Die Hash-Kette aller %1 Audit-Einträge der Falldatenbank ist intakt.</translation>
    </message>
    <message>
        <source>BROKEN: the audit chain fails at entry %1: %2</source>
        <translation>GEBROCHEN: Die Audit-Kette versagt bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Kopf-Hash</translation>
    </message>
    <message>
        <source>(empty log)</source>
        <translation>(leeres Protokoll)</translation>
    </message>
    <message>
        <source>Entries of this case</source>
        <translation>Einträge dieses Falls</translation>
    </message>
    <message>
        <source>Each entry&apos;s hash covers its fields and the previous entry&apos;s hash; check the chain at any time with &quot;fakeprint-cli audit verify --db %1&quot;. Hashes are shortened to 16 hex digits below.</source>
        <translation>Der Hash jedes Eintrags umfasst seine Felder und den Hash des vorherigen Eintrags; prüfen Sie die Kette jederzeit mit &quot;fakeprint-cli audit verify --db %1&quot;. Die Hashes sind unten auf 16 Hexadezimalziffern gekürzt.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>Method label</source>
        <translation>Methodenbezeichnung</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 scored)</source>
        <translation>%1 bis %2 (%3 bewertet)</translation>
    </message>
    <message>
        <source>Median face box</source>
        <translation>Median-Gesichtsrahmen</translation>
    </message>
    <message>
        <source>x %1, y %2, %3 x %4 pixels</source>
        <translation>x %1, y %2, %3 × %4 Pixel</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Frames that drove the verdict</source>
        <translation>Für die Einstufung maßgebliche Frames</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>Datenbank-ID</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Werte im Zeitverlauf</translation>
    </message>
    <message>
        <source>No frame of this track was scored.</source>
        <translation>Kein Frame dieser Spur wurde bewertet.</translation>
    </message>
    <message>
        <source>Black: P(fake) per scored frame. Coloured: probability of each manipulation class. Dashed line: the decision threshold of the model card; shaded band: the inconclusive range. Single frames vary; the verdict rests on the whole track.</source>
        <translation>Schwarz: P(fake) je bewertetem Frame. Farbig: Wahrscheinlichkeit jeder Manipulationsklasse. Gestrichelte Linie: der Entscheidungsschwellenwert der Modellkarte; schattiertes Band: der nicht eindeutige Bereich. Einzelne Frames schwanken; die Einstufung beruht auf der gesamten Spur.</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>Klassenwahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Mean probability of each class over the track&apos;s frames; whiskers show 95% intervals where they were stored.</source>
        <translation>Mittlere Wahrscheinlichkeit jeder Klasse über die Frames der Spur; die Fehlerbalken zeigen 95-%-Intervalle, sofern sie gespeichert wurden.</translation>
    </message>
    <message>
        <source>Faces at the frames that drove the verdict</source>
        <translation>Gesichter in den für die Einstufung maßgeblichen Frames</translation>
    </message>
    <message>
        <source>frame %1, P(fake) %2</source>
        <translation>Frame %1, P(fake) %2</translation>
    </message>
    <message>
        <source>frame %1 could not be decoded</source>
        <translation>Frame %1 konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>Key frames with Grad-CAM heatmaps</source>
        <translation>Schlüsselframes mit Grad-CAM-Heatmaps</translation>
    </message>
    <message>
        <source>A Grad-CAM heatmap shows where in the face crop the model found the evidence for one class: warm colours mark the regions that raised the model&apos;s score most. It shows where the model looked. It is NOT a map of fake or manipulated pixels, it does not localise a manipulation, and a strong heatmap on a real face is possible.</source>
        <translation>Eine Grad-CAM-Heatmap zeigt, wo im Gesichtsausschnitt das Modell die Indizien für eine Klasse gefunden hat: Warme Farben markieren die Bereiche, die den Wert des Modells am stärksten erhöht haben. Sie zeigt, wohin das Modell geschaut hat. Sie ist KEINE Karte gefälschter oder manipulierter Pixel, sie lokalisiert keine Manipulation, und eine starke Heatmap auf einem echten Gesicht ist möglich.</translation>
    </message>
    <message>
        <source>Frame %1. Left: the face crop as decoded. Right: %2 heatmap for &quot;%3&quot; over the same crop (where the model looked for this class, not where the image is fake).</source>
        <translation>Frame %1. Links: der Gesichtsausschnitt wie dekodiert. Rechts: %2-Heatmap für &quot;%3&quot; über demselben Ausschnitt (wohin das Modell für diese Klasse geschaut hat, nicht wo das Bild gefälscht ist).</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded.</source>
        <translation>Frame %1 konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The stored heatmap could not be decoded.</source>
        <translation>Die gespeicherte Heatmap konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Auswertungsdatensatz</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>AUC (real/fake)</source>
        <translation>AUC binär</translation>
    </message>
    <message>
        <source>EER (real/fake)</source>
        <translation>EER binär</translation>
    </message>
    <message>
        <source>Recall per class, %1</source>
        <translation>Trefferquote je Klasse, %1</translation>
    </message>
    <message>
        <source>Confusion matrices are in the model card.</source>
        <translation>Die Konfusionsmatrizen stehen in der Modellkarte.</translation>
    </message>
    <message>
        <source>Validation macro-F1 by epoch</source>
        <translation>Makro-F1 der Validierung je Epoche</translation>
    </message>
</context>
<context>
    <name>ReportDataLoader</name>
    <message>
        <source>Reading analysis %1 of %2</source>
        <translation>Lesen von Analyse %1 aus %2</translation>
    </message>
    <message>
        <source>Reading the case of analysis %1</source>
        <translation>Lesen des Falls von Analyse %1</translation>
    </message>
    <message>
        <source>Reading the evidence of analysis %1</source>
        <translation>Lesen des Beweismittels von Analyse %1</translation>
    </message>
    <message>
        <source>Re-checking evidence %1 (%2)</source>
        <translation>Erneute Prüfung des Beweismittels %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportPlots</name>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>P(%1)</source>
        <translation>P(%1)</translation>
    </message>
    <message>
        <source>Frame index</source>
        <translation>Frame-Index</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Mean probability</source>
        <translation>Mittlere Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation %1 is missing from this build of Fakeprint.</source>
        <translation>Die Übersetzung %1 fehlt in diesem Build von Fakeprint.</translation>
    </message>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; available languages: %2.</source>
        <translation>Für die Sprache &quot;%1&quot; gibt es keine Übersetzung; verfügbare Sprachen: %2.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 [%2] %3/%4 frames  %5 fps  ETA %6  %7 tracks</source>
        <translation>%1 [%2] %3/%4 Frames  %5 fps  Restzeit %6  %7 Spuren</translation>
    </message>
    <message>
        <source>Analyse every face track of a video with a model and store the results in a case database.
The verdicts come from a model; the bundled model learned synthetic manipulations only.</source>
        <translation>Analysiert jede Gesichtsspur eines Videos mit einem Modell und speichert die Ergebnisse in einer Falldatenbank.
Die Einstufungen stammen von einem Modell; das mitgelieferte Modell hat nur synthetische Manipulationen gelernt.</translation>
    </message>
    <message>
        <source>The evidence file (opened read-only).</source>
        <translation>Die Beweismitteldatei (schreibgeschützt geöffnet).</translation>
    </message>
    <message>
        <source>Case database (default: %1).</source>
        <translation>Falldatenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>Case name; created when missing.</source>
        <translation>Name des Falls; wird angelegt, falls er fehlt.</translation>
    </message>
    <message>
        <source>Model name or card path (default: the bundled model).</source>
        <translation>Modellname oder Pfad der Modellkarte (Standard: das mitgelieferte Modell).</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto).</source>
        <translation>auto, cpu oder cuda (Standard: auto).</translation>
    </message>
    <message>
        <source>CPU threads for inference, 0 = all cores.</source>
        <translation>CPU-Threads für die Inferenz, 0 = alle Kerne.</translation>
    </message>
    <message>
        <source>Analyse every N-th frame (default 1).</source>
        <translation>Jeden N-ten Frame analysieren (Standard: 1).</translation>
    </message>
    <message>
        <source>Run the face detector every K analysed frames, track in between (default 3).</source>
        <translation>Den Gesichtsdetektor alle K analysierten Frames ausführen, dazwischen verfolgen (Standard: 3).</translation>
    </message>
    <message>
        <source>Faces smaller than this many pixels are counted, not scored (default 40).</source>
        <translation>Gesichter, die kleiner als diese Pixelzahl sind, werden gezählt, aber nicht bewertet (Standard: 40).</translation>
    </message>
    <message>
        <source>auto, blazeface, haar or lbp (default auto).</source>
        <translation>auto, blazeface, haar oder lbp (Standard: auto).</translation>
    </message>
    <message>
        <source>Continue the interrupted analysis ID.</source>
        <translation>Die unterbrochene Analyse ID fortsetzen.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Das Ergebnis als JSON auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation>Keine Fortschrittsausgabe.</translation>
    </message>
    <message>
        <source>analyze needs exactly one VIDEO; see &apos;fakeprint-cli analyze --help&apos;</source>
        <translation>analyze benötigt genau ein VIDEO; siehe &apos;fakeprint-cli analyze --help&apos;</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda, not &apos;%1&apos;</source>
        <translation>--device muss auto, cpu oder cuda sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 muss eine ganze Zahl &gt;= %2 sein</translation>
    </message>
    <message>
        <source>--resume needs an analysis id</source>
        <translation>--resume benötigt eine Analyse-ID</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Analysis %1 of %2 (sha256 %3) in case database %4</source>
        <translation>Analyse %1 von %2 (sha256 %3) in der Falldatenbank %4</translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3)%4; trained on synthetic manipulations only, see its card.</source>
        <translation>Modell %1 %2 (sha256 %3)%4; nur mit synthetischen Manipulationen trainiert, siehe seine Modellkarte.</translation>
    </message>
    <message>
        <source> [UNVERIFIED]</source>
        <translation> [UNGEPRÜFT]</translation>
    </message>
    <message>
        <source>  track %1  frames %2-%3  %4%5  confidence %6  P(fake) %7</source>
        <translation>  Spur %1  Frames %2-%3  %4%5  Konfidenz %6  P(fake) %7</translation>
    </message>
    <message>
        <source>Video: %1 — %2</source>
        <translation>Video: %1 — %2</translation>
    </message>
    <message>
        <source>audit verify: check the hash chain of a case database&apos;s audit log (read-only).
Exit 0 when the chain holds, 6 naming the first bad entry when an entry was edited, removed or reordered.</source>
        <translation>audit verify: prüft die Hash-Kette des Audit-Protokolls einer Falldatenbank (schreibgeschützt).
Exit-Code 0, wenn die Kette intakt ist, 6 mit Angabe des ersten fehlerhaften Eintrags, wenn ein Eintrag bearbeitet, entfernt oder umsortiert wurde.</translation>
    </message>
    <message>
        <source>The action (verify).</source>
        <translation>Die Aktion (verify).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli audit verify [--db CASE.db] [--json]</source>
        <translation>Aufruf: fakeprint-cli audit verify [--db CASE.db] [--json]</translation>
    </message>
    <message>
        <source>audit chain of %1 broken at entry %2: %3</source>
        <translation>Audit-Kette von %1 bei Eintrag %2 gebrochen: %3</translation>
    </message>
    <message>
        <source>Audit chain of %1 holds: %2 entries, head %3</source>
        <translation>Audit-Kette von %1 ist intakt: %2 Einträge, Kopf %3</translation>
    </message>
    <message>
        <source>Export one case (its evidence records, analyses, heatmaps, notes and audit entries) as a single bundle file. The evidence videos themselves are not included.</source>
        <translation>Exportiert einen Fall (seine Beweismitteldatensätze, Analysen, Heatmaps, Notizen und Audit-Einträge) als einzelne Paketdatei. Die Beweismittelvideos selbst sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Case name or id.</source>
        <translation>Name oder ID des Falls.</translation>
    </message>
    <message>
        <source>Bundle file to write (must not exist).</source>
        <translation>Zu schreibende Paketdatei (darf nicht existieren).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</source>
        <translation>Aufruf: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</translation>
    </message>
    <message>
        <source>Exported case &apos;%1&apos; to %2 (%3 bytes, SHA-256 %4)</source>
        <translation>Fall &apos;%1&apos; nach %2 exportiert (%3 Bytes, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Import a case bundle into a case database. Every digest is checked; a case that already exists is never replaced (use --as NAME to import a copy under another name).</source>
        <translation>Importiert ein Fallpaket in eine Falldatenbank. Jeder Digest wird geprüft; ein bereits vorhandener Fall wird nie ersetzt (mit --as NAME importieren Sie eine Kopie unter einem anderen Namen).</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>Die Paketdatei.</translation>
    </message>
    <message>
        <source>Import under this case name.</source>
        <translation>Unter diesem Fallnamen importieren.</translation>
    </message>
    <message>
        <source>Refuse bundles larger than this (default 8192 MiB).</source>
        <translation>Pakete ablehnen, die größer als dieser Wert sind (Standard: 8192 MiB).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</source>
        <translation>Aufruf: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</translation>
    </message>
    <message>
        <source>--max-size-mb needs a positive number</source>
        <translation>--max-size-mb benötigt eine positive Zahl</translation>
    </message>
    <message>
        <source>Imported case &apos;%1&apos; as id %2 into %3 (%4 videos, %5 analyses)</source>
        <translation>Fall &apos;%1&apos; als ID %2 in %3 importiert (%4 Videos, %5 Analysen)</translation>
    </message>
    <message>
        <source>Manage cases in a case database.
  case new NAME [--analyst A] [--description D]   create a case
  case list                                       list the cases
  case show NAME_OR_ID [--verify]                 evidence, analyses and notes of a case;
                                                  --verify re-hashes every evidence file</source>
        <translation>Verwaltet Fälle in einer Falldatenbank.
  case new NAME [--analyst A] [--description D]   einen Fall anlegen
  case list                                       die Fälle auflisten
  case show NAME_OR_ID [--verify]                 Beweismittel, Analysen und Notizen eines Falls;
                                                  --verify berechnet die Hashes aller Beweismitteldateien neu</translation>
    </message>
    <message>
        <source>Analyst name (case new).</source>
        <translation>Name des Analysten (case new).</translation>
    </message>
    <message>
        <source>Case description (case new).</source>
        <translation>Beschreibung des Falls (case new).</translation>
    </message>
    <message>
        <source>Re-hash the evidence files and compare (case show); exit 6 on a mismatch.</source>
        <translation>Die Hashes der Beweismitteldateien neu berechnen und vergleichen (case show); Exit-Code 6 bei einer Abweichung.</translation>
    </message>
    <message>
        <source>new, list or show</source>
        <translation>new, list oder show</translation>
    </message>
    <message>
        <source>case needs an action: new, list or show; see &apos;fakeprint-cli case --help&apos;</source>
        <translation>case benötigt eine Aktion: new, list oder show; siehe &apos;fakeprint-cli case --help&apos;</translation>
    </message>
    <message>
        <source>case new needs exactly one NAME</source>
        <translation>case new benötigt genau einen NAME</translation>
    </message>
    <message>
        <source>case show needs exactly one NAME_OR_ID</source>
        <translation>case show benötigt genau einen NAME_OR_ID</translation>
    </message>
    <message>
        <source>case list takes no arguments</source>
        <translation>case list nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>warning: analysis %1 was left running by a program that stopped; marked interrupted</source>
        <translation>Warnung: Analyse %1 wurde von einem beendeten Programm laufend hinterlassen; als unterbrochen markiert</translation>
    </message>
    <message>
        <source>Created case %1 &apos;%2&apos; in %3</source>
        <translation>Fall %1 &apos;%2&apos; in %3 angelegt</translation>
    </message>
    <message>
        <source>No case in %1</source>
        <translation>Kein Fall in %1</translation>
    </message>
    <message>
        <source>%1 videos, %2 analyses</source>
        <translation>%1 Videos, %2 Analysen</translation>
    </message>
    <message>
        <source>Case %1 &apos;%2&apos;  uuid %3</source>
        <translation>Fall %1 &apos;%2&apos;  UUID %3</translation>
    </message>
    <message>
        <source>Analyst: %1  created %2</source>
        <translation>Analyst: %1  angelegt %2</translation>
    </message>
    <message>
        <source>Evidence (%1):</source>
        <translation>Beweismittel (%1):</translation>
    </message>
    <message>
        <source>Analyses (%1):</source>
        <translation>Analysen (%1):</translation>
    </message>
    <message>
        <source>Notes and bookmarks (%1):</source>
        <translation>Notizen und Lesezeichen (%1):</translation>
    </message>
    <message>
        <source> (frame %1)</source>
        <translation> (Frame %1)</translation>
    </message>
    <message>
        <source>Print the version and the library versions</source>
        <translation>Gibt die Version und die Bibliotheksversionen aus</translation>
    </message>
    <message>
        <source>List, show or add models (list [--json], show NAME, add CARD.json)</source>
        <translation>Modelle auflisten, anzeigen oder hinzufügen (list [--json], show NAME, add CARD.json)</translation>
    </message>
    <message>
        <source>Media info and SHA-256 of a video (--json, --md5, --frame-hashes)</source>
        <translation>Medieninformationen und SHA-256 eines Videos (--json, --md5, --frame-hashes)</translation>
    </message>
    <message>
        <source>Write decoded frame INDEX of a video as PNG (-o OUT.png)</source>
        <translation>Den dekodierten Frame INDEX eines Videos als PNG schreiben (-o OUT.png)</translation>
    </message>
    <message>
        <source>Detect (and track) faces in an image or a video (--json, --every K, --detector)</source>
        <translation>Gesichter in einem Bild oder Video erkennen (und verfolgen) (--json, --every K, --detector)</translation>
    </message>
    <message>
        <source>Create, list and show cases (new NAME, list, show NAME_OR_ID [--verify])</source>
        <translation>Fälle anlegen, auflisten und anzeigen (new NAME, list, show NAME_OR_ID [--verify])</translation>
    </message>
    <message>
        <source>Verify the hash chain of a case database&apos;s audit log (verify --db F)</source>
        <translation>Die Hash-Kette des Audit-Protokolls einer Falldatenbank prüfen (verify --db F)</translation>
    </message>
    <message>
        <source>Export a case as a bundle file (--db F --case C -o BUNDLE)</source>
        <translation>Einen Fall als Paketdatei exportieren (--db F --case C -o BUNDLE)</translation>
    </message>
    <message>
        <source>Import a case bundle into a case database (BUNDLE --db F [--as NAME])</source>
        <translation>Ein Fallpaket in eine Falldatenbank importieren (BUNDLE --db F [--as NAME])</translation>
    </message>
    <message>
        <source>Analyse the face tracks of a video into a case database</source>
        <translation>Die Gesichtsspuren eines Videos in eine Falldatenbank analysieren</translation>
    </message>
    <message>
        <source>Write the PDF case report of an analysis</source>
        <translation>Den PDF-Fallbericht einer Analyse schreiben</translation>
    </message>
    <message>
        <source>Export an analysis as JSON and per-frame scores as CSV</source>
        <translation>Eine Analyse als JSON und die Werte je Frame als CSV exportieren</translation>
    </message>
    <message>
        <source>Export one analysis as JSON (docs/export-schema.md) and/or its per-frame scores as CSV.</source>
        <translation>Exportiert eine Analyse als JSON (docs/export-schema.md) und/oder ihre Werte je Frame als CSV.</translation>
    </message>
    <message>
        <source>Case database.</source>
        <translation>Falldatenbank.</translation>
    </message>
    <message>
        <source>Analysis id.</source>
        <translation>Analyse-ID.</translation>
    </message>
    <message>
        <source>JSON file to write.</source>
        <translation>Zu schreibende JSON-Datei.</translation>
    </message>
    <message>
        <source>CSV file of per-frame scores to write.</source>
        <translation>Zu schreibende CSV-Datei mit den Werten je Frame.</translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (integrity_check is then &quot;not_checked&quot;).</source>
        <translation>Den Hash der Beweismitteldatei nicht neu berechnen (integrity_check ist dann &quot;not_checked&quot;).</translation>
    </message>
    <message>
        <source>export-data needs --db CASE.db, --analysis ID and --json OUT.json and/or --csv OUT.csv</source>
        <translation>export-data benötigt --db CASE.db, --analysis ID sowie --json OUT.json und/oder --csv OUT.csv</translation>
    </message>
    <message>
        <source>--analysis expects a number, got &apos;%1&apos;</source>
        <translation>--analysis erwartet eine Zahl, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Detect faces in an image or in the frames of a video.</source>
        <translation>Erkennt Gesichter in einem Bild oder in den Frames eines Videos.</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Ein JSON-Dokument auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Detect on every K-th frame (default 1).</source>
        <translation>Auf jedem K-ten Frame erkennen (Standard: 1).</translation>
    </message>
    <message>
        <source>auto (default), blazeface, haar or lbp.</source>
        <translation>auto (Standard), blazeface, haar oder lbp.</translation>
    </message>
    <message>
        <source>Minimum detection score (default 0.6).</source>
        <translation>Minimaler Detektionswert (Standard: 0.6).</translation>
    </message>
    <message>
        <source>Stop after N frames (0: all).</source>
        <translation>Nach N Frames anhalten (0: alle).</translation>
    </message>
    <message>
        <source>Also track the faces and list the tracks on every frame.</source>
        <translation>Die Gesichter auch verfolgen und die Spuren in jedem Frame auflisten.</translation>
    </message>
    <message>
        <source>The file (opened read-only).</source>
        <translation>Die Datei (schreibgeschützt geöffnet).</translation>
    </message>
    <message>
        <source>faces needs exactly one VIDEO_OR_IMAGE argument; see &apos;fakeprint-cli faces --help&apos;</source>
        <translation>faces benötigt genau ein Argument VIDEO_OR_IMAGE; siehe &apos;fakeprint-cli faces --help&apos;</translation>
    </message>
    <message>
        <source>--every needs a whole number &gt;= 1, not &apos;%1&apos;</source>
        <translation>--every benötigt eine ganze Zahl &gt;= 1, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--threshold needs a number between 0 and 1, not &apos;%1&apos;</source>
        <translation>--threshold benötigt eine Zahl zwischen 0 und 1, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-frames needs a whole number &gt;= 0, not &apos;%1&apos;</source>
        <translation>--max-frames benötigt eine ganze Zahl &gt;= 0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 could not be decoded as an image: %2</source>
        <translation>%1 konnte nicht als Bild dekodiert werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces (%3)</source>
        <translation>%1: %2 Gesichter (%3)</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>Frame %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces in %3 frames (%4)</source>
        <translation>%1: %2 Gesichter in %3 Frames (%4)</translation>
    </message>
    <message>
        <source>Write one decoded frame of a video as a PNG (lossless RGB, display orientation).</source>
        <translation>Schreibt einen dekodierten Frame eines Videos als PNG (verlustfreies RGB, Anzeigeausrichtung).</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>Print the frame&apos;s index, pts, size and pixel MD5 as JSON.</source>
        <translation>Index, PTS, Größe und Pixel-MD5 des Frames als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The video file (opened read-only).</source>
        <translation>Die Videodatei (schreibgeschützt geöffnet).</translation>
    </message>
    <message>
        <source>0-based frame index in presentation order.</source>
        <translation>0-basierter Frame-Index in Darstellungsreihenfolge.</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli frame VIDEO INDEX -o OUT.png</source>
        <translation>Aufruf: fakeprint-cli frame VIDEO INDEX -o OUT.png</translation>
    </message>
    <message>
        <source>INDEX must be a frame number (0 or more), not &apos;%1&apos;</source>
        <translation>INDEX muss eine Frame-Nummer (0 oder größer) sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refusing to write over the evidence file %1</source>
        <translation>Die Beweismitteldatei %1 wird nicht überschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote frame %1 (pts %2, %3x%4, rgb24 md5 %5) to %6</source>
        <translation>Frame %1 (PTS %2, %3x%4, rgb24-MD5 %5) nach %6 geschrieben</translation>
    </message>
    <message>
        <source>Print media information and the SHA-256 of a video (evidence) file.</source>
        <translation>Gibt die Medieninformationen und den SHA-256 einer Video- bzw. Beweismitteldatei aus.</translation>
    </message>
    <message>
        <source>Also compute the MD5 of the file.</source>
        <translation>Zusätzlich den MD5 der Datei berechnen.</translation>
    </message>
    <message>
        <source>Decode every frame and list the MD5 of its RGB24 pixels.</source>
        <translation>Jeden Frame dekodieren und den MD5 seiner RGB24-Pixel auflisten.</translation>
    </message>
    <message>
        <source>info needs exactly one VIDEO argument; see &apos;fakeprint-cli info --help&apos;</source>
        <translation>info benötigt genau ein Argument VIDEO; siehe &apos;fakeprint-cli info --help&apos;</translation>
    </message>
    <message>
        <source>Frame %1 (pts %2): %3
</source>
        <translation>Frame %1 (PTS %2): %3
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>Es ist kein Modell installiert.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>architecture: </source>
        <translation>Architektur: </translation>
    </message>
    <message>
        <source>limitation: </source>
        <translation>Einschränkung: </translation>
    </message>
    <message>
        <source>Installed model %1 as %2 (%3)</source>
        <translation>Modell %1 als %2 installiert (%3)</translation>
    </message>
    <message>
        <source>List, show or add models (TorchScript + JSON card).
  models list [--json]            installed models, bundled first
  models show NAME_OR_PATH [--json]  one card, with a check of its weights&apos; SHA-256
  models add CARD.json [--json]   validate a model and copy it into the user models folder</source>
        <translation>Modelle auflisten, anzeigen oder hinzufügen (TorchScript + JSON-Modellkarte).
  models list [--json]            installierte Modelle, mitgelieferte zuerst
  models show NAME_OR_PATH [--json]  eine Modellkarte, mit Prüfung des SHA-256 ihrer Gewichte
  models add CARD.json [--json]   ein Modell validieren und in den Benutzermodellordner kopieren</translation>
    </message>
    <message>
        <source>list, show or add</source>
        <translation>list, show oder add</translation>
    </message>
    <message>
        <source>model name or card path (show), card path (add)</source>
        <translation>Modellname oder Pfad der Modellkarte (show), Pfad der Modellkarte (add)</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli models list|show NAME|add CARD.json [--json]; see &apos;fakeprint-cli models --help&apos;</source>
        <translation>Aufruf: fakeprint-cli models list|show NAME|add CARD.json [--json]; siehe &apos;fakeprint-cli models --help&apos;</translation>
    </message>
    <message>
        <source>Write the PDF case report of one analysis.</source>
        <translation>Schreibt den PDF-Fallbericht einer Analyse.</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Report language: %1 (default: the language of the messages).</source>
        <translation>Sprache des Berichts: %1 (Standard: die Sprache der Meldungen).</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Papierformat: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>Analyst named on the cover.</source>
        <translation>Auf dem Deckblatt genannter Analyst.</translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (the report then says so).</source>
        <translation>Den Hash der Beweismitteldatei nicht neu berechnen (der Bericht weist darauf hin).</translation>
    </message>
    <message>
        <source>Print the report id, page count and hashes as JSON.</source>
        <translation>Berichts-ID, Seitenzahl und Hashes als JSON ausgeben.</translation>
    </message>
    <message>
        <source>report needs --db CASE.db, --analysis ID and -o OUT.pdf</source>
        <translation>report benötigt --db CASE.db, --analysis ID und -o OUT.pdf</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, got &apos;%1&apos;</source>
        <translation>--paper muss a4 oder letter sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>layout: %1</source>
        <translation>Layout: %1</translation>
    </message>
    <message>
        <source>warning: the evidence failed its integrity check: %1</source>
        <translation>Warnung: Das Beweismittel hat die Integritätsprüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, report id %3)</source>
        <translation>%1 geschrieben (%2 Seiten, Berichts-ID %3)</translation>
    </message>
    <message>
        <source>Print the version and the library versions.</source>
        <translation>Gibt die Version und die Bibliotheksversionen aus.</translation>
    </message>
    <message>
        <source>Usage: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</source>
        <translation>Aufruf: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Fakeprint %1: offline deepfake detection and attribution for video.</source>
        <translation>Fakeprint %1: Offline-Erkennung und -Zuordnung von Deepfakes in Videos.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command</source>
        <translation>Diese Hilfe anzeigen oder, nach einem Befehl angegeben, die Hilfe dieses Befehls</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Die Version ausgeben</translation>
    </message>
    <message>
        <source>Language of the messages and the default language of &apos;report&apos;: %1 (default: the language chosen in Fakeprint&apos;s settings, else the system language)</source>
        <translation>Sprache der Meldungen und Standardsprache von &apos;report&apos;: %1 (Standard: die in den Einstellungen von Fakeprint gewählte Sprache, sonst die Systemsprache)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad command line, 3 bad input file, 4 model missing or invalid, 5 case database error, 6 integrity check failed, 130 cancelled.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler, 2 ungültige Kommandozeile, 3 ungültige Eingabedatei, 4 Modell fehlt oder ist ungültig, 5 Fehler der Falldatenbank, 6 Integritätsprüfung fehlgeschlagen, 130 abgebrochen.</translation>
    </message>
    <message>
        <source>JSON (--json) goes to standard output; messages and progress go to standard error.</source>
        <translation>JSON (--json) geht auf die Standardausgabe; Meldungen und Fortschritt gehen auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>--lang needs a language, e.g. --lang de</source>
        <translation>--lang benötigt eine Sprache, z. B. --lang de</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;fakeprint-cli --help&apos;</source>
        <translation>Unbekannter Befehl &apos;%1&apos;; siehe &apos;fakeprint-cli --help&apos;</translation>
    </message>
</context>
<context>
    <name>fp</name>
    <message>
        <source>File not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Cannot open %1 for reading: %2</source>
        <translation>%1 kann nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Hashing of %1 cancelled</source>
        <translation>Hash-Berechnung von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Read error in %1 at byte %2: %3</source>
        <translation>Lesefehler in %1 bei Byte %2: %3</translation>
    </message>
</context>
<context>
    <name>fp::analysis</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fp::analysis::AnalysisJob</name>
    <message>
        <source>Frame stride, detection interval and batch size must be at least 1.</source>
        <translation>Frame-Schrittweite, Detektionsintervall und Batchgröße müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <source>Model %1 is not one of the bundled models: its origin is unverified.</source>
        <translation>Modell %1 ist keines der mitgelieferten Modelle: Seine Herkunft ist ungeprüft.</translation>
    </message>
    <message>
        <source>Opening the video</source>
        <translation>Video wird geöffnet</translation>
    </message>
    <message>
        <source>Hashing the evidence</source>
        <translation>Hash des Beweismittels wird berechnet</translation>
    </message>
    <message>
        <source>Analysis %1 is %2; only an interrupted analysis can be resumed.</source>
        <translation>Analyse %1 ist %2; nur eine unterbrochene Analyse kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Analysis %1 was made with model %2 (sha256 %3); resume it with that model.</source>
        <translation>Analyse %1 wurde mit Modell %2 (sha256 %3) erstellt; setzen Sie sie mit diesem Modell fort.</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analyse läuft</translation>
    </message>
    <message>
        <source>Analysis %1 cancelled at frame %2; the frames analysed so far are kept in the case.</source>
        <translation>Analyse %1 bei Frame %2 abgebrochen; die bisher analysierten Frames bleiben im Fall erhalten.</translation>
    </message>
    <message>
        <source>Explaining verdicts</source>
        <translation>Einstufungen werden erklärt</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>Frame %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>fp::analysis::TruthComparison</name>
    <message>
        <source>Not a ground-truth file of fakeprint-lab synth (format fakeprint-synth-truth/1).</source>
        <translation>Keine Ground-Truth-Datei von fakeprint-lab synth (Format fakeprint-synth-truth/1).</translation>
    </message>
    <message>
        <source>truth  class            analysed  overlap  verdict          method           confidence  agrees</source>
        <translation>Soll   Klasse           Analyse   Deckung  Einstufung       Methode          Konfidenz   stimmt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>%1 of %2 truth tracks agree; %3 analysed track(s) match no truth track.</source>
        <translation>%1 von %2 Soll-Spuren stimmen überein; %3 analysierte Spur(en) passen zu keiner Soll-Spur.</translation>
    </message>
</context>
<context>
    <name>fp::cases</name>
    <message>
        <source>reading the tracks of analysis %1</source>
        <translation>Lesen der Spuren von Analyse %1</translation>
    </message>
    <message>
        <source>reading the face detections of analysis %1</source>
        <translation>Lesen der Gesichtsdetektionen von Analyse %1</translation>
    </message>
    <message>
        <source>reading the frame scores of analysis %1</source>
        <translation>Lesen der Frame-Werte von Analyse %1</translation>
    </message>
    <message>
        <source>reading the heatmaps of frame %1 of analysis %2</source>
        <translation>Lesen der Heatmaps von Frame %1 der Analyse %2</translation>
    </message>
    <message>
        <source>listing the heatmap frames of analysis %1</source>
        <translation>Auflisten der Heatmap-Frames von Analyse %1</translation>
    </message>
    <message>
        <source>reading the coverage of analysis %1</source>
        <translation>Lesen der Abdeckung von Analyse %1</translation>
    </message>
    <message>
        <source>starting an analysis of evidence %1 in case %2</source>
        <translation>Starten einer Analyse von Beweismittel %1 in Fall %2</translation>
    </message>
    <message>
        <source>Evidence %1 is not part of case %2 in %3</source>
        <translation>Beweismittel %1 gehört nicht zu Fall %2 in %3</translation>
    </message>
    <message>
        <source>resuming analysis %1</source>
        <translation>Fortsetzen von Analyse %1</translation>
    </message>
    <message>
        <source>No analysis with id %1 in %2</source>
        <translation>Keine Analyse mit der ID %1 in %2</translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is %3; only an interrupted analysis can be resumed</source>
        <translation>Analyse %1 in %2 ist %3; nur eine unterbrochene Analyse kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>The analysis writer was closed before the analysis finished; it can be resumed</source>
        <translation>Der Analyse-Schreiber wurde geschlossen, bevor die Analyse beendet war; sie kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is being written by another running Fakeprint (lock %3)</source>
        <translation>Analyse %1 in %2 wird von einer anderen laufenden Fakeprint-Instanz geschrieben (Sperre %3)</translation>
    </message>
    <message>
        <source>%1 (track %2)</source>
        <translation>%1 (Spur %2)</translation>
    </message>
    <message>
        <source>Analysis %1: progress cannot go back from frame %2 to %3</source>
        <translation>Analyse %1: Der Fortschritt kann nicht von Frame %2 auf %3 zurückgehen</translation>
    </message>
    <message>
        <source>Analysis %1 is not running</source>
        <translation>Analyse %1 läuft nicht</translation>
    </message>
    <message>
        <source>writing results of analysis %1</source>
        <translation>Schreiben der Ergebnisse von Analyse %1</translation>
    </message>
    <message>
        <source>Analysis %1: frame %2 refers to track %3, which was never written</source>
        <translation>Analyse %1: Frame %2 verweist auf Spur %3, die nie geschrieben wurde</translation>
    </message>
    <message>
        <source>%1 (detection of track %2 on frame %3)</source>
        <translation>%1 (Detektion von Spur %2 in Frame %3)</translation>
    </message>
    <message>
        <source>%1 (score of track %2 on frame %3)</source>
        <translation>%1 (Wert von Spur %2 in Frame %3)</translation>
    </message>
    <message>
        <source>%1 (heatmap of track %2 on frame %3)</source>
        <translation>%1 (Heatmap von Spur %2 in Frame %3)</translation>
    </message>
    <message>
        <source>An analysis finishes as completed, failed or cancelled, not %1</source>
        <translation>Eine Analyse endet als abgeschlossen, fehlgeschlagen oder abgebrochen, nicht als %1</translation>
    </message>
    <message>
        <source>finishing analysis %1</source>
        <translation>Abschließen von Analyse %1</translation>
    </message>
    <message>
        <source>marking analysis %1 as interrupted</source>
        <translation>Markieren von Analyse %1 als unterbrochen</translation>
    </message>
    <message>
        <source>appending the audit entry %1</source>
        <translation>Anfügen des Audit-Eintrags %1</translation>
    </message>
    <message>
        <source>verifying the audit log</source>
        <translation>Prüfen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>audit entry %1 is missing (the next stored entry is %2): entries were removed</source>
        <translation>Audit-Eintrag %1 fehlt (der nächste gespeicherte Eintrag ist %2): Einträge wurden entfernt</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2 (its previous hash differs): entries were removed, reordered or altered</source>
        <translation>Audit-Eintrag %1 folgt nicht auf Eintrag %2 (sein vorheriger Hash weicht ab): Einträge wurden entfernt, umsortiert oder verändert</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 on %3) was altered: its hash does not match its content</source>
        <translation>Audit-Eintrag %1 (%2 an %3) wurde verändert: Sein Hash passt nicht zu seinem Inhalt</translation>
    </message>
    <message>
        <source>the audit log ends at entry %1 but its head records entry %2 with another hash: entries were removed from the end or the head was altered</source>
        <translation>Das Audit-Protokoll endet bei Eintrag %1, aber sein Kopf verzeichnet Eintrag %2 mit einem anderen Hash: Einträge wurden am Ende entfernt oder der Kopf wurde verändert</translation>
    </message>
    <message>
        <source>the audit head record is missing although the log has %1 entries</source>
        <translation>Der Audit-Kopfdatensatz fehlt, obwohl das Protokoll %1 Einträge hat</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>Case bundle %1 is malformed: %2</source>
        <translation>Fallpaket %1 ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>Case bundle %1 is %2 bytes, larger than the import limit of %3 bytes</source>
        <translation>Fallpaket %1 ist %2 Bytes groß und damit größer als die Importgrenze von %3 Bytes</translation>
    </message>
    <message>
        <source>Cannot read case bundle %1</source>
        <translation>Fallpaket %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it does not start with the Fakeprint bundle signature</source>
        <translation>es beginnt nicht mit der Fakeprint-Paketsignatur</translation>
    </message>
    <message>
        <source>truncated: %1 bytes, the header alone needs %2</source>
        <translation>abgeschnitten: %1 Bytes, allein der Header benötigt %2</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Fakeprint reads version %2)</source>
        <translation>Formatversion %1 wird nicht unterstützt (diese Fakeprint-Version liest Version %2)</translation>
    </message>
    <message>
        <source>the manifest size %1 is outside 1..%2 bytes</source>
        <translation>die Manifestgröße %1 liegt außerhalb von 1..%2 Bytes</translation>
    </message>
    <message>
        <source>truncated: the manifest needs %1 bytes, the file has %2</source>
        <translation>abgeschnitten: Das Manifest benötigt %1 Bytes, die Datei hat %2</translation>
    </message>
    <message>
        <source>Cannot read the manifest of case bundle %1</source>
        <translation>Das Manifest von Fallpaket %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest does not match its SHA-256 (damaged or altered)</source>
        <translation>Fallpaket %1: Das Manifest stimmt nicht mit seinem SHA-256 überein (beschädigt oder verändert)</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object: %1</source>
        <translation>das Manifest ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>the manifest&apos;s format is not &quot;fakeprint-case-bundle&quot;</source>
        <translation>das Format des Manifests ist nicht &quot;fakeprint-case-bundle&quot;</translation>
    </message>
    <message>
        <source>the manifest must list 1 to %1 parts</source>
        <translation>das Manifest muss 1 bis %1 Teile aufführen</translation>
    </message>
    <message>
        <source>a part entry has no name</source>
        <translation>ein Teileintrag hat keinen Namen</translation>
    </message>
    <message>
        <source>Case bundle %1 names a part &apos;%2&apos;: not a plain file name (path traversal or special characters); refused</source>
        <translation>Fallpaket %1 nennt einen Teil &apos;%2&apos;: kein einfacher Dateiname (Pfadtraversierung oder Sonderzeichen); abgelehnt</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is listed twice</source>
        <translation>der Teil &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid size</source>
        <translation>der Teil &apos;%1&apos; hat keine gültige Größe</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid SHA-256</source>
        <translation>der Teil &apos;%1&apos; hat keinen gültigen SHA-256</translation>
    </message>
    <message>
        <source>truncated: part &apos;%1&apos; needs %2 bytes from offset %3, the file has %4</source>
        <translation>abgeschnitten: Teil &apos;%1&apos; benötigt %2 Bytes ab Offset %3, die Datei hat %4</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last part</source>
        <translation>%1 unerwartete Bytes nach dem letzten Teil</translation>
    </message>
    <message>
        <source>Cannot seek in case bundle %1</source>
        <translation>In Fallpaket %1 kann nicht positioniert werden</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>truncated inside part &apos;%1&apos;</source>
        <translation>abgeschnitten innerhalb von Teil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Case bundle %1: part &apos;%2&apos; does not match its SHA-256 (expected %3, found %4); the bundle is damaged or was altered</source>
        <translation>Fallpaket %1: Teil &apos;%2&apos; stimmt nicht mit seinem SHA-256 überein (erwartet %3, gefunden %4); das Paket ist beschädigt oder wurde verändert</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the bundle</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen für das Paket</translation>
    </message>
    <message>
        <source>Invalid bundle part name &apos;%1&apos;</source>
        <translation>Ungültiger Name eines Paketteils: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write the case bundle %1: %2</source>
        <translation>Das Fallpaket %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>opening the case snapshot</source>
        <translation>Öffnen des Fall-Snapshots</translation>
    </message>
    <message>
        <source>importing a case bundle</source>
        <translation>Importieren eines Fallpakets</translation>
    </message>
    <message>
        <source>Export of case &apos;%1&apos; refused: the audit log of %2 is broken at entry %3: %4</source>
        <translation>Export von Fall &apos;%1&apos; abgelehnt: Das Audit-Protokoll von %2 ist bei Eintrag %3 gebrochen: %4</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the bundle</source>
        <translation>Für das Paket kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <source>taking a snapshot for export</source>
        <translation>Anlegen eines Snapshots für den Export</translation>
    </message>
    <message>
        <source>pruning the export snapshot to case &apos;%1&apos;</source>
        <translation>Beschränken des Export-Snapshots auf Fall &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Case bundle %1 does not exist</source>
        <translation>Fallpaket %1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot open case bundle %1: %2</source>
        <translation>Fallpaket %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Case bundle %1 has an unexpected part &apos;%2&apos;</source>
        <translation>Fallpaket %1 hat einen unerwarteten Teil &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Case bundle %1 lacks the part &apos;%2&apos;</source>
        <translation>Fallpaket %1 fehlt der Teil &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to import %1</source>
        <translation>Für den Import von %1 kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <source>Case bundle %1: the audit part is %2 bytes, more than the limit</source>
        <translation>Fallpaket %1: Der Audit-Teil ist %2 Bytes groß und überschreitet die Grenze</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Case bundle %1: audit.json is not a JSON object</source>
        <translation>Fallpaket %1: audit.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>checking the database inside case bundle %1</source>
        <translation>Prüfen der Datenbank in Fallpaket %1</translation>
    </message>
    <message>
        <source>Case bundle %1 holds no valid database: %2</source>
        <translation>Fallpaket %1 enthält keine gültige Datenbank: %2</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 fails its integrity check</source>
        <translation>Die Datenbank in Fallpaket %1 besteht ihre Integritätsprüfung nicht</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has schema version %2; this Fakeprint reads 1 to %3</source>
        <translation>Die Datenbank in Fallpaket %1 hat die Schemaversion %2; diese Fakeprint-Version liest 1 bis %3</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has dangling references (table %2)</source>
        <translation>Die Datenbank in Fallpaket %1 hat verwaiste Verweise (Tabelle %2)</translation>
    </message>
    <message>
        <source>Case bundle %1 must hold exactly one case</source>
        <translation>Fallpaket %1 muss genau einen Fall enthalten</translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest names case %2 but the database holds %3</source>
        <translation>Fallpaket %1: Das Manifest nennt Fall %2, aber die Datenbank enthält %3</translation>
    </message>
    <message>
        <source>importing case bundle %1</source>
        <translation>Importieren von Fallpaket %1</translation>
    </message>
    <message>
        <source>Case &apos;%1&apos; (id %2) already exists in %3; import refused so that nothing is overwritten (import it under another name to keep both)</source>
        <translation>Fall &apos;%1&apos; (ID %2) existiert bereits in %3; Import abgelehnt, damit nichts überschrieben wird (importieren Sie ihn unter einem anderen Namen, um beide zu behalten)</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>Setzen von %1</translation>
    </message>
    <message>
        <source>No case database file was given</source>
        <translation>Es wurde keine Falldatenbankdatei angegeben</translation>
    </message>
    <message>
        <source>Case database %1 does not exist</source>
        <translation>Falldatenbank %1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the case database</source>
        <translation>Der Ordner %1 für die Falldatenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case database file</source>
        <translation>%1 ist ein Ordner, keine Falldatenbankdatei</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>Case database %1 has schema version %2, newer than this Fakeprint understands (%3); update Fakeprint</source>
        <translation>Falldatenbank %1 hat die Schemaversion %2, die neuer ist, als diese Fakeprint-Version versteht (%3); aktualisieren Sie Fakeprint</translation>
    </message>
    <message>
        <source>Case database %1 cannot use write-ahead logging (journal mode stayed %2); is it on a network or read-only file system?</source>
        <translation>Falldatenbank %1 kann kein Write-Ahead-Logging verwenden (der Journalmodus blieb %2); liegt sie auf einem Netzwerk- oder schreibgeschützten Dateisystem?</translation>
    </message>
    <message>
        <source>%1 is empty, not a case database</source>
        <translation>%1 ist leer, keine Falldatenbank</translation>
    </message>
    <message>
        <source>Case database connection %1 (%2) used from a thread that did not open it</source>
        <translation>Verbindung %1 (%2) zur Falldatenbank wurde aus einem Thread verwendet, der sie nicht geöffnet hat</translation>
    </message>
    <message>
        <source>Case database %1 was opened read-only</source>
        <translation>Falldatenbank %1 wurde schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>looking for interrupted analyses</source>
        <translation>Suchen nach unterbrochenen Analysen</translation>
    </message>
    <message>
        <source>The program running this analysis stopped before it finished; it can be resumed</source>
        <translation>Das Programm, das diese Analyse ausführte, wurde vor ihrem Abschluss beendet; sie kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>A case needs a name</source>
        <translation>Ein Fall benötigt einen Namen</translation>
    </message>
    <message>
        <source>creating case &apos;%1&apos;</source>
        <translation>Anlegen von Fall &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A case named &apos;%1&apos; already exists in %2 (id %3)</source>
        <translation>Ein Fall namens &apos;%1&apos; existiert bereits in %2 (ID %3)</translation>
    </message>
    <message>
        <source>listing cases</source>
        <translation>Auflisten der Fälle</translation>
    </message>
    <message>
        <source>reading case %1</source>
        <translation>Lesen von Fall %1</translation>
    </message>
    <message>
        <source>No case with id %1 in %2</source>
        <translation>Kein Fall mit der ID %1 in %2</translation>
    </message>
    <message>
        <source>looking up case &apos;%1&apos;</source>
        <translation>Suchen von Fall &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No case named &apos;%1&apos; in %2</source>
        <translation>Kein Fall namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>adding evidence %1 to case &apos;%2&apos;</source>
        <translation>Hinzufügen von Beweismittel %1 zu Fall &apos;%2&apos;</translation>
    </message>
    <message>
        <source>recording media info of evidence %1</source>
        <translation>Erfassen der Medieninformationen von Beweismittel %1</translation>
    </message>
    <message>
        <source>No evidence with id %1 in %2</source>
        <translation>Kein Beweismittel mit der ID %1 in %2</translation>
    </message>
    <message>
        <source>reading evidence %1</source>
        <translation>Lesen von Beweismittel %1</translation>
    </message>
    <message>
        <source>listing the evidence of case %1</source>
        <translation>Auflisten der Beweismittel von Fall %1</translation>
    </message>
    <message>
        <source>listing the cases of evidence %1</source>
        <translation>Auflisten der Fälle von Beweismittel %1</translation>
    </message>
    <message>
        <source>Evidence file %1 is missing</source>
        <translation>Beweismitteldatei %1 fehlt</translation>
    </message>
    <message>
        <source>Evidence file %1 cannot be read: %2</source>
        <translation>Beweismitteldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Evidence file %1 matches its registered SHA-256</source>
        <translation>Beweismitteldatei %1 stimmt mit ihrem registrierten SHA-256 überein</translation>
    </message>
    <message>
        <source>Evidence file %1 has changed: SHA-256 %2 (%3 bytes), registered %4 (%5 bytes)</source>
        <translation>Beweismitteldatei %1 wurde verändert: SHA-256 %2 (%3 Bytes), registriert %4 (%5 Bytes)</translation>
    </message>
    <message>
        <source>listing the analyses of case %1</source>
        <translation>Auflisten der Analysen von Fall %1</translation>
    </message>
    <message>
        <source>reading analysis %1</source>
        <translation>Lesen von Analyse %1</translation>
    </message>
    <message>
        <source>A note or bookmark needs a text</source>
        <translation>Eine Notiz oder ein Lesezeichen benötigt einen Text</translation>
    </message>
    <message>
        <source>adding a note to case %1</source>
        <translation>Hinzufügen einer Notiz zu Fall %1</translation>
    </message>
    <message>
        <source>updating note %1</source>
        <translation>Aktualisieren von Notiz %1</translation>
    </message>
    <message>
        <source>No note with id %1 in %2</source>
        <translation>Keine Notiz mit der ID %1 in %2</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>Entfernen von Notiz %1</translation>
    </message>
    <message>
        <source>reading note %1</source>
        <translation>Lesen von Notiz %1</translation>
    </message>
    <message>
        <source>listing the notes of case %1</source>
        <translation>Auflisten der Notizen von Fall %1</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Fakeprint case database (no schema_version table)</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Fakeprint-Falldatenbank (keine Tabelle schema_version)</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>Case database %1 has an empty schema_version table</source>
        <translation>Falldatenbank %1 hat eine leere Tabelle schema_version</translation>
    </message>
    <message>
        <source>Cannot migrate case database %1 from schema version %2 (this Fakeprint knows 0 to %3)</source>
        <translation>Falldatenbank %1 kann nicht von Schemaversion %2 migriert werden (diese Fakeprint-Version kennt 0 bis %3)</translation>
    </message>
    <message>
        <source>migrating the schema to version %1</source>
        <translation>Migrieren des Schemas auf Version %1</translation>
    </message>
    <message>
        <source>Case database %1 is full (no space left on the disk or the size limit reached) while %2; free some space and retry: %3</source>
        <translation>Falldatenbank %1 ist voll (kein Speicherplatz mehr auf dem Datenträger oder Größenlimit erreicht) beim %2; geben Sie Speicherplatz frei und versuchen Sie es erneut: %3</translation>
    </message>
    <message>
        <source>Case database %1 is damaged or not a case database (while %2): %3</source>
        <translation>Falldatenbank %1 ist beschädigt oder keine Falldatenbank (beim %2): %3</translation>
    </message>
    <message>
        <source>Case database %1 is read-only (while %2): %3</source>
        <translation>Falldatenbank %1 ist schreibgeschützt (beim %2): %3</translation>
    </message>
    <message>
        <source>Cannot open case database %1 (while %2): %3</source>
        <translation>Falldatenbank %1 kann nicht geöffnet werden (beim %2): %3</translation>
    </message>
    <message>
        <source>Disk I/O error on case database %1 while %2: %3</source>
        <translation>E/A-Fehler des Datenträgers bei Falldatenbank %1 beim %2: %3</translation>
    </message>
    <message>
        <source>Case database %1 stayed locked by another program while %2; retry later: %3</source>
        <translation>Falldatenbank %1 blieb beim %2 durch ein anderes Programm gesperrt; versuchen Sie es später erneut: %3</translation>
    </message>
    <message>
        <source>Case database %1 refused the change while %2 (constraint): %3</source>
        <translation>Falldatenbank %1 hat die Änderung beim %2 abgelehnt (Constraint): %3</translation>
    </message>
    <message>
        <source>Case database %1: error while %2: %3</source>
        <translation>Falldatenbank %1: Fehler beim %2: %3</translation>
    </message>
    <message>
        <source>starting a write transaction</source>
        <translation>Starten einer Schreibtransaktion</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>Festschreiben einer Transaktion</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>fp::faces::BlazeFaceDetector</name>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation>Gesichtsdetektor %1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Face detector %1 does not have BlazeFace&apos;s outputs (896 scores and 896x16 regressions)</source>
        <translation>Gesichtsdetektor %1 hat nicht die Ausgaben von BlazeFace (896 Werte und 896x16 Regressionen)</translation>
    </message>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation>Gesichtsdetektormodell %1 existiert nicht</translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation>Eingabegröße %1x%2 des Gesichtsdetektors ist zu klein</translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3; reinstall it (packaging/setup-debian.sh)</source>
        <translation>Gesichtsdetektormodell %1 hat SHA-256 %2, erwartet %3; installieren Sie es neu (packaging/setup-debian.sh)</translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation>Gesichtsdetektormodell %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Face detector model %1 has %2 outputs; a BlazeFace model has 4</source>
        <translation>Gesichtsdetektormodell %1 hat %2 Ausgaben; ein BlazeFace-Modell hat 4</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>Die Gesichtsdetektion hat ein leeres Bild erhalten</translation>
    </message>
    <message>
        <source>BlazeFace %1 (%2x%3 input, score &gt;= %4%5)</source>
        <translation>BlazeFace %1 (Eingabe %2x%3, Wert &gt;= %4%5)</translation>
    </message>
    <message>
        <source>, small-face tiles of %1 px</source>
        <translation>, Kacheln für kleine Gesichter von %1 px</translation>
    </message>
</context>
<context>
    <name>fp::faces::CascadeDetector</name>
    <message>
        <source>No face cascade found: install Debian&apos;s opencv-data (packaging/setup-debian.sh)</source>
        <translation>Keine Gesichtskaskade gefunden: Installieren Sie Debians opencv-data (packaging/setup-debian.sh)</translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded</source>
        <translation>Gesichtskaskade %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded: %2</source>
        <translation>Gesichtskaskade %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>Die Gesichtsdetektion hat ein leeres Bild erhalten</translation>
    </message>
    <message>
        <source>Face cascade failed: %1</source>
        <translation>Gesichtskaskade fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>OpenCV %1 cascade %2 (faces &gt;= %3 px, no keypoints)</source>
        <translation>OpenCV-%1-Kaskade %2 (Gesichter &gt;= %3 px, keine Keypoints)</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceCoverage</name>
    <message>
        <source>%1 of %2 examined frames have no face; of %3 faces, %4 are too small, %5 have a low detection score, %6 are blurred, %7 are in profile</source>
        <translation>%1 von %2 untersuchten Frames enthalten kein Gesicht; von %3 Gesichtern sind %4 zu klein, %5 haben einen niedrigen Detektionswert, %6 sind unscharf, %7 sind im Profil</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceDetectorFactory</name>
    <message>
        <source>BlazeFace model %1 is not installed in any of %2; run packaging/setup-debian.sh</source>
        <translation>BlazeFace-Modell %1 ist in keinem von %2 installiert; führen Sie packaging/setup-debian.sh aus</translation>
    </message>
    <message>
        <source>Face detector kind &quot;dnn&quot; needs a model path</source>
        <translation>Gesichtsdetektorart &quot;dnn&quot; benötigt einen Modellpfad</translation>
    </message>
    <message>
        <source>Unknown face detector decoder &quot;%1&quot; (expected blazeface or ssd)</source>
        <translation>Unbekannter Decoder &quot;%1&quot; für den Gesichtsdetektor (erwartet: blazeface oder ssd)</translation>
    </message>
    <message>
        <source>No face detector available: %1; %2</source>
        <translation>Kein Gesichtsdetektor verfügbar: %1; %2</translation>
    </message>
    <message>
        <source>Using the Haar cascade face detector (frontal faces only, more false detections) because BlazeFace is unavailable: %1</source>
        <translation>Es wird der Haar-Kaskaden-Gesichtsdetektor verwendet (nur frontale Gesichter, mehr Fehldetektionen), weil BlazeFace nicht verfügbar ist: %1</translation>
    </message>
    <message>
        <source>Unknown face detector &quot;%1&quot; (expected auto, blazeface, haar, lbp or dnn)</source>
        <translation>Unbekannter Gesichtsdetektor &quot;%1&quot; (erwartet: auto, blazeface, haar, lbp oder dnn)</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceTracker</name>
    <message>
        <source>Face tracker got frame %1 after frame %2; frames must come in order</source>
        <translation>Der Gesichtstracker hat Frame %1 nach Frame %2 erhalten; Frames müssen in Reihenfolge kommen</translation>
    </message>
</context>
<context>
    <name>fp::faces::LandmarkDetector</name>
    <message>
        <source>Facial landmarks are off: dlib&apos;s shape_predictor_68_face_landmarks.dat was not found (install Debian&apos;s libdlib-data). Alignment and face masks are unavailable.</source>
        <translation>Gesichtslandmarken sind deaktiviert: dlibs shape_predictor_68_face_landmarks.dat wurde nicht gefunden (installieren Sie Debians libdlib-data). Ausrichtung und Gesichtsmasken sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 predicts %2 points, not 68</source>
        <translation>Gesichtslandmarken sind deaktiviert: %1 sagt %2 Punkte voraus, nicht 68</translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 could not be read (%2)</source>
        <translation>Gesichtslandmarken sind deaktiviert: %1 konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>Landmark detection needs an image and a non-empty box</source>
        <translation>Die Landmarkenerkennung benötigt ein Bild und einen nicht leeren Rahmen</translation>
    </message>
    <message>
        <source>Landmark detection failed: %1</source>
        <translation>Landmarkenerkennung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fp::faces::SsdFaceDetector</name>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation>Gesichtsdetektormodell %1 existiert nicht</translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation>Eingabegröße %1x%2 des Gesichtsdetektors ist zu klein</translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3</source>
        <translation>Gesichtsdetektormodell %1 hat SHA-256 %2, erwartet %3</translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation>Gesichtsdetektormodell %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Face detector model %1 is empty</source>
        <translation>Gesichtsdetektormodell %1 ist leer</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>Die Gesichtsdetektion hat ein leeres Bild erhalten</translation>
    </message>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation>Gesichtsdetektor %1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Face detector %1 output has %2 values, not rows of 7 (SSD DetectionOutput)</source>
        <translation>Die Ausgabe von Gesichtsdetektor %1 hat %2 Werte, keine Zeilen zu 7 (SSD DetectionOutput)</translation>
    </message>
    <message>
        <source>cv::dnn SSD face detector %1 (%2x%3 input, score &gt;= %4)</source>
        <translation>cv::dnn-SSD-Gesichtsdetektor %1 (Eingabe %2x%3, Wert &gt;= %4)</translation>
    </message>
</context>
<context>
    <name>fp::inference</name>
    <message>
        <source>No frame of this track was scored, so nothing can be said about it.</source>
        <translation>Kein Frame dieser Spur wurde bewertet, daher lässt sich nichts über sie sagen.</translation>
    </message>
    <message>
        <source>Only %1 frames were scored; at least %2 are needed for a verdict.</source>
        <translation>Nur %1 Frames wurden bewertet; für eine Einstufung sind mindestens %2 nötig.</translation>
    </message>
    <message>
        <source>P(fake) %1 lies in the undecided band %2-%3.</source>
        <translation>P(fake) %1 liegt im unentschiedenen Bereich %2–%3.</translation>
    </message>
    <message>
        <source>P(fake) %1 is below the threshold %2.</source>
        <translation>P(fake) %1 liegt unter dem Schwellenwert %2.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold %2; the model cannot name methods.</source>
        <translation>P(fake) %1 liegt über dem Schwellenwert %2; das Modell kann keine Methoden benennen.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but no known method is likely enough (best: %2 at %3, needed %4).</source>
        <translation>P(fake) %1 liegt über dem Schwellenwert, aber keine bekannte Methode ist wahrscheinlich genug (beste: %2 mit %3, nötig %4).</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but the faces look unlike the training data (energy %2 above %3), so the method is unknown.</source>
        <translation>P(fake) %1 liegt über dem Schwellenwert, aber die Gesichter unterscheiden sich von den Trainingsdaten (Energie %2 über %3), daher ist die Methode unbekannt.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold; the most likely method is %2 (%3).</source>
        <translation>P(fake) %1 liegt über dem Schwellenwert; die wahrscheinlichste Methode ist %2 (%3).</translation>
    </message>
    <message>
        <source>No face was seen in %1 frames, so the video cannot be judged.</source>
        <translation>In %1 Frames wurde kein Gesicht gesehen, daher kann das Video nicht beurteilt werden.</translation>
    </message>
    <message>
        <source>All %1 face tracks look real; the most suspicious has P(fake) %2. Faces were seen in %3% of the frames.</source>
        <translation>Alle %1 Gesichtsspuren wirken echt; die verdächtigste hat P(fake) %2. In %3 % der Frames wurden Gesichter gesehen.</translation>
    </message>
    <message>
        <source>No track looks manipulated, but track %1 is inconclusive: %2</source>
        <translation>Keine Spur wirkt manipuliert, aber Spur %1 ist nicht eindeutig: %2</translation>
    </message>
    <message>
        <source>Track %1 is the most suspicious: %2</source>
        <translation>Spur %1 ist die verdächtigste: %2</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.%2&apos; names the method &apos;%3&apos;, which the TorchScript module does not have</source>
        <translation>Modellkarte %1: Das Feld &apos;gradcam.%2&apos; nennt die Methode &apos;%3&apos;, die das TorchScript-Modul nicht hat</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;input.size&apos; is %2, but the module rejects a [2, 3, %2, %2] input: %3</source>
        <translation>Modellkarte %1: Das Feld &apos;input.size&apos; ist %2, aber das Modul weist eine Eingabe [2, 3, %2, %2] zurück: %3</translation>
    </message>
    <message>
        <source> (one per class in &apos;classes&apos;)</source>
        <translation> (eine pro Klasse in &apos;classes&apos;)</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs[%2].units&apos; says the %3 head has %4 units%5, but for a batch of 2 the module returns a tensor of shape %6</source>
        <translation>Modellkarte %1: Das Feld &apos;outputs[%2].units&apos; besagt, dass der Kopf &apos;%3&apos; %4 Einheiten hat%5, aber für einen Batch von 2 liefert das Modul einen Tensor der Form %6</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.features_method&apos;: &apos;%2&apos; must return a feature map [N, C, h, w]</source>
        <translation>Modellkarte %1: Feld &apos;gradcam.features_method&apos;: &apos;%2&apos; muss eine Feature-Map [N, C, h, w] liefern</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.head_method&apos;: %2(%3(x)) differs from forward(x) for output %4</source>
        <translation>Modellkarte %1: Feld &apos;gradcam.head_method&apos;: %2(%3(x)) weicht für Ausgabe %4 von forward(x) ab</translation>
    </message>
    <message>
        <source>Model %1 (%2): %3 failed: %4</source>
        <translation>Modell %1 (%2): %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns a tuple holding something other than tensors</source>
        <translation>Modellkarte %1: Feld &apos;outputs&apos;: Das Modul liefert ein Tupel, das etwas anderes als Tensoren enthält</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns %2, not tensors</source>
        <translation>Modellkarte %1: Feld &apos;outputs&apos;: Das Modul liefert %2, keine Tensoren</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos; lists %2 heads, but the module returns %3 tensors</source>
        <translation>Modellkarte %1: Das Feld &apos;outputs&apos; führt %2 Köpfe auf, aber das Modul liefert %3 Tensoren</translation>
    </message>
    <message>
        <source>CUDA was requested for model %1, but LibTorch sees no CUDA device; choose CPU or Auto</source>
        <translation>CUDA wurde für Modell %1 angefordert, aber LibTorch sieht kein CUDA-Gerät; wählen Sie CPU oder Automatisch</translation>
    </message>
    <message>
        <source>loading the TorchScript module</source>
        <translation>Laden des TorchScript-Moduls</translation>
    </message>
    <message>
        <source>Crop %1 of the batch is an empty image</source>
        <translation>Ausschnitt %1 des Batches ist ein leeres Bild</translation>
    </message>
    <message>
        <source>scoring %1 crops</source>
        <translation>Bewerten von %1 Ausschnitten</translation>
    </message>
    <message>
        <source>Grad-CAM: model %1 has no attribution class %2 (it has %3 classes%4)</source>
        <translation>Grad-CAM: Modell %1 hat keine Zuordnungsklasse %2 (es hat %3 Klassen%4)</translation>
    </message>
    <message>
        <source> and no attribution head</source>
        <translation> und keinen Zuordnungskopf</translation>
    </message>
    <message>
        <source>Grad-CAM: class index %1 is invalid</source>
        <translation>Grad-CAM: Klassenindex %1 ist ungültig</translation>
    </message>
    <message>
        <source>the score does not depend on the output of &apos;%1&apos;</source>
        <translation>der Wert hängt nicht von der Ausgabe von &apos;%1&apos; ab</translation>
    </message>
    <message>
        <source>Grad-CAM on %1 crops</source>
        <translation>Grad-CAM auf %1 Ausschnitten</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;%2&apos; %3</source>
        <translation>Modellkarte %1: Feld &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(im Speicher)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>muss eine Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>muss ein Array sein, nicht %1</translation>
    </message>
    <message>
        <source>must hold 3 numbers, not %1</source>
        <translation>muss 3 Zahlen enthalten, nicht %1</translation>
    </message>
    <message>
        <source>must match [a-z0-9._-]+, not &apos;%1&apos;</source>
        <translation>muss [a-z0-9._-]+ entsprechen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a file name beside the card without &apos;/&apos;, not &apos;%1&apos;</source>
        <translation>muss ein Dateiname neben der Modellkarte ohne &apos;/&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be 64 lower-case hex digits, not &apos;%1&apos;</source>
        <translation>muss aus 64 Hexadezimalziffern in Kleinbuchstaben bestehen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be between 16 and 1024, not %1</source>
        <translation>muss zwischen 16 und 1024 liegen, nicht %1</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must list at least one class</source>
        <translation>muss mindestens eine Klasse aufführen</translation>
    </message>
    <message>
        <source>must be %1 (ids are 0..K-1 in order), not %2</source>
        <translation>muss %1 sein (IDs sind 0..K-1 in Reihenfolge), nicht %2</translation>
    </message>
    <message>
        <source>repeats the key &apos;%1&apos;</source>
        <translation>wiederholt den Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must list one or two heads, not %1</source>
        <translation>muss einen oder zwei Köpfe aufführen, nicht %1</translation>
    </message>
    <message>
        <source>must be 1 or 2 for a binary head, not %1</source>
        <translation>muss für einen Binärkopf 1 oder 2 sein, nicht %1</translation>
    </message>
    <message>
        <source>is %1 but classes lists %2 classes; the attribution head needs one unit per class</source>
        <translation>ist %1, aber classes führt %2 Klassen auf; der Zuordnungskopf benötigt eine Einheit pro Klasse</translation>
    </message>
    <message>
        <source>lists the same head twice</source>
        <translation>führt denselben Kopf zweimal auf</translation>
    </message>
    <message>
        <source>must hold exactly one class with key &apos;real&apos; when the model has no binary head</source>
        <translation>muss genau eine Klasse mit dem Schlüssel &apos;real&apos; enthalten, wenn das Modell keinen Binärkopf hat</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>must lie in (0, 1), not %1</source>
        <translation>muss in (0, 1) liegen, nicht %1</translation>
    </message>
    <message>
        <source>must lie in [0, 1]</source>
        <translation>muss in [0, 1] liegen</translation>
    </message>
    <message>
        <source>must lie in [inconclusive_low, 1]</source>
        <translation>muss in [inconclusive_low, 1] liegen</translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation>muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>must lie in (0, 1)</source>
        <translation>muss in (0, 1) liegen</translation>
    </message>
    <message>
        <source>must be a boolean, not %1</source>
        <translation>muss ein boolescher Wert sein, nicht %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>muss &quot;%1&quot; sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is %1; this Fakeprint reads version %2</source>
        <translation>ist %1; diese Fakeprint-Version liest Version %2</translation>
    </message>
    <message>
        <source>must be &quot;RGB&quot; or &quot;BGR&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;RGB&quot; oder &quot;BGR&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names an unknown head &quot;%1&quot; (known: &quot;binary&quot;, &quot;attribution&quot;)</source>
        <translation>nennt einen unbekannten Kopf &quot;%1&quot; (bekannt: &quot;binary&quot;, &quot;attribution&quot;)</translation>
    </message>
    <message>
        <source>Model card %1 does not exist</source>
        <translation>Modellkarte %1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot read model card %1: %2</source>
        <translation>Modellkarte %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Model card %1 is larger than 16 MiB</source>
        <translation>Modellkarte %1 ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>Model card %1 is not valid JSON: %2 at offset %3</source>
        <translation>Modellkarte %1 ist kein gültiges JSON: %2 bei Offset %3</translation>
    </message>
    <message>
        <source>Model card %1 must hold a JSON object</source>
        <translation>Modellkarte %1 muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>Cannot write model card %1: %2</source>
        <translation>Modellkarte %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;weights&apos; names %2, which does not exist</source>
        <translation>Modellkarte %1: Das Feld &apos;weights&apos; nennt %2, das nicht existiert</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;sha256&apos; is %2 but the weights file %3 hashes to %4; the weights were changed or belong to another card. Refusing to load it.</source>
        <translation>Modellkarte %1: Das Feld &apos;sha256&apos; ist %2, aber die Gewichtsdatei %3 hat den Hash %4; die Gewichte wurden verändert oder gehören zu einer anderen Modellkarte. Das Laden wird verweigert.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2</source>
        <translation>%1 kann nicht als %2 an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>Model card %1: the name &apos;%2&apos; is already used by another installed model; this card is ignored</source>
        <translation>Modellkarte %1: Der Name &apos;%2&apos; wird bereits von einem anderen installierten Modell verwendet; diese Modellkarte wird ignoriert</translation>
    </message>
    <message>
        <source>No installed model is named &apos;%1&apos; (installed: %2); see &apos;fakeprint-cli models list&apos;</source>
        <translation>Kein installiertes Modell heißt &apos;%1&apos; (installiert: %2); siehe &apos;fakeprint-cli models list&apos;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No model is installed (searched %1); add one with &apos;fakeprint-cli models add CARD.json&apos;</source>
        <translation>Es ist kein Modell installiert (durchsucht: %1); fügen Sie eines mit &apos;fakeprint-cli models add CARD.json&apos; hinzu</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;name&apos; is &apos;%2&apos;, which is already installed from %3 with other weights; rename the model or remove the installed one</source>
        <translation>Modellkarte %1: Das Feld &apos;name&apos; ist &apos;%2&apos;, das bereits aus %3 mit anderen Gewichten installiert ist; benennen Sie das Modell um oder entfernen Sie das installierte</translation>
    </message>
    <message>
        <source>Cannot create the user models folder %1</source>
        <translation>Der Benutzermodellordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot add %1: %2 or %3 already exists in the user models folder and belongs to another model</source>
        <translation>%1 kann nicht hinzugefügt werden: %2 oder %3 existiert bereits im Benutzermodellordner und gehört zu einem anderen Modell</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>Manipuliert</translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation>Manipuliert, Methode unbekannt</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
</context>
<context>
    <name>fp::media::FrameServer</name>
    <message>
        <source>Frame %1 is outside %2 (%3 frames)</source>
        <translation>Frame %1 liegt außerhalb von %2 (%3 Frames)</translation>
    </message>
</context>
<context>
    <name>fp::media::MediaInfo</name>
    <message>
        <source>File:       %1 (%2 bytes)
</source>
        <translation>Datei:      %1 (%2 Bytes)
</translation>
    </message>
    <message>
        <source>Container:  %1
</source>
        <translation>Container:  %1
</translation>
    </message>
    <message>
        <source>Video:      %1%2, %3, %4x%5 (coded %6x%7, SAR %8, rotation %9)
</source>
        <translation>Video:      %1%2, %3, %4x%5 (kodiert %6x%7, SAR %8, Drehung %9)
</translation>
    </message>
    <message>
        <source>Frames:     %1 (%2 keyframes), %3 fps (avg %4, real %5)%6
</source>
        <translation>Frames:     %1 (%2 Keyframes), %3 fps (Mittel %4, real %5)%6
</translation>
    </message>
    <message>
        <source>, variable frame rate</source>
        <translation>, variable Framerate</translation>
    </message>
    <message>
        <source>Duration:   %1 ms, bit rate %2 bit/s
</source>
        <translation>Dauer:      %1 ms, Bitrate %2 bit/s
</translation>
    </message>
    <message>
        <source>Audio #%1:   %2, %3 Hz, %4
</source>
        <translation>Audio #%1:   %2, %3 Hz, %4
</translation>
    </message>
</context>
<context>
    <name>fp::media::VideoReader</name>
    <message>
        <source>%1: the header claims an absurd picture size of %2x%3; refused</source>
        <translation>%1: Der Header gibt eine absurde Bildgröße von %2x%3 an; abgelehnt</translation>
    </message>
    <message>
        <source>decoder error near frame %1: %2</source>
        <translation>Decoderfehler nahe Frame %1: %2</translation>
    </message>
    <message>
        <source>Out of memory opening %1</source>
        <translation>Zu wenig Speicher beim Öffnen von %1</translation>
    </message>
    <message>
        <source>Opening %1 took longer than %2 ms</source>
        <translation>Das Öffnen von %1 dauerte länger als %2 ms</translation>
    </message>
    <message>
        <source>%1 is not a video file FFmpeg recognises (%2)</source>
        <translation>%1 ist keine Videodatei, die FFmpeg erkennt (%2)</translation>
    </message>
    <message>
        <source>%1 looks like %2 but its header cannot be read (%3); the file may be truncated or damaged</source>
        <translation>%1 sieht aus wie %2, aber sein Header kann nicht gelesen werden (%3); die Datei ist möglicherweise abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>Probing %1 took longer than %2 ms</source>
        <translation>Die Untersuchung von %1 dauerte länger als %2 ms</translation>
    </message>
    <message>
        <source>Cannot read the stream parameters of %1: %2</source>
        <translation>Die Stream-Parameter von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds audio only, no video stream</source>
        <translation>%1 enthält nur Audio, keinen Videostream</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>%1 hat keinen Videostream</translation>
    </message>
    <message>
        <source>%1: this FFmpeg build has no decoder for the video codec &apos;%2&apos;</source>
        <translation>%1: Dieser FFmpeg-Build hat keinen Decoder für den Videocodec &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the video stream has no picture size</source>
        <translation>%1: Der Videostream hat keine Bildgröße</translation>
    </message>
    <message>
        <source>Scanning %1 stalled after %2 frames</source>
        <translation>Das Durchsuchen von %1 ist nach %2 Frames ins Stocken geraten</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2; the file may be truncated</source>
        <translation>Lesen nach Frame %1 abgebrochen: %2; die Datei ist möglicherweise abgeschnitten</translation>
    </message>
    <message>
        <source>packet at byte %1 is marked corrupt by the demuxer</source>
        <translation>Das Paket bei Byte %1 ist vom Demuxer als beschädigt markiert</translation>
    </message>
    <message>
        <source>%1: the video stream holds no frames</source>
        <translation>%1: Der Videostream enthält keine Frames</translation>
    </message>
    <message>
        <source>the file ends after %1 of the %2 frames its header declares; it is probably truncated</source>
        <translation>Die Datei endet nach %1 der %2 Frames, die ihr Header angibt; sie ist wahrscheinlich abgeschnitten</translation>
    </message>
    <message>
        <source>%1: no decoder for &apos;%2&apos;</source>
        <translation>%1: kein Decoder für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Out of memory creating a decoder for %1</source>
        <translation>Zu wenig Speicher beim Anlegen eines Decoders für %1</translation>
    </message>
    <message>
        <source>%1: invalid codec parameters: %2</source>
        <translation>%1: ungültige Codec-Parameter: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the %2 decoder: %3</source>
        <translation>%1: Der Decoder %2 kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>decoding failed near frame %1: %2</source>
        <translation>Dekodierung nahe Frame %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading %1 stalled or was interrupted</source>
        <translation>Das Lesen von %1 ist ins Stocken geraten oder wurde unterbrochen</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2</source>
        <translation>Lesen nach Frame %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>frame %1 could not be decoded: %2</source>
        <translation>Frame %1 konnte nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>decoded picture with timestamp %1 is not in the frame index; numbered %2 by order</source>
        <translation>Das dekodierte Bild mit Zeitstempel %1 ist nicht im Frame-Index; nach Reihenfolge als %2 nummeriert</translation>
    </message>
    <message>
        <source>frame %1 is damaged; the decoder concealed errors</source>
        <translation>Frame %1 ist beschädigt; der Decoder hat Fehler verschleiert</translation>
    </message>
    <message>
        <source>%1: cannot seek to frame %2: %3</source>
        <translation>%1: Sprung zu Frame %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>%1: the stream ended before frame %2 could be decoded</source>
        <translation>%1: Der Stream endete, bevor Frame %2 dekodiert werden konnte</translation>
    </message>
    <message>
        <source>%1: frame %2 was not produced by the decoder</source>
        <translation>%1: Frame %2 wurde vom Decoder nicht erzeugt</translation>
    </message>
    <message>
        <source>Video file not found: %1</source>
        <translation>Videodatei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>No permission to read %1</source>
        <translation>Keine Leseberechtigung für %1</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>%1: frame %2 is out of range (the video has %3 frames)</source>
        <translation>%1: Frame %2 liegt außerhalb des Bereichs (das Video hat %3 Frames)</translation>
    </message>
</context>
<context>
    <name>fp::ui::AnalysisDialog</name>
    <message>
        <source>Analyse %1</source>
        <translation>%1 analysieren</translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation> (Benutzer, ungeprüft)</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>Kein Modell installiert</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Alle Kerne</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <source>Analyse every n-th frame; frames in between are not scored</source>
        <translation>Jeden n-ten Frame analysieren; dazwischenliegende Frames werden nicht bewertet</translation>
    </message>
    <message>
        <source>Frame stride:</source>
        <translation>Frame-Schrittweite:</translation>
    </message>
    <message>
        <source>Run the face detector on every k-th analysed frame and track in between</source>
        <translation>Den Gesichtsdetektor auf jedem k-ten analysierten Frame ausführen und dazwischen verfolgen</translation>
    </message>
    <message>
        <source>Detection interval:</source>
        <translation>Detektionsintervall:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Start analysis</source>
        <translation>Analyse starten</translation>
    </message>
    <message>
        <source>%1 · frame %2 of %3 · %4 fps · %5 track(s)</source>
        <translation>%1 · Frame %2 von %3 · %4 fps · %5 Spur(en)</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>Finished: analysis %1</source>
        <translation>Abgeschlossen: Analyse %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Analyse abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseBrowser</name>
    <message>
        <source>Case / evidence / analysis</source>
        <translation>Fall / Beweismittel / Analyse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 · analyst %2 · created %3</source>
        <translation>Fall %1 · Analyst %2 · angelegt %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Analysis %1 · %2</source>
        <translation>Analyse %1 · %2</translation>
    </message>
    <message>
        <source>Started %1
Detector %2</source>
        <translation>Gestartet %1
Detektor %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseJobs</name>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::EvidencePanel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registriert unter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitangaben</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Verify hashes now</source>
        <translation>Hashes jetzt prüfen</translation>
    </message>
    <message>
        <source>Re-hash the file (read-only) and compare with the registry; the check is audited</source>
        <translation>Den Hash der Datei neu berechnen (schreibgeschützt) und mit den registrierten Werten vergleichen; die Prüfung wird protokolliert</translation>
    </message>
    <message>
        <source>No evidence selected.</source>
        <translation>Kein Beweismittel ausgewählt.</translation>
    </message>
    <message>
        <source>Not verified in this session</source>
        <translation>In dieser Sitzung nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 (file modified %2)</source>
        <translation>%1 (Datei geändert %2)</translation>
    </message>
    <message>
        <source>No media information recorded.</source>
        <translation>Keine Medieninformationen erfasst.</translation>
    </message>
    <message>
        <source>%1 · %2×%3 · %4</source>
        <translation>%1 · %2×%3 · %4</translation>
    </message>
    <message>
        <source>%1 frames · %2 fps%3 · %4</source>
        <translation>%1 Frames · %2 fps%3 · %4</translation>
    </message>
    <message>
        <source> (variable)</source>
        <translation> (variabel)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>✔ Intact: size and SHA-256 match the registry</source>
        <translation>✔ Intakt: Größe und SHA-256 stimmen mit den registrierten Werten überein</translation>
    </message>
    <message>
        <source>✖ MISMATCH: %1</source>
        <translation>✖ ABWEICHUNG: %1</translation>
    </message>
    <message>
        <source>✖ File missing: %1</source>
        <translation>✖ Datei fehlt: %1</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::GradCamService</name>
    <message>
        <source>No analysis is open.</source>
        <translation>Es ist keine Analyse geöffnet.</translation>
    </message>
    <message>
        <source>The analysis&apos; model %1 %2 (sha256 %3) is not installed: only the stored key frames have Grad-CAM maps.</source>
        <translation>Das Modell %1 %2 (sha256 %3) der Analyse ist nicht installiert: Nur die gespeicherten Schlüsselframes haben Grad-CAM-Karten.</translation>
    </message>
    <message>
        <source>Grad-CAM on demand is off: %1</source>
        <translation>Grad-CAM auf Anforderung ist deaktiviert: %1</translation>
    </message>
    <message>
        <source>Grad-CAM of track %1 on frame %2 failed: %3</source>
        <translation>Grad-CAM von Spur %1 in Frame %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>fp::ui::MainWindow</name>
    <message>
        <source>Fakeprint</source>
        <translation>Fakeprint</translation>
    </message>
    <message>
        <source>No case database open</source>
        <translation>Keine Falldatenbank geöffnet</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation>Gesichtsspuren</translation>
    </message>
    <message>
        <source>Notes and bookmarks</source>
        <translation>Notizen und Lesezeichen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New case database…</source>
        <translation>&amp;Neue Falldatenbank…</translation>
    </message>
    <message>
        <source>&amp;Open case database…</source>
        <translation>Falldatenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Neuer &amp;Fall…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Beweis&amp;mittel hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <source>&amp;Bookmark current frame…</source>
        <translation>&amp;Lesezeichen für aktuellen Frame…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>Ana&amp;lyse</translation>
    </message>
    <message>
        <source>&amp;Analyse evidence…</source>
        <translation>Beweismittel &amp;analysieren…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Open an analysis first: a report describes one analysis.</source>
        <translation>Öffnen Sie zuerst eine Analyse: Ein Bericht beschreibt eine Analyse.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written with warnings</source>
        <translation>Bericht mit Warnungen geschrieben</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fakeprint</source>
        <translation>Ü&amp;ber Fakeprint</translation>
    </message>
    <message>
        <source>About Fakeprint</source>
        <translation>Über Fakeprint</translation>
    </message>
    <message>
        <source>Fakeprint %1
Offline deepfake detection and attribution for video.

Grad-CAM maps show where a model looked, not which pixels were manipulated.</source>
        <translation>Fakeprint %1
Offline-Erkennung und -Zuordnung von Deepfakes in Videos.

Grad-CAM-Karten zeigen, wohin ein Modell geschaut hat, nicht welche Pixel manipuliert wurden.</translation>
    </message>
    <message>
        <source>Fakeprint case databases (*.db *.fpcase.db);;All files (*)</source>
        <translation>Fakeprint-Falldatenbanken (*.db *.fpcase.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New case database</source>
        <translation>Neue Falldatenbank</translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation>Falldatenbank öffnen</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Beweismittel hinzufügen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>Name des Falls:</translation>
    </message>
    <message>
        <source>%1 — Fakeprint</source>
        <translation>%1 — Fakeprint</translation>
    </message>
    <message>
        <source>%1 · analysis %2 — %3</source>
        <translation>%1 · Analyse %2 — %3</translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation>Falldatenbank: %1</translation>
    </message>
    <message>
        <source>Open or create a case database first.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Falldatenbank.</translation>
    </message>
    <message numerus="yes">
        <source>Hashing and registering %n file(s)…</source>
        <translation>
            <numerusform>Hash-Berechnung und Registrierung von %n Datei…</numerusform>
            <numerusform>Hash-Berechnung und Registrierung von %n Dateien…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) added.</source>
        <translation>
            <numerusform>%n Beweismitteldatei hinzugefügt.</numerusform>
            <numerusform>%n Beweismitteldateien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case database first.</source>
        <translation>Öffnen Sie zuerst eine Falldatenbank.</translation>
    </message>
    <message>
        <source>%1 · not analysed in this view</source>
        <translation>%1 · in dieser Ansicht nicht analysiert</translation>
    </message>
    <message>
        <source>Analysis %1 · %2 · model %3 %4 · %5 track(s), %6 flagged · %7</source>
        <translation>Analyse %1 · %2 · Modell %3 %4 · %5 Spur(en), %6 markiert · %7</translation>
    </message>
    <message>
        <source>Open an evidence file or an analysis to bookmark a frame.</source>
        <translation>Öffnen Sie eine Beweismitteldatei oder eine Analyse, um ein Lesezeichen für einen Frame zu setzen.</translation>
    </message>
    <message>
        <source>No frame is shown yet.</source>
        <translation>Es wird noch kein Frame angezeigt.</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>Frame %1 von %2</translation>
    </message>
    <message>
        <source>, track %1 (%2)</source>
        <translation>, Spur %1 (%2)</translation>
    </message>
    <message>
        <source>, analysis %1</source>
        <translation>, Analyse %1</translation>
    </message>
    <message>
        <source>Frame %1 (%2)</source>
        <translation>Frame %1 (%2)</translation>
    </message>
    <message>
        <source>Select a case to add a note.</source>
        <translation>Wählen Sie einen Fall aus, um eine Notiz hinzuzufügen.</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>analysis %1 of %2</source>
        <translation>Analyse %1 von %2</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>Frame %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Bundled: %1&lt;br&gt;User models: %2</source>
        <translation>Mitgeliefert: %1&lt;br&gt;Benutzermodelle: %2</translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation> (Benutzer, ungeprüft)</translation>
    </message>
    <message>
        <source>Invalid card</source>
        <translation>Ungültige Modellkarte</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model is installed. Put a model card (JSON) and its TorchScript weights in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es ist kein Modell installiert. Legen Sie eine Modellkarte (JSON) und ihre TorchScript-Gewichte in %1 ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>bundled with Fakeprint</source>
        <translation>mit Fakeprint ausgeliefert</translation>
    </message>
    <message>
        <source>user model (not verified by Fakeprint)</source>
        <translation>Benutzermodell (nicht von Fakeprint geprüft)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>%1×%1 px, %2, crop scale %3</source>
        <translation>%1×%1 px, %2, Ausschnittskalierung %3</translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation>%1 (%2 Einheiten)</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>fake ≥ %1, inconclusive %2–%3, method needs ≥ %4, at least %5 frame(s)</source>
        <translation>Fälschung ≥ %1, nicht eindeutig %2–%3, Methode benötigt ≥ %4, mindestens %5 Frame(s)</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>temperature %1 (binary), %2 (attribution)</source>
        <translation>Temperatur %1 (binär), %2 (Zuordnung)</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Measured metrics</source>
        <translation>Gemessene Metriken</translation>
    </message>
</context>
<context>
    <name>fp::ui::NoteDialog</name>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Bezug:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>What you observed, and why it matters</source>
        <translation>Was Sie beobachtet haben und warum es von Bedeutung ist</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
</context>
<context>
    <name>fp::ui::NotesPanel</name>
    <message>
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Bookmark frame</source>
        <translation>Lesezeichen setzen</translation>
    </message>
    <message>
        <source>Bookmark the current frame (and the selected track) (Ctrl+B)</source>
        <translation>Lesezeichen für den aktuellen Frame (und die ausgewählte Spur) setzen (Strg+B)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Created %1, updated %2</source>
        <translation>Angelegt %1, aktualisiert %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::OverlayBuilder</name>
    <message>
        <source>T%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source> %1%</source>
        <translation> %1 %</translation>
    </message>
    <message>
        <source> · frame P(fake) %1</source>
        <translation> · Frame-P(fake) %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::PlayerWidget</name>
    <message>
        <source>Open a case and select an analysis or an evidence file to view it.</source>
        <translation>Öffnen Sie einen Fall und wählen Sie eine Analyse oder eine Beweismitteldatei aus, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Grad-CAM: error</source>
        <translation>Grad-CAM: Fehler</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous suspicious segment</source>
        <translation>Vorheriger verdächtiger Abschnitt</translation>
    </message>
    <message>
        <source>Jump to the previous segment where P(fake) reaches the threshold</source>
        <translation>Zum vorherigen Abschnitt springen, in dem P(fake) den Schwellenwert erreicht</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Vorheriger Frame</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>Einen Frame zurück</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Wiedergabe oder Pause</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Nächster Frame</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>Einen Frame vor</translation>
    </message>
    <message>
        <source>Next suspicious segment</source>
        <translation>Nächster verdächtiger Abschnitt</translation>
    </message>
    <message>
        <source>Jump to the next segment where P(fake) reaches the threshold</source>
        <translation>Zum nächsten Abschnitt springen, in dem P(fake) den Schwellenwert erreicht</translation>
    </message>
    <message>
        <source>Shuttle backward</source>
        <translation>Shuttle rückwärts</translation>
    </message>
    <message>
        <source>Play backward, faster on repeat</source>
        <translation>Rückwärts abspielen, bei Wiederholung schneller</translation>
    </message>
    <message>
        <source>Shuttle stop</source>
        <translation>Shuttle anhalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Shuttle forward</source>
        <translation>Shuttle vorwärts</translation>
    </message>
    <message>
        <source>Play forward, faster on repeat</source>
        <translation>Vorwärts abspielen, bei Wiederholung schneller</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Gehe zu:</translation>
    </message>
    <message>
        <source>frame or hh:mm:ss.mmm</source>
        <translation>Frame oder hh:mm:ss.mmm</translation>
    </message>
    <message>
        <source>Face boxes</source>
        <translation>Gesichtsrahmen</translation>
    </message>
    <message>
        <source>Show face boxes and labels</source>
        <translation>Gesichtsrahmen und Beschriftungen anzeigen</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarken</translation>
    </message>
    <message>
        <source>Show facial landmarks</source>
        <translation>Gesichtslandmarken anzeigen</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Show where the model looked (stored key-frame maps, other frames computed on demand while paused); not a map of manipulated pixels</source>
        <translation>Zeigen, wohin das Modell geschaut hat (gespeicherte Karten der Schlüsselframes, andere Frames werden bei Pause auf Anforderung berechnet); keine Karte manipulierter Pixel</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the frame to the view</source>
        <translation>Den Frame in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Native pixels, no interpolation</source>
        <translation>Native Pixel, keine Interpolation</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Attributed class</source>
        <translation>Zugeordnete Klasse</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Grad-CAM: computing…</source>
        <translation>Grad-CAM: wird berechnet…</translation>
    </message>
    <message>
        <source>Grad-CAM: paused frames only</source>
        <translation>Grad-CAM: nur bei pausierten Frames</translation>
    </message>
    <message>
        <source>Grad-CAM: stored only</source>
        <translation>Grad-CAM: nur gespeicherte</translation>
    </message>
    <message>
        <source>Grad-CAM: computed on demand</source>
        <translation>Grad-CAM: auf Anforderung berechnet</translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame</source>
        <translation>Grad-CAM: gespeicherter Schlüsselframe</translation>
    </message>
    <message>
        <source>Maps from model %1; they show where the model looked, not which pixels are manipulated.</source>
        <translation>Karten von Modell %1; sie zeigen, wohin das Modell geschaut hat, nicht welche Pixel manipuliert sind.</translation>
    </message>
    <message>
        <source>Frame –</source>
        <translation>Frame –</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Frame %1 / %2</translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame + computed on demand</source>
        <translation>Grad-CAM: gespeicherter Schlüsselframe + bei Bedarf berechnet</translation>
    </message>
</context>
<context>
    <name>fp::ui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Berichtssprache:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>The case&apos;s analyst</source>
        <translation>Analyst des Falls</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Analyst:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Dates and numbers in the report follow its language.</source>
        <translation>Datums- und Zahlenangaben im Bericht richten sich nach seiner Sprache.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fp::ui::ScreenshotTask</name>
    <message>
        <source>Timed out waiting for frame %1 to be shown</source>
        <translation>Zeitüberschreitung beim Warten auf die Anzeige von Frame %1</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2</source>
        <translation>Der Screenshot %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, wenn verfügbar)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>Inference device:</source>
        <translation>Inferenzgerät:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Alle Kerne</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <source>Automatic (BlazeFace, else Haar cascade)</source>
        <translation>Automatisch (BlazeFace, sonst Haar-Kaskade)</translation>
    </message>
    <message>
        <source>BlazeFace</source>
        <translation>BlazeFace</translation>
    </message>
    <message>
        <source>Haar cascade</source>
        <translation>Haar-Kaskade</translation>
    </message>
    <message>
        <source>LBP cascade</source>
        <translation>LBP-Kaskade</translation>
    </message>
    <message>
        <source>Face detector:</source>
        <translation>Gesichtsdetektor:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache wird beim nächsten Start wirksam.</translation>
    </message>
</context>
<context>
    <name>fp::ui::TimelineWidget</name>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>P(fake) per track</source>
        <translation>P(fake) je Spur</translation>
    </message>
    <message>
        <source>Class probabilities of the selected track</source>
        <translation>Klassenwahrscheinlichkeiten der ausgewählten Spur</translation>
    </message>
    <message>
        <source>Whole video</source>
        <translation>Ganzes Video</translation>
    </message>
    <message>
        <source>Show the whole frame range (wheel zooms, Shift-drag pans)</source>
        <translation>Den gesamten Frame-Bereich anzeigen (Mausrad zoomt, Umschalt-Ziehen verschiebt)</translation>
    </message>
    <message>
        <source>Grey: no face seen · dashed: threshold</source>
        <translation>Grau: kein Gesicht gesehen · gestrichelt: Schwellenwert</translation>
    </message>
</context>
<context>
    <name>fp::ui::TrackPanel</name>
    <message>
        <source>No analysis open.</source>
        <translation>Keine Analyse geöffnet.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Frame %1: click to go there</source>
        <translation>Frame %1: klicken, um dorthin zu springen</translation>
    </message>
    <message>
        <source>Thumbnails: %1</source>
        <translation>Miniaturansichten: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No face was found in the analysed frames.</source>
        <translation>In den analysierten Frames wurde kein Gesicht gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n face track(s): %1</source>
        <translation>
            <numerusform>%n Gesichtsspur: %1</numerusform>
            <numerusform>%n Gesichtsspuren: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3…), frame stride %4, detection every %5 frames.</source>
        <translation>Modell %1 %2 (sha256 %3…), Frame-Schrittweite %4, Detektion alle %5 Frames.</translation>
    </message>
    <message>
        <source>Trained on synthetic manipulations only: a lead to check, not proof.</source>
        <translation>Nur mit synthetischen Manipulationen trainiert: ein zu prüfender Hinweis, kein Beweis.</translation>
    </message>
    <message>
        <source>Unverified model (not bundled).</source>
        <translation>Ungeprüftes Modell (nicht mitgeliefert).</translation>
    </message>
    <message>
        <source> · confidence %1%</source>
        <translation> · Konfidenz %1 %</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>Frames %1–%2 (%3 – %4) · face seen on %5 of %6 frames</source>
        <translation>Frames %1–%2 (%3 – %4) · Gesicht in %5 von %6 Frames gesehen</translation>
    </message>
    <message numerus="yes">
        <source>Track P(fake) %1 · %n scored frame(s)</source>
        <translation>
            <numerusform>Spur-P(fake) %1 · %n bewerteter Frame</numerusform>
            <numerusform>Spur-P(fake) %1 · %n bewertete Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Faces of track %1</source>
        <translation>Gesichter von Spur %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::TrackPlot</name>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Class probability</source>
        <translation>Klassenwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>T%1 P(fake)</source>
        <translation>T%1 P(fake)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>T%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::VerdictStyle</name>
    <message>
        <source>Real</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>Manipuliert</translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation>Manipuliert, Methode unbekannt</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Manipulated (%1)</source>
        <translation>Manipuliert (%1)</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Fakeprint: offline deepfake detection and attribution for video.</source>
        <translation>Fakeprint: Offline-Erkennung und -Zuordnung von Deepfakes in Videos.</translation>
    </message>
    <message>
        <source>Render the main window to FILE and exit.</source>
        <translation>Das Hauptfenster in FILE rendern und beenden.</translation>
    </message>
    <message>
        <source>Open the case database.</source>
        <translation>Die Falldatenbank öffnen.</translation>
    </message>
    <message>
        <source>Open the analysis with this id.</source>
        <translation>Die Analyse mit dieser ID öffnen.</translation>
    </message>
    <message>
        <source>Show this frame (0-based).</source>
        <translation>Diesen Frame anzeigen (0-basiert).</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>Interface language for this run: %1 (default: the language chosen in the settings, else the system language).</source>
        <translation>Oberflächensprache für diesen Lauf: %1 (Standard: die in den Einstellungen gewählte Sprache, sonst die Systemsprache).</translation>
    </message>
    <message>
        <source>--analysis needs a numeric id, not &apos;%1&apos;</source>
        <translation>--analysis benötigt eine numerische ID, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--frame needs a frame index &gt;= 0, not &apos;%1&apos;</source>
        <translation>--frame benötigt einen Frame-Index &gt;= 0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT of at least 320x240, not &apos;%1&apos;</source>
        <translation>--size benötigt BREITExHÖHE (mindestens 320x240), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--analysis needs --db</source>
        <translation>--analysis benötigt --db</translation>
    </message>
    <message>
        <source>Video files to add as evidence to a new case (in the --db case database, else in the default one in your data folder).</source>
        <translation>Videodateien, die als Beweismittel zu einem neuen Fall hinzugefügt werden (in der Falldatenbank von --db, sonst in der Standarddatenbank in Ihrem Datenordner).</translation>
    </message>
    <message>
        <source>Files opened on %1</source>
        <translation>Am %1 geöffnete Dateien</translation>
    </message>
</context>
</TS>
