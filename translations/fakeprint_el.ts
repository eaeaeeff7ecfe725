<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>FrameScoreCsv</name>
    <message>
        <source>Cannot write the CSV export %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή της εξαγωγής CSV %1: %2</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed</source>
        <translation>%1: ένα πεδίο σε εισαγωγικά δεν κλείνει</translation>
    </message>
    <message>
        <source>%1 is empty (no header line)</source>
        <translation>Το %1 είναι κενό (χωρίς γραμμή κεφαλίδας)</translation>
    </message>
    <message>
        <source>%1: column %2 of the header must be &quot;%3&quot;, found &quot;%4&quot;</source>
        <translation>%1: η στήλη %2 της κεφαλίδας πρέπει να είναι «%3», βρέθηκε «%4»</translation>
    </message>
    <message>
        <source>%1: column %2 of the header (&quot;%3&quot;) does not start with p_</source>
        <translation>%1: η στήλη %2 της κεφαλίδας («%3») δεν αρχίζει με p_</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, γραμμή %2: %3</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 πεδία, ενώ η κεφαλίδα έχει %2</translation>
    </message>
    <message>
        <source>analysis_id, track, frame_index and p_fake must be numbers</source>
        <translation>Τα analysis_id, track, frame_index και p_fake πρέπει να είναι αριθμοί</translation>
    </message>
    <message>
        <source>analysis_id %1 differs from %2 on the first row</source>
        <translation>Το analysis_id %1 διαφέρει από το %2 της πρώτης γραμμής</translation>
    </message>
    <message>
        <source>energy &quot;%1&quot; is not a number</source>
        <translation>Η τιμή energy «%1» δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) is not a number</source>
        <translation>Η στήλη %1 («%2») δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>Cannot open the CSV export %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της εξαγωγής CSV %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot write the JSON export %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή της εξαγωγής JSON %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>%1 is not a Fakeprint analysis export (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>Το %1 δεν είναι εξαγωγή ανάλυσης του Fakeprint (το «format» δεν είναι «%2»)</translation>
    </message>
    <message>
        <source>%1 has schema_version %2; this Fakeprint reads version %3</source>
        <translation>Το %1 έχει schema_version %2· αυτό το Fakeprint διαβάζει την έκδοση %3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or has the wrong type</source>
        <translation>%1: το πεδίο «%2» λείπει ή έχει λάθος τύπο</translation>
    </message>
    <message>
        <source>Cannot open the JSON export %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της εξαγωγής JSON %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (offset %2: %3)</source>
        <translation>Το %1 δεν είναι έγκυρο JSON (θέση %2: %3)</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Face images are not shown: the evidence file at %1 does not match its recorded SHA-256 (see the integrity check).</source>
        <translation>Οι εικόνες προσώπων δεν εμφανίζονται: το αρχείο τεκμηρίου στη θέση %1 δεν αντιστοιχεί στο καταγεγραμμένο SHA-256 του (βλ. τον έλεγχο ακεραιότητας).</translation>
    </message>
    <message>
        <source>Face images are not shown: %1</source>
        <translation>Οι εικόνες προσώπων δεν εμφανίζονται: %1</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded: %2</source>
        <translation>Δεν ήταν δυνατή η αποκωδικοποίηση του καρέ %1: %2</translation>
    </message>
    <message>
        <source>Decoder, frame %1: %2</source>
        <translation>Αποκωδικοποιητής, καρέ %1: %2</translation>
    </message>
    <message>
        <source>Font %1 was not found (install fonts-dejavu-core); the report uses the default font.</source>
        <translation>Η γραμματοσειρά %1 δεν βρέθηκε (εγκαταστήστε το fonts-dejavu-core)· η αναφορά χρησιμοποιεί την προεπιλεγμένη γραμματοσειρά.</translation>
    </message>
    <message>
        <source>The PDF report needs a QApplication (QCustomPlot draws the plots)</source>
        <translation>Η αναφορά PDF απαιτεί QApplication (το QCustomPlot σχεδιάζει τα διαγράμματα)</translation>
    </message>
    <message>
        <source>Paper size must be A4 or Letter</source>
        <translation>Το μέγεθος χαρτιού πρέπει να είναι A4 ή Letter</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή της αναφοράς %1: %2</translation>
    </message>
    <message>
        <source>Fakeprint case report: %1, analysis %2</source>
        <translation>Αναφορά υπόθεσης Fakeprint: %1, ανάλυση %2</translation>
    </message>
    <message>
        <source>Case %1 (id %2) · analysis %3 · report %4</source>
        <translation>Υπόθεση %1 (id %2) · ανάλυση %3 · αναφορά %4</translation>
    </message>
    <message>
        <source>Evidence SHA-256: %1</source>
        <translation>SHA-256 τεκμηρίου: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
    <message>
        <source>Cannot start painting the PDF %1</source>
        <translation>Δεν είναι δυνατή η έναρξη σχεδίασης του PDF %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Χρήση: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[επιλογές]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Επιλογές:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Ορίσματα:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Εμφανίζει βοήθεια για τις επιλογές της γραμμής εντολών.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Εμφανίζει βοήθεια, συμπεριλαμβανομένων των επιλογών του Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Εμφανίζει πληροφορίες έκδοσης.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Άγνωστη επιλογή &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Άγνωστες επιλογές: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Λείπει τιμή μετά από &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Μη αναμενόμενη τιμή μετά από &apos;%1&apos;.</translation>
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
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>real</source>
        <translation>γνήσιο</translation>
    </message>
    <message>
        <source>manipulated</source>
        <translation>παραποιημένο</translation>
    </message>
    <message>
        <source>manipulated, method unknown</source>
        <translation>παραποιημένο, άγνωστη μέθοδος</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>μη καταληκτικό</translation>
    </message>
    <message>
        <source>pending (analysis not finished)</source>
        <translation>σε εκκρεμότητα (η ανάλυση δεν ολοκληρώθηκε)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>μη διαθέσιμο</translation>
    </message>
    <message>
        <source>%1 (no interval stored)</source>
        <translation>%1 (δεν έχει αποθηκευτεί διάστημα)</translation>
    </message>
    <message>
        <source>%1 (95% interval %2 to %3)</source>
        <translation>%1 (διάστημα 95% από %2 έως %3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>Caution: the model %1 was trained on synthetic manipulations generated by Fakeprint, not on real-world deepfakes. Its scores are indications with the uncertainty shown, not proof.</source>
        <translation>Προσοχή: το μοντέλο %1 εκπαιδεύτηκε σε συνθετικές παραποιήσεις που παρήγαγε το Fakeprint, όχι σε πραγματικά deepfakes. Οι βαθμολογίες του είναι ενδείξεις με την αβεβαιότητα που αναγράφεται, όχι αποδείξεις.</translation>
    </message>
    <message>
        <source>Model-derived values on this page come from model %1 %2 (SHA-256 %3) with frame stride %4 and face detection every %5 frames. Intervals are 95% intervals over the frames of a track.</source>
        <translation>Οι τιμές αυτής της σελίδας που προέρχονται από μοντέλο παράγονται από το μοντέλο %1 %2 (SHA-256 %3) με βήμα καρέ %4 και ανίχνευση προσώπων ανά %5 καρέ. Τα διαστήματα είναι διαστήματα 95% επί των καρέ ενός ίχνους.</translation>
    </message>
    <message>
        <source>Fakeprint case report</source>
        <translation>Αναφορά υπόθεσης Fakeprint</translation>
    </message>
    <message>
        <source>Deepfake detection and attribution for one video analysis</source>
        <translation>Ανίχνευση και απόδοση deepfake για μία ανάλυση βίντεο</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Υπόθεση</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Id υπόθεσης</translation>
    </message>
    <message>
        <source>%1 (UUID %2)</source>
        <translation>%1 (UUID %2)</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Αναλυτής</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(δεν δόθηκε)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Ημερομηνία αναφοράς</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Id αναφοράς</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 περιεχομένου</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Ανάλυση</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1, %2, έναρξη %3</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμήριο</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>SHA-256 τεκμηρίου</translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation>Ίχνη προσώπων</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>δεν βρέθηκαν</translation>
    </message>
    <message>
        <source>Audit head hash</source>
        <translation>Hash κεφαλής ελέγχου</translation>
    </message>
    <message>
        <source>The content SHA-256 is the hash of this analysis&apos;s machine-readable export (fakeprint-cli export-data --json, without its exported_at field) at the time of the report; the same data gives the same hash. The audit head hash anchors the case database&apos;s hash-chained audit log.</source>
        <translation>Το SHA-256 περιεχομένου είναι το hash της μηχαναγνώσιμης εξαγωγής αυτής της ανάλυσης (fakeprint-cli export-data --json, χωρίς το πεδίο exported_at) κατά τον χρόνο της αναφοράς· τα ίδια δεδομένα δίνουν το ίδιο hash. Το hash κεφαλής ελέγχου αγκυρώνει το αλυσιδωτό (hash-chained) αρχείο καταγραφής ελέγχου της βάσης δεδομένων υποθέσεων.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Πώς να διαβάσετε αυτήν την αναφορά</translation>
    </message>
    <message>
        <source>Fakeprint finds faces in the video, follows each face over time as a track, and scores every face crop with a neural network: the probability that the face was manipulated (P(fake)) and, when the model has an attribution head, which manipulation method it resembles. The scores of a track are aggregated into a verdict: real, manipulated (with the method), manipulated by an unknown method, or inconclusive when the evidence is too weak or too short. Every score is an estimate with uncertainty; a verdict is an indication for an expert, not proof.</source>
        <translation>Το Fakeprint εντοπίζει πρόσωπα στο βίντεο, παρακολουθεί κάθε πρόσωπο στον χρόνο ως ίχνος και βαθμολογεί κάθε αποκομμένη εικόνα προσώπου με ένα νευρωνικό δίκτυο: την πιθανότητα το πρόσωπο να έχει παραποιηθεί (P(fake)) και, όταν το μοντέλο διαθέτει κεφαλή απόδοσης, με ποια μέθοδο παραποίησης μοιάζει. Οι βαθμολογίες ενός ίχνους συγκεντρώνονται σε ένα πόρισμα: γνήσιο, παραποιημένο (με τη μέθοδο), παραποιημένο με άγνωστη μέθοδο, ή μη καταληκτικό όταν τα στοιχεία είναι πολύ αδύναμα ή πολύ σύντομα. Κάθε βαθμολογία είναι εκτίμηση με αβεβαιότητα· ένα πόρισμα είναι ένδειξη για έναν εμπειρογνώμονα, όχι απόδειξη.</translation>
    </message>
    <message>
        <source>1. Evidence</source>
        <translation>1. Τεκμήριο</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Όνομα αρχείου</translation>
    </message>
    <message>
        <source>Registered path</source>
        <translation>Καταχωρισμένη διαδρομή</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 byte)</translation>
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
        <translation>(δεν καταγράφηκε)</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Τροποποιήθηκε</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Καταχωρίστηκε</translation>
    </message>
    <message>
        <source>Integrity check at report time</source>
        <translation>Έλεγχος ακεραιότητας κατά τη σύνταξη της αναφοράς</translation>
    </message>
    <message>
        <source>Not performed for this report.</source>
        <translation>Δεν πραγματοποιήθηκε για αυτήν την αναφορά.</translation>
    </message>
    <message>
        <source>MATCH: the file still has the recorded size and SHA-256.</source>
        <translation>ΑΝΤΙΣΤΟΙΧΙΑ: το αρχείο έχει ακόμη το καταγεγραμμένο μέγεθος και SHA-256.</translation>
    </message>
    <message>
        <source>MISMATCH: the file at the registered path differs from the registered evidence.</source>
        <translation>ΑΝΑΝΤΙΣΤΟΙΧΙΑ: το αρχείο στην καταχωρισμένη διαδρομή διαφέρει από το καταχωρισμένο τεκμήριο.</translation>
    </message>
    <message>
        <source>MISSING: the file could not be read at the registered path.</source>
        <translation>ΛΕΙΠΕΙ: δεν ήταν δυνατή η ανάγνωση του αρχείου στην καταχωρισμένη διαδρομή.</translation>
    </message>
    <message>
        <source>Checked file</source>
        <translation>Αρχείο που ελέγχθηκε</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>SHA-256 τώρα</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(μη αναγνώσιμο)</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>Μέγεθος τώρα</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Media information</source>
        <translation>Πληροφορίες πολυμέσων</translation>
    </message>
    <message>
        <source>No media information was recorded.</source>
        <translation>Δεν καταγράφηκαν πληροφορίες πολυμέσων.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Περιέκτης</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Κωδικοποιητής βίντεο</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Κωδικοποιητής</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Προφίλ</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>Μορφή εικονοστοιχείων</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>Πλάτος (εικονοστοιχεία)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>Ύψος (εικονοστοιχεία)</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>Περιστροφή (μοίρες)</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Καρέ ανά δευτερόλεπτο</translation>
    </message>
    <message>
        <source>Variable frame rate</source>
        <translation>Μεταβλητός ρυθμός καρέ</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Διάρκεια (ms)</translation>
    </message>
    <message>
        <source>Frame count</source>
        <translation>Πλήθος καρέ</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>Καρέ-κλειδιά</translation>
    </message>
    <message>
        <source>Time base</source>
        <translation>Βάση χρόνου</translation>
    </message>
    <message>
        <source>Bit rate (bit/s)</source>
        <translation>Ρυθμός bit (bit/s)</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. Μέθοδος</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Μοντέλο</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, έκδοση %2</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>SHA-256 μοντέλου</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>bundled with Fakeprint (name and SHA-256 match the shipped model)</source>
        <translation>συνοδεύει το Fakeprint (το όνομα και το SHA-256 αντιστοιχούν στο παρεχόμενο μοντέλο)</translation>
    </message>
    <message>
        <source>unverified: not a model shipped with Fakeprint; its card and metrics are the claims of whoever made it</source>
        <translation>μη επαληθευμένο: δεν είναι μοντέλο που παρέχεται με το Fakeprint· η κάρτα και οι μετρικές του είναι ισχυρισμοί του δημιουργού του</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Αρχιτεκτονική</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Άδεια χρήσης</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Ανιχνευτής προσώπων</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Κλάσεις</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Ετικέτα</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Κλειδί</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Δεδομένα εκπαίδευσης</translation>
    </message>
    <message>
        <source>This model learned synthetic manipulations: its training faces were altered by Fakeprint&apos;s own generator (face swaps, blends, re-enactment-like warps and similar), not by the tools that make real deepfakes. Results on real-world fakes can differ from the metrics below.</source>
        <translation>Αυτό το μοντέλο έμαθε συνθετικές παραποιήσεις: τα πρόσωπα εκπαίδευσής του αλλοιώθηκαν από τη γεννήτρια του ίδιου του Fakeprint (ανταλλαγές προσώπων, αναμείξεις, παραμορφώσεις τύπου αναπαράστασης κινήσεων και παρόμοια), όχι από τα εργαλεία που δημιουργούν πραγματικά deepfakes. Τα αποτελέσματα σε πραγματικές παραποιήσεις μπορεί να διαφέρουν από τις παρακάτω μετρικές.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Εκπαίδευση</translation>
    </message>
    <message>
        <source>(not described by the card)</source>
        <translation>(δεν περιγράφεται στην κάρτα)</translation>
    </message>
    <message>
        <source>Measured metrics (from the model card)</source>
        <translation>Μετρημένες μετρικές (από την κάρτα του μοντέλου)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Μετρικές</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(δεν αναφέρονται)</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Περιορισμοί</translation>
    </message>
    <message>
        <source>The card states none; that does not mean there are none.</source>
        <translation>Η κάρτα δεν αναφέρει κανέναν· αυτό δεν σημαίνει ότι δεν υπάρχουν.</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>Κανόνες απόφασης</translation>
    </message>
    <message>
        <source>Analysis settings</source>
        <translation>Ρυθμίσεις ανάλυσης</translation>
    </message>
    <message>
        <source>3. Summary of face tracks</source>
        <translation>3. Σύνοψη ιχνών προσώπων</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 έως %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Ίχνος</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Καρέ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Πόρισμα</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Βεβαιότητα</translation>
    </message>
    <message>
        <source>P(fake) with 95% interval</source>
        <translation>P(fake) με διάστημα 95%</translation>
    </message>
    <message>
        <source>No face was tracked in this video. Fakeprint makes no statement about videos or frames without faces: no face does not mean real.</source>
        <translation>Δεν παρακολουθήθηκε κανένα πρόσωπο σε αυτό το βίντεο. Το Fakeprint δεν διατυπώνει καμία κρίση για βίντεο ή καρέ χωρίς πρόσωπα: η απουσία προσώπου δεν σημαίνει γνησιότητα.</translation>
    </message>
    <message>
        <source>4. Notes and bookmarks</source>
        <translation>4. Σημειώσεις και σελιδοδείκτες</translation>
    </message>
    <message>
        <source>No notes or bookmarks concern this analysis.</source>
        <translation>Καμία σημείωση ή σελιδοδείκτης δεν αφορά αυτήν την ανάλυση.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>εντάξει</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>προς έλεγχο</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>προειδοποίηση</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>ίχνος %1</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>καρέ %1</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>σελιδοδείκτης</translation>
    </message>
    <message>
        <source>note</source>
        <translation>σημείωση</translation>
    </message>
    <message>
        <source>case</source>
        <translation>υπόθεση</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Συντάκτης</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημερώθηκε</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>5. Processing log</source>
        <translation>5. Αρχείο καταγραφής επεξεργασίας</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ολοκλήρωση</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Έκδοση εφαρμογής</translation>
    </message>
    <message>
        <source>Frames in the video</source>
        <translation>Καρέ του βίντεο</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>Last frame committed</source>
        <translation>Τελευταίο καρέ που καταχωρίστηκε</translation>
    </message>
    <message>
        <source>Frames with a scored face</source>
        <translation>Καρέ με βαθμολογημένο πρόσωπο</translation>
    </message>
    <message>
        <source>Frames without a scored face</source>
        <translation>Καρέ χωρίς βαθμολογημένο πρόσωπο</translation>
    </message>
    <message>
        <source>%1 (%2 of the video; no statement is made about them)</source>
        <translation>%1 (%2 του βίντεο· δεν διατυπώνεται κρίση γι&apos; αυτά)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Κάλυψη</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Χρόνοι</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Προειδοποιήσεις</translation>
    </message>
    <message>
        <source>The analysis is not completed (status %1): its results may be partial.</source>
        <translation>Η ανάλυση δεν έχει ολοκληρωθεί (κατάσταση %1): τα αποτελέσματά της μπορεί να είναι μερικά.</translation>
    </message>
    <message>
        <source>The model is not a bundled Fakeprint model; its identity is its SHA-256 above.</source>
        <translation>Το μοντέλο δεν είναι μοντέλο που συνοδεύει το Fakeprint· η ταυτότητά του είναι το παραπάνω SHA-256.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Καμία.</translation>
    </message>
    <message>
        <source>6. Audit trail</source>
        <translation>6. Διαδρομή ελέγχου</translation>
    </message>
    <message>
        <source>VERIFIED: the hash chain of all %1 audit entries of the case database holds.</source>
        <translation>ΕΠΑΛΗΘΕΥΜΕΝΟ: η αλυσίδα hash και των %1 εγγραφών ελέγχου της βάσης δεδομένων υποθέσεων είναι ακέραιη.</translation>
    </message>
    <message>
        <source>BROKEN: the audit chain fails at entry %1: %2</source>
        <translation>ΔΙΑΣΠΑΣΜΕΝΟ: η αλυσίδα ελέγχου αποτυγχάνει στην εγγραφή %1: %2</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Hash κεφαλής</translation>
    </message>
    <message>
        <source>(empty log)</source>
        <translation>(κενό αρχείο καταγραφής)</translation>
    </message>
    <message>
        <source>Entries of this case</source>
        <translation>Εγγραφές αυτής της υπόθεσης</translation>
    </message>
    <message>
        <source>Each entry&apos;s hash covers its fields and the previous entry&apos;s hash; check the chain at any time with &quot;fakeprint-cli audit verify --db %1&quot;. Hashes are shortened to 16 hex digits below.</source>
        <translation>Το hash κάθε εγγραφής καλύπτει τα πεδία της και το hash της προηγούμενης εγγραφής· ελέγξτε την αλυσίδα οποιαδήποτε στιγμή με «fakeprint-cli audit verify --db %1». Παρακάτω τα hash συντομεύονται σε 16 δεκαεξαδικά ψηφία.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Α/Α</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Χρόνος</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Εκτελών</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Οντότητα</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Ίχνος %1</translation>
    </message>
    <message>
        <source>Method label</source>
        <translation>Ετικέτα μεθόδου</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 scored)</source>
        <translation>%1 έως %2 (%3 βαθμολογημένα)</translation>
    </message>
    <message>
        <source>Median face box</source>
        <translation>Διάμεσο πλαίσιο προσώπου</translation>
    </message>
    <message>
        <source>x %1, y %2, %3 x %4 pixels</source>
        <translation>x %1, y %2, %3 x %4 εικονοστοιχεία</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Συγκέντρωση</translation>
    </message>
    <message>
        <source>Frames that drove the verdict</source>
        <translation>Καρέ που καθόρισαν το πόρισμα</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>Id βάσης δεδομένων</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Βαθμολογίες στον χρόνο</translation>
    </message>
    <message>
        <source>No frame of this track was scored.</source>
        <translation>Κανένα καρέ αυτού του ίχνους δεν βαθμολογήθηκε.</translation>
    </message>
    <message>
        <source>Black: P(fake) per scored frame. Coloured: probability of each manipulation class. Dashed line: the decision threshold of the model card; shaded band: the inconclusive range. Single frames vary; the verdict rests on the whole track.</source>
        <translation>Μαύρο: P(fake) ανά βαθμολογημένο καρέ. Έγχρωμα: πιθανότητα κάθε κλάσης παραποίησης. Διακεκομμένη γραμμή: το κατώφλι απόφασης της κάρτας μοντέλου· σκιασμένη ζώνη: το μη καταληκτικό εύρος. Τα μεμονωμένα καρέ διαφέρουν· το πόρισμα βασίζεται σε ολόκληρο το ίχνος.</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>Πιθανότητες κλάσεων</translation>
    </message>
    <message>
        <source>Mean probability of each class over the track&apos;s frames; whiskers show 95% intervals where they were stored.</source>
        <translation>Μέση πιθανότητα κάθε κλάσης επί των καρέ του ίχνους· οι απολήξεις δείχνουν διαστήματα 95% όπου έχουν αποθηκευτεί.</translation>
    </message>
    <message>
        <source>Faces at the frames that drove the verdict</source>
        <translation>Πρόσωπα στα καρέ που καθόρισαν το πόρισμα</translation>
    </message>
    <message>
        <source>frame %1, P(fake) %2</source>
        <translation>καρέ %1, P(fake) %2</translation>
    </message>
    <message>
        <source>frame %1 could not be decoded</source>
        <translation>δεν ήταν δυνατή η αποκωδικοποίηση του καρέ %1</translation>
    </message>
    <message>
        <source>Key frames with Grad-CAM heatmaps</source>
        <translation>Καρέ-κλειδιά με θερμικούς χάρτες Grad-CAM</translation>
    </message>
    <message>
        <source>A Grad-CAM heatmap shows where in the face crop the model found the evidence for one class: warm colours mark the regions that raised the model&apos;s score most. It shows where the model looked. It is NOT a map of fake or manipulated pixels, it does not localise a manipulation, and a strong heatmap on a real face is possible.</source>
        <translation>Ένας θερμικός χάρτης Grad-CAM δείχνει πού στην αποκομμένη εικόνα προσώπου βρήκε το μοντέλο τα στοιχεία για μία κλάση: τα θερμά χρώματα σημειώνουν τις περιοχές που αύξησαν περισσότερο τη βαθμολογία του μοντέλου. Δείχνει πού κοίταξε το μοντέλο. ΔΕΝ είναι χάρτης ψευδών ή παραποιημένων εικονοστοιχείων, δεν εντοπίζει μια παραποίηση, και ένας έντονος θερμικός χάρτης σε γνήσιο πρόσωπο είναι δυνατός.</translation>
    </message>
    <message>
        <source>Frame %1. Left: the face crop as decoded. Right: %2 heatmap for &quot;%3&quot; over the same crop (where the model looked for this class, not where the image is fake).</source>
        <translation>Καρέ %1. Αριστερά: η αποκομμένη εικόνα προσώπου όπως αποκωδικοποιήθηκε. Δεξιά: θερμικός χάρτης %2 για «%3» πάνω στην ίδια εικόνα (πού αναζήτησε το μοντέλο αυτήν την κλάση, όχι πού η εικόνα είναι ψευδής).</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded.</source>
        <translation>Δεν ήταν δυνατή η αποκωδικοποίηση του καρέ %1.</translation>
    </message>
    <message>
        <source>The stored heatmap could not be decoded.</source>
        <translation>Δεν ήταν δυνατή η αποκωδικοποίηση του αποθηκευμένου θερμικού χάρτη.</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Σύνολο αξιολόγησης</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Δείγματα</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Ακρίβεια</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Ισορροπ. ακρίβεια</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Μακρο-F1</translation>
    </message>
    <message>
        <source>AUC (real/fake)</source>
        <translation>AUC δυαδικό</translation>
    </message>
    <message>
        <source>EER (real/fake)</source>
        <translation>EER δυαδικό</translation>
    </message>
    <message>
        <source>Recall per class, %1</source>
        <translation>Ανάκληση ανά κλάση, %1</translation>
    </message>
    <message>
        <source>Confusion matrices are in the model card.</source>
        <translation>Οι πίνακες σύγχυσης βρίσκονται στην κάρτα του μοντέλου.</translation>
    </message>
    <message>
        <source>Validation macro-F1 by epoch</source>
        <translation>Μακρο-F1 επικύρωσης ανά εποχή</translation>
    </message>
</context>
<context>
    <name>ReportDataLoader</name>
    <message>
        <source>Reading analysis %1 of %2</source>
        <translation>Ανάγνωση ανάλυσης %1 από %2</translation>
    </message>
    <message>
        <source>Reading the case of analysis %1</source>
        <translation>Ανάγνωση της υπόθεσης της ανάλυσης %1</translation>
    </message>
    <message>
        <source>Reading the evidence of analysis %1</source>
        <translation>Ανάγνωση του τεκμηρίου της ανάλυσης %1</translation>
    </message>
    <message>
        <source>Re-checking evidence %1 (%2)</source>
        <translation>Επανέλεγχος τεκμηρίου %1 (%2)</translation>
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
        <translation>Δείκτης καρέ</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Πιθανότητα</translation>
    </message>
    <message>
        <source>Mean probability</source>
        <translation>Μέση πιθανότητα</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Κλάση</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation %1 is missing from this build of Fakeprint.</source>
        <translation>Η μετάφραση %1 λείπει από αυτή την έκδοση του Fakeprint.</translation>
    </message>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; available languages: %2.</source>
        <translation>Δεν υπάρχει μετάφραση για τη γλώσσα «%1»· διαθέσιμες γλώσσες: %2.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 [%2] %3/%4 frames  %5 fps  ETA %6  %7 tracks</source>
        <translation>%1 [%2] %3/%4 καρέ  %5 fps  ETA %6  %7 ίχνη</translation>
    </message>
    <message>
        <source>Analyse every face track of a video with a model and store the results in a case database.
The verdicts come from a model; the bundled model learned synthetic manipulations only.</source>
        <translation>Ανάλυση κάθε ίχνους προσώπου ενός βίντεο με ένα μοντέλο και αποθήκευση των αποτελεσμάτων σε βάση δεδομένων υποθέσεων.
Τα πορίσματα προέρχονται από μοντέλο· το μοντέλο που συνοδεύει την εφαρμογή έμαθε μόνο συνθετικές παραποιήσεις.</translation>
    </message>
    <message>
        <source>The evidence file (opened read-only).</source>
        <translation>Το αρχείο τεκμηρίου (ανοίγει μόνο για ανάγνωση).</translation>
    </message>
    <message>
        <source>Case database (default: %1).</source>
        <translation>Βάση δεδομένων υποθέσεων (προεπιλογή: %1).</translation>
    </message>
    <message>
        <source>Case name; created when missing.</source>
        <translation>Όνομα υπόθεσης· δημιουργείται αν δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Model name or card path (default: the bundled model).</source>
        <translation>Όνομα μοντέλου ή διαδρομή κάρτας (προεπιλογή: το μοντέλο που συνοδεύει την εφαρμογή).</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto).</source>
        <translation>auto, cpu ή cuda (προεπιλογή auto).</translation>
    </message>
    <message>
        <source>CPU threads for inference, 0 = all cores.</source>
        <translation>Νήματα CPU για την εξαγωγή συμπερασμάτων, 0 = όλοι οι πυρήνες.</translation>
    </message>
    <message>
        <source>Analyse every N-th frame (default 1).</source>
        <translation>Ανάλυση κάθε N-οστού καρέ (προεπιλογή 1).</translation>
    </message>
    <message>
        <source>Run the face detector every K analysed frames, track in between (default 3).</source>
        <translation>Εκτέλεση του ανιχνευτή προσώπων κάθε K αναλυμένα καρέ, με παρακολούθηση στο ενδιάμεσο (προεπιλογή 3).</translation>
    </message>
    <message>
        <source>Faces smaller than this many pixels are counted, not scored (default 40).</source>
        <translation>Τα πρόσωπα μικρότερα από αυτόν τον αριθμό εικονοστοιχείων καταμετρώνται αλλά δεν βαθμολογούνται (προεπιλογή 40).</translation>
    </message>
    <message>
        <source>auto, blazeface, haar or lbp (default auto).</source>
        <translation>auto, blazeface, haar ή lbp (προεπιλογή auto).</translation>
    </message>
    <message>
        <source>Continue the interrupted analysis ID.</source>
        <translation>Συνέχιση της διακομμένης ανάλυσης ID.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Εκτύπωση του αποτελέσματος ως JSON στην τυπική έξοδο.</translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation>Χωρίς έξοδο προόδου.</translation>
    </message>
    <message>
        <source>analyze needs exactly one VIDEO; see &apos;fakeprint-cli analyze --help&apos;</source>
        <translation>Το analyze απαιτεί ακριβώς ένα VIDEO· βλ. &apos;fakeprint-cli analyze --help&apos;</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda, not &apos;%1&apos;</source>
        <translation>Το --device πρέπει να είναι auto, cpu ή cuda, όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>Το --%1 πρέπει να είναι ακέραιος &gt;= %2</translation>
    </message>
    <message>
        <source>--resume needs an analysis id</source>
        <translation>Το --resume απαιτεί id ανάλυσης</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>σημείωση: %1</translation>
    </message>
    <message>
        <source>Analysis %1 of %2 (sha256 %3) in case database %4</source>
        <translation>Ανάλυση %1 του %2 (sha256 %3) στη βάση δεδομένων υποθέσεων %4</translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3)%4; trained on synthetic manipulations only, see its card.</source>
        <translation>Μοντέλο %1 %2 (sha256 %3)%4· εκπαιδεύτηκε μόνο σε συνθετικές παραποιήσεις, βλ. την κάρτα του.</translation>
    </message>
    <message>
        <source> [UNVERIFIED]</source>
        <translation> [ΜΗ ΕΠΑΛΗΘΕΥΜΕΝΟ]</translation>
    </message>
    <message>
        <source>  track %1  frames %2-%3  %4%5  confidence %6  P(fake) %7</source>
        <translation>  ίχνος %1  καρέ %2-%3  %4%5  βεβαιότητα %6  P(fake) %7</translation>
    </message>
    <message>
        <source>Video: %1 — %2</source>
        <translation>Βίντεο: %1 — %2</translation>
    </message>
    <message>
        <source>audit verify: check the hash chain of a case database&apos;s audit log (read-only).
Exit 0 when the chain holds, 6 naming the first bad entry when an entry was edited, removed or reordered.</source>
        <translation>audit verify: έλεγχος της αλυσίδας hash του αρχείου καταγραφής ελέγχου μιας βάσης δεδομένων υποθέσεων (μόνο ανάγνωση).
Κωδικός εξόδου 0 όταν η αλυσίδα είναι ακέραιη, 6 με αναφορά της πρώτης εσφαλμένης εγγραφής όταν μια εγγραφή τροποποιήθηκε, αφαιρέθηκε ή άλλαξε σειρά.</translation>
    </message>
    <message>
        <source>The action (verify).</source>
        <translation>Η ενέργεια (verify).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli audit verify [--db CASE.db] [--json]</source>
        <translation>χρήση: fakeprint-cli audit verify [--db CASE.db] [--json]</translation>
    </message>
    <message>
        <source>audit chain of %1 broken at entry %2: %3</source>
        <translation>η αλυσίδα ελέγχου του %1 είναι διασπασμένη στην εγγραφή %2: %3</translation>
    </message>
    <message>
        <source>Audit chain of %1 holds: %2 entries, head %3</source>
        <translation>Η αλυσίδα ελέγχου του %1 είναι ακέραιη: %2 εγγραφές, κεφαλή %3</translation>
    </message>
    <message>
        <source>Export one case (its evidence records, analyses, heatmaps, notes and audit entries) as a single bundle file. The evidence videos themselves are not included.</source>
        <translation>Εξαγωγή μίας υπόθεσης (των εγγραφών τεκμηρίων, των αναλύσεων, των θερμικών χαρτών, των σημειώσεων και των εγγραφών ελέγχου της) ως ενιαίο αρχείο πακέτου. Τα ίδια τα βίντεο τεκμηρίων δεν περιλαμβάνονται.</translation>
    </message>
    <message>
        <source>Case name or id.</source>
        <translation>Όνομα ή id υπόθεσης.</translation>
    </message>
    <message>
        <source>Bundle file to write (must not exist).</source>
        <translation>Αρχείο πακέτου προς εγγραφή (δεν πρέπει να υπάρχει).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</source>
        <translation>χρήση: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</translation>
    </message>
    <message>
        <source>Exported case &apos;%1&apos; to %2 (%3 bytes, SHA-256 %4)</source>
        <translation>Η υπόθεση &apos;%1&apos; εξήχθη στο %2 (%3 byte, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Import a case bundle into a case database. Every digest is checked; a case that already exists is never replaced (use --as NAME to import a copy under another name).</source>
        <translation>Εισαγωγή ενός πακέτου υπόθεσης σε βάση δεδομένων υποθέσεων. Κάθε σύνοψη ελέγχεται· μια υπόθεση που υπάρχει ήδη δεν αντικαθίσταται ποτέ (χρησιμοποιήστε --as NAME για εισαγωγή αντιγράφου με άλλο όνομα).</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>Το αρχείο πακέτου.</translation>
    </message>
    <message>
        <source>Import under this case name.</source>
        <translation>Εισαγωγή με αυτό το όνομα υπόθεσης.</translation>
    </message>
    <message>
        <source>Refuse bundles larger than this (default 8192 MiB).</source>
        <translation>Απόρριψη πακέτων μεγαλύτερων από αυτό (προεπιλογή 8192 MiB).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</source>
        <translation>χρήση: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</translation>
    </message>
    <message>
        <source>--max-size-mb needs a positive number</source>
        <translation>Το --max-size-mb απαιτεί θετικό αριθμό</translation>
    </message>
    <message>
        <source>Imported case &apos;%1&apos; as id %2 into %3 (%4 videos, %5 analyses)</source>
        <translation>Η υπόθεση &apos;%1&apos; εισήχθη με id %2 στο %3 (%4 βίντεο, %5 αναλύσεις)</translation>
    </message>
    <message>
        <source>Manage cases in a case database.
  case new NAME [--analyst A] [--description D]   create a case
  case list                                       list the cases
  case show NAME_OR_ID [--verify]                 evidence, analyses and notes of a case;
                                                  --verify re-hashes every evidence file</source>
        <translation>Διαχείριση υποθέσεων σε βάση δεδομένων υποθέσεων.
  case new NAME [--analyst A] [--description D]   δημιουργία υπόθεσης
  case list                                       λίστα των υποθέσεων
  case show NAME_OR_ID [--verify]                 τεκμήρια, αναλύσεις και σημειώσεις μιας υπόθεσης·
                                                  το --verify υπολογίζει ξανά το hash κάθε αρχείου τεκμηρίου</translation>
    </message>
    <message>
        <source>Analyst name (case new).</source>
        <translation>Όνομα αναλυτή (case new).</translation>
    </message>
    <message>
        <source>Case description (case new).</source>
        <translation>Περιγραφή υπόθεσης (case new).</translation>
    </message>
    <message>
        <source>Re-hash the evidence files and compare (case show); exit 6 on a mismatch.</source>
        <translation>Νέος υπολογισμός του hash των αρχείων τεκμηρίων και σύγκριση (case show)· κωδικός εξόδου 6 σε περίπτωση αναντιστοιχίας.</translation>
    </message>
    <message>
        <source>new, list or show</source>
        <translation>new, list ή show</translation>
    </message>
    <message>
        <source>case needs an action: new, list or show; see &apos;fakeprint-cli case --help&apos;</source>
        <translation>Το case απαιτεί ενέργεια: new, list ή show· βλ. &apos;fakeprint-cli case --help&apos;</translation>
    </message>
    <message>
        <source>case new needs exactly one NAME</source>
        <translation>Το case new απαιτεί ακριβώς ένα NAME</translation>
    </message>
    <message>
        <source>case show needs exactly one NAME_OR_ID</source>
        <translation>Το case show απαιτεί ακριβώς ένα NAME_OR_ID</translation>
    </message>
    <message>
        <source>case list takes no arguments</source>
        <translation>Το case list δεν δέχεται ορίσματα</translation>
    </message>
    <message>
        <source>warning: analysis %1 was left running by a program that stopped; marked interrupted</source>
        <translation>προειδοποίηση: η ανάλυση %1 παρέμεινε σε εκτέλεση από πρόγραμμα που τερματίστηκε· σημειώθηκε ως διακομμένη</translation>
    </message>
    <message>
        <source>Created case %1 &apos;%2&apos; in %3</source>
        <translation>Δημιουργήθηκε η υπόθεση %1 &apos;%2&apos; στο %3</translation>
    </message>
    <message>
        <source>No case in %1</source>
        <translation>Καμία υπόθεση στο %1</translation>
    </message>
    <message>
        <source>%1 videos, %2 analyses</source>
        <translation>%1 βίντεο, %2 αναλύσεις</translation>
    </message>
    <message>
        <source>Case %1 &apos;%2&apos;  uuid %3</source>
        <translation>Υπόθεση %1 &apos;%2&apos;  uuid %3</translation>
    </message>
    <message>
        <source>Analyst: %1  created %2</source>
        <translation>Αναλυτής: %1  δημιουργήθηκε %2</translation>
    </message>
    <message>
        <source>Evidence (%1):</source>
        <translation>Τεκμήρια (%1):</translation>
    </message>
    <message>
        <source>Analyses (%1):</source>
        <translation>Αναλύσεις (%1):</translation>
    </message>
    <message>
        <source>Notes and bookmarks (%1):</source>
        <translation>Σημειώσεις και σελιδοδείκτες (%1):</translation>
    </message>
    <message>
        <source> (frame %1)</source>
        <translation> (καρέ %1)</translation>
    </message>
    <message>
        <source>Print the version and the library versions</source>
        <translation>Εκτύπωση της έκδοσης και των εκδόσεων των βιβλιοθηκών</translation>
    </message>
    <message>
        <source>List, show or add models (list [--json], show NAME, add CARD.json)</source>
        <translation>Λίστα, εμφάνιση ή προσθήκη μοντέλων (list [--json], show NAME, add CARD.json)</translation>
    </message>
    <message>
        <source>Media info and SHA-256 of a video (--json, --md5, --frame-hashes)</source>
        <translation>Πληροφορίες πολυμέσων και SHA-256 ενός βίντεο (--json, --md5, --frame-hashes)</translation>
    </message>
    <message>
        <source>Write decoded frame INDEX of a video as PNG (-o OUT.png)</source>
        <translation>Εγγραφή του αποκωδικοποιημένου καρέ INDEX ενός βίντεο ως PNG (-o OUT.png)</translation>
    </message>
    <message>
        <source>Detect (and track) faces in an image or a video (--json, --every K, --detector)</source>
        <translation>Ανίχνευση (και παρακολούθηση) προσώπων σε εικόνα ή βίντεο (--json, --every K, --detector)</translation>
    </message>
    <message>
        <source>Create, list and show cases (new NAME, list, show NAME_OR_ID [--verify])</source>
        <translation>Δημιουργία, λίστα και εμφάνιση υποθέσεων (new NAME, list, show NAME_OR_ID [--verify])</translation>
    </message>
    <message>
        <source>Verify the hash chain of a case database&apos;s audit log (verify --db F)</source>
        <translation>Επαλήθευση της αλυσίδας hash του αρχείου καταγραφής ελέγχου μιας βάσης δεδομένων υποθέσεων (verify --db F)</translation>
    </message>
    <message>
        <source>Export a case as a bundle file (--db F --case C -o BUNDLE)</source>
        <translation>Εξαγωγή υπόθεσης ως αρχείο πακέτου (--db F --case C -o BUNDLE)</translation>
    </message>
    <message>
        <source>Import a case bundle into a case database (BUNDLE --db F [--as NAME])</source>
        <translation>Εισαγωγή πακέτου υπόθεσης σε βάση δεδομένων υποθέσεων (BUNDLE --db F [--as NAME])</translation>
    </message>
    <message>
        <source>Analyse the face tracks of a video into a case database</source>
        <translation>Ανάλυση των ιχνών προσώπων ενός βίντεο σε βάση δεδομένων υποθέσεων</translation>
    </message>
    <message>
        <source>Write the PDF case report of an analysis</source>
        <translation>Εγγραφή της αναφοράς υπόθεσης PDF μιας ανάλυσης</translation>
    </message>
    <message>
        <source>Export an analysis as JSON and per-frame scores as CSV</source>
        <translation>Εξαγωγή ανάλυσης ως JSON και των βαθμολογιών ανά καρέ ως CSV</translation>
    </message>
    <message>
        <source>Export one analysis as JSON (docs/export-schema.md) and/or its per-frame scores as CSV.</source>
        <translation>Εξαγωγή μίας ανάλυσης ως JSON (docs/export-schema.md) ή/και των βαθμολογιών της ανά καρέ ως CSV.</translation>
    </message>
    <message>
        <source>Case database.</source>
        <translation>Βάση δεδομένων υποθέσεων.</translation>
    </message>
    <message>
        <source>Analysis id.</source>
        <translation>Id ανάλυσης.</translation>
    </message>
    <message>
        <source>JSON file to write.</source>
        <translation>Αρχείο JSON προς εγγραφή.</translation>
    </message>
    <message>
        <source>CSV file of per-frame scores to write.</source>
        <translation>Αρχείο CSV βαθμολογιών ανά καρέ προς εγγραφή.</translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (integrity_check is then &quot;not_checked&quot;).</source>
        <translation>Να μην υπολογιστεί ξανά το hash του αρχείου τεκμηρίου (το integrity_check είναι τότε «not_checked»).</translation>
    </message>
    <message>
        <source>export-data needs --db CASE.db, --analysis ID and --json OUT.json and/or --csv OUT.csv</source>
        <translation>Το export-data απαιτεί --db CASE.db, --analysis ID και --json OUT.json ή/και --csv OUT.csv</translation>
    </message>
    <message>
        <source>--analysis expects a number, got &apos;%1&apos;</source>
        <translation>Το --analysis αναμένει αριθμό, δόθηκε &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Γράφτηκε το %1</translation>
    </message>
    <message>
        <source>Detect faces in an image or in the frames of a video.</source>
        <translation>Ανίχνευση προσώπων σε εικόνα ή στα καρέ ενός βίντεο.</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Εκτύπωση ενός εγγράφου JSON στην τυπική έξοδο.</translation>
    </message>
    <message>
        <source>Detect on every K-th frame (default 1).</source>
        <translation>Ανίχνευση σε κάθε K-οστό καρέ (προεπιλογή 1).</translation>
    </message>
    <message>
        <source>auto (default), blazeface, haar or lbp.</source>
        <translation>auto (προεπιλογή), blazeface, haar ή lbp.</translation>
    </message>
    <message>
        <source>Minimum detection score (default 0.6).</source>
        <translation>Ελάχιστη βαθμολογία ανίχνευσης (προεπιλογή 0.6).</translation>
    </message>
    <message>
        <source>Stop after N frames (0: all).</source>
        <translation>Διακοπή μετά από N καρέ (0: όλα).</translation>
    </message>
    <message>
        <source>Also track the faces and list the tracks on every frame.</source>
        <translation>Επίσης παρακολούθηση των προσώπων και λίστα των ιχνών σε κάθε καρέ.</translation>
    </message>
    <message>
        <source>The file (opened read-only).</source>
        <translation>Το αρχείο (ανοίγει μόνο για ανάγνωση).</translation>
    </message>
    <message>
        <source>faces needs exactly one VIDEO_OR_IMAGE argument; see &apos;fakeprint-cli faces --help&apos;</source>
        <translation>Το faces απαιτεί ακριβώς ένα όρισμα VIDEO_OR_IMAGE· βλ. &apos;fakeprint-cli faces --help&apos;</translation>
    </message>
    <message>
        <source>--every needs a whole number &gt;= 1, not &apos;%1&apos;</source>
        <translation>Το --every απαιτεί ακέραιο αριθμό &gt;= 1, όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--threshold needs a number between 0 and 1, not &apos;%1&apos;</source>
        <translation>Το --threshold απαιτεί αριθμό μεταξύ 0 και 1, όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-frames needs a whole number &gt;= 0, not &apos;%1&apos;</source>
        <translation>Το --max-frames απαιτεί ακέραιο αριθμό &gt;= 0, όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>Το %1 δεν υπάρχει</translation>
    </message>
    <message>
        <source>%1 could not be decoded as an image: %2</source>
        <translation>Δεν ήταν δυνατή η αποκωδικοποίηση του %1 ως εικόνας: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces (%3)</source>
        <translation>%1: %2 πρόσωπα (%3)</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>καρέ %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces in %3 frames (%4)</source>
        <translation>%1: %2 πρόσωπα σε %3 καρέ (%4)</translation>
    </message>
    <message>
        <source>Write one decoded frame of a video as a PNG (lossless RGB, display orientation).</source>
        <translation>Εγγραφή ενός αποκωδικοποιημένου καρέ βίντεο ως PNG (RGB χωρίς απώλειες, προσανατολισμός προβολής).</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Το αρχείο PNG προς εγγραφή.</translation>
    </message>
    <message>
        <source>Print the frame&apos;s index, pts, size and pixel MD5 as JSON.</source>
        <translation>Εκτύπωση του δείκτη, του pts, του μεγέθους και του MD5 εικονοστοιχείων του καρέ ως JSON.</translation>
    </message>
    <message>
        <source>The video file (opened read-only).</source>
        <translation>Το αρχείο βίντεο (ανοίγει μόνο για ανάγνωση).</translation>
    </message>
    <message>
        <source>0-based frame index in presentation order.</source>
        <translation>Δείκτης καρέ με αρχή το 0, με σειρά παρουσίασης.</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli frame VIDEO INDEX -o OUT.png</source>
        <translation>χρήση: fakeprint-cli frame VIDEO INDEX -o OUT.png</translation>
    </message>
    <message>
        <source>INDEX must be a frame number (0 or more), not &apos;%1&apos;</source>
        <translation>Το INDEX πρέπει να είναι αριθμός καρέ (0 ή μεγαλύτερος), όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refusing to write over the evidence file %1</source>
        <translation>άρνηση αντικατάστασης του αρχείου τεκμηρίου %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>Wrote frame %1 (pts %2, %3x%4, rgb24 md5 %5) to %6</source>
        <translation>Το καρέ %1 (pts %2, %3x%4, rgb24 md5 %5) γράφτηκε στο %6</translation>
    </message>
    <message>
        <source>Print media information and the SHA-256 of a video (evidence) file.</source>
        <translation>Εκτύπωση πληροφοριών πολυμέσων και του SHA-256 ενός αρχείου βίντεο (τεκμηρίου).</translation>
    </message>
    <message>
        <source>Also compute the MD5 of the file.</source>
        <translation>Επίσης υπολογισμός του MD5 του αρχείου.</translation>
    </message>
    <message>
        <source>Decode every frame and list the MD5 of its RGB24 pixels.</source>
        <translation>Αποκωδικοποίηση κάθε καρέ και λίστα του MD5 των εικονοστοιχείων RGB24 του.</translation>
    </message>
    <message>
        <source>info needs exactly one VIDEO argument; see &apos;fakeprint-cli info --help&apos;</source>
        <translation>Το info απαιτεί ακριβώς ένα όρισμα VIDEO· βλ. &apos;fakeprint-cli info --help&apos;</translation>
    </message>
    <message>
        <source>Frame %1 (pts %2): %3
</source>
        <translation>Καρέ %1 (pts %2): %3
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>προειδοποίηση: %1</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>Δεν έχει εγκατασταθεί κανένα μοντέλο.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>προειδοποίηση: </translation>
    </message>
    <message>
        <source>architecture: </source>
        <translation>αρχιτεκτονική: </translation>
    </message>
    <message>
        <source>limitation: </source>
        <translation>περιορισμός: </translation>
    </message>
    <message>
        <source>Installed model %1 as %2 (%3)</source>
        <translation>Εγκαταστάθηκε το μοντέλο %1 ως %2 (%3)</translation>
    </message>
    <message>
        <source>List, show or add models (TorchScript + JSON card).
  models list [--json]            installed models, bundled first
  models show NAME_OR_PATH [--json]  one card, with a check of its weights&apos; SHA-256
  models add CARD.json [--json]   validate a model and copy it into the user models folder</source>
        <translation>Λίστα, εμφάνιση ή προσθήκη μοντέλων (TorchScript + κάρτα JSON).
  models list [--json]            εγκατεστημένα μοντέλα, πρώτα όσα συνοδεύουν την εφαρμογή
  models show NAME_OR_PATH [--json]  μία κάρτα, με έλεγχο του SHA-256 των βαρών της
  models add CARD.json [--json]   επικύρωση ενός μοντέλου και αντιγραφή του στον φάκελο μοντέλων του χρήστη</translation>
    </message>
    <message>
        <source>list, show or add</source>
        <translation>list, show ή add</translation>
    </message>
    <message>
        <source>model name or card path (show), card path (add)</source>
        <translation>όνομα μοντέλου ή διαδρομή κάρτας (show), διαδρομή κάρτας (add)</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli models list|show NAME|add CARD.json [--json]; see &apos;fakeprint-cli models --help&apos;</source>
        <translation>χρήση: fakeprint-cli models list|show NAME|add CARD.json [--json]· βλ. &apos;fakeprint-cli models --help&apos;</translation>
    </message>
    <message>
        <source>Write the PDF case report of one analysis.</source>
        <translation>Εγγραφή της αναφοράς υπόθεσης PDF μίας ανάλυσης.</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Αρχείο PDF προς εγγραφή.</translation>
    </message>
    <message>
        <source>Report language: %1 (default: the language of the messages).</source>
        <translation>Γλώσσα αναφοράς: %1 (προεπιλογή: η γλώσσα των μηνυμάτων).</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Μέγεθος χαρτιού: a4 (προεπιλογή) ή letter.</translation>
    </message>
    <message>
        <source>Analyst named on the cover.</source>
        <translation>Αναλυτής που αναφέρεται στο εξώφυλλο.</translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (the report then says so).</source>
        <translation>Να μην υπολογιστεί ξανά το hash του αρχείου τεκμηρίου (η αναφορά το αναφέρει τότε).</translation>
    </message>
    <message>
        <source>Print the report id, page count and hashes as JSON.</source>
        <translation>Εκτύπωση του id αναφοράς, του αριθμού σελίδων και των hash ως JSON.</translation>
    </message>
    <message>
        <source>report needs --db CASE.db, --analysis ID and -o OUT.pdf</source>
        <translation>Το report απαιτεί --db CASE.db, --analysis ID και -o OUT.pdf</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, got &apos;%1&apos;</source>
        <translation>Το --paper πρέπει να είναι a4 ή letter, δόθηκε &apos;%1&apos;</translation>
    </message>
    <message>
        <source>layout: %1</source>
        <translation>διάταξη: %1</translation>
    </message>
    <message>
        <source>warning: the evidence failed its integrity check: %1</source>
        <translation>προειδοποίηση: το τεκμήριο απέτυχε στον έλεγχο ακεραιότητας: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, report id %3)</source>
        <translation>Γράφτηκε το %1 (%2 σελίδες, id αναφοράς %3)</translation>
    </message>
    <message>
        <source>Print the version and the library versions.</source>
        <translation>Εκτύπωση της έκδοσης και των εκδόσεων των βιβλιοθηκών.</translation>
    </message>
    <message>
        <source>Usage: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</source>
        <translation>Χρήση: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Fakeprint %1: offline deepfake detection and attribution for video.</source>
        <translation>Fakeprint %1: ανίχνευση και απόδοση deepfake σε βίντεο, χωρίς σύνδεση.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Εντολές:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Επιλογές:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command</source>
        <translation>Εμφάνιση αυτής της βοήθειας ή της βοήθειας μιας εντολής όταν δοθεί μετά την εντολή</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Εκτύπωση της έκδοσης</translation>
    </message>
    <message>
        <source>Language of the messages and the default language of &apos;report&apos;: %1 (default: the language chosen in Fakeprint&apos;s settings, else the system language)</source>
        <translation>Γλώσσα των μηνυμάτων και προεπιλεγμένη γλώσσα του &apos;report&apos;: %1 (προεπιλογή: η γλώσσα που επιλέχθηκε στις ρυθμίσεις του Fakeprint, αλλιώς η γλώσσα του συστήματος)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad command line, 3 bad input file, 4 model missing or invalid, 5 case database error, 6 integrity check failed, 130 cancelled.</source>
        <translation>Κωδικοί εξόδου: 0 επιτυχία, 1 αποτυχία, 2 εσφαλμένη γραμμή εντολών, 3 εσφαλμένο αρχείο εισόδου, 4 μοντέλο που λείπει ή δεν είναι έγκυρο, 5 σφάλμα βάσης δεδομένων υποθέσεων, 6 αποτυχία ελέγχου ακεραιότητας, 130 ακύρωση.</translation>
    </message>
    <message>
        <source>JSON (--json) goes to standard output; messages and progress go to standard error.</source>
        <translation>Το JSON (--json) πηγαίνει στην τυπική έξοδο· τα μηνύματα και η πρόοδος πηγαίνουν στην τυπική έξοδο σφαλμάτων.</translation>
    </message>
    <message>
        <source>--lang needs a language, e.g. --lang de</source>
        <translation>Το --lang απαιτεί γλώσσα, π.χ. --lang de</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;fakeprint-cli --help&apos;</source>
        <translation>άγνωστη εντολή &apos;%1&apos;· βλ. &apos;fakeprint-cli --help&apos;</translation>
    </message>
</context>
<context>
    <name>fp</name>
    <message>
        <source>File not found: %1</source>
        <translation>Το αρχείο δεν βρέθηκε: %1</translation>
    </message>
    <message>
        <source>Cannot open %1 for reading: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1 για ανάγνωση: %2</translation>
    </message>
    <message>
        <source>Hashing of %1 cancelled</source>
        <translation>Ο υπολογισμός hash του %1 ακυρώθηκε</translation>
    </message>
    <message>
        <source>Read error in %1 at byte %2: %3</source>
        <translation>Σφάλμα ανάγνωσης στο %1 στο byte %2: %3</translation>
    </message>
</context>
<context>
    <name>fp::analysis</name>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>fp::analysis::AnalysisJob</name>
    <message>
        <source>Frame stride, detection interval and batch size must be at least 1.</source>
        <translation>Το βήμα καρέ, το διάστημα ανίχνευσης και το μέγεθος δέσμης πρέπει να είναι τουλάχιστον 1.</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Φόρτωση του μοντέλου</translation>
    </message>
    <message>
        <source>Model %1 is not one of the bundled models: its origin is unverified.</source>
        <translation>Το μοντέλο %1 δεν είναι ένα από τα μοντέλα που συνοδεύουν την εφαρμογή: η προέλευσή του δεν έχει επαληθευτεί.</translation>
    </message>
    <message>
        <source>Opening the video</source>
        <translation>Άνοιγμα του βίντεο</translation>
    </message>
    <message>
        <source>Hashing the evidence</source>
        <translation>Υπολογισμός hash του τεκμηρίου</translation>
    </message>
    <message>
        <source>Analysis %1 is %2; only an interrupted analysis can be resumed.</source>
        <translation>Η ανάλυση %1 είναι %2· μόνο μια διακομμένη ανάλυση μπορεί να συνεχιστεί.</translation>
    </message>
    <message>
        <source>Analysis %1 was made with model %2 (sha256 %3); resume it with that model.</source>
        <translation>Η ανάλυση %1 έγινε με το μοντέλο %2 (sha256 %3)· συνεχίστε την με αυτό το μοντέλο.</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Ανάλυση σε εξέλιξη</translation>
    </message>
    <message>
        <source>Analysis %1 cancelled at frame %2; the frames analysed so far are kept in the case.</source>
        <translation>Η ανάλυση %1 ακυρώθηκε στο καρέ %2· τα καρέ που έχουν αναλυθεί μέχρι στιγμής διατηρούνται στην υπόθεση.</translation>
    </message>
    <message>
        <source>Explaining verdicts</source>
        <translation>Επεξήγηση πορισμάτων</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>καρέ %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
</context>
<context>
    <name>fp::analysis::TruthComparison</name>
    <message>
        <source>Not a ground-truth file of fakeprint-lab synth (format fakeprint-synth-truth/1).</source>
        <translation>Δεν είναι αρχείο πραγματικών τιμών (ground truth) του fakeprint-lab synth (μορφή fakeprint-synth-truth/1).</translation>
    </message>
    <message>
        <source>truth  class            analysed  overlap  verdict          method           confidence  agrees</source>
        <translation>αληθ.  κλάση            αναλυμ.   επικάλ.  πόρισμα          μέθοδος          βεβαιότητα  συμφωνεί</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>ΟΧΙ</translation>
    </message>
    <message>
        <source>%1 of %2 truth tracks agree; %3 analysed track(s) match no truth track.</source>
        <translation>%1 από %2 ίχνη πραγματικών τιμών συμφωνούν· %3 αναλυμένα ίχνη δεν αντιστοιχούν σε κανένα ίχνος πραγματικών τιμών.</translation>
    </message>
</context>
<context>
    <name>fp::cases</name>
    <message>
        <source>reading the tracks of analysis %1</source>
        <translation>ανάγνωση των ιχνών της ανάλυσης %1</translation>
    </message>
    <message>
        <source>reading the face detections of analysis %1</source>
        <translation>ανάγνωση των ανιχνεύσεων προσώπων της ανάλυσης %1</translation>
    </message>
    <message>
        <source>reading the frame scores of analysis %1</source>
        <translation>ανάγνωση των βαθμολογιών καρέ της ανάλυσης %1</translation>
    </message>
    <message>
        <source>reading the heatmaps of frame %1 of analysis %2</source>
        <translation>ανάγνωση των θερμικών χαρτών του καρέ %1 της ανάλυσης %2</translation>
    </message>
    <message>
        <source>listing the heatmap frames of analysis %1</source>
        <translation>λίστα των καρέ με θερμικούς χάρτες της ανάλυσης %1</translation>
    </message>
    <message>
        <source>reading the coverage of analysis %1</source>
        <translation>ανάγνωση της κάλυψης της ανάλυσης %1</translation>
    </message>
    <message>
        <source>starting an analysis of evidence %1 in case %2</source>
        <translation>έναρξη ανάλυσης του τεκμηρίου %1 στην υπόθεση %2</translation>
    </message>
    <message>
        <source>Evidence %1 is not part of case %2 in %3</source>
        <translation>Το τεκμήριο %1 δεν ανήκει στην υπόθεση %2 στο %3</translation>
    </message>
    <message>
        <source>resuming analysis %1</source>
        <translation>συνέχιση της ανάλυσης %1</translation>
    </message>
    <message>
        <source>No analysis with id %1 in %2</source>
        <translation>Καμία ανάλυση με id %1 στο %2</translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is %3; only an interrupted analysis can be resumed</source>
        <translation>Η ανάλυση %1 στο %2 είναι %3· μόνο μια διακομμένη ανάλυση μπορεί να συνεχιστεί</translation>
    </message>
    <message>
        <source>The analysis writer was closed before the analysis finished; it can be resumed</source>
        <translation>Ο εγγραφέας της ανάλυσης έκλεισε πριν ολοκληρωθεί η ανάλυση· μπορεί να συνεχιστεί</translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is being written by another running Fakeprint (lock %3)</source>
        <translation>Η ανάλυση %1 στο %2 εγγράφεται από άλλο εκτελούμενο Fakeprint (κλείδωμα %3)</translation>
    </message>
    <message>
        <source>%1 (track %2)</source>
        <translation>%1 (ίχνος %2)</translation>
    </message>
    <message>
        <source>Analysis %1: progress cannot go back from frame %2 to %3</source>
        <translation>Ανάλυση %1: η πρόοδος δεν μπορεί να επιστρέψει από το καρέ %2 στο %3</translation>
    </message>
    <message>
        <source>Analysis %1 is not running</source>
        <translation>Η ανάλυση %1 δεν εκτελείται</translation>
    </message>
    <message>
        <source>writing results of analysis %1</source>
        <translation>εγγραφή αποτελεσμάτων της ανάλυσης %1</translation>
    </message>
    <message>
        <source>Analysis %1: frame %2 refers to track %3, which was never written</source>
        <translation>Ανάλυση %1: το καρέ %2 αναφέρεται στο ίχνος %3, το οποίο δεν γράφτηκε ποτέ</translation>
    </message>
    <message>
        <source>%1 (detection of track %2 on frame %3)</source>
        <translation>%1 (ανίχνευση του ίχνους %2 στο καρέ %3)</translation>
    </message>
    <message>
        <source>%1 (score of track %2 on frame %3)</source>
        <translation>%1 (βαθμολογία του ίχνους %2 στο καρέ %3)</translation>
    </message>
    <message>
        <source>%1 (heatmap of track %2 on frame %3)</source>
        <translation>%1 (θερμικός χάρτης του ίχνους %2 στο καρέ %3)</translation>
    </message>
    <message>
        <source>An analysis finishes as completed, failed or cancelled, not %1</source>
        <translation>Μια ανάλυση τερματίζεται ως ολοκληρωμένη, αποτυχημένη ή ακυρωμένη, όχι %1</translation>
    </message>
    <message>
        <source>finishing analysis %1</source>
        <translation>ολοκλήρωση της ανάλυσης %1</translation>
    </message>
    <message>
        <source>marking analysis %1 as interrupted</source>
        <translation>σήμανση της ανάλυσης %1 ως διακομμένης</translation>
    </message>
    <message>
        <source>appending the audit entry %1</source>
        <translation>προσάρτηση της εγγραφής ελέγχου %1</translation>
    </message>
    <message>
        <source>verifying the audit log</source>
        <translation>επαλήθευση του αρχείου καταγραφής ελέγχου</translation>
    </message>
    <message>
        <source>audit entry %1 is missing (the next stored entry is %2): entries were removed</source>
        <translation>η εγγραφή ελέγχου %1 λείπει (η επόμενη αποθηκευμένη εγγραφή είναι η %2): αφαιρέθηκαν εγγραφές</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2 (its previous hash differs): entries were removed, reordered or altered</source>
        <translation>η εγγραφή ελέγχου %1 δεν ακολουθεί την εγγραφή %2 (το προηγούμενο hash της διαφέρει): εγγραφές αφαιρέθηκαν, άλλαξαν σειρά ή τροποποιήθηκαν</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 on %3) was altered: its hash does not match its content</source>
        <translation>η εγγραφή ελέγχου %1 (%2 στις %3) τροποποιήθηκε: το hash της δεν αντιστοιχεί στο περιεχόμενό της</translation>
    </message>
    <message>
        <source>the audit log ends at entry %1 but its head records entry %2 with another hash: entries were removed from the end or the head was altered</source>
        <translation>το αρχείο καταγραφής ελέγχου τελειώνει στην εγγραφή %1, αλλά η κεφαλή του καταγράφει την εγγραφή %2 με άλλο hash: αφαιρέθηκαν εγγραφές από το τέλος ή η κεφαλή τροποποιήθηκε</translation>
    </message>
    <message>
        <source>the audit head record is missing although the log has %1 entries</source>
        <translation>η εγγραφή κεφαλής ελέγχου λείπει, αν και το αρχείο καταγραφής έχει %1 εγγραφές</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>ανάγνωση του αρχείου καταγραφής ελέγχου</translation>
    </message>
    <message>
        <source>Case bundle %1 is malformed: %2</source>
        <translation>Το πακέτο υπόθεσης %1 είναι κακοσχηματισμένο: %2</translation>
    </message>
    <message>
        <source>Case bundle %1 is %2 bytes, larger than the import limit of %3 bytes</source>
        <translation>Το πακέτο υπόθεσης %1 έχει μέγεθος %2 byte, μεγαλύτερο από το όριο εισαγωγής των %3 byte</translation>
    </message>
    <message>
        <source>Cannot read case bundle %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του πακέτου υπόθεσης %1</translation>
    </message>
    <message>
        <source>it does not start with the Fakeprint bundle signature</source>
        <translation>δεν αρχίζει με την υπογραφή πακέτου του Fakeprint</translation>
    </message>
    <message>
        <source>truncated: %1 bytes, the header alone needs %2</source>
        <translation>περικομμένο: %1 byte, μόνο η κεφαλίδα απαιτεί %2</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Fakeprint reads version %2)</source>
        <translation>η έκδοση μορφής %1 δεν υποστηρίζεται (αυτό το Fakeprint διαβάζει την έκδοση %2)</translation>
    </message>
    <message>
        <source>the manifest size %1 is outside 1..%2 bytes</source>
        <translation>το μέγεθος του manifest %1 είναι εκτός του εύρους 1..%2 byte</translation>
    </message>
    <message>
        <source>truncated: the manifest needs %1 bytes, the file has %2</source>
        <translation>περικομμένο: το manifest απαιτεί %1 byte, το αρχείο έχει %2</translation>
    </message>
    <message>
        <source>Cannot read the manifest of case bundle %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του manifest του πακέτου υπόθεσης %1</translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest does not match its SHA-256 (damaged or altered)</source>
        <translation>Πακέτο υπόθεσης %1: το manifest δεν αντιστοιχεί στο SHA-256 του (κατεστραμμένο ή τροποποιημένο)</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object: %1</source>
        <translation>το manifest δεν είναι αντικείμενο JSON: %1</translation>
    </message>
    <message>
        <source>the manifest&apos;s format is not &quot;fakeprint-case-bundle&quot;</source>
        <translation>η μορφή (format) του manifest δεν είναι «fakeprint-case-bundle»</translation>
    </message>
    <message>
        <source>the manifest must list 1 to %1 parts</source>
        <translation>το manifest πρέπει να απαριθμεί από 1 έως %1 τμήματα</translation>
    </message>
    <message>
        <source>a part entry has no name</source>
        <translation>μια εγγραφή τμήματος δεν έχει όνομα</translation>
    </message>
    <message>
        <source>Case bundle %1 names a part &apos;%2&apos;: not a plain file name (path traversal or special characters); refused</source>
        <translation>Το πακέτο υπόθεσης %1 ονομάζει ένα τμήμα &apos;%2&apos;: δεν είναι απλό όνομα αρχείου (διάσχιση διαδρομής ή ειδικοί χαρακτήρες)· απορρίφθηκε</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is listed twice</source>
        <translation>το τμήμα &apos;%1&apos; αναφέρεται δύο φορές</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid size</source>
        <translation>το τμήμα &apos;%1&apos; δεν έχει έγκυρο μέγεθος</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid SHA-256</source>
        <translation>το τμήμα &apos;%1&apos; δεν έχει έγκυρο SHA-256</translation>
    </message>
    <message>
        <source>truncated: part &apos;%1&apos; needs %2 bytes from offset %3, the file has %4</source>
        <translation>περικομμένο: το τμήμα &apos;%1&apos; απαιτεί %2 byte από τη θέση %3, το αρχείο έχει %4</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last part</source>
        <translation>%1 μη αναμενόμενα byte μετά το τελευταίο τμήμα</translation>
    </message>
    <message>
        <source>Cannot seek in case bundle %1</source>
        <translation>Δεν είναι δυνατή η αναζήτηση θέσης στο πακέτο υπόθεσης %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Δεν είναι δυνατή η δημιουργία του %1: %2</translation>
    </message>
    <message>
        <source>truncated inside part &apos;%1&apos;</source>
        <translation>περικομμένο εντός του τμήματος &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>Case bundle %1: part &apos;%2&apos; does not match its SHA-256 (expected %3, found %4); the bundle is damaged or was altered</source>
        <translation>Πακέτο υπόθεσης %1: το τμήμα &apos;%2&apos; δεν αντιστοιχεί στο SHA-256 του (αναμενόταν %3, βρέθηκε %4)· το πακέτο είναι κατεστραμμένο ή τροποποιήθηκε</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the bundle</source>
        <translation>Το %1 υπάρχει ήδη· επιλέξτε άλλο όνομα για το πακέτο</translation>
    </message>
    <message>
        <source>Invalid bundle part name &apos;%1&apos;</source>
        <translation>Μη έγκυρο όνομα τμήματος πακέτου &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write the case bundle %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του πακέτου υπόθεσης %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <source>opening the case snapshot</source>
        <translation>άνοιγμα του στιγμιότυπου της υπόθεσης</translation>
    </message>
    <message>
        <source>importing a case bundle</source>
        <translation>εισαγωγή πακέτου υπόθεσης</translation>
    </message>
    <message>
        <source>Export of case &apos;%1&apos; refused: the audit log of %2 is broken at entry %3: %4</source>
        <translation>Η εξαγωγή της υπόθεσης &apos;%1&apos; απορρίφθηκε: το αρχείο καταγραφής ελέγχου του %2 είναι διασπασμένο στην εγγραφή %3: %4</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the bundle</source>
        <translation>Δεν είναι δυνατή η δημιουργία προσωρινού φακέλου για το πακέτο</translation>
    </message>
    <message>
        <source>taking a snapshot for export</source>
        <translation>λήψη στιγμιότυπου για εξαγωγή</translation>
    </message>
    <message>
        <source>pruning the export snapshot to case &apos;%1&apos;</source>
        <translation>περιορισμός του στιγμιότυπου εξαγωγής στην υπόθεση &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Case bundle %1 does not exist</source>
        <translation>Το πακέτο υπόθεσης %1 δεν υπάρχει</translation>
    </message>
    <message>
        <source>Cannot open case bundle %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του πακέτου υπόθεσης %1: %2</translation>
    </message>
    <message>
        <source>Case bundle %1 has an unexpected part &apos;%2&apos;</source>
        <translation>Το πακέτο υπόθεσης %1 περιέχει μη αναμενόμενο τμήμα &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Case bundle %1 lacks the part &apos;%2&apos;</source>
        <translation>Από το πακέτο υπόθεσης %1 λείπει το τμήμα &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to import %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία προσωρινού φακέλου για την εισαγωγή του %1</translation>
    </message>
    <message>
        <source>Case bundle %1: the audit part is %2 bytes, more than the limit</source>
        <translation>Πακέτο υπόθεσης %1: το τμήμα ελέγχου έχει μέγεθος %2 byte, πάνω από το όριο</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1</translation>
    </message>
    <message>
        <source>Case bundle %1: audit.json is not a JSON object</source>
        <translation>Πακέτο υπόθεσης %1: το audit.json δεν είναι αντικείμενο JSON</translation>
    </message>
    <message>
        <source>checking the database inside case bundle %1</source>
        <translation>έλεγχος της βάσης δεδομένων εντός του πακέτου υπόθεσης %1</translation>
    </message>
    <message>
        <source>Case bundle %1 holds no valid database: %2</source>
        <translation>Το πακέτο υπόθεσης %1 δεν περιέχει έγκυρη βάση δεδομένων: %2</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 fails its integrity check</source>
        <translation>Η βάση δεδομένων εντός του πακέτου υπόθεσης %1 αποτυγχάνει στον έλεγχο ακεραιότητας</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has schema version %2; this Fakeprint reads 1 to %3</source>
        <translation>Η βάση δεδομένων εντός του πακέτου υπόθεσης %1 έχει έκδοση σχήματος %2· αυτό το Fakeprint διαβάζει από 1 έως %3</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has dangling references (table %2)</source>
        <translation>Η βάση δεδομένων εντός του πακέτου υπόθεσης %1 έχει ορφανές αναφορές (πίνακας %2)</translation>
    </message>
    <message>
        <source>Case bundle %1 must hold exactly one case</source>
        <translation>Το πακέτο υπόθεσης %1 πρέπει να περιέχει ακριβώς μία υπόθεση</translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest names case %2 but the database holds %3</source>
        <translation>Πακέτο υπόθεσης %1: το manifest ονομάζει την υπόθεση %2, αλλά η βάση δεδομένων περιέχει την %3</translation>
    </message>
    <message>
        <source>importing case bundle %1</source>
        <translation>εισαγωγή του πακέτου υπόθεσης %1</translation>
    </message>
    <message>
        <source>Case &apos;%1&apos; (id %2) already exists in %3; import refused so that nothing is overwritten (import it under another name to keep both)</source>
        <translation>Η υπόθεση &apos;%1&apos; (id %2) υπάρχει ήδη στο %3· η εισαγωγή απορρίφθηκε ώστε να μην αντικατασταθεί τίποτα (εισαγάγετέ την με άλλο όνομα για να διατηρηθούν και οι δύο)</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>ρύθμιση %1</translation>
    </message>
    <message>
        <source>No case database file was given</source>
        <translation>Δεν δόθηκε αρχείο βάσης δεδομένων υποθέσεων</translation>
    </message>
    <message>
        <source>Case database %1 does not exist</source>
        <translation>Η βάση δεδομένων υποθέσεων %1 δεν υπάρχει</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the case database</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1 για τη βάση δεδομένων υποθέσεων</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case database file</source>
        <translation>Το %1 είναι φάκελος, όχι αρχείο βάσης δεδομένων υποθέσεων</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available</source>
        <translation>Το πρόγραμμα οδήγησης SQLite του Qt (QSQLITE) δεν είναι διαθέσιμο</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>άνοιγμα της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>Case database %1 has schema version %2, newer than this Fakeprint understands (%3); update Fakeprint</source>
        <translation>Η βάση δεδομένων υποθέσεων %1 έχει έκδοση σχήματος %2, νεότερη από όσο κατανοεί αυτό το Fakeprint (%3)· ενημερώστε το Fakeprint</translation>
    </message>
    <message>
        <source>Case database %1 cannot use write-ahead logging (journal mode stayed %2); is it on a network or read-only file system?</source>
        <translation>Η βάση δεδομένων υποθέσεων %1 δεν μπορεί να χρησιμοποιήσει καταγραφή εκ των προτέρων (write-ahead logging) (η λειτουργία ημερολογίου παρέμεινε %2)· βρίσκεται σε δικτυακό σύστημα αρχείων ή σε σύστημα αρχείων μόνο για ανάγνωση;</translation>
    </message>
    <message>
        <source>%1 is empty, not a case database</source>
        <translation>Το %1 είναι κενό, δεν είναι βάση δεδομένων υποθέσεων</translation>
    </message>
    <message>
        <source>Case database connection %1 (%2) used from a thread that did not open it</source>
        <translation>Η σύνδεση βάσης δεδομένων υποθέσεων %1 (%2) χρησιμοποιήθηκε από νήμα που δεν την άνοιξε</translation>
    </message>
    <message>
        <source>Case database %1 was opened read-only</source>
        <translation>Η βάση δεδομένων υποθέσεων %1 ανοίχτηκε μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>looking for interrupted analyses</source>
        <translation>αναζήτηση διακομμένων αναλύσεων</translation>
    </message>
    <message>
        <source>The program running this analysis stopped before it finished; it can be resumed</source>
        <translation>Το πρόγραμμα που εκτελούσε αυτήν την ανάλυση τερματίστηκε πριν ολοκληρωθεί· μπορεί να συνεχιστεί</translation>
    </message>
    <message>
        <source>A case needs a name</source>
        <translation>Μια υπόθεση απαιτεί όνομα</translation>
    </message>
    <message>
        <source>creating case &apos;%1&apos;</source>
        <translation>δημιουργία της υπόθεσης &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A case named &apos;%1&apos; already exists in %2 (id %3)</source>
        <translation>Υπόθεση με όνομα &apos;%1&apos; υπάρχει ήδη στο %2 (id %3)</translation>
    </message>
    <message>
        <source>listing cases</source>
        <translation>λίστα υποθέσεων</translation>
    </message>
    <message>
        <source>reading case %1</source>
        <translation>ανάγνωση της υπόθεσης %1</translation>
    </message>
    <message>
        <source>No case with id %1 in %2</source>
        <translation>Καμία υπόθεση με id %1 στο %2</translation>
    </message>
    <message>
        <source>looking up case &apos;%1&apos;</source>
        <translation>αναζήτηση της υπόθεσης &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No case named &apos;%1&apos; in %2</source>
        <translation>Καμία υπόθεση με όνομα &apos;%1&apos; στο %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>Το %1 δεν είναι κανονικό αρχείο</translation>
    </message>
    <message>
        <source>adding evidence %1 to case &apos;%2&apos;</source>
        <translation>προσθήκη του τεκμηρίου %1 στην υπόθεση &apos;%2&apos;</translation>
    </message>
    <message>
        <source>recording media info of evidence %1</source>
        <translation>καταγραφή πληροφοριών πολυμέσων του τεκμηρίου %1</translation>
    </message>
    <message>
        <source>No evidence with id %1 in %2</source>
        <translation>Κανένα τεκμήριο με id %1 στο %2</translation>
    </message>
    <message>
        <source>reading evidence %1</source>
        <translation>ανάγνωση του τεκμηρίου %1</translation>
    </message>
    <message>
        <source>listing the evidence of case %1</source>
        <translation>λίστα των τεκμηρίων της υπόθεσης %1</translation>
    </message>
    <message>
        <source>listing the cases of evidence %1</source>
        <translation>λίστα των υποθέσεων του τεκμηρίου %1</translation>
    </message>
    <message>
        <source>Evidence file %1 is missing</source>
        <translation>Το αρχείο τεκμηρίου %1 λείπει</translation>
    </message>
    <message>
        <source>Evidence file %1 cannot be read: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου τεκμηρίου %1: %2</translation>
    </message>
    <message>
        <source>Evidence file %1 matches its registered SHA-256</source>
        <translation>Το αρχείο τεκμηρίου %1 αντιστοιχεί στο καταχωρισμένο SHA-256 του</translation>
    </message>
    <message>
        <source>Evidence file %1 has changed: SHA-256 %2 (%3 bytes), registered %4 (%5 bytes)</source>
        <translation>Το αρχείο τεκμηρίου %1 έχει αλλάξει: SHA-256 %2 (%3 byte), καταχωρισμένο %4 (%5 byte)</translation>
    </message>
    <message>
        <source>listing the analyses of case %1</source>
        <translation>λίστα των αναλύσεων της υπόθεσης %1</translation>
    </message>
    <message>
        <source>reading analysis %1</source>
        <translation>ανάγνωση της ανάλυσης %1</translation>
    </message>
    <message>
        <source>A note or bookmark needs a text</source>
        <translation>Μια σημείωση ή ένας σελιδοδείκτης απαιτεί κείμενο</translation>
    </message>
    <message>
        <source>adding a note to case %1</source>
        <translation>προσθήκη σημείωσης στην υπόθεση %1</translation>
    </message>
    <message>
        <source>updating note %1</source>
        <translation>ενημέρωση της σημείωσης %1</translation>
    </message>
    <message>
        <source>No note with id %1 in %2</source>
        <translation>Καμία σημείωση με id %1 στο %2</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>αφαίρεση της σημείωσης %1</translation>
    </message>
    <message>
        <source>reading note %1</source>
        <translation>ανάγνωση της σημείωσης %1</translation>
    </message>
    <message>
        <source>listing the notes of case %1</source>
        <translation>λίστα των σημειώσεων της υπόθεσης %1</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>ανάγνωση του σχήματος</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Fakeprint case database (no schema_version table)</source>
        <translation>Το %1 είναι βάση δεδομένων SQLite αλλά όχι βάση δεδομένων υποθέσεων του Fakeprint (δεν υπάρχει πίνακας schema_version)</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>ανάγνωση της έκδοσης σχήματος</translation>
    </message>
    <message>
        <source>Case database %1 has an empty schema_version table</source>
        <translation>Η βάση δεδομένων υποθέσεων %1 έχει κενό πίνακα schema_version</translation>
    </message>
    <message>
        <source>Cannot migrate case database %1 from schema version %2 (this Fakeprint knows 0 to %3)</source>
        <translation>Δεν είναι δυνατή η μετάπτωση της βάσης δεδομένων υποθέσεων %1 από την έκδοση σχήματος %2 (αυτό το Fakeprint γνωρίζει τις εκδόσεις 0 έως %3)</translation>
    </message>
    <message>
        <source>migrating the schema to version %1</source>
        <translation>μετάπτωση του σχήματος στην έκδοση %1</translation>
    </message>
    <message>
        <source>Case database %1 is full (no space left on the disk or the size limit reached) while %2; free some space and retry: %3</source>
        <translation>Η βάση δεδομένων υποθέσεων %1 είναι πλήρης (δεν υπάρχει ελεύθερος χώρος στον δίσκο ή συμπληρώθηκε το όριο μεγέθους) κατά τη διάρκεια: %2· ελευθερώστε χώρο και δοκιμάστε ξανά: %3</translation>
    </message>
    <message>
        <source>Case database %1 is damaged or not a case database (while %2): %3</source>
        <translation>Η βάση δεδομένων υποθέσεων %1 είναι κατεστραμμένη ή δεν είναι βάση δεδομένων υποθέσεων (κατά τη διάρκεια: %2): %3</translation>
    </message>
    <message>
        <source>Case database %1 is read-only (while %2): %3</source>
        <translation>Η βάση δεδομένων υποθέσεων %1 είναι μόνο για ανάγνωση (κατά τη διάρκεια: %2): %3</translation>
    </message>
    <message>
        <source>Cannot open case database %1 (while %2): %3</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων υποθέσεων %1 (κατά τη διάρκεια: %2): %3</translation>
    </message>
    <message>
        <source>Disk I/O error on case database %1 while %2: %3</source>
        <translation>Σφάλμα εισόδου/εξόδου δίσκου στη βάση δεδομένων υποθέσεων %1 κατά τη διάρκεια: %2: %3</translation>
    </message>
    <message>
        <source>Case database %1 stayed locked by another program while %2; retry later: %3</source>
        <translation>Η βάση δεδομένων υποθέσεων %1 παρέμεινε κλειδωμένη από άλλο πρόγραμμα κατά τη διάρκεια: %2· δοκιμάστε ξανά αργότερα: %3</translation>
    </message>
    <message>
        <source>Case database %1 refused the change while %2 (constraint): %3</source>
        <translation>Η βάση δεδομένων υποθέσεων %1 απέρριψε την αλλαγή κατά τη διάρκεια: %2 (περιορισμός): %3</translation>
    </message>
    <message>
        <source>Case database %1: error while %2: %3</source>
        <translation>Βάση δεδομένων υποθέσεων %1: σφάλμα κατά τη διάρκεια: %2: %3</translation>
    </message>
    <message>
        <source>starting a write transaction</source>
        <translation>έναρξη συναλλαγής εγγραφής</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>οριστικοποίηση συναλλαγής</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>fp::faces::BlazeFaceDetector</name>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation>Ο ανιχνευτής προσώπων %1 απέτυχε να εκτελεστεί: %2</translation>
    </message>
    <message>
        <source>Face detector %1 does not have BlazeFace&apos;s outputs (896 scores and 896x16 regressions)</source>
        <translation>Ο ανιχνευτής προσώπων %1 δεν έχει τις εξόδους του BlazeFace (896 βαθμολογίες και 896x16 παλινδρομήσεις)</translation>
    </message>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation>Το μοντέλο ανιχνευτή προσώπων %1 δεν υπάρχει</translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation>Το μέγεθος εισόδου %1x%2 του ανιχνευτή προσώπων είναι πολύ μικρό</translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3; reinstall it (packaging/setup-debian.sh)</source>
        <translation>Το μοντέλο ανιχνευτή προσώπων %1 έχει SHA-256 %2, αναμενόταν %3· εγκαταστήστε το ξανά (packaging/setup-debian.sh)</translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation>Δεν ήταν δυνατή η φόρτωση του μοντέλου ανιχνευτή προσώπων %1: %2</translation>
    </message>
    <message>
        <source>Face detector model %1 has %2 outputs; a BlazeFace model has 4</source>
        <translation>Το μοντέλο ανιχνευτή προσώπων %1 έχει %2 εξόδους· ένα μοντέλο BlazeFace έχει 4</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>Δόθηκε κενή εικόνα στην ανίχνευση προσώπων</translation>
    </message>
    <message>
        <source>BlazeFace %1 (%2x%3 input, score &gt;= %4%5)</source>
        <translation>BlazeFace %1 (είσοδος %2x%3, βαθμολογία &gt;= %4%5)</translation>
    </message>
    <message>
        <source>, small-face tiles of %1 px</source>
        <translation>, πλακίδια μικρών προσώπων των %1 px</translation>
    </message>
</context>
<context>
    <name>fp::faces::CascadeDetector</name>
    <message>
        <source>No face cascade found: install Debian&apos;s opencv-data (packaging/setup-debian.sh)</source>
        <translation>Δεν βρέθηκε cascade προσώπων: εγκαταστήστε το opencv-data του Debian (packaging/setup-debian.sh)</translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded</source>
        <translation>Δεν ήταν δυνατή η φόρτωση του cascade προσώπων %1</translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded: %2</source>
        <translation>Δεν ήταν δυνατή η φόρτωση του cascade προσώπων %1: %2</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>Δόθηκε κενή εικόνα στην ανίχνευση προσώπων</translation>
    </message>
    <message>
        <source>Face cascade failed: %1</source>
        <translation>Το cascade προσώπων απέτυχε: %1</translation>
    </message>
    <message>
        <source>OpenCV %1 cascade %2 (faces &gt;= %3 px, no keypoints)</source>
        <translation>OpenCV %1 cascade %2 (πρόσωπα &gt;= %3 px, χωρίς σημεία-κλειδιά)</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceCoverage</name>
    <message>
        <source>%1 of %2 examined frames have no face; of %3 faces, %4 are too small, %5 have a low detection score, %6 are blurred, %7 are in profile</source>
        <translation>%1 από %2 εξετασμένα καρέ δεν έχουν πρόσωπο· από %3 πρόσωπα, %4 είναι πολύ μικρά, %5 έχουν χαμηλή βαθμολογία ανίχνευσης, %6 είναι θολά, %7 είναι σε προφίλ</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceDetectorFactory</name>
    <message>
        <source>BlazeFace model %1 is not installed in any of %2; run packaging/setup-debian.sh</source>
        <translation>Το μοντέλο BlazeFace %1 δεν είναι εγκατεστημένο σε κανένα από τα %2· εκτελέστε το packaging/setup-debian.sh</translation>
    </message>
    <message>
        <source>Face detector kind &quot;dnn&quot; needs a model path</source>
        <translation>Ο τύπος ανιχνευτή προσώπων «dnn» απαιτεί διαδρομή μοντέλου</translation>
    </message>
    <message>
        <source>Unknown face detector decoder &quot;%1&quot; (expected blazeface or ssd)</source>
        <translation>Άγνωστος αποκωδικοποιητής ανιχνευτή προσώπων «%1» (αναμενόταν blazeface ή ssd)</translation>
    </message>
    <message>
        <source>No face detector available: %1; %2</source>
        <translation>Δεν υπάρχει διαθέσιμος ανιχνευτής προσώπων: %1· %2</translation>
    </message>
    <message>
        <source>Using the Haar cascade face detector (frontal faces only, more false detections) because BlazeFace is unavailable: %1</source>
        <translation>Χρησιμοποιείται ο ανιχνευτής προσώπων Haar cascade (μόνο μετωπικά πρόσωπα, περισσότερες ψευδείς ανιχνεύσεις) επειδή το BlazeFace δεν είναι διαθέσιμο: %1</translation>
    </message>
    <message>
        <source>Unknown face detector &quot;%1&quot; (expected auto, blazeface, haar, lbp or dnn)</source>
        <translation>Άγνωστος ανιχνευτής προσώπων «%1» (αναμενόταν auto, blazeface, haar, lbp ή dnn)</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceTracker</name>
    <message>
        <source>Face tracker got frame %1 after frame %2; frames must come in order</source>
        <translation>Ο παρακολουθητής προσώπων έλαβε το καρέ %1 μετά το καρέ %2· τα καρέ πρέπει να έρχονται με τη σειρά</translation>
    </message>
</context>
<context>
    <name>fp::faces::LandmarkDetector</name>
    <message>
        <source>Facial landmarks are off: dlib&apos;s shape_predictor_68_face_landmarks.dat was not found (install Debian&apos;s libdlib-data). Alignment and face masks are unavailable.</source>
        <translation>Τα χαρακτηριστικά σημεία προσώπου είναι απενεργοποιημένα: το shape_predictor_68_face_landmarks.dat του dlib δεν βρέθηκε (εγκαταστήστε το libdlib-data του Debian). Η ευθυγράμμιση και οι μάσκες προσώπου δεν είναι διαθέσιμες.</translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 predicts %2 points, not 68</source>
        <translation>Τα χαρακτηριστικά σημεία προσώπου είναι απενεργοποιημένα: το %1 προβλέπει %2 σημεία, όχι 68</translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 could not be read (%2)</source>
        <translation>Τα χαρακτηριστικά σημεία προσώπου είναι απενεργοποιημένα: δεν ήταν δυνατή η ανάγνωση του %1 (%2)</translation>
    </message>
    <message>
        <source>Landmark detection needs an image and a non-empty box</source>
        <translation>Η ανίχνευση χαρακτηριστικών σημείων απαιτεί εικόνα και μη κενό πλαίσιο</translation>
    </message>
    <message>
        <source>Landmark detection failed: %1</source>
        <translation>Η ανίχνευση χαρακτηριστικών σημείων απέτυχε: %1</translation>
    </message>
</context>
<context>
    <name>fp::faces::SsdFaceDetector</name>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation>Το μοντέλο ανιχνευτή προσώπων %1 δεν υπάρχει</translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation>Το μέγεθος εισόδου %1x%2 του ανιχνευτή προσώπων είναι πολύ μικρό</translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3</source>
        <translation>Το μοντέλο ανιχνευτή προσώπων %1 έχει SHA-256 %2, αναμενόταν %3</translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation>Δεν ήταν δυνατή η φόρτωση του μοντέλου ανιχνευτή προσώπων %1: %2</translation>
    </message>
    <message>
        <source>Face detector model %1 is empty</source>
        <translation>Το μοντέλο ανιχνευτή προσώπων %1 είναι κενό</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>Δόθηκε κενή εικόνα στην ανίχνευση προσώπων</translation>
    </message>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation>Ο ανιχνευτής προσώπων %1 απέτυχε να εκτελεστεί: %2</translation>
    </message>
    <message>
        <source>Face detector %1 output has %2 values, not rows of 7 (SSD DetectionOutput)</source>
        <translation>Η έξοδος του ανιχνευτή προσώπων %1 έχει %2 τιμές, όχι γραμμές των 7 (SSD DetectionOutput)</translation>
    </message>
    <message>
        <source>cv::dnn SSD face detector %1 (%2x%3 input, score &gt;= %4)</source>
        <translation>Ανιχνευτής προσώπων cv::dnn SSD %1 (είσοδος %2x%3, βαθμολογία &gt;= %4)</translation>
    </message>
</context>
<context>
    <name>fp::inference</name>
    <message>
        <source>No frame of this track was scored, so nothing can be said about it.</source>
        <translation>Κανένα καρέ αυτού του ίχνους δεν βαθμολογήθηκε, επομένως δεν μπορεί να διατυπωθεί κρίση γι&apos; αυτό.</translation>
    </message>
    <message>
        <source>Only %1 frames were scored; at least %2 are needed for a verdict.</source>
        <translation>Βαθμολογήθηκαν μόνο %1 καρέ· απαιτούνται τουλάχιστον %2 για πόρισμα.</translation>
    </message>
    <message>
        <source>P(fake) %1 lies in the undecided band %2-%3.</source>
        <translation>Το P(fake) %1 βρίσκεται στη ζώνη αναποφασιστικότητας %2-%3.</translation>
    </message>
    <message>
        <source>P(fake) %1 is below the threshold %2.</source>
        <translation>Το P(fake) %1 είναι κάτω από το κατώφλι %2.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold %2; the model cannot name methods.</source>
        <translation>Το P(fake) %1 είναι πάνω από το κατώφλι %2· το μοντέλο δεν μπορεί να κατονομάσει μεθόδους.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but no known method is likely enough (best: %2 at %3, needed %4).</source>
        <translation>Το P(fake) %1 είναι πάνω από το κατώφλι, αλλά καμία γνωστή μέθοδος δεν είναι αρκετά πιθανή (καλύτερη: %2 με %3, απαιτείται %4).</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but the faces look unlike the training data (energy %2 above %3), so the method is unknown.</source>
        <translation>Το P(fake) %1 είναι πάνω από το κατώφλι, αλλά τα πρόσωπα δεν μοιάζουν με τα δεδομένα εκπαίδευσης (energy %2 πάνω από %3), επομένως η μέθοδος είναι άγνωστη.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold; the most likely method is %2 (%3).</source>
        <translation>Το P(fake) %1 είναι πάνω από το κατώφλι· η πιθανότερη μέθοδος είναι %2 (%3).</translation>
    </message>
    <message>
        <source>No face was seen in %1 frames, so the video cannot be judged.</source>
        <translation>Δεν εντοπίστηκε πρόσωπο σε %1 καρέ, επομένως το βίντεο δεν μπορεί να αξιολογηθεί.</translation>
    </message>
    <message>
        <source>All %1 face tracks look real; the most suspicious has P(fake) %2. Faces were seen in %3% of the frames.</source>
        <translation>Και τα %1 ίχνη προσώπων φαίνονται γνήσια· το πιο ύποπτο έχει P(fake) %2. Εντοπίστηκαν πρόσωπα στο %3% των καρέ.</translation>
    </message>
    <message>
        <source>No track looks manipulated, but track %1 is inconclusive: %2</source>
        <translation>Κανένα ίχνος δεν φαίνεται παραποιημένο, αλλά το ίχνος %1 είναι μη καταληκτικό: %2</translation>
    </message>
    <message>
        <source>Track %1 is the most suspicious: %2</source>
        <translation>Το ίχνος %1 είναι το πιο ύποπτο: %2</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.%2&apos; names the method &apos;%3&apos;, which the TorchScript module does not have</source>
        <translation>Κάρτα μοντέλου %1: το πεδίο &apos;gradcam.%2&apos; ονομάζει τη μέθοδο &apos;%3&apos;, την οποία δεν διαθέτει το module TorchScript</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;input.size&apos; is %2, but the module rejects a [2, 3, %2, %2] input: %3</source>
        <translation>Κάρτα μοντέλου %1: το πεδίο &apos;input.size&apos; είναι %2, αλλά το module απορρίπτει είσοδο [2, 3, %2, %2]: %3</translation>
    </message>
    <message>
        <source> (one per class in &apos;classes&apos;)</source>
        <translation> (μία ανά κλάση στο &apos;classes&apos;)</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs[%2].units&apos; says the %3 head has %4 units%5, but for a batch of 2 the module returns a tensor of shape %6</source>
        <translation>Κάρτα μοντέλου %1: το πεδίο &apos;outputs[%2].units&apos; δηλώνει ότι η κεφαλή %3 έχει %4 μονάδες%5, αλλά για δέσμη 2 το module επιστρέφει τανυστή σχήματος %6</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.features_method&apos;: &apos;%2&apos; must return a feature map [N, C, h, w]</source>
        <translation>Κάρτα μοντέλου %1: πεδίο &apos;gradcam.features_method&apos;: το &apos;%2&apos; πρέπει να επιστρέφει χάρτη χαρακτηριστικών [N, C, h, w]</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.head_method&apos;: %2(%3(x)) differs from forward(x) for output %4</source>
        <translation>Κάρτα μοντέλου %1: πεδίο &apos;gradcam.head_method&apos;: το %2(%3(x)) διαφέρει από το forward(x) για την έξοδο %4</translation>
    </message>
    <message>
        <source>Model %1 (%2): %3 failed: %4</source>
        <translation>Μοντέλο %1 (%2): το %3 απέτυχε: %4</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns a tuple holding something other than tensors</source>
        <translation>Κάρτα μοντέλου %1: πεδίο &apos;outputs&apos;: το module επιστρέφει πλειάδα (tuple) που περιέχει κάτι άλλο εκτός από τανυστές</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns %2, not tensors</source>
        <translation>Κάρτα μοντέλου %1: πεδίο &apos;outputs&apos;: το module επιστρέφει %2, όχι τανυστές</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos; lists %2 heads, but the module returns %3 tensors</source>
        <translation>Κάρτα μοντέλου %1: το πεδίο &apos;outputs&apos; απαριθμεί %2 κεφαλές, αλλά το module επιστρέφει %3 τανυστές</translation>
    </message>
    <message>
        <source>CUDA was requested for model %1, but LibTorch sees no CUDA device; choose CPU or Auto</source>
        <translation>Ζητήθηκε CUDA για το μοντέλο %1, αλλά το LibTorch δεν βλέπει καμία συσκευή CUDA· επιλέξτε CPU ή Αυτόματα</translation>
    </message>
    <message>
        <source>loading the TorchScript module</source>
        <translation>φόρτωση του module TorchScript</translation>
    </message>
    <message>
        <source>Crop %1 of the batch is an empty image</source>
        <translation>Η αποκομμένη εικόνα %1 της δέσμης είναι κενή</translation>
    </message>
    <message>
        <source>scoring %1 crops</source>
        <translation>βαθμολόγηση %1 αποκομμένων εικόνων</translation>
    </message>
    <message>
        <source>Grad-CAM: model %1 has no attribution class %2 (it has %3 classes%4)</source>
        <translation>Grad-CAM: το μοντέλο %1 δεν έχει κλάση απόδοσης %2 (έχει %3 κλάσεις%4)</translation>
    </message>
    <message>
        <source> and no attribution head</source>
        <translation> και καμία κεφαλή απόδοσης</translation>
    </message>
    <message>
        <source>Grad-CAM: class index %1 is invalid</source>
        <translation>Grad-CAM: ο δείκτης κλάσης %1 δεν είναι έγκυρος</translation>
    </message>
    <message>
        <source>the score does not depend on the output of &apos;%1&apos;</source>
        <translation>η βαθμολογία δεν εξαρτάται από την έξοδο του &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Grad-CAM on %1 crops</source>
        <translation>Grad-CAM σε %1 αποκομμένες εικόνες</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;%2&apos; %3</source>
        <translation>Κάρτα μοντέλου %1: το πεδίο &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(στη μνήμη)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>λείπει</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>πρέπει να είναι συμβολοσειρά, όχι %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>πρέπει να είναι αριθμός, όχι %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>πρέπει να είναι ακέραιος, όχι %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>πρέπει να είναι αντικείμενο, όχι %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>πρέπει να είναι πίνακας, όχι %1</translation>
    </message>
    <message>
        <source>must hold 3 numbers, not %1</source>
        <translation>πρέπει να περιέχει 3 αριθμούς, όχι %1</translation>
    </message>
    <message>
        <source>must match [a-z0-9._-]+, not &apos;%1&apos;</source>
        <translation>πρέπει να ταιριάζει με [a-z0-9._-]+, όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>δεν πρέπει να είναι κενό</translation>
    </message>
    <message>
        <source>must be a file name beside the card without &apos;/&apos;, not &apos;%1&apos;</source>
        <translation>πρέπει να είναι όνομα αρχείου δίπλα στην κάρτα χωρίς &apos;/&apos;, όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be 64 lower-case hex digits, not &apos;%1&apos;</source>
        <translation>πρέπει να είναι 64 πεζά δεκαεξαδικά ψηφία, όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be between 16 and 1024, not %1</source>
        <translation>πρέπει να είναι μεταξύ 16 και 1024, όχι %1</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>πρέπει να είναι θετικός αριθμός</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>πρέπει να είναι πεπερασμένος αριθμός</translation>
    </message>
    <message>
        <source>must list at least one class</source>
        <translation>πρέπει να απαριθμεί τουλάχιστον μία κλάση</translation>
    </message>
    <message>
        <source>must be %1 (ids are 0..K-1 in order), not %2</source>
        <translation>πρέπει να είναι %1 (τα ids είναι 0..K-1 με τη σειρά), όχι %2</translation>
    </message>
    <message>
        <source>repeats the key &apos;%1&apos;</source>
        <translation>επαναλαμβάνει το κλειδί &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must list one or two heads, not %1</source>
        <translation>πρέπει να απαριθμεί μία ή δύο κεφαλές, όχι %1</translation>
    </message>
    <message>
        <source>must be 1 or 2 for a binary head, not %1</source>
        <translation>πρέπει να είναι 1 ή 2 για δυαδική κεφαλή, όχι %1</translation>
    </message>
    <message>
        <source>is %1 but classes lists %2 classes; the attribution head needs one unit per class</source>
        <translation>είναι %1, αλλά το classes απαριθμεί %2 κλάσεις· η κεφαλή απόδοσης χρειάζεται μία μονάδα ανά κλάση</translation>
    </message>
    <message>
        <source>lists the same head twice</source>
        <translation>απαριθμεί την ίδια κεφαλή δύο φορές</translation>
    </message>
    <message>
        <source>must hold exactly one class with key &apos;real&apos; when the model has no binary head</source>
        <translation>πρέπει να περιέχει ακριβώς μία κλάση με κλειδί &apos;real&apos; όταν το μοντέλο δεν έχει δυαδική κεφαλή</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>πρέπει να είναι μεγαλύτερο από 0</translation>
    </message>
    <message>
        <source>must lie in (0, 1), not %1</source>
        <translation>πρέπει να βρίσκεται στο (0, 1), όχι %1</translation>
    </message>
    <message>
        <source>must lie in [0, 1]</source>
        <translation>πρέπει να βρίσκεται στο [0, 1]</translation>
    </message>
    <message>
        <source>must lie in [inconclusive_low, 1]</source>
        <translation>πρέπει να βρίσκεται στο [inconclusive_low, 1]</translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation>πρέπει να είναι τουλάχιστον 1, όχι %1</translation>
    </message>
    <message>
        <source>must lie in (0, 1)</source>
        <translation>πρέπει να βρίσκεται στο (0, 1)</translation>
    </message>
    <message>
        <source>must be a boolean, not %1</source>
        <translation>πρέπει να είναι λογική τιμή (boolean), όχι %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>πρέπει να είναι «%1», όχι «%2»</translation>
    </message>
    <message>
        <source>is %1; this Fakeprint reads version %2</source>
        <translation>είναι %1· αυτό το Fakeprint διαβάζει την έκδοση %2</translation>
    </message>
    <message>
        <source>must be &quot;RGB&quot; or &quot;BGR&quot;, not &quot;%1&quot;</source>
        <translation>πρέπει να είναι «RGB» ή «BGR», όχι «%1»</translation>
    </message>
    <message>
        <source>names an unknown head &quot;%1&quot; (known: &quot;binary&quot;, &quot;attribution&quot;)</source>
        <translation>ονομάζει άγνωστη κεφαλή «%1» (γνωστές: «binary», «attribution»)</translation>
    </message>
    <message>
        <source>Model card %1 does not exist</source>
        <translation>Η κάρτα μοντέλου %1 δεν υπάρχει</translation>
    </message>
    <message>
        <source>Cannot read model card %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της κάρτας μοντέλου %1: %2</translation>
    </message>
    <message>
        <source>Model card %1 is larger than 16 MiB</source>
        <translation>Η κάρτα μοντέλου %1 είναι μεγαλύτερη από 16 MiB</translation>
    </message>
    <message>
        <source>Model card %1 is not valid JSON: %2 at offset %3</source>
        <translation>Η κάρτα μοντέλου %1 δεν είναι έγκυρο JSON: %2 στη θέση %3</translation>
    </message>
    <message>
        <source>Model card %1 must hold a JSON object</source>
        <translation>Η κάρτα μοντέλου %1 πρέπει να περιέχει αντικείμενο JSON</translation>
    </message>
    <message>
        <source>Cannot write model card %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή της κάρτας μοντέλου %1: %2</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;weights&apos; names %2, which does not exist</source>
        <translation>Κάρτα μοντέλου %1: το πεδίο &apos;weights&apos; ονομάζει το %2, το οποίο δεν υπάρχει</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;sha256&apos; is %2 but the weights file %3 hashes to %4; the weights were changed or belong to another card. Refusing to load it.</source>
        <translation>Κάρτα μοντέλου %1: το πεδίο &apos;sha256&apos; είναι %2, αλλά το hash του αρχείου βαρών %3 είναι %4· τα βάρη άλλαξαν ή ανήκουν σε άλλη κάρτα. Η φόρτωση απορρίπτεται.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>Δεν είναι δυνατή η αντιγραφή του %1 στο %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2</source>
        <translation>Δεν είναι δυνατή η μετακίνηση του %1 στη θέση του ως %2</translation>
    </message>
    <message>
        <source>Model card %1: the name &apos;%2&apos; is already used by another installed model; this card is ignored</source>
        <translation>Κάρτα μοντέλου %1: το όνομα &apos;%2&apos; χρησιμοποιείται ήδη από άλλο εγκατεστημένο μοντέλο· αυτή η κάρτα αγνοείται</translation>
    </message>
    <message>
        <source>No installed model is named &apos;%1&apos; (installed: %2); see &apos;fakeprint-cli models list&apos;</source>
        <translation>Κανένα εγκατεστημένο μοντέλο δεν ονομάζεται &apos;%1&apos; (εγκατεστημένα: %2)· βλ. &apos;fakeprint-cli models list&apos;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>No model is installed (searched %1); add one with &apos;fakeprint-cli models add CARD.json&apos;</source>
        <translation>Δεν έχει εγκατασταθεί κανένα μοντέλο (αναζητήθηκε στο %1)· προσθέστε ένα με &apos;fakeprint-cli models add CARD.json&apos;</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;name&apos; is &apos;%2&apos;, which is already installed from %3 with other weights; rename the model or remove the installed one</source>
        <translation>Κάρτα μοντέλου %1: το πεδίο &apos;name&apos; είναι &apos;%2&apos;, το οποίο είναι ήδη εγκατεστημένο από το %3 με άλλα βάρη· μετονομάστε το μοντέλο ή αφαιρέστε το εγκατεστημένο</translation>
    </message>
    <message>
        <source>Cannot create the user models folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου μοντέλων χρήστη %1</translation>
    </message>
    <message>
        <source>Cannot add %1: %2 or %3 already exists in the user models folder and belongs to another model</source>
        <translation>Δεν είναι δυνατή η προσθήκη του %1: το %2 ή το %3 υπάρχει ήδη στον φάκελο μοντέλων χρήστη και ανήκει σε άλλο μοντέλο</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Γνήσιο</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>Παραποιημένο</translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation>Παραποιημένο, άγνωστη μέθοδος</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Μη καταληκτικό</translation>
    </message>
</context>
<context>
    <name>fp::media::FrameServer</name>
    <message>
        <source>Frame %1 is outside %2 (%3 frames)</source>
        <translation>Το καρέ %1 είναι εκτός του %2 (%3 καρέ)</translation>
    </message>
</context>
<context>
    <name>fp::media::MediaInfo</name>
    <message>
        <source>File:       %1 (%2 bytes)
</source>
        <translation>Αρχείο:     %1 (%2 byte)
</translation>
    </message>
    <message>
        <source>Container:  %1
</source>
        <translation>Περιέκτης:  %1
</translation>
    </message>
    <message>
        <source>Video:      %1%2, %3, %4x%5 (coded %6x%7, SAR %8, rotation %9)
</source>
        <translation>Βίντεο:     %1%2, %3, %4x%5 (κωδικοποιημένο %6x%7, SAR %8, περιστροφή %9)
</translation>
    </message>
    <message>
        <source>Frames:     %1 (%2 keyframes), %3 fps (avg %4, real %5)%6
</source>
        <translation>Καρέ:       %1 (%2 καρέ-κλειδιά), %3 fps (μέσος %4, πραγματικός %5)%6
</translation>
    </message>
    <message>
        <source>, variable frame rate</source>
        <translation>, μεταβλητός ρυθμός καρέ</translation>
    </message>
    <message>
        <source>Duration:   %1 ms, bit rate %2 bit/s
</source>
        <translation>Διάρκεια:   %1 ms, ρυθμός bit %2 bit/s
</translation>
    </message>
    <message>
        <source>Audio #%1:   %2, %3 Hz, %4
</source>
        <translation>Ήχος #%1:    %2, %3 Hz, %4
</translation>
    </message>
</context>
<context>
    <name>fp::media::VideoReader</name>
    <message>
        <source>%1: the header claims an absurd picture size of %2x%3; refused</source>
        <translation>%1: η κεφαλίδα δηλώνει παράλογο μέγεθος εικόνας %2x%3· απορρίφθηκε</translation>
    </message>
    <message>
        <source>decoder error near frame %1: %2</source>
        <translation>σφάλμα αποκωδικοποιητή κοντά στο καρέ %1: %2</translation>
    </message>
    <message>
        <source>Out of memory opening %1</source>
        <translation>Εξάντληση μνήμης κατά το άνοιγμα του %1</translation>
    </message>
    <message>
        <source>Opening %1 took longer than %2 ms</source>
        <translation>Το άνοιγμα του %1 διήρκεσε περισσότερο από %2 ms</translation>
    </message>
    <message>
        <source>%1 is not a video file FFmpeg recognises (%2)</source>
        <translation>Το %1 δεν είναι αρχείο βίντεο που αναγνωρίζει το FFmpeg (%2)</translation>
    </message>
    <message>
        <source>%1 looks like %2 but its header cannot be read (%3); the file may be truncated or damaged</source>
        <translation>Το %1 μοιάζει με %2, αλλά η κεφαλίδα του δεν μπορεί να διαβαστεί (%3)· το αρχείο μπορεί να είναι περικομμένο ή κατεστραμμένο</translation>
    </message>
    <message>
        <source>Probing %1 took longer than %2 ms</source>
        <translation>Η ανίχνευση του %1 διήρκεσε περισσότερο από %2 ms</translation>
    </message>
    <message>
        <source>Cannot read the stream parameters of %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των παραμέτρων ροής του %1: %2</translation>
    </message>
    <message>
        <source>%1 holds audio only, no video stream</source>
        <translation>Το %1 περιέχει μόνο ήχο, χωρίς ροή βίντεο</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>Το %1 δεν έχει ροή βίντεο</translation>
    </message>
    <message>
        <source>%1: this FFmpeg build has no decoder for the video codec &apos;%2&apos;</source>
        <translation>%1: αυτή η έκδοση του FFmpeg δεν διαθέτει αποκωδικοποιητή για τον κωδικοποιητή βίντεο &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the video stream has no picture size</source>
        <translation>%1: η ροή βίντεο δεν έχει μέγεθος εικόνας</translation>
    </message>
    <message>
        <source>Scanning %1 stalled after %2 frames</source>
        <translation>Η σάρωση του %1 σταμάτησε μετά από %2 καρέ</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2; the file may be truncated</source>
        <translation>η ανάγνωση σταμάτησε μετά το καρέ %1: %2· το αρχείο μπορεί να είναι περικομμένο</translation>
    </message>
    <message>
        <source>packet at byte %1 is marked corrupt by the demuxer</source>
        <translation>το πακέτο στο byte %1 έχει σημανθεί ως κατεστραμμένο από τον αποπολυπλέκτη</translation>
    </message>
    <message>
        <source>%1: the video stream holds no frames</source>
        <translation>%1: η ροή βίντεο δεν περιέχει καρέ</translation>
    </message>
    <message>
        <source>the file ends after %1 of the %2 frames its header declares; it is probably truncated</source>
        <translation>το αρχείο τελειώνει μετά από %1 από τα %2 καρέ που δηλώνει η κεφαλίδα του· πιθανότατα είναι περικομμένο</translation>
    </message>
    <message>
        <source>%1: no decoder for &apos;%2&apos;</source>
        <translation>%1: δεν υπάρχει αποκωδικοποιητής για &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Out of memory creating a decoder for %1</source>
        <translation>Εξάντληση μνήμης κατά τη δημιουργία αποκωδικοποιητή για το %1</translation>
    </message>
    <message>
        <source>%1: invalid codec parameters: %2</source>
        <translation>%1: μη έγκυρες παράμετροι κωδικοποιητή: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the %2 decoder: %3</source>
        <translation>%1: δεν είναι δυνατό το άνοιγμα του αποκωδικοποιητή %2: %3</translation>
    </message>
    <message>
        <source>decoding failed near frame %1: %2</source>
        <translation>η αποκωδικοποίηση απέτυχε κοντά στο καρέ %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 stalled or was interrupted</source>
        <translation>Η ανάγνωση του %1 σταμάτησε ή διακόπηκε</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2</source>
        <translation>η ανάγνωση σταμάτησε μετά το καρέ %1: %2</translation>
    </message>
    <message>
        <source>frame %1 could not be decoded: %2</source>
        <translation>δεν ήταν δυνατή η αποκωδικοποίηση του καρέ %1: %2</translation>
    </message>
    <message>
        <source>decoded picture with timestamp %1 is not in the frame index; numbered %2 by order</source>
        <translation>η αποκωδικοποιημένη εικόνα με χρονοσφραγίδα %1 δεν υπάρχει στο ευρετήριο καρέ· αριθμήθηκε %2 κατά σειρά</translation>
    </message>
    <message>
        <source>frame %1 is damaged; the decoder concealed errors</source>
        <translation>το καρέ %1 είναι κατεστραμμένο· ο αποκωδικοποιητής απέκρυψε σφάλματα</translation>
    </message>
    <message>
        <source>%1: cannot seek to frame %2: %3</source>
        <translation>%1: δεν είναι δυνατή η μετάβαση στο καρέ %2: %3</translation>
    </message>
    <message>
        <source>%1: the stream ended before frame %2 could be decoded</source>
        <translation>%1: η ροή τελείωσε πριν αποκωδικοποιηθεί το καρέ %2</translation>
    </message>
    <message>
        <source>%1: frame %2 was not produced by the decoder</source>
        <translation>%1: το καρέ %2 δεν παρήχθη από τον αποκωδικοποιητή</translation>
    </message>
    <message>
        <source>Video file not found: %1</source>
        <translation>Το αρχείο βίντεο δεν βρέθηκε: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>Το %1 δεν είναι κανονικό αρχείο</translation>
    </message>
    <message>
        <source>No permission to read %1</source>
        <translation>Δεν υπάρχει δικαίωμα ανάγνωσης του %1</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>Το %1 είναι κενό (0 byte)</translation>
    </message>
    <message>
        <source>%1: frame %2 is out of range (the video has %3 frames)</source>
        <translation>%1: το καρέ %2 είναι εκτός εύρους (το βίντεο έχει %3 καρέ)</translation>
    </message>
</context>
<context>
    <name>fp::ui::AnalysisDialog</name>
    <message>
        <source>Analyse %1</source>
        <translation>Ανάλυση του %1</translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation> (χρήστη, μη επαληθευμένο)</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>Δεν έχει εγκατασταθεί μοντέλο</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Μοντέλο:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Αυτόματα</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Συσκευή:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Όλοι οι πυρήνες</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Νήματα CPU:</translation>
    </message>
    <message>
        <source>Analyse every n-th frame; frames in between are not scored</source>
        <translation>Ανάλυση κάθε n-οστού καρέ· τα ενδιάμεσα καρέ δεν βαθμολογούνται</translation>
    </message>
    <message>
        <source>Frame stride:</source>
        <translation>Βήμα καρέ:</translation>
    </message>
    <message>
        <source>Run the face detector on every k-th analysed frame and track in between</source>
        <translation>Εκτέλεση του ανιχνευτή προσώπων σε κάθε k-οστό αναλυμένο καρέ και παρακολούθηση στο ενδιάμεσο</translation>
    </message>
    <message>
        <source>Detection interval:</source>
        <translation>Διάστημα ανίχνευσης:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Πρόοδος:</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Δεν έχει ξεκινήσει</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Κατάσταση:</translation>
    </message>
    <message>
        <source>Start analysis</source>
        <translation>Έναρξη ανάλυσης</translation>
    </message>
    <message>
        <source>%1 · frame %2 of %3 · %4 fps · %5 track(s)</source>
        <translation>%1 · καρέ %2 από %3 · %4 fps · %5 ίχνη</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · απομένουν περίπου %1</translation>
    </message>
    <message>
        <source>Finished: analysis %1</source>
        <translation>Ολοκληρώθηκε: ανάλυση %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Έναρξη…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Ακύρωση ανάλυσης</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseBrowser</name>
    <message>
        <source>Case / evidence / analysis</source>
        <translation>Υπόθεση / τεκμήριο / ανάλυση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n αρχείο</numerusform>
            <numerusform>%n αρχεία</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 · analyst %2 · created %3</source>
        <translation>Υπόθεση %1 · αναλυτής %2 · δημιουργήθηκε %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Analysis %1 · %2</source>
        <translation>Ανάλυση %1 · %2</translation>
    </message>
    <message>
        <source>Started %1
Detector %2</source>
        <translation>Έναρξη %1
Ανιχνευτής %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseJobs</name>
    <message>
        <source>%1 was not added: %2</source>
        <translation>Το %1 δεν προστέθηκε: %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::EvidencePanel</name>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Καταχωρίστηκε στο</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
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
        <translation>Προστέθηκε</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Βίντεο</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Χρονισμός</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Περιέκτης</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Ακεραιότητα</translation>
    </message>
    <message>
        <source>Verify hashes now</source>
        <translation>Επαλήθευση hash τώρα</translation>
    </message>
    <message>
        <source>Re-hash the file (read-only) and compare with the registry; the check is audited</source>
        <translation>Νέος υπολογισμός του hash του αρχείου (μόνο ανάγνωση) και σύγκριση με το μητρώο· ο έλεγχος καταγράφεται στο αρχείο ελέγχου</translation>
    </message>
    <message>
        <source>No evidence selected.</source>
        <translation>Δεν έχει επιλεγεί τεκμήριο.</translation>
    </message>
    <message>
        <source>Not verified in this session</source>
        <translation>Δεν επαληθεύτηκε σε αυτήν την περίοδο λειτουργίας</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 byte)</translation>
    </message>
    <message>
        <source>%1 (file modified %2)</source>
        <translation>%1 (το αρχείο τροποποιήθηκε %2)</translation>
    </message>
    <message>
        <source>No media information recorded.</source>
        <translation>Δεν καταγράφηκαν πληροφορίες πολυμέσων.</translation>
    </message>
    <message>
        <source>%1 · %2×%3 · %4</source>
        <translation>%1 · %2×%3 · %4</translation>
    </message>
    <message>
        <source>%1 frames · %2 fps%3 · %4</source>
        <translation>%1 καρέ · %2 fps%3 · %4</translation>
    </message>
    <message>
        <source> (variable)</source>
        <translation> (μεταβλητός)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Επαλήθευση…</translation>
    </message>
    <message>
        <source>✔ Intact: size and SHA-256 match the registry</source>
        <translation>✔ Ακέραιο: το μέγεθος και το SHA-256 αντιστοιχούν στο μητρώο</translation>
    </message>
    <message>
        <source>✖ MISMATCH: %1</source>
        <translation>✖ ΑΝΑΝΤΙΣΤΟΙΧΙΑ: %1</translation>
    </message>
    <message>
        <source>✖ File missing: %1</source>
        <translation>✖ Το αρχείο λείπει: %1</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Δεν ήταν δυνατή η επαλήθευση: %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::GradCamService</name>
    <message>
        <source>No analysis is open.</source>
        <translation>Δεν είναι ανοιχτή καμία ανάλυση.</translation>
    </message>
    <message>
        <source>The analysis&apos; model %1 %2 (sha256 %3) is not installed: only the stored key frames have Grad-CAM maps.</source>
        <translation>Το μοντέλο %1 %2 (sha256 %3) της ανάλυσης δεν είναι εγκατεστημένο: μόνο τα αποθηκευμένα καρέ-κλειδιά έχουν χάρτες Grad-CAM.</translation>
    </message>
    <message>
        <source>Grad-CAM on demand is off: %1</source>
        <translation>Το Grad-CAM κατ&apos; απαίτηση είναι απενεργοποιημένο: %1</translation>
    </message>
    <message>
        <source>Grad-CAM of track %1 on frame %2 failed: %3</source>
        <translation>Το Grad-CAM του ίχνους %1 στο καρέ %2 απέτυχε: %3</translation>
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
        <translation>Δεν είναι ανοιχτή βάση δεδομένων υποθέσεων</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Υποθέσεις</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμήρια</translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation>Ίχνη προσώπων</translation>
    </message>
    <message>
        <source>Notes and bookmarks</source>
        <translation>Σημειώσεις και σελιδοδείκτες</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;New case database…</source>
        <translation>&amp;Νέα βάση δεδομένων υποθέσεων…</translation>
    </message>
    <message>
        <source>&amp;Open case database…</source>
        <translation>Άν&amp;οιγμα βάσης δεδομένων υποθέσεων…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Νέα &amp;υπόθεση…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Προσθήκη &amp;τεκμηρίου…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Επαναφορά διάταξης</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>Αναπαρα&amp;γωγή</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Σχολιασμός</translation>
    </message>
    <message>
        <source>&amp;Bookmark current frame…</source>
        <translation>&amp;Σελιδοδείκτης στο τρέχον καρέ…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Προσθήκη ση&amp;μείωσης…</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>Ανά&amp;λυση</translation>
    </message>
    <message>
        <source>&amp;Analyse evidence…</source>
        <translation>&amp;Ανάλυση τεκμηρίου…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Εξαγωγή ανα&amp;φοράς…</translation>
    </message>
    <message>
        <source>Open an analysis first: a report describes one analysis.</source>
        <translation>Ανοίξτε πρώτα μια ανάλυση: μια αναφορά περιγράφει μία ανάλυση.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Δεν ήταν δυνατή η εγγραφή της αναφοράς: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Γράφτηκε το %1 (%n σελίδα).</numerusform>
            <numerusform>Γράφτηκε το %1 (%n σελίδες).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written with warnings</source>
        <translation>Η αναφορά γράφτηκε με προειδοποιήσεις</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Εργαλεία</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Μοντέλα…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;About Fakeprint</source>
        <translation>&amp;Σχετικά με το Fakeprint</translation>
    </message>
    <message>
        <source>About Fakeprint</source>
        <translation>Σχετικά με το Fakeprint</translation>
    </message>
    <message>
        <source>Fakeprint %1
Offline deepfake detection and attribution for video.

Grad-CAM maps show where a model looked, not which pixels were manipulated.</source>
        <translation>Fakeprint %1
Ανίχνευση και απόδοση deepfake σε βίντεο, χωρίς σύνδεση.

Οι χάρτες Grad-CAM δείχνουν πού κοίταξε ένα μοντέλο, όχι ποια εικονοστοιχεία παραποιήθηκαν.</translation>
    </message>
    <message>
        <source>Fakeprint case databases (*.db *.fpcase.db);;All files (*)</source>
        <translation>Βάσεις δεδομένων υποθέσεων Fakeprint (*.db *.fpcase.db);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>New case database</source>
        <translation>Νέα βάση δεδομένων υποθέσεων</translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation>Άνοιγμα βάσης δεδομένων υποθέσεων</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Προσθήκη τεκμηρίου</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;All files (*)</source>
        <translation>Βίντεο (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Νέα υπόθεση</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>Όνομα υπόθεσης:</translation>
    </message>
    <message>
        <source>%1 — Fakeprint</source>
        <translation>%1 — Fakeprint</translation>
    </message>
    <message>
        <source>%1 · analysis %2 — %3</source>
        <translation>%1 · ανάλυση %2 — %3</translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation>Βάση δεδομένων υποθέσεων: %1</translation>
    </message>
    <message>
        <source>Open or create a case database first.</source>
        <translation>Ανοίξτε ή δημιουργήστε πρώτα μια βάση δεδομένων υποθέσεων.</translation>
    </message>
    <message numerus="yes">
        <source>Hashing and registering %n file(s)…</source>
        <translation>
            <numerusform>Υπολογισμός hash και καταχώριση %n αρχείου…</numerusform>
            <numerusform>Υπολογισμός hash και καταχώριση %n αρχείων…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) added.</source>
        <translation>
            <numerusform>Προστέθηκε %n αρχείο τεκμηρίου.</numerusform>
            <numerusform>Προστέθηκαν %n αρχεία τεκμηρίων.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case database first.</source>
        <translation>Ανοίξτε πρώτα μια βάση δεδομένων υποθέσεων.</translation>
    </message>
    <message>
        <source>%1 · not analysed in this view</source>
        <translation>%1 · δεν έχει αναλυθεί σε αυτήν την προβολή</translation>
    </message>
    <message>
        <source>Analysis %1 · %2 · model %3 %4 · %5 track(s), %6 flagged · %7</source>
        <translation>Ανάλυση %1 · %2 · μοντέλο %3 %4 · %5 ίχνη, %6 επισημασμένα · %7</translation>
    </message>
    <message>
        <source>Open an evidence file or an analysis to bookmark a frame.</source>
        <translation>Ανοίξτε ένα αρχείο τεκμηρίου ή μια ανάλυση για να προσθέσετε σελιδοδείκτη σε ένα καρέ.</translation>
    </message>
    <message>
        <source>No frame is shown yet.</source>
        <translation>Δεν εμφανίζεται ακόμη κανένα καρέ.</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>καρέ %1 από %2</translation>
    </message>
    <message>
        <source>, track %1 (%2)</source>
        <translation>, ίχνος %1 (%2)</translation>
    </message>
    <message>
        <source>, analysis %1</source>
        <translation>, ανάλυση %1</translation>
    </message>
    <message>
        <source>Frame %1 (%2)</source>
        <translation>Καρέ %1 (%2)</translation>
    </message>
    <message>
        <source>Select a case to add a note.</source>
        <translation>Επιλέξτε μια υπόθεση για να προσθέσετε σημείωση.</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>η υπόθεση</translation>
    </message>
    <message>
        <source>analysis %1 of %2</source>
        <translation>ανάλυση %1 του %2</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>καρέ %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>Μοντέλα</translation>
    </message>
    <message>
        <source>Bundled: %1&lt;br&gt;User models: %2</source>
        <translation>Συνοδεύουν την εφαρμογή: %1&lt;br&gt;Μοντέλα χρήστη: %2</translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation> (χρήστη, μη επαληθευμένο)</translation>
    </message>
    <message>
        <source>Invalid card</source>
        <translation>Μη έγκυρη κάρτα</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model is installed. Put a model card (JSON) and its TorchScript weights in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Δεν έχει εγκατασταθεί κανένα μοντέλο. Τοποθετήστε μια κάρτα μοντέλου (JSON) και τα βάρη TorchScript της στο %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>bundled with Fakeprint</source>
        <translation>συνοδεύει το Fakeprint</translation>
    </message>
    <message>
        <source>user model (not verified by Fakeprint)</source>
        <translation>μοντέλο χρήστη (δεν έχει επαληθευτεί από το Fakeprint)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Κάρτα</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Βάρη</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Αρχιτεκτονική</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Είσοδος</translation>
    </message>
    <message>
        <source>%1×%1 px, %2, crop scale %3</source>
        <translation>%1×%1 px, %2, κλίμακα αποκοπής %3</translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation>%1 (%2 μονάδες)</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Κεφαλές</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Απόφαση</translation>
    </message>
    <message>
        <source>fake ≥ %1, inconclusive %2–%3, method needs ≥ %4, at least %5 frame(s)</source>
        <translation>ψευδές ≥ %1, μη καταληκτικό %2–%3, η μέθοδος απαιτεί ≥ %4, τουλάχιστον %5 καρέ</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Βαθμονόμηση</translation>
    </message>
    <message>
        <source>temperature %1 (binary), %2 (attribution)</source>
        <translation>θερμοκρασία %1 (δυαδική), %2 (απόδοση)</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Άδεια χρήσης</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Κλάσεις</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Περιορισμοί</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Εκπαίδευση</translation>
    </message>
    <message>
        <source>Measured metrics</source>
        <translation>Μετρημένες μετρικές</translation>
    </message>
</context>
<context>
    <name>fp::ui::NoteDialog</name>
    <message>
        <source>Bookmark</source>
        <translation>Σελιδοδείκτης</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Αφορά:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Προς έλεγχο</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Προειδοποίηση</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Κατάσταση:</translation>
    </message>
    <message>
        <source>What you observed, and why it matters</source>
        <translation>Τι παρατηρήσατε και γιατί έχει σημασία</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Κείμενο:</translation>
    </message>
</context>
<context>
    <name>fp::ui::NotesPanel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Προς έλεγχο</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Προειδοποίηση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Καρέ</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Ίχνος</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Συντάκτης</translation>
    </message>
    <message>
        <source>Bookmark frame</source>
        <translation>Σελιδοδείκτης καρέ</translation>
    </message>
    <message>
        <source>Bookmark the current frame (and the selected track) (Ctrl+B)</source>
        <translation>Σελιδοδείκτης στο τρέχον καρέ (και στο επιλεγμένο ίχνος) (Ctrl+B)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Created %1, updated %2</source>
        <translation>Δημιουργήθηκε %1, ενημερώθηκε %2</translation>
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
        <translation> %1%</translation>
    </message>
    <message>
        <source> · frame P(fake) %1</source>
        <translation> · P(fake) καρέ %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::PlayerWidget</name>
    <message>
        <source>Open a case and select an analysis or an evidence file to view it.</source>
        <translation>Ανοίξτε μια υπόθεση και επιλέξτε μια ανάλυση ή ένα αρχείο τεκμηρίου για να το προβάλετε.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Αναπαραγωγή</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Παύση</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Grad-CAM: error</source>
        <translation>Grad-CAM: σφάλμα</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous suspicious segment</source>
        <translation>Προηγούμενο ύποπτο τμήμα</translation>
    </message>
    <message>
        <source>Jump to the previous segment where P(fake) reaches the threshold</source>
        <translation>Μετάβαση στο προηγούμενο τμήμα όπου το P(fake) φτάνει το κατώφλι</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Προηγούμενο καρέ</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>Ένα καρέ πίσω</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Αναπαραγωγή ή παύση</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Επόμενο καρέ</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>Ένα καρέ μπροστά</translation>
    </message>
    <message>
        <source>Next suspicious segment</source>
        <translation>Επόμενο ύποπτο τμήμα</translation>
    </message>
    <message>
        <source>Jump to the next segment where P(fake) reaches the threshold</source>
        <translation>Μετάβαση στο επόμενο τμήμα όπου το P(fake) φτάνει το κατώφλι</translation>
    </message>
    <message>
        <source>Shuttle backward</source>
        <translation>Γρήγορη κίνηση πίσω</translation>
    </message>
    <message>
        <source>Play backward, faster on repeat</source>
        <translation>Αναπαραγωγή προς τα πίσω, ταχύτερα με κάθε επανάληψη</translation>
    </message>
    <message>
        <source>Shuttle stop</source>
        <translation>Διακοπή γρήγορης κίνησης</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Shuttle forward</source>
        <translation>Γρήγορη κίνηση μπροστά</translation>
    </message>
    <message>
        <source>Play forward, faster on repeat</source>
        <translation>Αναπαραγωγή προς τα εμπρός, ταχύτερα με κάθε επανάληψη</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Μετάβαση σε:</translation>
    </message>
    <message>
        <source>frame or hh:mm:ss.mmm</source>
        <translation>καρέ ή hh:mm:ss.mmm</translation>
    </message>
    <message>
        <source>Face boxes</source>
        <translation>Πλαίσια προσώπων</translation>
    </message>
    <message>
        <source>Show face boxes and labels</source>
        <translation>Εμφάνιση πλαισίων προσώπων και ετικετών</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Χαρακτηριστικά σημεία</translation>
    </message>
    <message>
        <source>Show facial landmarks</source>
        <translation>Εμφάνιση χαρακτηριστικών σημείων προσώπου</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Show where the model looked (stored key-frame maps, other frames computed on demand while paused); not a map of manipulated pixels</source>
        <translation>Εμφάνιση του σημείου όπου κοίταξε το μοντέλο (αποθηκευμένοι χάρτες καρέ-κλειδιών, τα άλλα καρέ υπολογίζονται κατ&apos; απαίτηση σε παύση)· δεν είναι χάρτης παραποιημένων εικονοστοιχείων</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Προσαρμογή</translation>
    </message>
    <message>
        <source>Fit the frame to the view</source>
        <translation>Προσαρμογή του καρέ στην προβολή</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Native pixels, no interpolation</source>
        <translation>Εγγενή εικονοστοιχεία, χωρίς παρεμβολή</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Κλάση:</translation>
    </message>
    <message>
        <source>Attributed class</source>
        <translation>Αποδοθείσα κλάση</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Αδιαφάνεια:</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Άνοιγμα του %1 …</translation>
    </message>
    <message>
        <source>Grad-CAM: computing…</source>
        <translation>Grad-CAM: υπολογισμός…</translation>
    </message>
    <message>
        <source>Grad-CAM: paused frames only</source>
        <translation>Grad-CAM: μόνο καρέ σε παύση</translation>
    </message>
    <message>
        <source>Grad-CAM: stored only</source>
        <translation>Grad-CAM: μόνο αποθηκευμένοι</translation>
    </message>
    <message>
        <source>Grad-CAM: computed on demand</source>
        <translation>Grad-CAM: υπολογίστηκε κατ&apos; απαίτηση</translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame</source>
        <translation>Grad-CAM: αποθηκευμένο καρέ-κλειδί</translation>
    </message>
    <message>
        <source>Maps from model %1; they show where the model looked, not which pixels are manipulated.</source>
        <translation>Χάρτες από το μοντέλο %1· δείχνουν πού κοίταξε το μοντέλο, όχι ποια εικονοστοιχεία είναι παραποιημένα.</translation>
    </message>
    <message>
        <source>Frame –</source>
        <translation>Καρέ –</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Καρέ %1 / %2</translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame + computed on demand</source>
        <translation>Grad-CAM: αποθηκευμένο καρέ-κλειδί + υπολογισμός κατ&apos; απαίτηση</translation>
    </message>
</context>
<context>
    <name>fp::ui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Εξαγωγή αναφοράς</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Γλώσσα αναφοράς:</translation>
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
        <translation>Χαρτί:</translation>
    </message>
    <message>
        <source>The case&apos;s analyst</source>
        <translation>Ο αναλυτής της υπόθεσης</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Αναλυτής:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Αρχείο:</translation>
    </message>
    <message>
        <source>Dates and numbers in the report follow its language.</source>
        <translation>Οι ημερομηνίες και οι αριθμοί στην αναφορά ακολουθούν τη γλώσσα της.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Αποθήκευση της αναφοράς ως</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fp::ui::ScreenshotTask</name>
    <message>
        <source>Timed out waiting for frame %1 to be shown</source>
        <translation>Λήξη χρόνου αναμονής για την εμφάνιση του καρέ %1</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του στιγμιότυπου οθόνης %1: %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Γλώσσα:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Αυτόματα (GPU όταν είναι διαθέσιμη)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Inference device:</source>
        <translation>Συσκευή εξαγωγής συμπερασμάτων:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Όλοι οι πυρήνες</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Νήματα CPU:</translation>
    </message>
    <message>
        <source>Automatic (BlazeFace, else Haar cascade)</source>
        <translation>Αυτόματα (BlazeFace, αλλιώς Haar cascade)</translation>
    </message>
    <message>
        <source>BlazeFace</source>
        <translation>BlazeFace</translation>
    </message>
    <message>
        <source>Haar cascade</source>
        <translation>Haar cascade</translation>
    </message>
    <message>
        <source>LBP cascade</source>
        <translation>LBP cascade</translation>
    </message>
    <message>
        <source>Face detector:</source>
        <translation>Ανιχνευτής προσώπων:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Μια νέα γλώσσα εφαρμόζεται στην επόμενη εκκίνηση.</translation>
    </message>
</context>
<context>
    <name>fp::ui::TimelineWidget</name>
    <message>
        <source>Show:</source>
        <translation>Εμφάνιση:</translation>
    </message>
    <message>
        <source>P(fake) per track</source>
        <translation>P(fake) ανά ίχνος</translation>
    </message>
    <message>
        <source>Class probabilities of the selected track</source>
        <translation>Πιθανότητες κλάσεων του επιλεγμένου ίχνους</translation>
    </message>
    <message>
        <source>Whole video</source>
        <translation>Ολόκληρο το βίντεο</translation>
    </message>
    <message>
        <source>Show the whole frame range (wheel zooms, Shift-drag pans)</source>
        <translation>Εμφάνιση ολόκληρου του εύρους καρέ (ο τροχός κάνει μεγέθυνση, Shift-σύρσιμο μετακινεί)</translation>
    </message>
    <message>
        <source>Grey: no face seen · dashed: threshold</source>
        <translation>Γκρι: δεν εντοπίστηκε πρόσωπο · διακεκομμένη: κατώφλι</translation>
    </message>
</context>
<context>
    <name>fp::ui::TrackPanel</name>
    <message>
        <source>No analysis open.</source>
        <translation>Δεν είναι ανοιχτή καμία ανάλυση.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Frame %1: click to go there</source>
        <translation>Καρέ %1: κάντε κλικ για μετάβαση εκεί</translation>
    </message>
    <message>
        <source>Thumbnails: %1</source>
        <translation>Μικρογραφίες: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No face was found in the analysed frames.</source>
        <translation>Δεν βρέθηκε πρόσωπο στα αναλυμένα καρέ.</translation>
    </message>
    <message numerus="yes">
        <source>%n face track(s): %1</source>
        <translation>
            <numerusform>%n ίχνος προσώπου: %1</numerusform>
            <numerusform>%n ίχνη προσώπων: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3…), frame stride %4, detection every %5 frames.</source>
        <translation>Μοντέλο %1 %2 (sha256 %3…), βήμα καρέ %4, ανίχνευση ανά %5 καρέ.</translation>
    </message>
    <message>
        <source>Trained on synthetic manipulations only: a lead to check, not proof.</source>
        <translation>Εκπαιδεύτηκε μόνο σε συνθετικές παραποιήσεις: ένδειξη προς έλεγχο, όχι απόδειξη.</translation>
    </message>
    <message>
        <source>Unverified model (not bundled).</source>
        <translation>Μη επαληθευμένο μοντέλο (δεν συνοδεύει την εφαρμογή).</translation>
    </message>
    <message>
        <source> · confidence %1%</source>
        <translation> · βεβαιότητα %1%</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Ίχνος %1</translation>
    </message>
    <message>
        <source>Frames %1–%2 (%3 – %4) · face seen on %5 of %6 frames</source>
        <translation>Καρέ %1–%2 (%3 – %4) · πρόσωπο εντοπίστηκε σε %5 από %6 καρέ</translation>
    </message>
    <message numerus="yes">
        <source>Track P(fake) %1 · %n scored frame(s)</source>
        <translation>
            <numerusform>P(fake) ίχνους %1 · %n βαθμολογημένο καρέ</numerusform>
            <numerusform>P(fake) ίχνους %1 · %n βαθμολογημένα καρέ</numerusform>
        </translation>
    </message>
    <message>
        <source>Faces of track %1</source>
        <translation>Πρόσωπα του ίχνους %1</translation>
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
        <translation>Πιθανότητα κλάσης</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Καρέ</translation>
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
        <translation>κλάση %1</translation>
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
        <translation>Γνήσιο</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>Παραποιημένο</translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation>Παραποιημένο, άγνωστη μέθοδος</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Μη καταληκτικό</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Σε εκκρεμότητα</translation>
    </message>
    <message>
        <source>Manipulated (%1)</source>
        <translation>Παραποιημένο (%1)</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Fakeprint: offline deepfake detection and attribution for video.</source>
        <translation>Fakeprint: ανίχνευση και απόδοση deepfake σε βίντεο, χωρίς σύνδεση.</translation>
    </message>
    <message>
        <source>Render the main window to FILE and exit.</source>
        <translation>Απόδοση του κύριου παραθύρου στο FILE και έξοδος.</translation>
    </message>
    <message>
        <source>Open the case database.</source>
        <translation>Άνοιγμα της βάσης δεδομένων υποθέσεων.</translation>
    </message>
    <message>
        <source>Open the analysis with this id.</source>
        <translation>Άνοιγμα της ανάλυσης με αυτό το id.</translation>
    </message>
    <message>
        <source>Show this frame (0-based).</source>
        <translation>Εμφάνιση αυτού του καρέ (με αρχή το 0).</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Μέγεθος παραθύρου για το --screenshot.</translation>
    </message>
    <message>
        <source>Interface language for this run: %1 (default: the language chosen in the settings, else the system language).</source>
        <translation>Γλώσσα διεπαφής για αυτήν την εκτέλεση: %1 (προεπιλογή: η γλώσσα που επιλέχθηκε στις ρυθμίσεις, αλλιώς η γλώσσα του συστήματος).</translation>
    </message>
    <message>
        <source>--analysis needs a numeric id, not &apos;%1&apos;</source>
        <translation>Το --analysis απαιτεί αριθμητικό id, όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--frame needs a frame index &gt;= 0, not &apos;%1&apos;</source>
        <translation>Το --frame απαιτεί δείκτη καρέ &gt;= 0, όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT of at least 320x240, not &apos;%1&apos;</source>
        <translation>Το --size απαιτεί WIDTHxHEIGHT τουλάχιστον 320x240, όχι &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--analysis needs --db</source>
        <translation>Το --analysis απαιτεί --db</translation>
    </message>
    <message>
        <source>Video files to add as evidence to a new case (in the --db case database, else in the default one in your data folder).</source>
        <translation>Αρχεία βίντεο προς προσθήκη ως τεκμήρια σε νέα υπόθεση (στη βάση δεδομένων υποθέσεων του --db, αλλιώς στην προεπιλεγμένη στον φάκελο δεδομένων σας).</translation>
    </message>
    <message>
        <source>Files opened on %1</source>
        <translation>Αρχεία που άνοιξαν στις %1</translation>
    </message>
</context>
</TS>
