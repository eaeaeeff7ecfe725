<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>FrameScoreCsv</name>
    <message>
        <source>Cannot write the CSV export %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;export CSV %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed</source>
        <translation>%1&#xa0;: un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>%1 is empty (no header line)</source>
        <translation>%1 est vide (aucune ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>%1: column %2 of the header must be &quot;%3&quot;, found &quot;%4&quot;</source>
        <translation>%1&#xa0;: la colonne %2 de l&apos;en-tête doit être &quot;%3&quot;, trouvé &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: column %2 of the header (&quot;%3&quot;) does not start with p_</source>
        <translation>%1&#xa0;: la colonne %2 de l&apos;en-tête (&quot;%3&quot;) ne commence pas par p_</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2</translation>
    </message>
    <message>
        <source>analysis_id, track, frame_index and p_fake must be numbers</source>
        <translation>analysis_id, track, frame_index et p_fake doivent être des nombres</translation>
    </message>
    <message>
        <source>analysis_id %1 differs from %2 on the first row</source>
        <translation>analysis_id %1 diffère de %2 de la première ligne</translation>
    </message>
    <message>
        <source>energy &quot;%1&quot; is not a number</source>
        <translation>l&apos;énergie &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) is not a number</source>
        <translation>la colonne %1 (&quot;%2&quot;) n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Cannot open the CSV export %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;export CSV %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot write the JSON export %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;export JSON %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>%1 is not a Fakeprint analysis export (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1 n&apos;est pas un export d&apos;analyse Fakeprint (&quot;format&quot; n&apos;est pas &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 has schema_version %2; this Fakeprint reads version %3</source>
        <translation>%1 a la schema_version %2&#xa0;; cette version de Fakeprint lit la version %3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or has the wrong type</source>
        <translation>%1&#xa0;: le champ &quot;%2&quot; est absent ou n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>Cannot open the JSON export %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;export JSON %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (offset %2: %3)</source>
        <translation>%1 n&apos;est pas un JSON valide (position %2&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Face images are not shown: the evidence file at %1 does not match its recorded SHA-256 (see the integrity check).</source>
        <translation>Les images des visages ne sont pas affichées&#xa0;: le fichier de la pièce situé à %1 ne correspond pas à son SHA-256 enregistré (voir le contrôle d&apos;intégrité).</translation>
    </message>
    <message>
        <source>Face images are not shown: %1</source>
        <translation>Les images des visages ne sont pas affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded: %2</source>
        <translation>L&apos;image %1 n&apos;a pas pu être décodée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Decoder, frame %1: %2</source>
        <translation>Décodeur, image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Font %1 was not found (install fonts-dejavu-core); the report uses the default font.</source>
        <translation>La police %1 est introuvable (installez fonts-dejavu-core)&#xa0;; le rapport utilise la police par défaut.</translation>
    </message>
    <message>
        <source>The PDF report needs a QApplication (QCustomPlot draws the plots)</source>
        <translation>Le rapport PDF nécessite une QApplication (QCustomPlot dessine les graphiques)</translation>
    </message>
    <message>
        <source>Paper size must be A4 or Letter</source>
        <translation>Le format de papier doit être A4 ou Letter</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fakeprint case report: %1, analysis %2</source>
        <translation>Rapport de dossier Fakeprint&#xa0;: %1, analyse %2</translation>
    </message>
    <message>
        <source>Case %1 (id %2) · analysis %3 · report %4</source>
        <translation>Dossier %1 (id %2) · analyse %3 · rapport %4</translation>
    </message>
    <message>
        <source>Evidence SHA-256: %1</source>
        <translation>SHA-256 de la pièce&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot start painting the PDF %1</source>
        <translation>Impossible de commencer le dessin du PDF %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l&apos;aide, y compris les options spécifiques à Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valeur inattendue après &apos;%1&apos;.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>real</source>
        <translation>authentique</translation>
    </message>
    <message>
        <source>manipulated</source>
        <translation>manipulé</translation>
    </message>
    <message>
        <source>manipulated, method unknown</source>
        <translation>manipulé, méthode inconnue</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>non concluant</translation>
    </message>
    <message>
        <source>pending (analysis not finished)</source>
        <translation>en attente (analyse non terminée)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>%1 (no interval stored)</source>
        <translation>%1 (aucun intervalle enregistré)</translation>
    </message>
    <message>
        <source>%1 (95% interval %2 to %3)</source>
        <translation>%1 (intervalle à 95 %&#xa0;: %2 à %3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Caution: the model %1 was trained on synthetic manipulations generated by Fakeprint, not on real-world deepfakes. Its scores are indications with the uncertainty shown, not proof.</source>
        <translation>Mise en garde&#xa0;: le modèle %1 a été entraîné sur des manipulations synthétiques générées par Fakeprint, et non sur des deepfakes réels. Ses scores sont des indications assorties de l&apos;incertitude indiquée, et non des preuves.</translation>
    </message>
    <message>
        <source>Model-derived values on this page come from model %1 %2 (SHA-256 %3) with frame stride %4 and face detection every %5 frames. Intervals are 95% intervals over the frames of a track.</source>
        <translation>Les valeurs issues du modèle figurant sur cette page proviennent du modèle %1 %2 (SHA-256 %3), avec un pas d&apos;images de %4 et une détection des visages toutes les %5 images. Les intervalles sont des intervalles à 95 % calculés sur les images d&apos;une piste.</translation>
    </message>
    <message>
        <source>Fakeprint case report</source>
        <translation>Rapport de dossier Fakeprint</translation>
    </message>
    <message>
        <source>Deepfake detection and attribution for one video analysis</source>
        <translation>Détection et attribution de deepfakes pour une analyse vidéo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Identifiant du dossier</translation>
    </message>
    <message>
        <source>%1 (UUID %2)</source>
        <translation>%1 (UUID %2)</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Identifiant du rapport</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 du contenu</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1, %2, commencée le %3</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>SHA-256 de la pièce</translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation>Pistes de visages</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>Audit head hash</source>
        <translation>Hachage de tête de l&apos;audit</translation>
    </message>
    <message>
        <source>The content SHA-256 is the hash of this analysis&apos;s machine-readable export (fakeprint-cli export-data --json, without its exported_at field) at the time of the report; the same data gives the same hash. The audit head hash anchors the case database&apos;s hash-chained audit log.</source>
        <translation>Le SHA-256 du contenu est le hachage de l&apos;export lisible par machine de cette analyse (fakeprint-cli export-data --json, sans son champ exported_at) au moment du rapport&#xa0;; les mêmes données donnent le même hachage. Le hachage de tête de l&apos;audit ancre le journal d&apos;audit chaîné par hachage de la base de dossiers.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Comment lire ce rapport</translation>
    </message>
    <message>
        <source>Fakeprint finds faces in the video, follows each face over time as a track, and scores every face crop with a neural network: the probability that the face was manipulated (P(fake)) and, when the model has an attribution head, which manipulation method it resembles. The scores of a track are aggregated into a verdict: real, manipulated (with the method), manipulated by an unknown method, or inconclusive when the evidence is too weak or too short. Every score is an estimate with uncertainty; a verdict is an indication for an expert, not proof.</source>
        <translation>Fakeprint détecte les visages dans la vidéo, suit chaque visage au fil du temps sous forme de piste et évalue chaque recadrage de visage à l&apos;aide d&apos;un réseau de neurones&#xa0;: la probabilité que le visage ait été manipulé (P(fake)) et, lorsque le modèle dispose d&apos;une tête d&apos;attribution, la méthode de manipulation à laquelle il ressemble. Les scores d&apos;une piste sont agrégés en un verdict&#xa0;: authentique, manipulé (avec la méthode), manipulé par une méthode inconnue, ou non concluant lorsque les éléments sont trop faibles ou trop brefs. Chaque score est une estimation entachée d&apos;incertitude&#xa0;; un verdict est une indication destinée à un expert, et non une preuve.</translation>
    </message>
    <message>
        <source>1. Evidence</source>
        <translation>1. Pièce</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Registered path</source>
        <translation>Chemin enregistré</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
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
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Integrity check at report time</source>
        <translation>Contrôle d&apos;intégrité au moment du rapport</translation>
    </message>
    <message>
        <source>Not performed for this report.</source>
        <translation>Non effectué pour ce rapport.</translation>
    </message>
    <message>
        <source>MATCH: the file still has the recorded size and SHA-256.</source>
        <translation>CONFORME&#xa0;: le fichier a toujours la taille et le SHA-256 enregistrés.</translation>
    </message>
    <message>
        <source>MISMATCH: the file at the registered path differs from the registered evidence.</source>
        <translation>NON CONFORME&#xa0;: le fichier situé au chemin enregistré diffère de la pièce enregistrée.</translation>
    </message>
    <message>
        <source>MISSING: the file could not be read at the registered path.</source>
        <translation>ABSENT&#xa0;: le fichier n&apos;a pas pu être lu au chemin enregistré.</translation>
    </message>
    <message>
        <source>Checked file</source>
        <translation>Fichier contrôlé</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>SHA-256 actuel</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>Taille actuelle</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Media information</source>
        <translation>Informations sur le média</translation>
    </message>
    <message>
        <source>No media information was recorded.</source>
        <translation>Aucune information sur le média n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Codec vidéo</translation>
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
        <translation>Format de pixel</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>Largeur (pixels)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>Hauteur (pixels)</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>Rotation (degrés)</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <source>Variable frame rate</source>
        <translation>Fréquence d&apos;images variable</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>Frame count</source>
        <translation>Nombre d&apos;images</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>Images clés</translation>
    </message>
    <message>
        <source>Time base</source>
        <translation>Base de temps</translation>
    </message>
    <message>
        <source>Bit rate (bit/s)</source>
        <translation>Débit (bit/s)</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. Méthode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>SHA-256 du modèle</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>bundled with Fakeprint (name and SHA-256 match the shipped model)</source>
        <translation>fourni avec Fakeprint (le nom et le SHA-256 correspondent au modèle livré)</translation>
    </message>
    <message>
        <source>unverified: not a model shipped with Fakeprint; its card and metrics are the claims of whoever made it</source>
        <translation>non vérifié&#xa0;: il ne s&apos;agit pas d&apos;un modèle livré avec Fakeprint&#xa0;; sa fiche et ses métriques sont les affirmations de son auteur</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Détecteur de visages</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Données d&apos;entraînement</translation>
    </message>
    <message>
        <source>This model learned synthetic manipulations: its training faces were altered by Fakeprint&apos;s own generator (face swaps, blends, re-enactment-like warps and similar), not by the tools that make real deepfakes. Results on real-world fakes can differ from the metrics below.</source>
        <translation>Ce modèle a appris des manipulations synthétiques&#xa0;: ses visages d&apos;entraînement ont été altérés par le générateur propre à Fakeprint (échanges de visages, fusions, déformations de type réanimation faciale et procédés similaires), et non par les outils qui produisent de véritables deepfakes. Les résultats sur des falsifications réelles peuvent différer des métriques ci-dessous.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>(not described by the card)</source>
        <translation>(non décrit par la fiche)</translation>
    </message>
    <message>
        <source>Measured metrics (from the model card)</source>
        <translation>Métriques mesurées (d&apos;après la fiche du modèle)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(aucune indiquée)</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>The card states none; that does not mean there are none.</source>
        <translation>La fiche n&apos;en indique aucune&#xa0;; cela ne signifie pas qu&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>Règles de décision</translation>
    </message>
    <message>
        <source>Analysis settings</source>
        <translation>Paramètres de l&apos;analyse</translation>
    </message>
    <message>
        <source>3. Summary of face tracks</source>
        <translation>3. Synthèse des pistes de visages</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>P(fake) with 95% interval</source>
        <translation>P(fake) avec intervalle à 95 %</translation>
    </message>
    <message>
        <source>No face was tracked in this video. Fakeprint makes no statement about videos or frames without faces: no face does not mean real.</source>
        <translation>Aucun visage n&apos;a été suivi dans cette vidéo. Fakeprint ne se prononce pas sur les vidéos ou les images sans visage&#xa0;: l&apos;absence de visage ne signifie pas que la vidéo est authentique.</translation>
    </message>
    <message>
        <source>4. Notes and bookmarks</source>
        <translation>4. Notes et signets</translation>
    </message>
    <message>
        <source>No notes or bookmarks concern this analysis.</source>
        <translation>Aucune note ni aucun signet ne concerne cette analyse.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>piste %1</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>signet</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>5. Processing log</source>
        <translation>5. Journal de traitement</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Version de l&apos;application</translation>
    </message>
    <message>
        <source>Frames in the video</source>
        <translation>Images de la vidéo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Last frame committed</source>
        <translation>Dernière image validée</translation>
    </message>
    <message>
        <source>Frames with a scored face</source>
        <translation>Images avec un visage évalué</translation>
    </message>
    <message>
        <source>Frames without a scored face</source>
        <translation>Images sans visage évalué</translation>
    </message>
    <message>
        <source>%1 (%2 of the video; no statement is made about them)</source>
        <translation>%1 (%2 de la vidéo&#xa0;; aucune conclusion n&apos;est tirée à leur sujet)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>The analysis is not completed (status %1): its results may be partial.</source>
        <translation>L&apos;analyse n&apos;est pas terminée (statut %1)&#xa0;: ses résultats peuvent être partiels.</translation>
    </message>
    <message>
        <source>The model is not a bundled Fakeprint model; its identity is its SHA-256 above.</source>
        <translation>Le modèle n&apos;est pas un modèle fourni avec Fakeprint&#xa0;; son identité est son SHA-256 indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>6. Audit trail</source>
        <translation>6. Piste d&apos;audit</translation>
    </message>
    <message>
        <source>VERIFIED: the hash chain of all %1 audit entries of the case database holds.</source>
        <translation>VÉRIFIÉE&#xa0;: la chaîne de hachage des %1 entrées d&apos;audit de la base de dossiers est intacte.</translation>
    </message>
    <message>
        <source>BROKEN: the audit chain fails at entry %1: %2</source>
        <translation>ROMPUE&#xa0;: la chaîne d&apos;audit est rompue à l&apos;entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Hachage de tête</translation>
    </message>
    <message>
        <source>(empty log)</source>
        <translation>(journal vide)</translation>
    </message>
    <message>
        <source>Entries of this case</source>
        <translation>Entrées de ce dossier</translation>
    </message>
    <message>
        <source>Each entry&apos;s hash covers its fields and the previous entry&apos;s hash; check the chain at any time with &quot;fakeprint-cli audit verify --db %1&quot;. Hashes are shortened to 16 hex digits below.</source>
        <translation>Le hachage de chaque entrée couvre ses champs et le hachage de l&apos;entrée précédente&#xa0;; vérifiez la chaîne à tout moment avec &quot;fakeprint-cli audit verify --db %1&quot;. Les hachages sont abrégés à 16 chiffres hexadécimaux ci-dessous.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hachage</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Piste %1</translation>
    </message>
    <message>
        <source>Method label</source>
        <translation>Libellé de la méthode</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 scored)</source>
        <translation>%1 à %2 (%3 évaluées)</translation>
    </message>
    <message>
        <source>Median face box</source>
        <translation>Cadre médian du visage</translation>
    </message>
    <message>
        <source>x %1, y %2, %3 x %4 pixels</source>
        <translation>x %1, y %2, %3 x %4 pixels</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <source>Frames that drove the verdict</source>
        <translation>Images déterminantes pour le verdict</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>Identifiant en base</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Scores au fil du temps</translation>
    </message>
    <message>
        <source>No frame of this track was scored.</source>
        <translation>Aucune image de cette piste n&apos;a été évaluée.</translation>
    </message>
    <message>
        <source>Black: P(fake) per scored frame. Coloured: probability of each manipulation class. Dashed line: the decision threshold of the model card; shaded band: the inconclusive range. Single frames vary; the verdict rests on the whole track.</source>
        <translation>Noir&#xa0;: P(fake) par image évaluée. En couleur&#xa0;: probabilité de chaque classe de manipulation. Ligne pointillée&#xa0;: le seuil de décision de la fiche du modèle&#xa0;; bande ombrée&#xa0;: la zone non concluante. Les images isolées varient&#xa0;; le verdict repose sur l&apos;ensemble de la piste.</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>Probabilités des classes</translation>
    </message>
    <message>
        <source>Mean probability of each class over the track&apos;s frames; whiskers show 95% intervals where they were stored.</source>
        <translation>Probabilité moyenne de chaque classe sur les images de la piste&#xa0;; les moustaches indiquent les intervalles à 95 % lorsqu&apos;ils ont été enregistrés.</translation>
    </message>
    <message>
        <source>Faces at the frames that drove the verdict</source>
        <translation>Visages aux images déterminantes pour le verdict</translation>
    </message>
    <message>
        <source>frame %1, P(fake) %2</source>
        <translation>image %1, P(fake) %2</translation>
    </message>
    <message>
        <source>frame %1 could not be decoded</source>
        <translation>l&apos;image %1 n&apos;a pas pu être décodée</translation>
    </message>
    <message>
        <source>Key frames with Grad-CAM heatmaps</source>
        <translation>Images clés avec cartes de chaleur Grad-CAM</translation>
    </message>
    <message>
        <source>A Grad-CAM heatmap shows where in the face crop the model found the evidence for one class: warm colours mark the regions that raised the model&apos;s score most. It shows where the model looked. It is NOT a map of fake or manipulated pixels, it does not localise a manipulation, and a strong heatmap on a real face is possible.</source>
        <translation>Une carte de chaleur Grad-CAM montre à quel endroit du recadrage du visage le modèle a trouvé les indices en faveur d&apos;une classe&#xa0;: les couleurs chaudes signalent les régions qui ont le plus augmenté le score du modèle. Elle montre où le modèle a regardé. Ce n&apos;est PAS une carte des pixels falsifiés ou manipulés&#xa0;: elle ne localise pas une manipulation, et une carte de chaleur marquée sur un visage authentique est possible.</translation>
    </message>
    <message>
        <source>Frame %1. Left: the face crop as decoded. Right: %2 heatmap for &quot;%3&quot; over the same crop (where the model looked for this class, not where the image is fake).</source>
        <translation>Image %1. À gauche&#xa0;: le recadrage du visage tel que décodé. À droite&#xa0;: carte de chaleur %2 pour &quot;%3&quot; sur le même recadrage (là où le modèle a cherché cette classe, et non là où l&apos;image est falsifiée).</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded.</source>
        <translation>L&apos;image %1 n&apos;a pas pu être décodée.</translation>
    </message>
    <message>
        <source>The stored heatmap could not be decoded.</source>
        <translation>La carte de chaleur enregistrée n&apos;a pas pu être décodée.</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Jeu d&apos;évaluation</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Exactitude équilibrée</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>AUC (real/fake)</source>
        <translation>AUC binaire</translation>
    </message>
    <message>
        <source>EER (real/fake)</source>
        <translation>EER binaire</translation>
    </message>
    <message>
        <source>Recall per class, %1</source>
        <translation>Rappel par classe, %1</translation>
    </message>
    <message>
        <source>Confusion matrices are in the model card.</source>
        <translation>Les matrices de confusion figurent dans la fiche du modèle.</translation>
    </message>
    <message>
        <source>Validation macro-F1 by epoch</source>
        <translation>F1 macro de validation par époque</translation>
    </message>
</context>
<context>
    <name>ReportDataLoader</name>
    <message>
        <source>Reading analysis %1 of %2</source>
        <translation>Lecture de l&apos;analyse %1 de %2</translation>
    </message>
    <message>
        <source>Reading the case of analysis %1</source>
        <translation>Lecture du dossier de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>Reading the evidence of analysis %1</source>
        <translation>Lecture de la pièce de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>Re-checking evidence %1 (%2)</source>
        <translation>Nouveau contrôle de la pièce %1 (%2)</translation>
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
        <translation>Indice de l&apos;image</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Mean probability</source>
        <translation>Probabilité moyenne</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation %1 is missing from this build of Fakeprint.</source>
        <translation>La traduction %1 est absente de cette version de Fakeprint.</translation>
    </message>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; available languages: %2.</source>
        <translation>Il n&apos;existe pas de traduction pour la langue &quot;%1&quot;&#xa0;; langues disponibles&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 [%2] %3/%4 frames  %5 fps  ETA %6  %7 tracks</source>
        <translation>%1 [%2] %3/%4 images  %5 im/s  reste %6  %7 pistes</translation>
    </message>
    <message>
        <source>Analyse every face track of a video with a model and store the results in a case database.
The verdicts come from a model; the bundled model learned synthetic manipulations only.</source>
        <translation>Analyse chaque piste de visage d&apos;une vidéo avec un modèle et enregistre les résultats dans une base de dossiers.
Les verdicts proviennent d&apos;un modèle&#xa0;; le modèle fourni n&apos;a appris que des manipulations synthétiques.</translation>
    </message>
    <message>
        <source>The evidence file (opened read-only).</source>
        <translation>Le fichier de la pièce (ouvert en lecture seule).</translation>
    </message>
    <message>
        <source>Case database (default: %1).</source>
        <translation>Base de dossiers (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Case name; created when missing.</source>
        <translation>Nom du dossier&#xa0;; créé s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Model name or card path (default: the bundled model).</source>
        <translation>Nom du modèle ou chemin de sa fiche (par défaut&#xa0;: le modèle fourni).</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto).</source>
        <translation>auto, cpu ou cuda (auto par défaut).</translation>
    </message>
    <message>
        <source>CPU threads for inference, 0 = all cores.</source>
        <translation>Threads CPU pour l&apos;inférence, 0 = tous les cœurs.</translation>
    </message>
    <message>
        <source>Analyse every N-th frame (default 1).</source>
        <translation>Analyser une image sur N (1 par défaut).</translation>
    </message>
    <message>
        <source>Run the face detector every K analysed frames, track in between (default 3).</source>
        <translation>Exécuter le détecteur de visages toutes les K images analysées et suivre entre-temps (3 par défaut).</translation>
    </message>
    <message>
        <source>Faces smaller than this many pixels are counted, not scored (default 40).</source>
        <translation>Les visages plus petits que ce nombre de pixels sont comptés, pas évalués (40 par défaut).</translation>
    </message>
    <message>
        <source>auto, blazeface, haar or lbp (default auto).</source>
        <translation>auto, blazeface, haar ou lbp (auto par défaut).</translation>
    </message>
    <message>
        <source>Continue the interrupted analysis ID.</source>
        <translation>Reprendre l&apos;analyse interrompue ID.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Afficher le résultat en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation>Aucun affichage de progression.</translation>
    </message>
    <message>
        <source>analyze needs exactly one VIDEO; see &apos;fakeprint-cli analyze --help&apos;</source>
        <translation>analyze nécessite exactement une VIDEO&#xa0;; voir &apos;fakeprint-cli analyze --help&apos;</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda, not &apos;%1&apos;</source>
        <translation>--device doit valoir auto, cpu ou cuda, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 doit être un entier &gt;= %2</translation>
    </message>
    <message>
        <source>--resume needs an analysis id</source>
        <translation>--resume nécessite un identifiant d&apos;analyse</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Analysis %1 of %2 (sha256 %3) in case database %4</source>
        <translation>Analyse %1 de %2 (sha256 %3) dans la base de dossiers %4</translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3)%4; trained on synthetic manipulations only, see its card.</source>
        <translation>Modèle %1 %2 (sha256 %3)%4&#xa0;; entraîné uniquement sur des manipulations synthétiques, voir sa fiche.</translation>
    </message>
    <message>
        <source> [UNVERIFIED]</source>
        <translation> [NON VÉRIFIÉ]</translation>
    </message>
    <message>
        <source>  track %1  frames %2-%3  %4%5  confidence %6  P(fake) %7</source>
        <translation>  piste %1  images %2-%3  %4%5  confiance %6  P(fake) %7</translation>
    </message>
    <message>
        <source>Video: %1 — %2</source>
        <translation>Vidéo&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>audit verify: check the hash chain of a case database&apos;s audit log (read-only).
Exit 0 when the chain holds, 6 naming the first bad entry when an entry was edited, removed or reordered.</source>
        <translation>audit verify&#xa0;: vérifie la chaîne de hachage du journal d&apos;audit d&apos;une base de dossiers (lecture seule).
Code de sortie 0 si la chaîne est intacte, 6 avec la première entrée fautive si une entrée a été modifiée, supprimée ou réordonnée.</translation>
    </message>
    <message>
        <source>The action (verify).</source>
        <translation>L&apos;action (verify).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli audit verify [--db CASE.db] [--json]</source>
        <translation>usage&#xa0;: fakeprint-cli audit verify [--db CASE.db] [--json]</translation>
    </message>
    <message>
        <source>audit chain of %1 broken at entry %2: %3</source>
        <translation>chaîne d&apos;audit de %1 rompue à l&apos;entrée %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Audit chain of %1 holds: %2 entries, head %3</source>
        <translation>La chaîne d&apos;audit de %1 est intacte&#xa0;: %2 entrées, tête %3</translation>
    </message>
    <message>
        <source>Export one case (its evidence records, analyses, heatmaps, notes and audit entries) as a single bundle file. The evidence videos themselves are not included.</source>
        <translation>Exporte un dossier (ses enregistrements de pièces, analyses, cartes de chaleur, notes et entrées d&apos;audit) dans un unique fichier d&apos;archive. Les vidéos des pièces elles-mêmes ne sont pas incluses.</translation>
    </message>
    <message>
        <source>Case name or id.</source>
        <translation>Nom ou identifiant du dossier.</translation>
    </message>
    <message>
        <source>Bundle file to write (must not exist).</source>
        <translation>Fichier d&apos;archive à écrire (ne doit pas exister).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</source>
        <translation>usage&#xa0;: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</translation>
    </message>
    <message>
        <source>Exported case &apos;%1&apos; to %2 (%3 bytes, SHA-256 %4)</source>
        <translation>Dossier &apos;%1&apos; exporté vers %2 (%3 octets, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Import a case bundle into a case database. Every digest is checked; a case that already exists is never replaced (use --as NAME to import a copy under another name).</source>
        <translation>Importe une archive de dossier dans une base de dossiers. Chaque empreinte est vérifiée&#xa0;; un dossier déjà existant n&apos;est jamais remplacé (utilisez --as NOM pour en importer une copie sous un autre nom).</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>Le fichier d&apos;archive.</translation>
    </message>
    <message>
        <source>Import under this case name.</source>
        <translation>Importer sous ce nom de dossier.</translation>
    </message>
    <message>
        <source>Refuse bundles larger than this (default 8192 MiB).</source>
        <translation>Refuser les archives plus grandes que cette taille (8192 Mio par défaut).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</source>
        <translation>usage&#xa0;: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</translation>
    </message>
    <message>
        <source>--max-size-mb needs a positive number</source>
        <translation>--max-size-mb nécessite un nombre positif</translation>
    </message>
    <message>
        <source>Imported case &apos;%1&apos; as id %2 into %3 (%4 videos, %5 analyses)</source>
        <translation>Dossier &apos;%1&apos; importé sous l&apos;id %2 dans %3 (%4 vidéos, %5 analyses)</translation>
    </message>
    <message>
        <source>Manage cases in a case database.
  case new NAME [--analyst A] [--description D]   create a case
  case list                                       list the cases
  case show NAME_OR_ID [--verify]                 evidence, analyses and notes of a case;
                                                  --verify re-hashes every evidence file</source>
        <translation>Gère les dossiers d&apos;une base de dossiers.
  case new NAME [--analyst A] [--description D]   crée un dossier
  case list                                       liste les dossiers
  case show NAME_OR_ID [--verify]                 pièces, analyses et notes d&apos;un dossier&#xa0;;
                                                  --verify recalcule le hachage de chaque pièce</translation>
    </message>
    <message>
        <source>Analyst name (case new).</source>
        <translation>Nom de l&apos;analyste (case new).</translation>
    </message>
    <message>
        <source>Case description (case new).</source>
        <translation>Description du dossier (case new).</translation>
    </message>
    <message>
        <source>Re-hash the evidence files and compare (case show); exit 6 on a mismatch.</source>
        <translation>Recalculer le hachage des pièces et comparer (case show)&#xa0;; code de sortie 6 en cas de non-concordance.</translation>
    </message>
    <message>
        <source>new, list or show</source>
        <translation>new, list ou show</translation>
    </message>
    <message>
        <source>case needs an action: new, list or show; see &apos;fakeprint-cli case --help&apos;</source>
        <translation>case nécessite une action&#xa0;: new, list ou show&#xa0;; voir &apos;fakeprint-cli case --help&apos;</translation>
    </message>
    <message>
        <source>case new needs exactly one NAME</source>
        <translation>case new nécessite exactement un NAME</translation>
    </message>
    <message>
        <source>case show needs exactly one NAME_OR_ID</source>
        <translation>case show nécessite exactement un NAME_OR_ID</translation>
    </message>
    <message>
        <source>case list takes no arguments</source>
        <translation>case list n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>warning: analysis %1 was left running by a program that stopped; marked interrupted</source>
        <translation>avertissement&#xa0;: l&apos;analyse %1 a été laissée en cours par un programme qui s&apos;est arrêté&#xa0;; marquée comme interrompue</translation>
    </message>
    <message>
        <source>Created case %1 &apos;%2&apos; in %3</source>
        <translation>Dossier %1 &apos;%2&apos; créé dans %3</translation>
    </message>
    <message>
        <source>No case in %1</source>
        <translation>Aucun dossier dans %1</translation>
    </message>
    <message>
        <source>%1 videos, %2 analyses</source>
        <translation>%1 vidéos, %2 analyses</translation>
    </message>
    <message>
        <source>Case %1 &apos;%2&apos;  uuid %3</source>
        <translation>Dossier %1 &apos;%2&apos;  uuid %3</translation>
    </message>
    <message>
        <source>Analyst: %1  created %2</source>
        <translation>Analyste&#xa0;: %1  créé le %2</translation>
    </message>
    <message>
        <source>Evidence (%1):</source>
        <translation>Pièces (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Analyses (%1):</source>
        <translation>Analyses (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Notes and bookmarks (%1):</source>
        <translation>Notes et signets (%1)&#xa0;:</translation>
    </message>
    <message>
        <source> (frame %1)</source>
        <translation> (image %1)</translation>
    </message>
    <message>
        <source>Print the version and the library versions</source>
        <translation>Affiche la version et les versions des bibliothèques</translation>
    </message>
    <message>
        <source>List, show or add models (list [--json], show NAME, add CARD.json)</source>
        <translation>Liste, affiche ou ajoute des modèles (list [--json], show NAME, add CARD.json)</translation>
    </message>
    <message>
        <source>Media info and SHA-256 of a video (--json, --md5, --frame-hashes)</source>
        <translation>Informations média et SHA-256 d&apos;une vidéo (--json, --md5, --frame-hashes)</translation>
    </message>
    <message>
        <source>Write decoded frame INDEX of a video as PNG (-o OUT.png)</source>
        <translation>Écrit l&apos;image décodée INDEX d&apos;une vidéo en PNG (-o OUT.png)</translation>
    </message>
    <message>
        <source>Detect (and track) faces in an image or a video (--json, --every K, --detector)</source>
        <translation>Détecte (et suit) les visages dans une image ou une vidéo (--json, --every K, --detector)</translation>
    </message>
    <message>
        <source>Create, list and show cases (new NAME, list, show NAME_OR_ID [--verify])</source>
        <translation>Crée, liste et affiche des dossiers (new NAME, list, show NAME_OR_ID [--verify])</translation>
    </message>
    <message>
        <source>Verify the hash chain of a case database&apos;s audit log (verify --db F)</source>
        <translation>Vérifie la chaîne de hachage du journal d&apos;audit d&apos;une base de dossiers (verify --db F)</translation>
    </message>
    <message>
        <source>Export a case as a bundle file (--db F --case C -o BUNDLE)</source>
        <translation>Exporte un dossier dans un fichier d&apos;archive (--db F --case C -o BUNDLE)</translation>
    </message>
    <message>
        <source>Import a case bundle into a case database (BUNDLE --db F [--as NAME])</source>
        <translation>Importe une archive de dossier dans une base de dossiers (BUNDLE --db F [--as NAME])</translation>
    </message>
    <message>
        <source>Analyse the face tracks of a video into a case database</source>
        <translation>Analyse les pistes de visages d&apos;une vidéo dans une base de dossiers</translation>
    </message>
    <message>
        <source>Write the PDF case report of an analysis</source>
        <translation>Écrit le rapport PDF de dossier d&apos;une analyse</translation>
    </message>
    <message>
        <source>Export an analysis as JSON and per-frame scores as CSV</source>
        <translation>Exporte une analyse en JSON et les scores par image en CSV</translation>
    </message>
    <message>
        <source>Export one analysis as JSON (docs/export-schema.md) and/or its per-frame scores as CSV.</source>
        <translation>Exporte une analyse en JSON (docs/export-schema.md) et/ou ses scores par image en CSV.</translation>
    </message>
    <message>
        <source>Case database.</source>
        <translation>Base de dossiers.</translation>
    </message>
    <message>
        <source>Analysis id.</source>
        <translation>Identifiant de l&apos;analyse.</translation>
    </message>
    <message>
        <source>JSON file to write.</source>
        <translation>Fichier JSON à écrire.</translation>
    </message>
    <message>
        <source>CSV file of per-frame scores to write.</source>
        <translation>Fichier CSV des scores par image à écrire.</translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (integrity_check is then &quot;not_checked&quot;).</source>
        <translation>Ne pas recalculer le hachage du fichier de la pièce (integrity_check vaut alors &quot;not_checked&quot;).</translation>
    </message>
    <message>
        <source>export-data needs --db CASE.db, --analysis ID and --json OUT.json and/or --csv OUT.csv</source>
        <translation>export-data nécessite --db CASE.db, --analysis ID et --json OUT.json et/ou --csv OUT.csv</translation>
    </message>
    <message>
        <source>--analysis expects a number, got &apos;%1&apos;</source>
        <translation>--analysis attend un nombre, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Detect faces in an image or in the frames of a video.</source>
        <translation>Détecte les visages dans une image ou dans les images d&apos;une vidéo.</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Afficher un seul document JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>Detect on every K-th frame (default 1).</source>
        <translation>Détecter sur une image sur K (1 par défaut).</translation>
    </message>
    <message>
        <source>auto (default), blazeface, haar or lbp.</source>
        <translation>auto (par défaut), blazeface, haar ou lbp.</translation>
    </message>
    <message>
        <source>Minimum detection score (default 0.6).</source>
        <translation>Score de détection minimal (0,6 par défaut).</translation>
    </message>
    <message>
        <source>Stop after N frames (0: all).</source>
        <translation>S&apos;arrêter après N images (0&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Also track the faces and list the tracks on every frame.</source>
        <translation>Suivre également les visages et lister les pistes sur chaque image.</translation>
    </message>
    <message>
        <source>The file (opened read-only).</source>
        <translation>Le fichier (ouvert en lecture seule).</translation>
    </message>
    <message>
        <source>faces needs exactly one VIDEO_OR_IMAGE argument; see &apos;fakeprint-cli faces --help&apos;</source>
        <translation>faces nécessite exactement un argument VIDEO_OR_IMAGE&#xa0;; voir &apos;fakeprint-cli faces --help&apos;</translation>
    </message>
    <message>
        <source>--every needs a whole number &gt;= 1, not &apos;%1&apos;</source>
        <translation>--every nécessite un nombre entier &gt;= 1, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--threshold needs a number between 0 and 1, not &apos;%1&apos;</source>
        <translation>--threshold nécessite un nombre compris entre 0 et 1, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-frames needs a whole number &gt;= 0, not &apos;%1&apos;</source>
        <translation>--max-frames nécessite un nombre entier &gt;= 0, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 could not be decoded as an image: %2</source>
        <translation>%1 n&apos;a pas pu être décodé comme image&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces (%3)</source>
        <translation>%1&#xa0;: %2 visages (%3)</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces in %3 frames (%4)</source>
        <translation>%1&#xa0;: %2 visages sur %3 images (%4)</translation>
    </message>
    <message>
        <source>Write one decoded frame of a video as a PNG (lossless RGB, display orientation).</source>
        <translation>Écrit une image décodée d&apos;une vidéo au format PNG (RVB sans perte, orientation d&apos;affichage).</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Le fichier PNG à écrire.</translation>
    </message>
    <message>
        <source>Print the frame&apos;s index, pts, size and pixel MD5 as JSON.</source>
        <translation>Afficher l&apos;indice, le pts, la taille et le MD5 des pixels de l&apos;image en JSON.</translation>
    </message>
    <message>
        <source>The video file (opened read-only).</source>
        <translation>Le fichier vidéo (ouvert en lecture seule).</translation>
    </message>
    <message>
        <source>0-based frame index in presentation order.</source>
        <translation>Indice de l&apos;image à partir de 0, dans l&apos;ordre de présentation.</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli frame VIDEO INDEX -o OUT.png</source>
        <translation>usage&#xa0;: fakeprint-cli frame VIDEO INDEX -o OUT.png</translation>
    </message>
    <message>
        <source>INDEX must be a frame number (0 or more), not &apos;%1&apos;</source>
        <translation>INDEX doit être un numéro d&apos;image (0 ou plus), et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refusing to write over the evidence file %1</source>
        <translation>refus d&apos;écraser le fichier de la pièce %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote frame %1 (pts %2, %3x%4, rgb24 md5 %5) to %6</source>
        <translation>Image %1 (pts %2, %3x%4, md5 rgb24 %5) écrite dans %6</translation>
    </message>
    <message>
        <source>Print media information and the SHA-256 of a video (evidence) file.</source>
        <translation>Affiche les informations média et le SHA-256 d&apos;un fichier vidéo (pièce).</translation>
    </message>
    <message>
        <source>Also compute the MD5 of the file.</source>
        <translation>Calculer également le MD5 du fichier.</translation>
    </message>
    <message>
        <source>Decode every frame and list the MD5 of its RGB24 pixels.</source>
        <translation>Décoder chaque image et lister le MD5 de ses pixels RGB24.</translation>
    </message>
    <message>
        <source>info needs exactly one VIDEO argument; see &apos;fakeprint-cli info --help&apos;</source>
        <translation>info nécessite exactement un argument VIDEO&#xa0;; voir &apos;fakeprint-cli info --help&apos;</translation>
    </message>
    <message>
        <source>Frame %1 (pts %2): %3
</source>
        <translation>Image %1 (pts %2)&#xa0;: %3
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>Aucun modèle n&apos;est installé.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>architecture: </source>
        <translation>architecture&#xa0;: </translation>
    </message>
    <message>
        <source>limitation: </source>
        <translation>limite&#xa0;: </translation>
    </message>
    <message>
        <source>Installed model %1 as %2 (%3)</source>
        <translation>Modèle %1 installé sous %2 (%3)</translation>
    </message>
    <message>
        <source>List, show or add models (TorchScript + JSON card).
  models list [--json]            installed models, bundled first
  models show NAME_OR_PATH [--json]  one card, with a check of its weights&apos; SHA-256
  models add CARD.json [--json]   validate a model and copy it into the user models folder</source>
        <translation>Liste, affiche ou ajoute des modèles (TorchScript + fiche JSON).
  models list [--json]            modèles installés, modèles fournis en premier
  models show NAME_OR_PATH [--json]  une fiche, avec un contrôle du SHA-256 de ses poids
  models add CARD.json [--json]   valide un modèle et le copie dans le répertoire des modèles de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>list, show or add</source>
        <translation>list, show ou add</translation>
    </message>
    <message>
        <source>model name or card path (show), card path (add)</source>
        <translation>nom du modèle ou chemin de la fiche (show), chemin de la fiche (add)</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli models list|show NAME|add CARD.json [--json]; see &apos;fakeprint-cli models --help&apos;</source>
        <translation>usage&#xa0;: fakeprint-cli models list|show NAME|add CARD.json [--json]&#xa0;; voir &apos;fakeprint-cli models --help&apos;</translation>
    </message>
    <message>
        <source>Write the PDF case report of one analysis.</source>
        <translation>Écrit le rapport PDF de dossier d&apos;une analyse.</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Report language: %1 (default: the language of the messages).</source>
        <translation>Langue du rapport&#xa0;: %1 (par défaut&#xa0;: la langue des messages).</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Format du papier&#xa0;: a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>Analyst named on the cover.</source>
        <translation>Analyste nommé sur la page de titre.</translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (the report then says so).</source>
        <translation>Ne pas recalculer le hachage du fichier de la pièce (le rapport le mentionne alors).</translation>
    </message>
    <message>
        <source>Print the report id, page count and hashes as JSON.</source>
        <translation>Afficher l&apos;identifiant du rapport, le nombre de pages et les hachages en JSON.</translation>
    </message>
    <message>
        <source>report needs --db CASE.db, --analysis ID and -o OUT.pdf</source>
        <translation>report nécessite --db CASE.db, --analysis ID et -o OUT.pdf</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, got &apos;%1&apos;</source>
        <translation>--paper doit valoir a4 ou letter, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>layout: %1</source>
        <translation>mise en page&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: the evidence failed its integrity check: %1</source>
        <translation>avertissement&#xa0;: la pièce a échoué au contrôle d&apos;intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, report id %3)</source>
        <translation>%1 écrit (%2 pages, identifiant du rapport %3)</translation>
    </message>
    <message>
        <source>Print the version and the library versions.</source>
        <translation>Affiche la version et les versions des bibliothèques.</translation>
    </message>
    <message>
        <source>Usage: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</source>
        <translation>Usage&#xa0;: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Fakeprint %1: offline deepfake detection and attribution for video.</source>
        <translation>Fakeprint %1&#xa0;: détection et attribution de deepfakes hors ligne pour la vidéo.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command</source>
        <translation>Affiche cette aide, ou l&apos;aide d&apos;une commande si placé après la commande</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Affiche la version</translation>
    </message>
    <message>
        <source>Language of the messages and the default language of &apos;report&apos;: %1 (default: the language chosen in Fakeprint&apos;s settings, else the system language)</source>
        <translation>Langue des messages et langue par défaut de &apos;report&apos;&#xa0;: %1 (par défaut&#xa0;: la langue choisie dans les paramètres de Fakeprint, sinon la langue du système)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad command line, 3 bad input file, 4 model missing or invalid, 5 case database error, 6 integrity check failed, 130 cancelled.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 échec, 2 ligne de commande incorrecte, 3 fichier d&apos;entrée incorrect, 4 modèle absent ou invalide, 5 erreur de la base de dossiers, 6 échec du contrôle d&apos;intégrité, 130 annulé.</translation>
    </message>
    <message>
        <source>JSON (--json) goes to standard output; messages and progress go to standard error.</source>
        <translation>Le JSON (--json) est écrit sur la sortie standard&#xa0;; les messages et la progression sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>--lang needs a language, e.g. --lang de</source>
        <translation>--lang nécessite une langue, par ex. --lang de</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;fakeprint-cli --help&apos;</source>
        <translation>commande inconnue &apos;%1&apos;&#xa0;; voir &apos;fakeprint-cli --help&apos;</translation>
    </message>
</context>
<context>
    <name>fp</name>
    <message>
        <source>File not found: %1</source>
        <translation>Fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open %1 for reading: %2</source>
        <translation>Impossible d&apos;ouvrir %1 en lecture&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hashing of %1 cancelled</source>
        <translation>Calcul du hachage de %1 annulé</translation>
    </message>
    <message>
        <source>Read error in %1 at byte %2: %3</source>
        <translation>Erreur de lecture dans %1 à l&apos;octet %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>fp::analysis</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>fp::analysis::AnalysisJob</name>
    <message>
        <source>Frame stride, detection interval and batch size must be at least 1.</source>
        <translation>Le pas d&apos;images, l&apos;intervalle de détection et la taille de lot doivent valoir au moins 1.</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <source>Model %1 is not one of the bundled models: its origin is unverified.</source>
        <translation>Le modèle %1 ne fait pas partie des modèles fournis&#xa0;: son origine n&apos;est pas vérifiée.</translation>
    </message>
    <message>
        <source>Opening the video</source>
        <translation>Ouverture de la vidéo</translation>
    </message>
    <message>
        <source>Hashing the evidence</source>
        <translation>Calcul du hachage de la pièce</translation>
    </message>
    <message>
        <source>Analysis %1 is %2; only an interrupted analysis can be resumed.</source>
        <translation>L&apos;analyse %1 est %2&#xa0;; seule une analyse interrompue peut être reprise.</translation>
    </message>
    <message>
        <source>Analysis %1 was made with model %2 (sha256 %3); resume it with that model.</source>
        <translation>L&apos;analyse %1 a été réalisée avec le modèle %2 (sha256 %3)&#xa0;; reprenez-la avec ce modèle.</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <source>Analysis %1 cancelled at frame %2; the frames analysed so far are kept in the case.</source>
        <translation>Analyse %1 annulée à l&apos;image %2&#xa0;; les images analysées jusqu&apos;ici sont conservées dans le dossier.</translation>
    </message>
    <message>
        <source>Explaining verdicts</source>
        <translation>Explication des verdicts</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>fp::analysis::TruthComparison</name>
    <message>
        <source>Not a ground-truth file of fakeprint-lab synth (format fakeprint-synth-truth/1).</source>
        <translation>Ce n&apos;est pas un fichier de vérité terrain de fakeprint-lab synth (format fakeprint-synth-truth/1).</translation>
    </message>
    <message>
        <source>truth  class            analysed  overlap  verdict          method           confidence  agrees</source>
        <translation>réf.   classe           analysée  recouv.  verdict          méthode          confiance   accord</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>%1 of %2 truth tracks agree; %3 analysed track(s) match no truth track.</source>
        <translation>%1 pistes de vérité sur %2 concordent&#xa0;; %3 piste(s) analysée(s) ne correspondent à aucune piste de vérité.</translation>
    </message>
</context>
<context>
    <name>fp::cases</name>
    <message>
        <source>reading the tracks of analysis %1</source>
        <translation>lecture des pistes de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>reading the face detections of analysis %1</source>
        <translation>lecture des détections de visages de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>reading the frame scores of analysis %1</source>
        <translation>lecture des scores par image de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>reading the heatmaps of frame %1 of analysis %2</source>
        <translation>lecture des cartes de chaleur de l&apos;image %1 de l&apos;analyse %2</translation>
    </message>
    <message>
        <source>listing the heatmap frames of analysis %1</source>
        <translation>liste des images avec carte de chaleur de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>reading the coverage of analysis %1</source>
        <translation>lecture de la couverture de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>starting an analysis of evidence %1 in case %2</source>
        <translation>démarrage d&apos;une analyse de la pièce %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>Evidence %1 is not part of case %2 in %3</source>
        <translation>La pièce %1 ne fait pas partie du dossier %2 dans %3</translation>
    </message>
    <message>
        <source>resuming analysis %1</source>
        <translation>reprise de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>No analysis with id %1 in %2</source>
        <translation>Aucune analyse avec l&apos;identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is %3; only an interrupted analysis can be resumed</source>
        <translation>L&apos;analyse %1 dans %2 est %3&#xa0;; seule une analyse interrompue peut être reprise</translation>
    </message>
    <message>
        <source>The analysis writer was closed before the analysis finished; it can be resumed</source>
        <translation>Le module d&apos;écriture de l&apos;analyse a été fermé avant la fin de l&apos;analyse&#xa0;; elle peut être reprise</translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is being written by another running Fakeprint (lock %3)</source>
        <translation>L&apos;analyse %1 dans %2 est en cours d&apos;écriture par une autre instance de Fakeprint (verrou %3)</translation>
    </message>
    <message>
        <source>%1 (track %2)</source>
        <translation>%1 (piste %2)</translation>
    </message>
    <message>
        <source>Analysis %1: progress cannot go back from frame %2 to %3</source>
        <translation>Analyse %1&#xa0;: la progression ne peut pas revenir de l&apos;image %2 à l&apos;image %3</translation>
    </message>
    <message>
        <source>Analysis %1 is not running</source>
        <translation>L&apos;analyse %1 n&apos;est pas en cours</translation>
    </message>
    <message>
        <source>writing results of analysis %1</source>
        <translation>écriture des résultats de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>Analysis %1: frame %2 refers to track %3, which was never written</source>
        <translation>Analyse %1&#xa0;: l&apos;image %2 fait référence à la piste %3, qui n&apos;a jamais été écrite</translation>
    </message>
    <message>
        <source>%1 (detection of track %2 on frame %3)</source>
        <translation>%1 (détection de la piste %2 sur l&apos;image %3)</translation>
    </message>
    <message>
        <source>%1 (score of track %2 on frame %3)</source>
        <translation>%1 (score de la piste %2 sur l&apos;image %3)</translation>
    </message>
    <message>
        <source>%1 (heatmap of track %2 on frame %3)</source>
        <translation>%1 (carte de chaleur de la piste %2 sur l&apos;image %3)</translation>
    </message>
    <message>
        <source>An analysis finishes as completed, failed or cancelled, not %1</source>
        <translation>Une analyse se termine avec l&apos;état terminée, échouée ou annulée, et non %1</translation>
    </message>
    <message>
        <source>finishing analysis %1</source>
        <translation>finalisation de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>marking analysis %1 as interrupted</source>
        <translation>marquage de l&apos;analyse %1 comme interrompue</translation>
    </message>
    <message>
        <source>appending the audit entry %1</source>
        <translation>ajout de l&apos;entrée d&apos;audit %1</translation>
    </message>
    <message>
        <source>verifying the audit log</source>
        <translation>vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <source>audit entry %1 is missing (the next stored entry is %2): entries were removed</source>
        <translation>l&apos;entrée d&apos;audit %1 est absente (l&apos;entrée enregistrée suivante est %2)&#xa0;: des entrées ont été supprimées</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2 (its previous hash differs): entries were removed, reordered or altered</source>
        <translation>l&apos;entrée d&apos;audit %1 ne suit pas l&apos;entrée %2 (son hachage précédent diffère)&#xa0;: des entrées ont été supprimées, réordonnées ou modifiées</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 on %3) was altered: its hash does not match its content</source>
        <translation>l&apos;entrée d&apos;audit %1 (%2 sur %3) a été modifiée&#xa0;: son hachage ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>the audit log ends at entry %1 but its head records entry %2 with another hash: entries were removed from the end or the head was altered</source>
        <translation>le journal d&apos;audit se termine à l&apos;entrée %1, mais sa tête enregistre l&apos;entrée %2 avec un autre hachage&#xa0;: des entrées ont été supprimées à la fin ou la tête a été modifiée</translation>
    </message>
    <message>
        <source>the audit head record is missing although the log has %1 entries</source>
        <translation>l&apos;enregistrement de tête de l&apos;audit est absent alors que le journal compte %1 entrées</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Case bundle %1 is malformed: %2</source>
        <translation>L&apos;archive de dossier %1 est malformée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Case bundle %1 is %2 bytes, larger than the import limit of %3 bytes</source>
        <translation>L&apos;archive de dossier %1 fait %2 octets, soit plus que la limite d&apos;importation de %3 octets</translation>
    </message>
    <message>
        <source>Cannot read case bundle %1</source>
        <translation>Impossible de lire l&apos;archive de dossier %1</translation>
    </message>
    <message>
        <source>it does not start with the Fakeprint bundle signature</source>
        <translation>elle ne commence pas par la signature des archives Fakeprint</translation>
    </message>
    <message>
        <source>truncated: %1 bytes, the header alone needs %2</source>
        <translation>tronquée&#xa0;: %1 octets, alors que l&apos;en-tête seul en nécessite %2</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Fakeprint reads version %2)</source>
        <translation>la version de format %1 n&apos;est pas prise en charge (cette version de Fakeprint lit la version %2)</translation>
    </message>
    <message>
        <source>the manifest size %1 is outside 1..%2 bytes</source>
        <translation>la taille du manifeste, %1, est hors de l&apos;intervalle 1..%2 octets</translation>
    </message>
    <message>
        <source>truncated: the manifest needs %1 bytes, the file has %2</source>
        <translation>tronquée&#xa0;: le manifeste nécessite %1 octets, le fichier en compte %2</translation>
    </message>
    <message>
        <source>Cannot read the manifest of case bundle %1</source>
        <translation>Impossible de lire le manifeste de l&apos;archive de dossier %1</translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest does not match its SHA-256 (damaged or altered)</source>
        <translation>Archive de dossier %1&#xa0;: le manifeste ne correspond pas à son SHA-256 (endommagé ou modifié)</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object: %1</source>
        <translation>le manifeste n&apos;est pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the manifest&apos;s format is not &quot;fakeprint-case-bundle&quot;</source>
        <translation>le format du manifeste n&apos;est pas &quot;fakeprint-case-bundle&quot;</translation>
    </message>
    <message>
        <source>the manifest must list 1 to %1 parts</source>
        <translation>le manifeste doit lister de 1 à %1 parties</translation>
    </message>
    <message>
        <source>a part entry has no name</source>
        <translation>une entrée de partie n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>Case bundle %1 names a part &apos;%2&apos;: not a plain file name (path traversal or special characters); refused</source>
        <translation>L&apos;archive de dossier %1 nomme une partie &apos;%2&apos; qui n&apos;est pas un simple nom de fichier (traversée de chemin ou caractères spéciaux)&#xa0;; refusée</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is listed twice</source>
        <translation>la partie &apos;%1&apos; est listée deux fois</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid size</source>
        <translation>la partie &apos;%1&apos; n&apos;a pas de taille valide</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid SHA-256</source>
        <translation>la partie &apos;%1&apos; n&apos;a pas de SHA-256 valide</translation>
    </message>
    <message>
        <source>truncated: part &apos;%1&apos; needs %2 bytes from offset %3, the file has %4</source>
        <translation>tronquée&#xa0;: la partie &apos;%1&apos; nécessite %2 octets à partir de la position %3, le fichier en compte %4</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last part</source>
        <translation>%1 octets inattendus après la dernière partie</translation>
    </message>
    <message>
        <source>Cannot seek in case bundle %1</source>
        <translation>Impossible de se positionner dans l&apos;archive de dossier %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>truncated inside part &apos;%1&apos;</source>
        <translation>tronquée à l&apos;intérieur de la partie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Case bundle %1: part &apos;%2&apos; does not match its SHA-256 (expected %3, found %4); the bundle is damaged or was altered</source>
        <translation>Archive de dossier %1&#xa0;: la partie &apos;%2&apos; ne correspond pas à son SHA-256 (attendu %3, trouvé %4)&#xa0;; l&apos;archive est endommagée ou a été modifiée</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the bundle</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom pour l&apos;archive</translation>
    </message>
    <message>
        <source>Invalid bundle part name &apos;%1&apos;</source>
        <translation>Nom de partie d&apos;archive invalide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write the case bundle %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;archive de dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>opening the case snapshot</source>
        <translation>ouverture de l&apos;instantané du dossier</translation>
    </message>
    <message>
        <source>importing a case bundle</source>
        <translation>importation d&apos;une archive de dossier</translation>
    </message>
    <message>
        <source>Export of case &apos;%1&apos; refused: the audit log of %2 is broken at entry %3: %4</source>
        <translation>Exportation du dossier &apos;%1&apos; refusée&#xa0;: le journal d&apos;audit de %2 est rompu à l&apos;entrée %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the bundle</source>
        <translation>Impossible de créer un répertoire temporaire pour l&apos;archive</translation>
    </message>
    <message>
        <source>taking a snapshot for export</source>
        <translation>création d&apos;un instantané pour l&apos;exportation</translation>
    </message>
    <message>
        <source>pruning the export snapshot to case &apos;%1&apos;</source>
        <translation>réduction de l&apos;instantané d&apos;exportation au dossier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Case bundle %1 does not exist</source>
        <translation>L&apos;archive de dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Cannot open case bundle %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;archive de dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Case bundle %1 has an unexpected part &apos;%2&apos;</source>
        <translation>L&apos;archive de dossier %1 contient une partie inattendue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Case bundle %1 lacks the part &apos;%2&apos;</source>
        <translation>Il manque la partie &apos;%2&apos; à l&apos;archive de dossier %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to import %1</source>
        <translation>Impossible de créer un répertoire temporaire pour importer %1</translation>
    </message>
    <message>
        <source>Case bundle %1: the audit part is %2 bytes, more than the limit</source>
        <translation>Archive de dossier %1&#xa0;: la partie d&apos;audit fait %2 octets, soit plus que la limite</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Case bundle %1: audit.json is not a JSON object</source>
        <translation>Archive de dossier %1&#xa0;: audit.json n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>checking the database inside case bundle %1</source>
        <translation>vérification de la base de données contenue dans l&apos;archive de dossier %1</translation>
    </message>
    <message>
        <source>Case bundle %1 holds no valid database: %2</source>
        <translation>L&apos;archive de dossier %1 ne contient aucune base de données valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 fails its integrity check</source>
        <translation>La base de données contenue dans l&apos;archive de dossier %1 échoue à son contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has schema version %2; this Fakeprint reads 1 to %3</source>
        <translation>La base de données contenue dans l&apos;archive de dossier %1 a la version de schéma %2&#xa0;; cette version de Fakeprint lit les versions 1 à %3</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has dangling references (table %2)</source>
        <translation>La base de données contenue dans l&apos;archive de dossier %1 contient des références orphelines (table %2)</translation>
    </message>
    <message>
        <source>Case bundle %1 must hold exactly one case</source>
        <translation>L&apos;archive de dossier %1 doit contenir exactement un dossier</translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest names case %2 but the database holds %3</source>
        <translation>Archive de dossier %1&#xa0;: le manifeste nomme le dossier %2, mais la base de données contient %3</translation>
    </message>
    <message>
        <source>importing case bundle %1</source>
        <translation>importation de l&apos;archive de dossier %1</translation>
    </message>
    <message>
        <source>Case &apos;%1&apos; (id %2) already exists in %3; import refused so that nothing is overwritten (import it under another name to keep both)</source>
        <translation>Le dossier &apos;%1&apos; (id %2) existe déjà dans %3&#xa0;; importation refusée afin que rien ne soit écrasé (importez-le sous un autre nom pour conserver les deux)</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>réglage de %1</translation>
    </message>
    <message>
        <source>No case database file was given</source>
        <translation>Aucun fichier de base de dossiers n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>Case database %1 does not exist</source>
        <translation>La base de dossiers %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the case database</source>
        <translation>Impossible de créer le répertoire %1 pour la base de dossiers</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case database file</source>
        <translation>%1 est un répertoire, et non un fichier de base de dossiers</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>ouverture de la base de données</translation>
    </message>
    <message>
        <source>Case database %1 has schema version %2, newer than this Fakeprint understands (%3); update Fakeprint</source>
        <translation>La base de dossiers %1 a la version de schéma %2, plus récente que celle que comprend cette version de Fakeprint (%3)&#xa0;; mettez Fakeprint à jour</translation>
    </message>
    <message>
        <source>Case database %1 cannot use write-ahead logging (journal mode stayed %2); is it on a network or read-only file system?</source>
        <translation>La base de dossiers %1 ne peut pas utiliser la journalisation anticipée (WAL) (le mode de journal est resté %2)&#xa0;; se trouve-t-elle sur un système de fichiers réseau ou en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is empty, not a case database</source>
        <translation>%1 est vide, ce n&apos;est pas une base de dossiers</translation>
    </message>
    <message>
        <source>Case database connection %1 (%2) used from a thread that did not open it</source>
        <translation>Connexion à la base de dossiers %1 (%2) utilisée depuis un thread qui ne l&apos;a pas ouverte</translation>
    </message>
    <message>
        <source>Case database %1 was opened read-only</source>
        <translation>La base de dossiers %1 a été ouverte en lecture seule</translation>
    </message>
    <message>
        <source>looking for interrupted analyses</source>
        <translation>recherche d&apos;analyses interrompues</translation>
    </message>
    <message>
        <source>The program running this analysis stopped before it finished; it can be resumed</source>
        <translation>Le programme qui exécutait cette analyse s&apos;est arrêté avant la fin&#xa0;; elle peut être reprise</translation>
    </message>
    <message>
        <source>A case needs a name</source>
        <translation>Un dossier doit avoir un nom</translation>
    </message>
    <message>
        <source>creating case &apos;%1&apos;</source>
        <translation>création du dossier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A case named &apos;%1&apos; already exists in %2 (id %3)</source>
        <translation>Un dossier nommé &apos;%1&apos; existe déjà dans %2 (id %3)</translation>
    </message>
    <message>
        <source>listing cases</source>
        <translation>liste des dossiers</translation>
    </message>
    <message>
        <source>reading case %1</source>
        <translation>lecture du dossier %1</translation>
    </message>
    <message>
        <source>No case with id %1 in %2</source>
        <translation>Aucun dossier avec l&apos;identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>looking up case &apos;%1&apos;</source>
        <translation>recherche du dossier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No case named &apos;%1&apos; in %2</source>
        <translation>Aucun dossier nommé &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>adding evidence %1 to case &apos;%2&apos;</source>
        <translation>ajout de la pièce %1 au dossier &apos;%2&apos;</translation>
    </message>
    <message>
        <source>recording media info of evidence %1</source>
        <translation>enregistrement des informations média de la pièce %1</translation>
    </message>
    <message>
        <source>No evidence with id %1 in %2</source>
        <translation>Aucune pièce avec l&apos;identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>reading evidence %1</source>
        <translation>lecture de la pièce %1</translation>
    </message>
    <message>
        <source>listing the evidence of case %1</source>
        <translation>liste des pièces du dossier %1</translation>
    </message>
    <message>
        <source>listing the cases of evidence %1</source>
        <translation>liste des dossiers de la pièce %1</translation>
    </message>
    <message>
        <source>Evidence file %1 is missing</source>
        <translation>Le fichier de la pièce %1 est absent</translation>
    </message>
    <message>
        <source>Evidence file %1 cannot be read: %2</source>
        <translation>Le fichier de la pièce %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Evidence file %1 matches its registered SHA-256</source>
        <translation>Le fichier de la pièce %1 correspond à son SHA-256 enregistré</translation>
    </message>
    <message>
        <source>Evidence file %1 has changed: SHA-256 %2 (%3 bytes), registered %4 (%5 bytes)</source>
        <translation>Le fichier de la pièce %1 a changé&#xa0;: SHA-256 %2 (%3 octets), enregistré %4 (%5 octets)</translation>
    </message>
    <message>
        <source>listing the analyses of case %1</source>
        <translation>liste des analyses du dossier %1</translation>
    </message>
    <message>
        <source>reading analysis %1</source>
        <translation>lecture de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>A note or bookmark needs a text</source>
        <translation>Une note ou un signet doit comporter un texte</translation>
    </message>
    <message>
        <source>adding a note to case %1</source>
        <translation>ajout d&apos;une note au dossier %1</translation>
    </message>
    <message>
        <source>updating note %1</source>
        <translation>mise à jour de la note %1</translation>
    </message>
    <message>
        <source>No note with id %1 in %2</source>
        <translation>Aucune note avec l&apos;identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>suppression de la note %1</translation>
    </message>
    <message>
        <source>reading note %1</source>
        <translation>lecture de la note %1</translation>
    </message>
    <message>
        <source>listing the notes of case %1</source>
        <translation>liste des notes du dossier %1</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>lecture du schéma</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Fakeprint case database (no schema_version table)</source>
        <translation>%1 est une base de données SQLite, mais pas une base de dossiers Fakeprint (aucune table schema_version)</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>Case database %1 has an empty schema_version table</source>
        <translation>La base de dossiers %1 a une table schema_version vide</translation>
    </message>
    <message>
        <source>Cannot migrate case database %1 from schema version %2 (this Fakeprint knows 0 to %3)</source>
        <translation>Impossible de migrer la base de dossiers %1 depuis la version de schéma %2 (cette version de Fakeprint connaît les versions 0 à %3)</translation>
    </message>
    <message>
        <source>migrating the schema to version %1</source>
        <translation>migration du schéma vers la version %1</translation>
    </message>
    <message>
        <source>Case database %1 is full (no space left on the disk or the size limit reached) while %2; free some space and retry: %3</source>
        <translation>La base de dossiers %1 est pleine (plus d&apos;espace disque ou limite de taille atteinte) lors de l&apos;opération «&#xa0;%2&#xa0;»&#xa0;; libérez de l&apos;espace et réessayez&#xa0;: %3</translation>
    </message>
    <message>
        <source>Case database %1 is damaged or not a case database (while %2): %3</source>
        <translation>La base de dossiers %1 est endommagée ou n&apos;est pas une base de dossiers (opération «&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Case database %1 is read-only (while %2): %3</source>
        <translation>La base de dossiers %1 est en lecture seule (opération «&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot open case database %1 (while %2): %3</source>
        <translation>Impossible d&apos;ouvrir la base de dossiers %1 (opération «&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Disk I/O error on case database %1 while %2: %3</source>
        <translation>Erreur d&apos;E/S disque sur la base de dossiers %1 lors de l&apos;opération «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Case database %1 stayed locked by another program while %2; retry later: %3</source>
        <translation>La base de dossiers %1 est restée verrouillée par un autre programme lors de l&apos;opération «&#xa0;%2&#xa0;»&#xa0;; réessayez plus tard&#xa0;: %3</translation>
    </message>
    <message>
        <source>Case database %1 refused the change while %2 (constraint): %3</source>
        <translation>La base de dossiers %1 a refusé la modification lors de l&apos;opération «&#xa0;%2&#xa0;» (contrainte)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Case database %1: error while %2: %3</source>
        <translation>Base de dossiers %1&#xa0;: erreur lors de l&apos;opération «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>starting a write transaction</source>
        <translation>démarrage d&apos;une transaction d&apos;écriture</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>validation d&apos;une transaction</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>fp::faces::BlazeFaceDetector</name>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation>Le détecteur de visages %1 n&apos;a pas pu s&apos;exécuter&#xa0;: %2</translation>
    </message>
    <message>
        <source>Face detector %1 does not have BlazeFace&apos;s outputs (896 scores and 896x16 regressions)</source>
        <translation>Le détecteur de visages %1 n&apos;a pas les sorties de BlazeFace (896 scores et 896x16 régressions)</translation>
    </message>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation>Le modèle de détecteur de visages %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation>La taille d&apos;entrée du détecteur de visages, %1x%2, est trop petite</translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3; reinstall it (packaging/setup-debian.sh)</source>
        <translation>Le modèle de détecteur de visages %1 a le SHA-256 %2, %3 attendu&#xa0;; réinstallez-le (packaging/setup-debian.sh)</translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation>Le modèle de détecteur de visages %1 n&apos;a pas pu être chargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Face detector model %1 has %2 outputs; a BlazeFace model has 4</source>
        <translation>Le modèle de détecteur de visages %1 a %2 sorties&#xa0;; un modèle BlazeFace en a 4</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>La détection de visages a reçu une image vide</translation>
    </message>
    <message>
        <source>BlazeFace %1 (%2x%3 input, score &gt;= %4%5)</source>
        <translation>BlazeFace %1 (entrée %2x%3, score &gt;= %4%5)</translation>
    </message>
    <message>
        <source>, small-face tiles of %1 px</source>
        <translation>, tuiles pour petits visages de %1 px</translation>
    </message>
</context>
<context>
    <name>fp::faces::CascadeDetector</name>
    <message>
        <source>No face cascade found: install Debian&apos;s opencv-data (packaging/setup-debian.sh)</source>
        <translation>Aucune cascade de visages trouvée&#xa0;: installez le paquet Debian opencv-data (packaging/setup-debian.sh)</translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded</source>
        <translation>La cascade de visages %1 n&apos;a pas pu être chargée</translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded: %2</source>
        <translation>La cascade de visages %1 n&apos;a pas pu être chargée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>La détection de visages a reçu une image vide</translation>
    </message>
    <message>
        <source>Face cascade failed: %1</source>
        <translation>Échec de la cascade de visages&#xa0;: %1</translation>
    </message>
    <message>
        <source>OpenCV %1 cascade %2 (faces &gt;= %3 px, no keypoints)</source>
        <translation>Cascade OpenCV %1 %2 (visages &gt;= %3 px, sans points clés)</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceCoverage</name>
    <message>
        <source>%1 of %2 examined frames have no face; of %3 faces, %4 are too small, %5 have a low detection score, %6 are blurred, %7 are in profile</source>
        <translation>%1 des %2 images examinées ne contiennent aucun visage&#xa0;; sur %3 visages, %4 sont trop petits, %5 ont un score de détection faible, %6 sont flous, %7 sont de profil</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceDetectorFactory</name>
    <message>
        <source>BlazeFace model %1 is not installed in any of %2; run packaging/setup-debian.sh</source>
        <translation>Le modèle BlazeFace %1 n&apos;est installé dans aucun des emplacements %2&#xa0;; exécutez packaging/setup-debian.sh</translation>
    </message>
    <message>
        <source>Face detector kind &quot;dnn&quot; needs a model path</source>
        <translation>Le type de détecteur de visages &quot;dnn&quot; nécessite un chemin de modèle</translation>
    </message>
    <message>
        <source>Unknown face detector decoder &quot;%1&quot; (expected blazeface or ssd)</source>
        <translation>Décodeur de détecteur de visages inconnu &quot;%1&quot; (blazeface ou ssd attendu)</translation>
    </message>
    <message>
        <source>No face detector available: %1; %2</source>
        <translation>Aucun détecteur de visages disponible&#xa0;: %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>Using the Haar cascade face detector (frontal faces only, more false detections) because BlazeFace is unavailable: %1</source>
        <translation>Utilisation du détecteur de visages à cascade de Haar (visages de face uniquement, davantage de fausses détections), car BlazeFace n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown face detector &quot;%1&quot; (expected auto, blazeface, haar, lbp or dnn)</source>
        <translation>Détecteur de visages inconnu &quot;%1&quot; (auto, blazeface, haar, lbp ou dnn attendu)</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceTracker</name>
    <message>
        <source>Face tracker got frame %1 after frame %2; frames must come in order</source>
        <translation>Le suivi de visages a reçu l&apos;image %1 après l&apos;image %2&#xa0;; les images doivent arriver dans l&apos;ordre</translation>
    </message>
</context>
<context>
    <name>fp::faces::LandmarkDetector</name>
    <message>
        <source>Facial landmarks are off: dlib&apos;s shape_predictor_68_face_landmarks.dat was not found (install Debian&apos;s libdlib-data). Alignment and face masks are unavailable.</source>
        <translation>Les repères faciaux sont désactivés&#xa0;: le fichier shape_predictor_68_face_landmarks.dat de dlib est introuvable (installez le paquet Debian libdlib-data). L&apos;alignement et les masques de visage ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 predicts %2 points, not 68</source>
        <translation>Les repères faciaux sont désactivés&#xa0;: %1 prédit %2 points, et non 68</translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 could not be read (%2)</source>
        <translation>Les repères faciaux sont désactivés&#xa0;: %1 n&apos;a pas pu être lu (%2)</translation>
    </message>
    <message>
        <source>Landmark detection needs an image and a non-empty box</source>
        <translation>La détection des repères faciaux nécessite une image et un cadre non vide</translation>
    </message>
    <message>
        <source>Landmark detection failed: %1</source>
        <translation>Échec de la détection des repères faciaux&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fp::faces::SsdFaceDetector</name>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation>Le modèle de détecteur de visages %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation>La taille d&apos;entrée du détecteur de visages, %1x%2, est trop petite</translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3</source>
        <translation>Le modèle de détecteur de visages %1 a le SHA-256 %2, %3 attendu</translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation>Le modèle de détecteur de visages %1 n&apos;a pas pu être chargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Face detector model %1 is empty</source>
        <translation>Le modèle de détecteur de visages %1 est vide</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>La détection de visages a reçu une image vide</translation>
    </message>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation>Le détecteur de visages %1 n&apos;a pas pu s&apos;exécuter&#xa0;: %2</translation>
    </message>
    <message>
        <source>Face detector %1 output has %2 values, not rows of 7 (SSD DetectionOutput)</source>
        <translation>La sortie du détecteur de visages %1 comporte %2 valeurs, et non des lignes de 7 (SSD DetectionOutput)</translation>
    </message>
    <message>
        <source>cv::dnn SSD face detector %1 (%2x%3 input, score &gt;= %4)</source>
        <translation>Détecteur de visages SSD cv::dnn %1 (entrée %2x%3, score &gt;= %4)</translation>
    </message>
</context>
<context>
    <name>fp::inference</name>
    <message>
        <source>No frame of this track was scored, so nothing can be said about it.</source>
        <translation>Aucune image de cette piste n&apos;a été évaluée&#xa0;; on ne peut donc rien en dire.</translation>
    </message>
    <message>
        <source>Only %1 frames were scored; at least %2 are needed for a verdict.</source>
        <translation>Seules %1 images ont été évaluées&#xa0;; il en faut au moins %2 pour un verdict.</translation>
    </message>
    <message>
        <source>P(fake) %1 lies in the undecided band %2-%3.</source>
        <translation>P(fake) %1 se situe dans la zone d&apos;indécision %2-%3.</translation>
    </message>
    <message>
        <source>P(fake) %1 is below the threshold %2.</source>
        <translation>P(fake) %1 est inférieure au seuil %2.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold %2; the model cannot name methods.</source>
        <translation>P(fake) %1 est supérieure au seuil %2&#xa0;; le modèle ne sait pas nommer de méthode.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but no known method is likely enough (best: %2 at %3, needed %4).</source>
        <translation>P(fake) %1 est supérieure au seuil, mais aucune méthode connue n&apos;est suffisamment probable (meilleure&#xa0;: %2 à %3, requis %4).</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but the faces look unlike the training data (energy %2 above %3), so the method is unknown.</source>
        <translation>P(fake) %1 est supérieure au seuil, mais les visages ne ressemblent pas aux données d&apos;entraînement (énergie %2 supérieure à %3)&#xa0;; la méthode est donc inconnue.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold; the most likely method is %2 (%3).</source>
        <translation>P(fake) %1 est supérieure au seuil&#xa0;; la méthode la plus probable est %2 (%3).</translation>
    </message>
    <message>
        <source>No face was seen in %1 frames, so the video cannot be judged.</source>
        <translation>Aucun visage n&apos;a été vu sur %1 images&#xa0;; la vidéo ne peut donc pas être jugée.</translation>
    </message>
    <message>
        <source>All %1 face tracks look real; the most suspicious has P(fake) %2. Faces were seen in %3% of the frames.</source>
        <translation>Les %1 pistes de visages semblent toutes authentiques&#xa0;; la plus suspecte a une P(fake) de %2. Des visages ont été vus sur %3% des images.</translation>
    </message>
    <message>
        <source>No track looks manipulated, but track %1 is inconclusive: %2</source>
        <translation>Aucune piste ne semble manipulée, mais la piste %1 n&apos;est pas concluante&#xa0;: %2</translation>
    </message>
    <message>
        <source>Track %1 is the most suspicious: %2</source>
        <translation>La piste %1 est la plus suspecte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.%2&apos; names the method &apos;%3&apos;, which the TorchScript module does not have</source>
        <translation>Fiche du modèle %1&#xa0;: le champ &apos;gradcam.%2&apos; nomme la méthode &apos;%3&apos;, que le module TorchScript ne possède pas</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;input.size&apos; is %2, but the module rejects a [2, 3, %2, %2] input: %3</source>
        <translation>Fiche du modèle %1&#xa0;: le champ &apos;input.size&apos; vaut %2, mais le module refuse une entrée [2, 3, %2, %2]&#xa0;: %3</translation>
    </message>
    <message>
        <source> (one per class in &apos;classes&apos;)</source>
        <translation> (une par classe de &apos;classes&apos;)</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs[%2].units&apos; says the %3 head has %4 units%5, but for a batch of 2 the module returns a tensor of shape %6</source>
        <translation>Fiche du modèle %1&#xa0;: le champ &apos;outputs[%2].units&apos; indique que la tête %3 a %4 unités%5, mais pour un lot de 2 le module renvoie un tenseur de forme %6</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.features_method&apos;: &apos;%2&apos; must return a feature map [N, C, h, w]</source>
        <translation>Fiche du modèle %1&#xa0;: champ &apos;gradcam.features_method&apos;&#xa0;: &apos;%2&apos; doit renvoyer une carte de caractéristiques [N, C, h, w]</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.head_method&apos;: %2(%3(x)) differs from forward(x) for output %4</source>
        <translation>Fiche du modèle %1&#xa0;: champ &apos;gradcam.head_method&apos;&#xa0;: %2(%3(x)) diffère de forward(x) pour la sortie %4</translation>
    </message>
    <message>
        <source>Model %1 (%2): %3 failed: %4</source>
        <translation>Modèle %1 (%2)&#xa0;: échec de %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns a tuple holding something other than tensors</source>
        <translation>Fiche du modèle %1&#xa0;: champ &apos;outputs&apos;&#xa0;: le module renvoie un tuple contenant autre chose que des tenseurs</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns %2, not tensors</source>
        <translation>Fiche du modèle %1&#xa0;: champ &apos;outputs&apos;&#xa0;: le module renvoie %2, et non des tenseurs</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos; lists %2 heads, but the module returns %3 tensors</source>
        <translation>Fiche du modèle %1&#xa0;: le champ &apos;outputs&apos; liste %2 têtes, mais le module renvoie %3 tenseurs</translation>
    </message>
    <message>
        <source>CUDA was requested for model %1, but LibTorch sees no CUDA device; choose CPU or Auto</source>
        <translation>CUDA a été demandé pour le modèle %1, mais LibTorch ne voit aucun périphérique CUDA&#xa0;; choisissez CPU ou Automatique</translation>
    </message>
    <message>
        <source>loading the TorchScript module</source>
        <translation>chargement du module TorchScript</translation>
    </message>
    <message>
        <source>Crop %1 of the batch is an empty image</source>
        <translation>Le recadrage %1 du lot est une image vide</translation>
    </message>
    <message>
        <source>scoring %1 crops</source>
        <translation>évaluation de %1 recadrages</translation>
    </message>
    <message>
        <source>Grad-CAM: model %1 has no attribution class %2 (it has %3 classes%4)</source>
        <translation>Grad-CAM&#xa0;: le modèle %1 n&apos;a pas de classe d&apos;attribution %2 (il a %3 classes%4)</translation>
    </message>
    <message>
        <source> and no attribution head</source>
        <translation> et aucune tête d&apos;attribution</translation>
    </message>
    <message>
        <source>Grad-CAM: class index %1 is invalid</source>
        <translation>Grad-CAM&#xa0;: l&apos;indice de classe %1 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the score does not depend on the output of &apos;%1&apos;</source>
        <translation>le score ne dépend pas de la sortie de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Grad-CAM on %1 crops</source>
        <translation>Grad-CAM sur %1 recadrages</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;%2&apos; %3</source>
        <translation>Fiche du modèle %1&#xa0;: le champ &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(en mémoire)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, et non %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>doit être un nombre, et non %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>doit être un entier, et non %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, et non %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>doit être un tableau, et non %1</translation>
    </message>
    <message>
        <source>must hold 3 numbers, not %1</source>
        <translation>doit contenir 3 nombres, et non %1</translation>
    </message>
    <message>
        <source>must match [a-z0-9._-]+, not &apos;%1&apos;</source>
        <translation>doit correspondre à [a-z0-9._-]+, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a file name beside the card without &apos;/&apos;, not &apos;%1&apos;</source>
        <translation>doit être un nom de fichier situé à côté de la fiche, sans &apos;/&apos;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be 64 lower-case hex digits, not &apos;%1&apos;</source>
        <translation>doit comporter 64 chiffres hexadécimaux en minuscules, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be between 16 and 1024, not %1</source>
        <translation>doit être compris entre 16 et 1024, et non %1</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>doit être un nombre positif</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must list at least one class</source>
        <translation>doit lister au moins une classe</translation>
    </message>
    <message>
        <source>must be %1 (ids are 0..K-1 in order), not %2</source>
        <translation>doit valoir %1 (les ids sont 0..K-1 dans l&apos;ordre), et non %2</translation>
    </message>
    <message>
        <source>repeats the key &apos;%1&apos;</source>
        <translation>répète la clé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must list one or two heads, not %1</source>
        <translation>doit lister une ou deux têtes, et non %1</translation>
    </message>
    <message>
        <source>must be 1 or 2 for a binary head, not %1</source>
        <translation>doit valoir 1 ou 2 pour une tête binaire, et non %1</translation>
    </message>
    <message>
        <source>is %1 but classes lists %2 classes; the attribution head needs one unit per class</source>
        <translation>vaut %1, mais classes liste %2 classes&#xa0;; la tête d&apos;attribution nécessite une unité par classe</translation>
    </message>
    <message>
        <source>lists the same head twice</source>
        <translation>liste deux fois la même tête</translation>
    </message>
    <message>
        <source>must hold exactly one class with key &apos;real&apos; when the model has no binary head</source>
        <translation>doit contenir exactement une classe de clé &apos;real&apos; lorsque le modèle n&apos;a pas de tête binaire</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>doit être supérieur à 0</translation>
    </message>
    <message>
        <source>must lie in (0, 1), not %1</source>
        <translation>doit être dans (0, 1), et non %1</translation>
    </message>
    <message>
        <source>must lie in [0, 1]</source>
        <translation>doit être dans [0, 1]</translation>
    </message>
    <message>
        <source>must lie in [inconclusive_low, 1]</source>
        <translation>doit être dans [inconclusive_low, 1]</translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation>doit valoir au moins 1, et non %1</translation>
    </message>
    <message>
        <source>must lie in (0, 1)</source>
        <translation>doit être dans (0, 1)</translation>
    </message>
    <message>
        <source>must be a boolean, not %1</source>
        <translation>doit être un booléen, et non %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>doit valoir &quot;%1&quot;, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is %1; this Fakeprint reads version %2</source>
        <translation>vaut %1&#xa0;; cette version de Fakeprint lit la version %2</translation>
    </message>
    <message>
        <source>must be &quot;RGB&quot; or &quot;BGR&quot;, not &quot;%1&quot;</source>
        <translation>doit valoir &quot;RGB&quot; ou &quot;BGR&quot;, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names an unknown head &quot;%1&quot; (known: &quot;binary&quot;, &quot;attribution&quot;)</source>
        <translation>nomme une tête inconnue &quot;%1&quot; (connues&#xa0;: &quot;binary&quot;, &quot;attribution&quot;)</translation>
    </message>
    <message>
        <source>Model card %1 does not exist</source>
        <translation>La fiche du modèle %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Cannot read model card %1: %2</source>
        <translation>Impossible de lire la fiche du modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Model card %1 is larger than 16 MiB</source>
        <translation>La fiche du modèle %1 dépasse 16 Mio</translation>
    </message>
    <message>
        <source>Model card %1 is not valid JSON: %2 at offset %3</source>
        <translation>La fiche du modèle %1 n&apos;est pas un JSON valide&#xa0;: %2 à la position %3</translation>
    </message>
    <message>
        <source>Model card %1 must hold a JSON object</source>
        <translation>La fiche du modèle %1 doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>Cannot write model card %1: %2</source>
        <translation>Impossible d&apos;écrire la fiche du modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;weights&apos; names %2, which does not exist</source>
        <translation>Fiche du modèle %1&#xa0;: le champ &apos;weights&apos; nomme %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;sha256&apos; is %2 but the weights file %3 hashes to %4; the weights were changed or belong to another card. Refusing to load it.</source>
        <translation>Fiche du modèle %1&#xa0;: le champ &apos;sha256&apos; vaut %2, mais le hachage du fichier de poids %3 est %4&#xa0;; les poids ont été modifiés ou appartiennent à une autre fiche. Chargement refusé.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>Impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2</source>
        <translation>Impossible de mettre %1 en place sous le nom %2</translation>
    </message>
    <message>
        <source>Model card %1: the name &apos;%2&apos; is already used by another installed model; this card is ignored</source>
        <translation>Fiche du modèle %1&#xa0;: le nom &apos;%2&apos; est déjà utilisé par un autre modèle installé&#xa0;; cette fiche est ignorée</translation>
    </message>
    <message>
        <source>No installed model is named &apos;%1&apos; (installed: %2); see &apos;fakeprint-cli models list&apos;</source>
        <translation>Aucun modèle installé ne s&apos;appelle &apos;%1&apos; (installés&#xa0;: %2)&#xa0;; voir &apos;fakeprint-cli models list&apos;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No model is installed (searched %1); add one with &apos;fakeprint-cli models add CARD.json&apos;</source>
        <translation>Aucun modèle n&apos;est installé (recherché dans %1)&#xa0;; ajoutez-en un avec &apos;fakeprint-cli models add CARD.json&apos;</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;name&apos; is &apos;%2&apos;, which is already installed from %3 with other weights; rename the model or remove the installed one</source>
        <translation>Fiche du modèle %1&#xa0;: le champ &apos;name&apos; vaut &apos;%2&apos;, déjà installé depuis %3 avec d&apos;autres poids&#xa0;; renommez le modèle ou supprimez le modèle installé</translation>
    </message>
    <message>
        <source>Cannot create the user models folder %1</source>
        <translation>Impossible de créer le répertoire des modèles de l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Cannot add %1: %2 or %3 already exists in the user models folder and belongs to another model</source>
        <translation>Impossible d&apos;ajouter %1&#xa0;: %2 ou %3 existe déjà dans le répertoire des modèles de l&apos;utilisateur et appartient à un autre modèle</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Authentique</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>Manipulé</translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation>Manipulé, méthode inconnue</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluant</translation>
    </message>
</context>
<context>
    <name>fp::media::FrameServer</name>
    <message>
        <source>Frame %1 is outside %2 (%3 frames)</source>
        <translation>L&apos;image %1 est hors de %2 (%3 images)</translation>
    </message>
</context>
<context>
    <name>fp::media::MediaInfo</name>
    <message>
        <source>File:       %1 (%2 bytes)
</source>
        <translation>Fichier&#xa0;:   %1 (%2 octets)
</translation>
    </message>
    <message>
        <source>Container:  %1
</source>
        <translation>Conteneur&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Video:      %1%2, %3, %4x%5 (coded %6x%7, SAR %8, rotation %9)
</source>
        <translation>Vidéo&#xa0;:     %1%2, %3, %4x%5 (codé %6x%7, SAR %8, rotation %9)
</translation>
    </message>
    <message>
        <source>Frames:     %1 (%2 keyframes), %3 fps (avg %4, real %5)%6
</source>
        <translation>Images&#xa0;:    %1 (%2 images clés), %3 im/s (moy. %4, réelle %5)%6
</translation>
    </message>
    <message>
        <source>, variable frame rate</source>
        <translation>, fréquence d&apos;images variable</translation>
    </message>
    <message>
        <source>Duration:   %1 ms, bit rate %2 bit/s
</source>
        <translation>Durée&#xa0;:     %1 ms, débit %2 bit/s
</translation>
    </message>
    <message>
        <source>Audio #%1:   %2, %3 Hz, %4
</source>
        <translation>Audio n°%1&#xa0;: %2, %3 Hz, %4
</translation>
    </message>
</context>
<context>
    <name>fp::media::VideoReader</name>
    <message>
        <source>%1: the header claims an absurd picture size of %2x%3; refused</source>
        <translation>%1&#xa0;: l&apos;en-tête annonce une taille d&apos;image aberrante de %2x%3&#xa0;; refusé</translation>
    </message>
    <message>
        <source>decoder error near frame %1: %2</source>
        <translation>erreur du décodeur près de l&apos;image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Out of memory opening %1</source>
        <translation>Mémoire insuffisante à l&apos;ouverture de %1</translation>
    </message>
    <message>
        <source>Opening %1 took longer than %2 ms</source>
        <translation>L&apos;ouverture de %1 a pris plus de %2 ms</translation>
    </message>
    <message>
        <source>%1 is not a video file FFmpeg recognises (%2)</source>
        <translation>%1 n&apos;est pas un fichier vidéo reconnu par FFmpeg (%2)</translation>
    </message>
    <message>
        <source>%1 looks like %2 but its header cannot be read (%3); the file may be truncated or damaged</source>
        <translation>%1 semble être au format %2, mais son en-tête ne peut pas être lu (%3)&#xa0;; le fichier est peut-être tronqué ou endommagé</translation>
    </message>
    <message>
        <source>Probing %1 took longer than %2 ms</source>
        <translation>L&apos;analyse du format de %1 a pris plus de %2 ms</translation>
    </message>
    <message>
        <source>Cannot read the stream parameters of %1: %2</source>
        <translation>Impossible de lire les paramètres de flux de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds audio only, no video stream</source>
        <translation>%1 ne contient que de l&apos;audio, aucun flux vidéo</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>%1 n&apos;a pas de flux vidéo</translation>
    </message>
    <message>
        <source>%1: this FFmpeg build has no decoder for the video codec &apos;%2&apos;</source>
        <translation>%1&#xa0;: cette version de FFmpeg n&apos;a pas de décodeur pour le codec vidéo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the video stream has no picture size</source>
        <translation>%1&#xa0;: le flux vidéo n&apos;a pas de taille d&apos;image</translation>
    </message>
    <message>
        <source>Scanning %1 stalled after %2 frames</source>
        <translation>L&apos;examen de %1 s&apos;est bloqué après %2 images</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2; the file may be truncated</source>
        <translation>lecture arrêtée après l&apos;image %1&#xa0;: %2&#xa0;; le fichier est peut-être tronqué</translation>
    </message>
    <message>
        <source>packet at byte %1 is marked corrupt by the demuxer</source>
        <translation>le paquet situé à l&apos;octet %1 est marqué comme corrompu par le démultiplexeur</translation>
    </message>
    <message>
        <source>%1: the video stream holds no frames</source>
        <translation>%1&#xa0;: le flux vidéo ne contient aucune image</translation>
    </message>
    <message>
        <source>the file ends after %1 of the %2 frames its header declares; it is probably truncated</source>
        <translation>le fichier se termine après %1 des %2 images annoncées par son en-tête&#xa0;; il est probablement tronqué</translation>
    </message>
    <message>
        <source>%1: no decoder for &apos;%2&apos;</source>
        <translation>%1&#xa0;: aucun décodeur pour &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Out of memory creating a decoder for %1</source>
        <translation>Mémoire insuffisante lors de la création d&apos;un décodeur pour %1</translation>
    </message>
    <message>
        <source>%1: invalid codec parameters: %2</source>
        <translation>%1&#xa0;: paramètres de codec invalides&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the %2 decoder: %3</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le décodeur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>decoding failed near frame %1: %2</source>
        <translation>échec du décodage près de l&apos;image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading %1 stalled or was interrupted</source>
        <translation>La lecture de %1 s&apos;est bloquée ou a été interrompue</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2</source>
        <translation>lecture arrêtée après l&apos;image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>frame %1 could not be decoded: %2</source>
        <translation>l&apos;image %1 n&apos;a pas pu être décodée&#xa0;: %2</translation>
    </message>
    <message>
        <source>decoded picture with timestamp %1 is not in the frame index; numbered %2 by order</source>
        <translation>l&apos;image décodée d&apos;horodatage %1 ne figure pas dans l&apos;index des images&#xa0;; numérotée %2 d&apos;après l&apos;ordre</translation>
    </message>
    <message>
        <source>frame %1 is damaged; the decoder concealed errors</source>
        <translation>l&apos;image %1 est endommagée&#xa0;; le décodeur a masqué des erreurs</translation>
    </message>
    <message>
        <source>%1: cannot seek to frame %2: %3</source>
        <translation>%1&#xa0;: impossible de se positionner sur l&apos;image %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the stream ended before frame %2 could be decoded</source>
        <translation>%1&#xa0;: le flux s&apos;est terminé avant que l&apos;image %2 puisse être décodée</translation>
    </message>
    <message>
        <source>%1: frame %2 was not produced by the decoder</source>
        <translation>%1&#xa0;: l&apos;image %2 n&apos;a pas été produite par le décodeur</translation>
    </message>
    <message>
        <source>Video file not found: %1</source>
        <translation>Fichier vidéo introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>No permission to read %1</source>
        <translation>Pas d&apos;autorisation de lecture pour %1</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 est vide (0 octet)</translation>
    </message>
    <message>
        <source>%1: frame %2 is out of range (the video has %3 frames)</source>
        <translation>%1&#xa0;: l&apos;image %2 est hors limites (la vidéo compte %3 images)</translation>
    </message>
</context>
<context>
    <name>fp::ui::AnalysisDialog</name>
    <message>
        <source>Analyse %1</source>
        <translation>Analyser %1</translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation> (utilisateur, non vérifié)</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>Aucun modèle installé</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Périphérique&#xa0;:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Tous les cœurs</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Threads CPU&#xa0;:</translation>
    </message>
    <message>
        <source>Analyse every n-th frame; frames in between are not scored</source>
        <translation>Analyser une image sur n&#xa0;; les images intermédiaires ne sont pas évaluées</translation>
    </message>
    <message>
        <source>Frame stride:</source>
        <translation>Pas d&apos;images&#xa0;:</translation>
    </message>
    <message>
        <source>Run the face detector on every k-th analysed frame and track in between</source>
        <translation>Exécuter le détecteur de visages sur une image analysée sur k et suivre les visages entre-temps</translation>
    </message>
    <message>
        <source>Detection interval:</source>
        <translation>Intervalle de détection&#xa0;:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progression&#xa0;:</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Start analysis</source>
        <translation>Démarrer l&apos;analyse</translation>
    </message>
    <message>
        <source>%1 · frame %2 of %3 · %4 fps · %5 track(s)</source>
        <translation>%1 · image %2 sur %3 · %4 im/s · %5 piste(s)</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · reste environ %1</translation>
    </message>
    <message>
        <source>Finished: analysis %1</source>
        <translation>Terminée&#xa0;: analyse %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Annuler l&apos;analyse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseBrowser</name>
    <message>
        <source>Case / evidence / analysis</source>
        <translation>Dossier / pièce / analyse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 · analyst %2 · created %3</source>
        <translation>Dossier %1 · analyste %2 · créé le %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Commencée le %1
Détecteur %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseJobs</name>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 n&apos;a pas été ajouté&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::EvidencePanel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Chemin enregistré</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
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
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Verify hashes now</source>
        <translation>Vérifier les hachages maintenant</translation>
    </message>
    <message>
        <source>Re-hash the file (read-only) and compare with the registry; the check is audited</source>
        <translation>Recalculer le hachage du fichier (en lecture seule) et le comparer au registre&#xa0;; le contrôle est consigné dans l&apos;audit</translation>
    </message>
    <message>
        <source>No evidence selected.</source>
        <translation>Aucune pièce sélectionnée.</translation>
    </message>
    <message>
        <source>Not verified in this session</source>
        <translation>Non vérifiée au cours de cette session</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>%1 (file modified %2)</source>
        <translation>%1 (fichier modifié le %2)</translation>
    </message>
    <message>
        <source>No media information recorded.</source>
        <translation>Aucune information média enregistrée.</translation>
    </message>
    <message>
        <source>%1 · %2×%3 · %4</source>
        <translation>%1 · %2×%3 · %4</translation>
    </message>
    <message>
        <source>%1 frames · %2 fps%3 · %4</source>
        <translation>%1 images · %2 im/s%3 · %4</translation>
    </message>
    <message>
        <source> (variable)</source>
        <translation> (variable)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>✔ Intact: size and SHA-256 match the registry</source>
        <translation>✔ Intacte&#xa0;: la taille et le SHA-256 correspondent au registre</translation>
    </message>
    <message>
        <source>✖ MISMATCH: %1</source>
        <translation>✖ NON CONFORME&#xa0;: %1</translation>
    </message>
    <message>
        <source>✖ File missing: %1</source>
        <translation>✖ Fichier absent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Vérification impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::GradCamService</name>
    <message>
        <source>No analysis is open.</source>
        <translation>Aucune analyse n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The analysis&apos; model %1 %2 (sha256 %3) is not installed: only the stored key frames have Grad-CAM maps.</source>
        <translation>Le modèle de l&apos;analyse, %1 %2 (sha256 %3), n&apos;est pas installé&#xa0;: seules les images clés enregistrées disposent de cartes Grad-CAM.</translation>
    </message>
    <message>
        <source>Grad-CAM on demand is off: %1</source>
        <translation>Grad-CAM à la demande est désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Grad-CAM of track %1 on frame %2 failed: %3</source>
        <translation>Échec de Grad-CAM pour la piste %1 sur l&apos;image %2&#xa0;: %3</translation>
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
        <translation>Aucune base de dossiers ouverte</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation>Pistes de visages</translation>
    </message>
    <message>
        <source>Notes and bookmarks</source>
        <translation>Notes et signets</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case database…</source>
        <translation>&amp;Nouvelle base de dossiers…</translation>
    </message>
    <message>
        <source>&amp;Open case database…</source>
        <translation>&amp;Ouvrir une base de dossiers…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Ajouter une &amp;pièce…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <source>&amp;Bookmark current frame…</source>
        <translation>&amp;Marquer l&apos;image courante d&apos;un signet…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>Analy&amp;se</translation>
    </message>
    <message>
        <source>&amp;Analyse evidence…</source>
        <translation>&amp;Analyser la pièce…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Open an analysis first: a report describes one analysis.</source>
        <translation>Ouvrez d&apos;abord une analyse&#xa0;: un rapport décrit une seule analyse.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written with warnings</source>
        <translation>Rapport écrit avec des avertissements</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Fakeprint</source>
        <translation>À &amp;propos de Fakeprint</translation>
    </message>
    <message>
        <source>About Fakeprint</source>
        <translation>À propos de Fakeprint</translation>
    </message>
    <message>
        <source>Fakeprint %1
Offline deepfake detection and attribution for video.

Grad-CAM maps show where a model looked, not which pixels were manipulated.</source>
        <translation>Fakeprint %1
Détection et attribution de deepfakes hors ligne pour la vidéo.

Les cartes Grad-CAM montrent où un modèle a regardé, et non quels pixels ont été manipulés.</translation>
    </message>
    <message>
        <source>Fakeprint case databases (*.db *.fpcase.db);;All files (*)</source>
        <translation>Bases de dossiers Fakeprint (*.db *.fpcase.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New case database</source>
        <translation>Nouvelle base de dossiers</translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation>Ouvrir une base de dossiers</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter des pièces</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>Nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — Fakeprint</source>
        <translation>%1 — Fakeprint</translation>
    </message>
    <message>
        <source>%1 · analysis %2 — %3</source>
        <translation>%1 · analyse %2 — %3</translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation>Base de dossiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open or create a case database first.</source>
        <translation>Ouvrez ou créez d&apos;abord une base de dossiers.</translation>
    </message>
    <message numerus="yes">
        <source>Hashing and registering %n file(s)…</source>
        <translation>
            <numerusform>Calcul du hachage et enregistrement de %n fichier…</numerusform>
            <numerusform>Calcul du hachage et enregistrement de %n fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) added.</source>
        <translation>
            <numerusform>%n pièce ajoutée.</numerusform>
            <numerusform>%n pièces ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case database first.</source>
        <translation>Ouvrez d&apos;abord une base de dossiers.</translation>
    </message>
    <message>
        <source>%1 · not analysed in this view</source>
        <translation>%1 · non analysée dans cette vue</translation>
    </message>
    <message>
        <source>Analysis %1 · %2 · model %3 %4 · %5 track(s), %6 flagged · %7</source>
        <translation>Analyse %1 · %2 · modèle %3 %4 · %5 piste(s), %6 signalée(s) · %7</translation>
    </message>
    <message>
        <source>Open an evidence file or an analysis to bookmark a frame.</source>
        <translation>Ouvrez une pièce ou une analyse pour marquer une image d&apos;un signet.</translation>
    </message>
    <message>
        <source>No frame is shown yet.</source>
        <translation>Aucune image n&apos;est encore affichée.</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>image %1 sur %2</translation>
    </message>
    <message>
        <source>, track %1 (%2)</source>
        <translation>, piste %1 (%2)</translation>
    </message>
    <message>
        <source>, analysis %1</source>
        <translation>, analyse %1</translation>
    </message>
    <message>
        <source>Frame %1 (%2)</source>
        <translation>Image %1 (%2)</translation>
    </message>
    <message>
        <source>Select a case to add a note.</source>
        <translation>Sélectionnez un dossier pour ajouter une note.</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>analysis %1 of %2</source>
        <translation>analyse %1 de %2</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>image %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Bundled: %1&lt;br&gt;User models: %2</source>
        <translation>Fournis&#xa0;: %1&lt;br&gt;Modèles de l&apos;utilisateur&#xa0;: %2</translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation> (utilisateur, non vérifié)</translation>
    </message>
    <message>
        <source>Invalid card</source>
        <translation>Fiche invalide</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model is installed. Put a model card (JSON) and its TorchScript weights in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun modèle n&apos;est installé. Placez une fiche de modèle (JSON) et ses poids TorchScript dans %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>bundled with Fakeprint</source>
        <translation>fourni avec Fakeprint</translation>
    </message>
    <message>
        <source>user model (not verified by Fakeprint)</source>
        <translation>modèle de l&apos;utilisateur (non vérifié par Fakeprint)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>%1×%1 px, %2, crop scale %3</source>
        <translation>%1×%1 px, %2, échelle de recadrage %3</translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation>%1 (%2 unités)</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Têtes</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>fake ≥ %1, inconclusive %2–%3, method needs ≥ %4, at least %5 frame(s)</source>
        <translation>falsifié ≥ %1, non concluant %2–%3, méthode si ≥ %4, au moins %5 image(s)</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Étalonnage</translation>
    </message>
    <message>
        <source>temperature %1 (binary), %2 (attribution)</source>
        <translation>température %1 (binaire), %2 (attribution)</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Measured metrics</source>
        <translation>Métriques mesurées</translation>
    </message>
</context>
<context>
    <name>fp::ui::NoteDialog</name>
    <message>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>What you observed, and why it matters</source>
        <translation>Ce que vous avez observé, et pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
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
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Bookmark frame</source>
        <translation>Marquer l&apos;image</translation>
    </message>
    <message>
        <source>Bookmark the current frame (and the selected track) (Ctrl+B)</source>
        <translation>Ajouter un signet sur l&apos;image courante (et la piste sélectionnée) (Ctrl+B)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Created %1, updated %2</source>
        <translation>Créée le %1, mise à jour le %2</translation>
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
        <translation> · P(fake) de l&apos;image %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::PlayerWidget</name>
    <message>
        <source>Open a case and select an analysis or an evidence file to view it.</source>
        <translation>Ouvrez un dossier et sélectionnez une analyse ou une pièce pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
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
        <translation>Grad-CAM&#xa0;: erreur</translation>
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
        <translation>Segment suspect précédent</translation>
    </message>
    <message>
        <source>Jump to the previous segment where P(fake) reaches the threshold</source>
        <translation>Aller au segment précédent où P(fake) atteint le seuil</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>Une image en arrière</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>Une image en avant</translation>
    </message>
    <message>
        <source>Next suspicious segment</source>
        <translation>Segment suspect suivant</translation>
    </message>
    <message>
        <source>Jump to the next segment where P(fake) reaches the threshold</source>
        <translation>Aller au segment suivant où P(fake) atteint le seuil</translation>
    </message>
    <message>
        <source>Shuttle backward</source>
        <translation>Défilement arrière</translation>
    </message>
    <message>
        <source>Play backward, faster on repeat</source>
        <translation>Lecture arrière, plus rapide à chaque répétition</translation>
    </message>
    <message>
        <source>Shuttle stop</source>
        <translation>Arrêt du défilement</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Shuttle forward</source>
        <translation>Défilement avant</translation>
    </message>
    <message>
        <source>Play forward, faster on repeat</source>
        <translation>Lecture avant, plus rapide à chaque répétition</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Aller à&#xa0;:</translation>
    </message>
    <message>
        <source>frame or hh:mm:ss.mmm</source>
        <translation>image ou hh:mm:ss.mmm</translation>
    </message>
    <message>
        <source>Face boxes</source>
        <translation>Cadres des visages</translation>
    </message>
    <message>
        <source>Show face boxes and labels</source>
        <translation>Afficher les cadres et les libellés des visages</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Show facial landmarks</source>
        <translation>Afficher les repères faciaux</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Show where the model looked (stored key-frame maps, other frames computed on demand while paused); not a map of manipulated pixels</source>
        <translation>Montrer où le modèle a regardé (cartes enregistrées des images clés, autres images calculées à la demande pendant la pause)&#xa0;; ce n&apos;est pas une carte des pixels manipulés</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the frame to the view</source>
        <translation>Ajuster l&apos;image à la vue</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Native pixels, no interpolation</source>
        <translation>Pixels natifs, sans interpolation</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Attributed class</source>
        <translation>Classe attribuée</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacité&#xa0;:</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Ouverture de %1 …</translation>
    </message>
    <message>
        <source>Grad-CAM: computing…</source>
        <translation>Grad-CAM&#xa0;: calcul…</translation>
    </message>
    <message>
        <source>Grad-CAM: paused frames only</source>
        <translation>Grad-CAM&#xa0;: images en pause uniquement</translation>
    </message>
    <message>
        <source>Grad-CAM: stored only</source>
        <translation>Grad-CAM&#xa0;: cartes enregistrées uniquement</translation>
    </message>
    <message>
        <source>Grad-CAM: computed on demand</source>
        <translation>Grad-CAM&#xa0;: calculée à la demande</translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame</source>
        <translation>Grad-CAM&#xa0;: image clé enregistrée</translation>
    </message>
    <message>
        <source>Maps from model %1; they show where the model looked, not which pixels are manipulated.</source>
        <translation>Cartes issues du modèle %1&#xa0;; elles montrent où le modèle a regardé, et non quels pixels sont manipulés.</translation>
    </message>
    <message>
        <source>Frame –</source>
        <translation>Image –</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Image %1 / %2</translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame + computed on demand</source>
        <translation>Grad-CAM&#xa0;: image clé enregistrée + calcul à la demande</translation>
    </message>
</context>
<context>
    <name>fp::ui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Langue du rapport&#xa0;:</translation>
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
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>The case&apos;s analyst</source>
        <translation>L&apos;analyste du dossier</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Analyste&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Dates and numbers in the report follow its language.</source>
        <translation>Les dates et les nombres du rapport suivent sa langue.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fp::ui::ScreenshotTask</name>
    <message>
        <source>Timed out waiting for frame %1 to be shown</source>
        <translation>Délai dépassé en attendant l&apos;affichage de l&apos;image %1</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatique (GPU si disponible)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>Inference device:</source>
        <translation>Périphérique d&apos;inférence&#xa0;:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Tous les cœurs</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Threads CPU&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (BlazeFace, else Haar cascade)</source>
        <translation>Automatique (BlazeFace, sinon cascade de Haar)</translation>
    </message>
    <message>
        <source>BlazeFace</source>
        <translation>BlazeFace</translation>
    </message>
    <message>
        <source>Haar cascade</source>
        <translation>Cascade de Haar</translation>
    </message>
    <message>
        <source>LBP cascade</source>
        <translation>Cascade LBP</translation>
    </message>
    <message>
        <source>Face detector:</source>
        <translation>Détecteur de visages&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>fp::ui::TimelineWidget</name>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>P(fake) per track</source>
        <translation>P(fake) par piste</translation>
    </message>
    <message>
        <source>Class probabilities of the selected track</source>
        <translation>Probabilités des classes de la piste sélectionnée</translation>
    </message>
    <message>
        <source>Whole video</source>
        <translation>Vidéo entière</translation>
    </message>
    <message>
        <source>Show the whole frame range (wheel zooms, Shift-drag pans)</source>
        <translation>Afficher toute la plage d&apos;images (la molette zoome, Maj+glisser fait défiler)</translation>
    </message>
    <message>
        <source>Grey: no face seen · dashed: threshold</source>
        <translation>Gris&#xa0;: aucun visage vu · pointillés&#xa0;: seuil</translation>
    </message>
</context>
<context>
    <name>fp::ui::TrackPanel</name>
    <message>
        <source>No analysis open.</source>
        <translation>Aucune analyse ouverte.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Frame %1: click to go there</source>
        <translation>Image %1&#xa0;: cliquez pour y aller</translation>
    </message>
    <message>
        <source>Thumbnails: %1</source>
        <translation>Vignettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No face was found in the analysed frames.</source>
        <translation>Aucun visage n&apos;a été trouvé dans les images analysées.</translation>
    </message>
    <message numerus="yes">
        <source>%n face track(s): %1</source>
        <translation>
            <numerusform>%n piste de visage&#xa0;: %1</numerusform>
            <numerusform>%n pistes de visages&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3…), frame stride %4, detection every %5 frames.</source>
        <translation>Modèle %1 %2 (sha256 %3…), pas d&apos;images %4, détection toutes les %5 images.</translation>
    </message>
    <message>
        <source>Trained on synthetic manipulations only: a lead to check, not proof.</source>
        <translation>Entraîné uniquement sur des manipulations synthétiques&#xa0;: un indice à vérifier, et non une preuve.</translation>
    </message>
    <message>
        <source>Unverified model (not bundled).</source>
        <translation>Modèle non vérifié (non fourni avec Fakeprint).</translation>
    </message>
    <message>
        <source> · confidence %1%</source>
        <translation> · confiance %1%</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Piste %1</translation>
    </message>
    <message>
        <source>Frames %1–%2 (%3 – %4) · face seen on %5 of %6 frames</source>
        <translation>Images %1–%2 (%3 – %4) · visage vu sur %5 des %6 images</translation>
    </message>
    <message numerus="yes">
        <source>Track P(fake) %1 · %n scored frame(s)</source>
        <translation>
            <numerusform>P(fake) de la piste %1 · %n image évaluée</numerusform>
            <numerusform>P(fake) de la piste %1 · %n images évaluées</numerusform>
        </translation>
    </message>
    <message>
        <source>Faces of track %1</source>
        <translation>Visages de la piste %1</translation>
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
        <translation>Probabilité de classe</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Image</translation>
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
        <translation>classe %1</translation>
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
        <translation>Authentique</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>Manipulé</translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation>Manipulé, méthode inconnue</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluant</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Manipulated (%1)</source>
        <translation>Manipulé (%1)</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Fakeprint: offline deepfake detection and attribution for video.</source>
        <translation>Fakeprint&#xa0;: détection et attribution de deepfakes hors ligne pour la vidéo.</translation>
    </message>
    <message>
        <source>Render the main window to FILE and exit.</source>
        <translation>Effectuer le rendu de la fenêtre principale dans FILE, puis quitter.</translation>
    </message>
    <message>
        <source>Open the case database.</source>
        <translation>Ouvrir la base de dossiers.</translation>
    </message>
    <message>
        <source>Open the analysis with this id.</source>
        <translation>Ouvrir l&apos;analyse portant cet identifiant.</translation>
    </message>
    <message>
        <source>Show this frame (0-based).</source>
        <translation>Afficher cette image (indice à partir de 0).</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Taille de la fenêtre pour --screenshot.</translation>
    </message>
    <message>
        <source>Interface language for this run: %1 (default: the language chosen in the settings, else the system language).</source>
        <translation>Langue de l&apos;interface pour cette exécution&#xa0;: %1 (par défaut&#xa0;: la langue choisie dans les paramètres, sinon la langue du système).</translation>
    </message>
    <message>
        <source>--analysis needs a numeric id, not &apos;%1&apos;</source>
        <translation>--analysis nécessite un identifiant numérique, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--frame needs a frame index &gt;= 0, not &apos;%1&apos;</source>
        <translation>--frame nécessite un indice d&apos;image &gt;= 0, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT of at least 320x240, not &apos;%1&apos;</source>
        <translation>--size nécessite LARGEURxHAUTEUR d&apos;au moins 320x240, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--analysis needs --db</source>
        <translation>--analysis nécessite --db</translation>
    </message>
    <message>
        <source>Video files to add as evidence to a new case (in the --db case database, else in the default one in your data folder).</source>
        <translation>Fichiers vidéo à ajouter comme pièces à un nouveau dossier (dans la base de dossiers --db, sinon dans celle par défaut de votre répertoire de données).</translation>
    </message>
    <message>
        <source>Files opened on %1</source>
        <translation>Fichiers ouverts le %1</translation>
    </message>
</context>
</TS>
