<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>FrameScoreCsv</name>
    <message>
        <source>Cannot write the CSV export %1: %2</source>
        <translation>No se puede escribir la exportación CSV %1: %2</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed</source>
        <translation>%1: un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>%1 is empty (no header line)</source>
        <translation>%1 está vacío (sin línea de encabezado)</translation>
    </message>
    <message>
        <source>%1: column %2 of the header must be &quot;%3&quot;, found &quot;%4&quot;</source>
        <translation>%1: la columna %2 del encabezado debe ser «%3», pero es «%4»</translation>
    </message>
    <message>
        <source>%1: column %2 of the header (&quot;%3&quot;) does not start with p_</source>
        <translation>%1: la columna %2 del encabezado («%3») no empieza por p_</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos donde el encabezado tiene %2</translation>
    </message>
    <message>
        <source>analysis_id, track, frame_index and p_fake must be numbers</source>
        <translation>analysis_id, track, frame_index y p_fake deben ser números</translation>
    </message>
    <message>
        <source>analysis_id %1 differs from %2 on the first row</source>
        <translation>analysis_id %1 difiere de %2 en la primera fila</translation>
    </message>
    <message>
        <source>energy &quot;%1&quot; is not a number</source>
        <translation>energy «%1» no es un número</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) is not a number</source>
        <translation>la columna %1 («%2») no es un número</translation>
    </message>
    <message>
        <source>Cannot open the CSV export %1: %2</source>
        <translation>No se puede abrir la exportación CSV %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot write the JSON export %1: %2</source>
        <translation>No se puede escribir la exportación JSON %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>%1 is not a Fakeprint analysis export (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1 no es una exportación de análisis de Fakeprint («format» no es «%2»)</translation>
    </message>
    <message>
        <source>%1 has schema_version %2; this Fakeprint reads version %3</source>
        <translation>%1 tiene schema_version %2; esta versión de Fakeprint lee la versión %3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or has the wrong type</source>
        <translation>%1: el campo «%2» falta o tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>Cannot open the JSON export %1: %2</source>
        <translation>No se puede abrir la exportación JSON %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (offset %2: %3)</source>
        <translation>%1 no es un JSON válido (posición %2: %3)</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Face images are not shown: the evidence file at %1 does not match its recorded SHA-256 (see the integrity check).</source>
        <translation>No se muestran imágenes de rostros: el archivo de evidencia en %1 no coincide con su SHA-256 registrado (véase la comprobación de integridad).</translation>
    </message>
    <message>
        <source>Face images are not shown: %1</source>
        <translation>No se muestran imágenes de rostros: %1</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded: %2</source>
        <translation>No se pudo decodificar el fotograma %1: %2</translation>
    </message>
    <message>
        <source>Decoder, frame %1: %2</source>
        <translation>Decodificador, fotograma %1: %2</translation>
    </message>
    <message>
        <source>Font %1 was not found (install fonts-dejavu-core); the report uses the default font.</source>
        <translation>No se encontró la fuente %1 (instale fonts-dejavu-core); el informe usa la fuente predeterminada.</translation>
    </message>
    <message>
        <source>The PDF report needs a QApplication (QCustomPlot draws the plots)</source>
        <translation>El informe PDF necesita una QApplication (QCustomPlot dibuja los gráficos)</translation>
    </message>
    <message>
        <source>Paper size must be A4 or Letter</source>
        <translation>El tamaño de papel debe ser A4 o Letter</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>No se puede escribir el informe %1: %2</translation>
    </message>
    <message>
        <source>Fakeprint case report: %1, analysis %2</source>
        <translation>Informe del caso de Fakeprint: %1, análisis %2</translation>
    </message>
    <message>
        <source>Case %1 (id %2) · analysis %3 · report %4</source>
        <translation>Caso %1 (id %2) · análisis %3 · informe %4</translation>
    </message>
    <message>
        <source>Evidence SHA-256: %1</source>
        <translation>SHA-256 de la evidencia: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot start painting the PDF %1</source>
        <translation>No se puede empezar a dibujar el PDF %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de órdenes.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones específicas de Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Muestra la información de la versión.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opciones desconocidas: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Falta un valor después de «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valor inesperado después de «%1».</translation>
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
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>manipulated</source>
        <translation>manipulado</translation>
    </message>
    <message>
        <source>manipulated, method unknown</source>
        <translation>manipulado, método desconocido</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>no concluyente</translation>
    </message>
    <message>
        <source>pending (analysis not finished)</source>
        <translation>pendiente (análisis no finalizado)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>%1 (no interval stored)</source>
        <translation>%1 (sin intervalo almacenado)</translation>
    </message>
    <message>
        <source>%1 (95% interval %2 to %3)</source>
        <translation>%1 (intervalo del 95 %: de %2 a %3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Caution: the model %1 was trained on synthetic manipulations generated by Fakeprint, not on real-world deepfakes. Its scores are indications with the uncertainty shown, not proof.</source>
        <translation>Precaución: el modelo %1 se entrenó con manipulaciones sintéticas generadas por Fakeprint, no con deepfakes reales. Sus puntuaciones son indicios con la incertidumbre indicada, no pruebas.</translation>
    </message>
    <message>
        <source>Model-derived values on this page come from model %1 %2 (SHA-256 %3) with frame stride %4 and face detection every %5 frames. Intervals are 95% intervals over the frames of a track.</source>
        <translation>Los valores derivados del modelo en esta página proceden del modelo %1 %2 (SHA-256 %3) con un paso de fotogramas de %4 y detección de rostros cada %5 fotogramas. Los intervalos son intervalos del 95 % sobre los fotogramas de una pista.</translation>
    </message>
    <message>
        <source>Fakeprint case report</source>
        <translation>Informe del caso de Fakeprint</translation>
    </message>
    <message>
        <source>Deepfake detection and attribution for one video analysis</source>
        <translation>Detección y atribución de deepfakes para un análisis de vídeo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Id del caso</translation>
    </message>
    <message>
        <source>%1 (UUID %2)</source>
        <translation>%1 (UUID %2)</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Id del informe</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 del contenido</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1, %2, iniciado el %3</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>SHA-256 de la evidencia</translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation>Pistas faciales</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
    <message>
        <source>Audit head hash</source>
        <translation>Hash de cabecera de la auditoría</translation>
    </message>
    <message>
        <source>The content SHA-256 is the hash of this analysis&apos;s machine-readable export (fakeprint-cli export-data --json, without its exported_at field) at the time of the report; the same data gives the same hash. The audit head hash anchors the case database&apos;s hash-chained audit log.</source>
        <translation>El SHA-256 del contenido es el hash de la exportación legible por máquina de este análisis (fakeprint-cli export-data --json, sin su campo exported_at) en el momento del informe; los mismos datos dan el mismo hash. El hash de cabecera de la auditoría ancla el registro de auditoría encadenado por hashes de la base de datos de casos.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Cómo leer este informe</translation>
    </message>
    <message>
        <source>Fakeprint finds faces in the video, follows each face over time as a track, and scores every face crop with a neural network: the probability that the face was manipulated (P(fake)) and, when the model has an attribution head, which manipulation method it resembles. The scores of a track are aggregated into a verdict: real, manipulated (with the method), manipulated by an unknown method, or inconclusive when the evidence is too weak or too short. Every score is an estimate with uncertainty; a verdict is an indication for an expert, not proof.</source>
        <translation>Fakeprint localiza los rostros del vídeo, sigue cada rostro a lo largo del tiempo como una pista y puntúa cada recorte de rostro con una red neuronal: la probabilidad de que el rostro haya sido manipulado (P(fake)) y, cuando el modelo tiene una cabeza de atribución, a qué método de manipulación se asemeja. Las puntuaciones de una pista se agregan en un veredicto: real, manipulado (con el método), manipulado por un método desconocido, o no concluyente cuando la evidencia es demasiado débil o demasiado breve. Cada puntuación es una estimación con incertidumbre; un veredicto es un indicio para un experto, no una prueba.</translation>
    </message>
    <message>
        <source>1. Evidence</source>
        <translation>1. Evidencia</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Registered path</source>
        <translation>Ruta registrada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
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
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Integrity check at report time</source>
        <translation>Comprobación de integridad en el momento del informe</translation>
    </message>
    <message>
        <source>Not performed for this report.</source>
        <translation>No se realizó para este informe.</translation>
    </message>
    <message>
        <source>MATCH: the file still has the recorded size and SHA-256.</source>
        <translation>COINCIDE: el archivo conserva el tamaño y el SHA-256 registrados.</translation>
    </message>
    <message>
        <source>MISMATCH: the file at the registered path differs from the registered evidence.</source>
        <translation>NO COINCIDE: el archivo en la ruta registrada difiere de la evidencia registrada.</translation>
    </message>
    <message>
        <source>MISSING: the file could not be read at the registered path.</source>
        <translation>FALTA: no se pudo leer el archivo en la ruta registrada.</translation>
    </message>
    <message>
        <source>Checked file</source>
        <translation>Archivo comprobado</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>SHA-256 actual</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(ilegible)</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>Tamaño actual</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Media information</source>
        <translation>Información multimedia</translation>
    </message>
    <message>
        <source>No media information was recorded.</source>
        <translation>No se registró información multimedia.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Códec de vídeo</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Códec</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>Formato de píxel</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>Anchura (píxeles)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>Altura (píxeles)</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>Rotación (grados)</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <source>Variable frame rate</source>
        <translation>Velocidad de fotogramas variable</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duración (ms)</translation>
    </message>
    <message>
        <source>Frame count</source>
        <translation>Número de fotogramas</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>Fotogramas clave</translation>
    </message>
    <message>
        <source>Time base</source>
        <translation>Base de tiempo</translation>
    </message>
    <message>
        <source>Bit rate (bit/s)</source>
        <translation>Tasa de bits (bit/s)</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. Método</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>SHA-256 del modelo</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>bundled with Fakeprint (name and SHA-256 match the shipped model)</source>
        <translation>incluido con Fakeprint (el nombre y el SHA-256 coinciden con el modelo distribuido)</translation>
    </message>
    <message>
        <source>unverified: not a model shipped with Fakeprint; its card and metrics are the claims of whoever made it</source>
        <translation>no verificado: no es un modelo distribuido con Fakeprint; su ficha y sus métricas son afirmaciones de quien lo creó</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Detector de rostros</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Datos de entrenamiento</translation>
    </message>
    <message>
        <source>This model learned synthetic manipulations: its training faces were altered by Fakeprint&apos;s own generator (face swaps, blends, re-enactment-like warps and similar), not by the tools that make real deepfakes. Results on real-world fakes can differ from the metrics below.</source>
        <translation>Este modelo aprendió manipulaciones sintéticas: sus rostros de entrenamiento fueron alterados por el propio generador de Fakeprint (intercambios de rostro, fusiones, deformaciones similares a la recreación facial y otras parecidas), no por las herramientas con las que se crean deepfakes reales. Los resultados con falsificaciones reales pueden diferir de las métricas siguientes.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>(not described by the card)</source>
        <translation>(no descrito en la ficha)</translation>
    </message>
    <message>
        <source>Measured metrics (from the model card)</source>
        <translation>Métricas medidas (según la ficha del modelo)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(no indicadas)</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <source>The card states none; that does not mean there are none.</source>
        <translation>La ficha no indica ninguna; eso no significa que no las haya.</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>Reglas de decisión</translation>
    </message>
    <message>
        <source>Analysis settings</source>
        <translation>Parámetros del análisis</translation>
    </message>
    <message>
        <source>3. Summary of face tracks</source>
        <translation>3. Resumen de las pistas faciales</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>P(fake) with 95% interval</source>
        <translation>P(fake) con intervalo del 95 %</translation>
    </message>
    <message>
        <source>No face was tracked in this video. Fakeprint makes no statement about videos or frames without faces: no face does not mean real.</source>
        <translation>No se siguió ningún rostro en este vídeo. Fakeprint no hace ninguna afirmación sobre vídeos o fotogramas sin rostros: la ausencia de rostros no significa que sea real.</translation>
    </message>
    <message>
        <source>4. Notes and bookmarks</source>
        <translation>4. Notas y marcadores</translation>
    </message>
    <message>
        <source>No notes or bookmarks concern this analysis.</source>
        <translation>Ninguna nota ni marcador se refiere a este análisis.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>por comprobar</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>pista %1</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>fotograma %1</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>marcador</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>5. Processing log</source>
        <translation>5. Registro del procesamiento</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <source>Frames in the video</source>
        <translation>Fotogramas del vídeo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Last frame committed</source>
        <translation>Último fotograma confirmado</translation>
    </message>
    <message>
        <source>Frames with a scored face</source>
        <translation>Fotogramas con un rostro puntuado</translation>
    </message>
    <message>
        <source>Frames without a scored face</source>
        <translation>Fotogramas sin rostro puntuado</translation>
    </message>
    <message>
        <source>%1 (%2 of the video; no statement is made about them)</source>
        <translation>%1 (%2 del vídeo; no se hace ninguna afirmación sobre ellos)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>The analysis is not completed (status %1): its results may be partial.</source>
        <translation>El análisis no está completado (estado %1): sus resultados pueden ser parciales.</translation>
    </message>
    <message>
        <source>The model is not a bundled Fakeprint model; its identity is its SHA-256 above.</source>
        <translation>El modelo no es un modelo incluido con Fakeprint; su identidad es el SHA-256 indicado arriba.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>6. Audit trail</source>
        <translation>6. Registro de auditoría</translation>
    </message>
    <message>
        <source>VERIFIED: the hash chain of all %1 audit entries of the case database holds.</source>
        <translation>VERIFICADA: la cadena de hashes de las %1 entradas de auditoría de la base de datos de casos es íntegra.</translation>
    </message>
    <message>
        <source>BROKEN: the audit chain fails at entry %1: %2</source>
        <translation>ROTA: la cadena de auditoría falla en la entrada %1: %2</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Hash de cabecera</translation>
    </message>
    <message>
        <source>(empty log)</source>
        <translation>(registro vacío)</translation>
    </message>
    <message>
        <source>Entries of this case</source>
        <translation>Entradas de este caso</translation>
    </message>
    <message>
        <source>Each entry&apos;s hash covers its fields and the previous entry&apos;s hash; check the chain at any time with &quot;fakeprint-cli audit verify --db %1&quot;. Hashes are shortened to 16 hex digits below.</source>
        <translation>El hash de cada entrada abarca sus campos y el hash de la entrada anterior; compruebe la cadena en cualquier momento con «fakeprint-cli audit verify --db %1». A continuación, los hashes se acortan a 16 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Pista %1</translation>
    </message>
    <message>
        <source>Method label</source>
        <translation>Etiqueta del método</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 scored)</source>
        <translation>%1 a %2 (%3 puntuados)</translation>
    </message>
    <message>
        <source>Median face box</source>
        <translation>Recuadro mediano del rostro</translation>
    </message>
    <message>
        <source>x %1, y %2, %3 x %4 pixels</source>
        <translation>x %1, y %2, %3 x %4 píxeles</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agregación</translation>
    </message>
    <message>
        <source>Frames that drove the verdict</source>
        <translation>Fotogramas determinantes del veredicto</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>Id en la base de datos</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Puntuaciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No frame of this track was scored.</source>
        <translation>No se puntuó ningún fotograma de esta pista.</translation>
    </message>
    <message>
        <source>Black: P(fake) per scored frame. Coloured: probability of each manipulation class. Dashed line: the decision threshold of the model card; shaded band: the inconclusive range. Single frames vary; the verdict rests on the whole track.</source>
        <translation>Negro: P(fake) por fotograma puntuado. En color: probabilidad de cada clase de manipulación. Línea discontinua: el umbral de decisión de la ficha del modelo; banda sombreada: el intervalo no concluyente. Los fotogramas individuales varían; el veredicto se basa en la pista completa.</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>Probabilidades de clase</translation>
    </message>
    <message>
        <source>Mean probability of each class over the track&apos;s frames; whiskers show 95% intervals where they were stored.</source>
        <translation>Probabilidad media de cada clase sobre los fotogramas de la pista; los bigotes muestran intervalos del 95 % cuando se almacenaron.</translation>
    </message>
    <message>
        <source>Faces at the frames that drove the verdict</source>
        <translation>Rostros en los fotogramas determinantes del veredicto</translation>
    </message>
    <message>
        <source>frame %1, P(fake) %2</source>
        <translation>fotograma %1, P(fake) %2</translation>
    </message>
    <message>
        <source>frame %1 could not be decoded</source>
        <translation>no se pudo decodificar el fotograma %1</translation>
    </message>
    <message>
        <source>Key frames with Grad-CAM heatmaps</source>
        <translation>Fotogramas clave con mapas de calor Grad-CAM</translation>
    </message>
    <message>
        <source>A Grad-CAM heatmap shows where in the face crop the model found the evidence for one class: warm colours mark the regions that raised the model&apos;s score most. It shows where the model looked. It is NOT a map of fake or manipulated pixels, it does not localise a manipulation, and a strong heatmap on a real face is possible.</source>
        <translation>Un mapa de calor Grad-CAM muestra en qué parte del recorte del rostro encontró el modelo la evidencia de una clase: los colores cálidos marcan las regiones que más elevaron la puntuación del modelo. Muestra dónde miró el modelo. NO es un mapa de píxeles falsos o manipulados, no localiza una manipulación, y es posible un mapa de calor intenso sobre un rostro real.</translation>
    </message>
    <message>
        <source>Frame %1. Left: the face crop as decoded. Right: %2 heatmap for &quot;%3&quot; over the same crop (where the model looked for this class, not where the image is fake).</source>
        <translation>Fotograma %1. Izquierda: el recorte del rostro tal como se decodificó. Derecha: mapa de calor %2 para «%3» sobre el mismo recorte (dónde buscó el modelo esta clase, no dónde la imagen es falsa).</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded.</source>
        <translation>No se pudo decodificar el fotograma %1.</translation>
    </message>
    <message>
        <source>The stored heatmap could not be decoded.</source>
        <translation>No se pudo decodificar el mapa de calor almacenado.</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Conjunto de evaluación</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Exactitud equilibrada</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>AUC (real/fake)</source>
        <translation>AUC binario</translation>
    </message>
    <message>
        <source>EER (real/fake)</source>
        <translation>EER binario</translation>
    </message>
    <message>
        <source>Recall per class, %1</source>
        <translation>Exhaustividad por clase, %1</translation>
    </message>
    <message>
        <source>Confusion matrices are in the model card.</source>
        <translation>Las matrices de confusión están en la ficha del modelo.</translation>
    </message>
    <message>
        <source>Validation macro-F1 by epoch</source>
        <translation>F1 macro de validación por época</translation>
    </message>
</context>
<context>
    <name>ReportDataLoader</name>
    <message>
        <source>Reading analysis %1 of %2</source>
        <translation>Leyendo el análisis %1 de %2</translation>
    </message>
    <message>
        <source>Reading the case of analysis %1</source>
        <translation>Leyendo el caso del análisis %1</translation>
    </message>
    <message>
        <source>Reading the evidence of analysis %1</source>
        <translation>Leyendo la evidencia del análisis %1</translation>
    </message>
    <message>
        <source>Re-checking evidence %1 (%2)</source>
        <translation>Volviendo a comprobar la evidencia %1 (%2)</translation>
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
        <translation>Índice de fotograma</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Mean probability</source>
        <translation>Probabilidad media</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation %1 is missing from this build of Fakeprint.</source>
        <translation>La traducción %1 no está incluida en esta compilación de Fakeprint.</translation>
    </message>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; available languages: %2.</source>
        <translation>No hay traducción para el idioma «%1»; idiomas disponibles: %2.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 [%2] %3/%4 frames  %5 fps  ETA %6  %7 tracks</source>
        <translation>%1 [%2] %3/%4 fotogramas  %5 fps  quedan %6  %7 pistas</translation>
    </message>
    <message>
        <source>Analyse every face track of a video with a model and store the results in a case database.
The verdicts come from a model; the bundled model learned synthetic manipulations only.</source>
        <translation>Analiza cada pista facial de un vídeo con un modelo y almacena los resultados en una base de datos de casos.
Los veredictos proceden de un modelo; el modelo incluido solo aprendió manipulaciones sintéticas.</translation>
    </message>
    <message>
        <source>The evidence file (opened read-only).</source>
        <translation>El archivo de evidencia (se abre en modo de solo lectura).</translation>
    </message>
    <message>
        <source>Case database (default: %1).</source>
        <translation>Base de datos de casos (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Case name; created when missing.</source>
        <translation>Nombre del caso; se crea si no existe.</translation>
    </message>
    <message>
        <source>Model name or card path (default: the bundled model).</source>
        <translation>Nombre del modelo o ruta de su ficha (predeterminado: el modelo incluido).</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto).</source>
        <translation>auto, cpu o cuda (predeterminado: auto).</translation>
    </message>
    <message>
        <source>CPU threads for inference, 0 = all cores.</source>
        <translation>Hilos de CPU para la inferencia; 0 = todos los núcleos.</translation>
    </message>
    <message>
        <source>Analyse every N-th frame (default 1).</source>
        <translation>Analizar cada N-ésimo fotograma (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Run the face detector every K analysed frames, track in between (default 3).</source>
        <translation>Ejecutar el detector de rostros cada K fotogramas analizados y seguir los rostros entre medias (predeterminado: 3).</translation>
    </message>
    <message>
        <source>Faces smaller than this many pixels are counted, not scored (default 40).</source>
        <translation>Los rostros de menos píxeles que este valor se cuentan, pero no se puntúan (predeterminado: 40).</translation>
    </message>
    <message>
        <source>auto, blazeface, haar or lbp (default auto).</source>
        <translation>auto, blazeface, haar o lbp (predeterminado: auto).</translation>
    </message>
    <message>
        <source>Continue the interrupted analysis ID.</source>
        <translation>Continuar el análisis interrumpido con el ID indicado.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Imprimir el resultado como JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation>Sin salida de progreso.</translation>
    </message>
    <message>
        <source>analyze needs exactly one VIDEO; see &apos;fakeprint-cli analyze --help&apos;</source>
        <translation>analyze necesita exactamente un VIDEO; véase «fakeprint-cli analyze --help»</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda, not &apos;%1&apos;</source>
        <translation>--device debe ser auto, cpu o cuda, no «%1»</translation>
    </message>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>--%1 debe ser un entero &gt;= %2</translation>
    </message>
    <message>
        <source>--resume needs an analysis id</source>
        <translation>--resume necesita un id de análisis</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Analysis %1 of %2 (sha256 %3) in case database %4</source>
        <translation>Análisis %1 de %2 (sha256 %3) en la base de datos de casos %4</translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3)%4; trained on synthetic manipulations only, see its card.</source>
        <translation>Modelo %1 %2 (sha256 %3)%4; entrenado solo con manipulaciones sintéticas, véase su ficha.</translation>
    </message>
    <message>
        <source> [UNVERIFIED]</source>
        <translation> [NO VERIFICADO]</translation>
    </message>
    <message>
        <source>  track %1  frames %2-%3  %4%5  confidence %6  P(fake) %7</source>
        <translation>  pista %1  fotogramas %2-%3  %4%5  confianza %6  P(fake) %7</translation>
    </message>
    <message>
        <source>Video: %1 — %2</source>
        <translation>Vídeo: %1 — %2</translation>
    </message>
    <message>
        <source>audit verify: check the hash chain of a case database&apos;s audit log (read-only).
Exit 0 when the chain holds, 6 naming the first bad entry when an entry was edited, removed or reordered.</source>
        <translation>audit verify: comprueba la cadena de hashes del registro de auditoría de una base de datos de casos (solo lectura).
Código de salida 0 si la cadena es íntegra; 6, indicando la primera entrada incorrecta, si una entrada se modificó, se eliminó o se reordenó.</translation>
    </message>
    <message>
        <source>The action (verify).</source>
        <translation>La acción (verify).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli audit verify [--db CASE.db] [--json]</source>
        <translation>uso: fakeprint-cli audit verify [--db CASE.db] [--json]</translation>
    </message>
    <message>
        <source>audit chain of %1 broken at entry %2: %3</source>
        <translation>cadena de auditoría de %1 rota en la entrada %2: %3</translation>
    </message>
    <message>
        <source>Audit chain of %1 holds: %2 entries, head %3</source>
        <translation>La cadena de auditoría de %1 es íntegra: %2 entradas, cabecera %3</translation>
    </message>
    <message>
        <source>Export one case (its evidence records, analyses, heatmaps, notes and audit entries) as a single bundle file. The evidence videos themselves are not included.</source>
        <translation>Exporta un caso (sus registros de evidencia, análisis, mapas de calor, notas y entradas de auditoría) como un único archivo de paquete. Los vídeos de evidencia no se incluyen.</translation>
    </message>
    <message>
        <source>Case name or id.</source>
        <translation>Nombre o id del caso.</translation>
    </message>
    <message>
        <source>Bundle file to write (must not exist).</source>
        <translation>Archivo de paquete que se escribirá (no debe existir).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</source>
        <translation>uso: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</translation>
    </message>
    <message>
        <source>Exported case &apos;%1&apos; to %2 (%3 bytes, SHA-256 %4)</source>
        <translation>Caso «%1» exportado a %2 (%3 bytes, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Import a case bundle into a case database. Every digest is checked; a case that already exists is never replaced (use --as NAME to import a copy under another name).</source>
        <translation>Importa un paquete de caso en una base de datos de casos. Se comprueba cada resumen criptográfico; un caso existente nunca se sustituye (use --as NAME para importar una copia con otro nombre).</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>El archivo de paquete.</translation>
    </message>
    <message>
        <source>Import under this case name.</source>
        <translation>Importar con este nombre de caso.</translation>
    </message>
    <message>
        <source>Refuse bundles larger than this (default 8192 MiB).</source>
        <translation>Rechazar paquetes mayores que este tamaño (predeterminado: 8192 MiB).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</source>
        <translation>uso: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</translation>
    </message>
    <message>
        <source>--max-size-mb needs a positive number</source>
        <translation>--max-size-mb necesita un número positivo</translation>
    </message>
    <message>
        <source>Imported case &apos;%1&apos; as id %2 into %3 (%4 videos, %5 analyses)</source>
        <translation>Caso «%1» importado con el id %2 en %3 (%4 vídeos, %5 análisis)</translation>
    </message>
    <message>
        <source>Manage cases in a case database.
  case new NAME [--analyst A] [--description D]   create a case
  case list                                       list the cases
  case show NAME_OR_ID [--verify]                 evidence, analyses and notes of a case;
                                                  --verify re-hashes every evidence file</source>
        <translation>Gestiona los casos de una base de datos de casos.
  case new NAME [--analyst A] [--description D]   crea un caso
  case list                                       lista los casos
  case show NAME_OR_ID [--verify]                 evidencias, análisis y notas de un caso;
                                                  --verify vuelve a calcular el hash de cada archivo de evidencia</translation>
    </message>
    <message>
        <source>Analyst name (case new).</source>
        <translation>Nombre del analista (case new).</translation>
    </message>
    <message>
        <source>Case description (case new).</source>
        <translation>Descripción del caso (case new).</translation>
    </message>
    <message>
        <source>Re-hash the evidence files and compare (case show); exit 6 on a mismatch.</source>
        <translation>Volver a calcular el hash de los archivos de evidencia y comparar (case show); código de salida 6 si no coinciden.</translation>
    </message>
    <message>
        <source>new, list or show</source>
        <translation>new, list o show</translation>
    </message>
    <message>
        <source>case needs an action: new, list or show; see &apos;fakeprint-cli case --help&apos;</source>
        <translation>case necesita una acción: new, list o show; véase «fakeprint-cli case --help»</translation>
    </message>
    <message>
        <source>case new needs exactly one NAME</source>
        <translation>case new necesita exactamente un NAME</translation>
    </message>
    <message>
        <source>case show needs exactly one NAME_OR_ID</source>
        <translation>case show necesita exactamente un NAME_OR_ID</translation>
    </message>
    <message>
        <source>case list takes no arguments</source>
        <translation>case list no admite argumentos</translation>
    </message>
    <message>
        <source>warning: analysis %1 was left running by a program that stopped; marked interrupted</source>
        <translation>advertencia: el análisis %1 quedó en ejecución por un programa que se detuvo; se marca como interrumpido</translation>
    </message>
    <message>
        <source>Created case %1 &apos;%2&apos; in %3</source>
        <translation>Caso %1 «%2» creado en %3</translation>
    </message>
    <message>
        <source>No case in %1</source>
        <translation>No hay ningún caso en %1</translation>
    </message>
    <message>
        <source>%1 videos, %2 analyses</source>
        <translation>%1 vídeos, %2 análisis</translation>
    </message>
    <message>
        <source>Case %1 &apos;%2&apos;  uuid %3</source>
        <translation>Caso %1 «%2»  uuid %3</translation>
    </message>
    <message>
        <source>Analyst: %1  created %2</source>
        <translation>Analista: %1  creado el %2</translation>
    </message>
    <message>
        <source>Evidence (%1):</source>
        <translation>Evidencias (%1):</translation>
    </message>
    <message>
        <source>Analyses (%1):</source>
        <translation>Análisis (%1):</translation>
    </message>
    <message>
        <source>Notes and bookmarks (%1):</source>
        <translation>Notas y marcadores (%1):</translation>
    </message>
    <message>
        <source> (frame %1)</source>
        <translation> (fotograma %1)</translation>
    </message>
    <message>
        <source>Print the version and the library versions</source>
        <translation>Imprime la versión y las versiones de las bibliotecas</translation>
    </message>
    <message>
        <source>List, show or add models (list [--json], show NAME, add CARD.json)</source>
        <translation>Lista, muestra o añade modelos (list [--json], show NAME, add CARD.json)</translation>
    </message>
    <message>
        <source>Media info and SHA-256 of a video (--json, --md5, --frame-hashes)</source>
        <translation>Información multimedia y SHA-256 de un vídeo (--json, --md5, --frame-hashes)</translation>
    </message>
    <message>
        <source>Write decoded frame INDEX of a video as PNG (-o OUT.png)</source>
        <translation>Escribe el fotograma decodificado INDEX de un vídeo como PNG (-o OUT.png)</translation>
    </message>
    <message>
        <source>Detect (and track) faces in an image or a video (--json, --every K, --detector)</source>
        <translation>Detecta (y sigue) rostros en una imagen o un vídeo (--json, --every K, --detector)</translation>
    </message>
    <message>
        <source>Create, list and show cases (new NAME, list, show NAME_OR_ID [--verify])</source>
        <translation>Crea, lista y muestra casos (new NAME, list, show NAME_OR_ID [--verify])</translation>
    </message>
    <message>
        <source>Verify the hash chain of a case database&apos;s audit log (verify --db F)</source>
        <translation>Verifica la cadena de hashes del registro de auditoría de una base de datos de casos (verify --db F)</translation>
    </message>
    <message>
        <source>Export a case as a bundle file (--db F --case C -o BUNDLE)</source>
        <translation>Exporta un caso como archivo de paquete (--db F --case C -o BUNDLE)</translation>
    </message>
    <message>
        <source>Import a case bundle into a case database (BUNDLE --db F [--as NAME])</source>
        <translation>Importa un paquete de caso en una base de datos de casos (BUNDLE --db F [--as NAME])</translation>
    </message>
    <message>
        <source>Analyse the face tracks of a video into a case database</source>
        <translation>Analiza las pistas faciales de un vídeo y las guarda en una base de datos de casos</translation>
    </message>
    <message>
        <source>Write the PDF case report of an analysis</source>
        <translation>Escribe el informe PDF del caso de un análisis</translation>
    </message>
    <message>
        <source>Export an analysis as JSON and per-frame scores as CSV</source>
        <translation>Exporta un análisis como JSON y las puntuaciones por fotograma como CSV</translation>
    </message>
    <message>
        <source>Export one analysis as JSON (docs/export-schema.md) and/or its per-frame scores as CSV.</source>
        <translation>Exporta un análisis como JSON (docs/export-schema.md) y/o sus puntuaciones por fotograma como CSV.</translation>
    </message>
    <message>
        <source>Case database.</source>
        <translation>Base de datos de casos.</translation>
    </message>
    <message>
        <source>Analysis id.</source>
        <translation>Id del análisis.</translation>
    </message>
    <message>
        <source>JSON file to write.</source>
        <translation>Archivo JSON que se escribirá.</translation>
    </message>
    <message>
        <source>CSV file of per-frame scores to write.</source>
        <translation>Archivo CSV de puntuaciones por fotograma que se escribirá.</translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (integrity_check is then &quot;not_checked&quot;).</source>
        <translation>No volver a calcular el hash del archivo de evidencia (integrity_check es entonces &quot;not_checked&quot;).</translation>
    </message>
    <message>
        <source>export-data needs --db CASE.db, --analysis ID and --json OUT.json and/or --csv OUT.csv</source>
        <translation>export-data necesita --db CASE.db, --analysis ID y --json OUT.json y/o --csv OUT.csv</translation>
    </message>
    <message>
        <source>--analysis expects a number, got &apos;%1&apos;</source>
        <translation>--analysis espera un número; se recibió «%1»</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Detect faces in an image or in the frames of a video.</source>
        <translation>Detecta rostros en una imagen o en los fotogramas de un vídeo.</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Imprimir un documento JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>Detect on every K-th frame (default 1).</source>
        <translation>Detectar en cada K-ésimo fotograma (predeterminado: 1).</translation>
    </message>
    <message>
        <source>auto (default), blazeface, haar or lbp.</source>
        <translation>auto (predeterminado), blazeface, haar o lbp.</translation>
    </message>
    <message>
        <source>Minimum detection score (default 0.6).</source>
        <translation>Puntuación mínima de detección (predeterminada: 0.6).</translation>
    </message>
    <message>
        <source>Stop after N frames (0: all).</source>
        <translation>Detenerse tras N fotogramas (0: todos).</translation>
    </message>
    <message>
        <source>Also track the faces and list the tracks on every frame.</source>
        <translation>Seguir también los rostros y listar las pistas en cada fotograma.</translation>
    </message>
    <message>
        <source>The file (opened read-only).</source>
        <translation>El archivo (se abre en modo de solo lectura).</translation>
    </message>
    <message>
        <source>faces needs exactly one VIDEO_OR_IMAGE argument; see &apos;fakeprint-cli faces --help&apos;</source>
        <translation>faces necesita exactamente un argumento VIDEO_OR_IMAGE; véase «fakeprint-cli faces --help»</translation>
    </message>
    <message>
        <source>--every needs a whole number &gt;= 1, not &apos;%1&apos;</source>
        <translation>--every necesita un número entero &gt;= 1, no «%1»</translation>
    </message>
    <message>
        <source>--threshold needs a number between 0 and 1, not &apos;%1&apos;</source>
        <translation>--threshold necesita un número entre 0 y 1, no «%1»</translation>
    </message>
    <message>
        <source>--max-frames needs a whole number &gt;= 0, not &apos;%1&apos;</source>
        <translation>--max-frames necesita un número entero &gt;= 0, no «%1»</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 could not be decoded as an image: %2</source>
        <translation>No se pudo decodificar %1 como imagen: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces (%3)</source>
        <translation>%1: %2 rostros (%3)</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>fotograma %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces in %3 frames (%4)</source>
        <translation>%1: %2 rostros en %3 fotogramas (%4)</translation>
    </message>
    <message>
        <source>Write one decoded frame of a video as a PNG (lossless RGB, display orientation).</source>
        <translation>Escribe un fotograma decodificado de un vídeo como PNG (RGB sin pérdida, orientación de visualización).</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>El archivo PNG que se escribirá.</translation>
    </message>
    <message>
        <source>Print the frame&apos;s index, pts, size and pixel MD5 as JSON.</source>
        <translation>Imprimir el índice, el pts, el tamaño y el MD5 de los píxeles del fotograma como JSON.</translation>
    </message>
    <message>
        <source>The video file (opened read-only).</source>
        <translation>El archivo de vídeo (se abre en modo de solo lectura).</translation>
    </message>
    <message>
        <source>0-based frame index in presentation order.</source>
        <translation>Índice del fotograma en orden de presentación, empezando por 0.</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli frame VIDEO INDEX -o OUT.png</source>
        <translation>uso: fakeprint-cli frame VIDEO INDEX -o OUT.png</translation>
    </message>
    <message>
        <source>INDEX must be a frame number (0 or more), not &apos;%1&apos;</source>
        <translation>INDEX debe ser un número de fotograma (0 o mayor), no «%1»</translation>
    </message>
    <message>
        <source>refusing to write over the evidence file %1</source>
        <translation>se rechaza sobrescribir el archivo de evidencia %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote frame %1 (pts %2, %3x%4, rgb24 md5 %5) to %6</source>
        <translation>Fotograma %1 (pts %2, %3x%4, md5 rgb24 %5) escrito en %6</translation>
    </message>
    <message>
        <source>Print media information and the SHA-256 of a video (evidence) file.</source>
        <translation>Imprime la información multimedia y el SHA-256 de un archivo de vídeo (evidencia).</translation>
    </message>
    <message>
        <source>Also compute the MD5 of the file.</source>
        <translation>Calcular también el MD5 del archivo.</translation>
    </message>
    <message>
        <source>Decode every frame and list the MD5 of its RGB24 pixels.</source>
        <translation>Decodificar cada fotograma y listar el MD5 de sus píxeles RGB24.</translation>
    </message>
    <message>
        <source>info needs exactly one VIDEO argument; see &apos;fakeprint-cli info --help&apos;</source>
        <translation>info necesita exactamente un argumento VIDEO; véase «fakeprint-cli info --help»</translation>
    </message>
    <message>
        <source>Frame %1 (pts %2): %3
</source>
        <translation>Fotograma %1 (pts %2): %3
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>No hay ningún modelo instalado.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>advertencia: </translation>
    </message>
    <message>
        <source>architecture: </source>
        <translation>arquitectura: </translation>
    </message>
    <message>
        <source>limitation: </source>
        <translation>limitación: </translation>
    </message>
    <message>
        <source>Installed model %1 as %2 (%3)</source>
        <translation>Modelo %1 instalado como %2 (%3)</translation>
    </message>
    <message>
        <source>List, show or add models (TorchScript + JSON card).
  models list [--json]            installed models, bundled first
  models show NAME_OR_PATH [--json]  one card, with a check of its weights&apos; SHA-256
  models add CARD.json [--json]   validate a model and copy it into the user models folder</source>
        <translation>Lista, muestra o añade modelos (TorchScript + ficha JSON).
  models list [--json]            modelos instalados, los incluidos primero
  models show NAME_OR_PATH [--json]  una ficha, con comprobación del SHA-256 de sus pesos
  models add CARD.json [--json]   valida un modelo y lo copia en la carpeta de modelos del usuario</translation>
    </message>
    <message>
        <source>list, show or add</source>
        <translation>list, show o add</translation>
    </message>
    <message>
        <source>model name or card path (show), card path (add)</source>
        <translation>nombre del modelo o ruta de la ficha (show), ruta de la ficha (add)</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli models list|show NAME|add CARD.json [--json]; see &apos;fakeprint-cli models --help&apos;</source>
        <translation>uso: fakeprint-cli models list|show NAME|add CARD.json [--json]; véase «fakeprint-cli models --help»</translation>
    </message>
    <message>
        <source>Write the PDF case report of one analysis.</source>
        <translation>Escribe el informe PDF del caso de un análisis.</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>Archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>Report language: %1 (default: the language of the messages).</source>
        <translation>Idioma del informe: %1 (predeterminado: el idioma de los mensajes).</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>Tamaño de papel: a4 (predeterminado) o letter.</translation>
    </message>
    <message>
        <source>Analyst named on the cover.</source>
        <translation>Analista que figura en la portada.</translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (the report then says so).</source>
        <translation>No volver a calcular el hash del archivo de evidencia (el informe lo indica).</translation>
    </message>
    <message>
        <source>Print the report id, page count and hashes as JSON.</source>
        <translation>Imprimir el id del informe, el número de páginas y los hashes como JSON.</translation>
    </message>
    <message>
        <source>report needs --db CASE.db, --analysis ID and -o OUT.pdf</source>
        <translation>report necesita --db CASE.db, --analysis ID y -o OUT.pdf</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, got &apos;%1&apos;</source>
        <translation>--paper debe ser a4 o letter; se recibió «%1»</translation>
    </message>
    <message>
        <source>layout: %1</source>
        <translation>maquetación: %1</translation>
    </message>
    <message>
        <source>warning: the evidence failed its integrity check: %1</source>
        <translation>advertencia: la evidencia no superó la comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, report id %3)</source>
        <translation>%1 escrito (%2 páginas, id del informe %3)</translation>
    </message>
    <message>
        <source>Print the version and the library versions.</source>
        <translation>Imprime la versión y las versiones de las bibliotecas.</translation>
    </message>
    <message>
        <source>Usage: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</source>
        <translation>Uso: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Fakeprint %1: offline deepfake detection and attribution for video.</source>
        <translation>Fakeprint %1: detección y atribución de deepfakes en vídeo, sin conexión.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command</source>
        <translation>Mostrar esta ayuda, o la ayuda de una orden si se indica después de la orden</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Imprimir la versión</translation>
    </message>
    <message>
        <source>Language of the messages and the default language of &apos;report&apos;: %1 (default: the language chosen in Fakeprint&apos;s settings, else the system language)</source>
        <translation>Idioma de los mensajes e idioma predeterminado de «report»: %1 (predeterminado: el idioma elegido en la configuración de Fakeprint o, si no, el idioma del sistema)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad command line, 3 bad input file, 4 model missing or invalid, 5 case database error, 6 integrity check failed, 130 cancelled.</source>
        <translation>Códigos de salida: 0 éxito, 1 fallo, 2 línea de órdenes incorrecta, 3 archivo de entrada incorrecto, 4 modelo ausente o no válido, 5 error de la base de datos de casos, 6 comprobación de integridad fallida, 130 cancelado.</translation>
    </message>
    <message>
        <source>JSON (--json) goes to standard output; messages and progress go to standard error.</source>
        <translation>El JSON (--json) se envía a la salida estándar; los mensajes y el progreso, a la salida de error estándar.</translation>
    </message>
    <message>
        <source>--lang needs a language, e.g. --lang de</source>
        <translation>--lang necesita un idioma, p. ej. --lang de</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;fakeprint-cli --help&apos;</source>
        <translation>orden desconocida «%1»; véase «fakeprint-cli --help»</translation>
    </message>
</context>
<context>
    <name>fp</name>
    <message>
        <source>File not found: %1</source>
        <translation>Archivo no encontrado: %1</translation>
    </message>
    <message>
        <source>Cannot open %1 for reading: %2</source>
        <translation>No se puede abrir %1 para lectura: %2</translation>
    </message>
    <message>
        <source>Hashing of %1 cancelled</source>
        <translation>Cálculo del hash de %1 cancelado</translation>
    </message>
    <message>
        <source>Read error in %1 at byte %2: %3</source>
        <translation>Error de lectura en %1 en el byte %2: %3</translation>
    </message>
</context>
<context>
    <name>fp::analysis</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>fp::analysis::AnalysisJob</name>
    <message>
        <source>Frame stride, detection interval and batch size must be at least 1.</source>
        <translation>El paso de fotogramas, el intervalo de detección y el tamaño de lote deben ser como mínimo 1.</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Cargando el modelo</translation>
    </message>
    <message>
        <source>Model %1 is not one of the bundled models: its origin is unverified.</source>
        <translation>El modelo %1 no es uno de los modelos incluidos: su origen no está verificado.</translation>
    </message>
    <message>
        <source>Opening the video</source>
        <translation>Abriendo el vídeo</translation>
    </message>
    <message>
        <source>Hashing the evidence</source>
        <translation>Calculando el hash de la evidencia</translation>
    </message>
    <message>
        <source>Analysis %1 is %2; only an interrupted analysis can be resumed.</source>
        <translation>El análisis %1 tiene el estado %2; solo se puede reanudar un análisis interrumpido.</translation>
    </message>
    <message>
        <source>Analysis %1 was made with model %2 (sha256 %3); resume it with that model.</source>
        <translation>El análisis %1 se realizó con el modelo %2 (sha256 %3); reanúdelo con ese modelo.</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analizando</translation>
    </message>
    <message>
        <source>Analysis %1 cancelled at frame %2; the frames analysed so far are kept in the case.</source>
        <translation>Análisis %1 cancelado en el fotograma %2; los fotogramas analizados hasta ahora se conservan en el caso.</translation>
    </message>
    <message>
        <source>Explaining verdicts</source>
        <translation>Explicando los veredictos</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>fotograma %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizado</translation>
    </message>
</context>
<context>
    <name>fp::analysis::TruthComparison</name>
    <message>
        <source>Not a ground-truth file of fakeprint-lab synth (format fakeprint-synth-truth/1).</source>
        <translation>No es un archivo de verdad de referencia de fakeprint-lab synth (formato fakeprint-synth-truth/1).</translation>
    </message>
    <message>
        <source>truth  class            analysed  overlap  verdict          method           confidence  agrees</source>
        <translation>ref.   clase            pista     solape   veredicto        método           confianza   coincide</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>%1 of %2 truth tracks agree; %3 analysed track(s) match no truth track.</source>
        <translation>%1 de %2 pistas de referencia coinciden; %3 pista(s) analizada(s) no corresponden a ninguna pista de referencia.</translation>
    </message>
</context>
<context>
    <name>fp::cases</name>
    <message>
        <source>reading the tracks of analysis %1</source>
        <translation>leer las pistas del análisis %1</translation>
    </message>
    <message>
        <source>reading the face detections of analysis %1</source>
        <translation>leer las detecciones de rostros del análisis %1</translation>
    </message>
    <message>
        <source>reading the frame scores of analysis %1</source>
        <translation>leer las puntuaciones por fotograma del análisis %1</translation>
    </message>
    <message>
        <source>reading the heatmaps of frame %1 of analysis %2</source>
        <translation>leer los mapas de calor del fotograma %1 del análisis %2</translation>
    </message>
    <message>
        <source>listing the heatmap frames of analysis %1</source>
        <translation>listar los fotogramas con mapa de calor del análisis %1</translation>
    </message>
    <message>
        <source>reading the coverage of analysis %1</source>
        <translation>leer la cobertura del análisis %1</translation>
    </message>
    <message>
        <source>starting an analysis of evidence %1 in case %2</source>
        <translation>iniciar un análisis de la evidencia %1 en el caso %2</translation>
    </message>
    <message>
        <source>Evidence %1 is not part of case %2 in %3</source>
        <translation>La evidencia %1 no forma parte del caso %2 en %3</translation>
    </message>
    <message>
        <source>resuming analysis %1</source>
        <translation>reanudar el análisis %1</translation>
    </message>
    <message>
        <source>No analysis with id %1 in %2</source>
        <translation>No hay ningún análisis con el id %1 en %2</translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is %3; only an interrupted analysis can be resumed</source>
        <translation>El análisis %1 en %2 tiene el estado %3; solo se puede reanudar un análisis interrumpido</translation>
    </message>
    <message>
        <source>The analysis writer was closed before the analysis finished; it can be resumed</source>
        <translation>El escritor del análisis se cerró antes de que terminara el análisis; se puede reanudar</translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is being written by another running Fakeprint (lock %3)</source>
        <translation>Otra instancia de Fakeprint en ejecución está escribiendo el análisis %1 en %2 (bloqueo %3)</translation>
    </message>
    <message>
        <source>%1 (track %2)</source>
        <translation>%1 (pista %2)</translation>
    </message>
    <message>
        <source>Analysis %1: progress cannot go back from frame %2 to %3</source>
        <translation>Análisis %1: el progreso no puede retroceder del fotograma %2 al %3</translation>
    </message>
    <message>
        <source>Analysis %1 is not running</source>
        <translation>El análisis %1 no está en ejecución</translation>
    </message>
    <message>
        <source>writing results of analysis %1</source>
        <translation>escribir los resultados del análisis %1</translation>
    </message>
    <message>
        <source>Analysis %1: frame %2 refers to track %3, which was never written</source>
        <translation>Análisis %1: el fotograma %2 hace referencia a la pista %3, que nunca se escribió</translation>
    </message>
    <message>
        <source>%1 (detection of track %2 on frame %3)</source>
        <translation>%1 (detección de la pista %2 en el fotograma %3)</translation>
    </message>
    <message>
        <source>%1 (score of track %2 on frame %3)</source>
        <translation>%1 (puntuación de la pista %2 en el fotograma %3)</translation>
    </message>
    <message>
        <source>%1 (heatmap of track %2 on frame %3)</source>
        <translation>%1 (mapa de calor de la pista %2 en el fotograma %3)</translation>
    </message>
    <message>
        <source>An analysis finishes as completed, failed or cancelled, not %1</source>
        <translation>Un análisis termina como completado, fallido o cancelado, no como %1</translation>
    </message>
    <message>
        <source>finishing analysis %1</source>
        <translation>finalizar el análisis %1</translation>
    </message>
    <message>
        <source>marking analysis %1 as interrupted</source>
        <translation>marcar el análisis %1 como interrumpido</translation>
    </message>
    <message>
        <source>appending the audit entry %1</source>
        <translation>añadir la entrada de auditoría %1</translation>
    </message>
    <message>
        <source>verifying the audit log</source>
        <translation>verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>audit entry %1 is missing (the next stored entry is %2): entries were removed</source>
        <translation>falta la entrada de auditoría %1 (la siguiente entrada almacenada es la %2): se eliminaron entradas</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2 (its previous hash differs): entries were removed, reordered or altered</source>
        <translation>la entrada de auditoría %1 no sigue a la entrada %2 (su hash anterior difiere): se eliminaron, reordenaron o alteraron entradas</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 on %3) was altered: its hash does not match its content</source>
        <translation>la entrada de auditoría %1 (%2 en %3) fue alterada: su hash no coincide con su contenido</translation>
    </message>
    <message>
        <source>the audit log ends at entry %1 but its head records entry %2 with another hash: entries were removed from the end or the head was altered</source>
        <translation>el registro de auditoría termina en la entrada %1, pero su cabecera registra la entrada %2 con otro hash: se eliminaron entradas del final o se alteró la cabecera</translation>
    </message>
    <message>
        <source>the audit head record is missing although the log has %1 entries</source>
        <translation>falta el registro de cabecera de la auditoría aunque el registro tiene %1 entradas</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Case bundle %1 is malformed: %2</source>
        <translation>El paquete de caso %1 está mal formado: %2</translation>
    </message>
    <message>
        <source>Case bundle %1 is %2 bytes, larger than the import limit of %3 bytes</source>
        <translation>El paquete de caso %1 ocupa %2 bytes, más que el límite de importación de %3 bytes</translation>
    </message>
    <message>
        <source>Cannot read case bundle %1</source>
        <translation>No se puede leer el paquete de caso %1</translation>
    </message>
    <message>
        <source>it does not start with the Fakeprint bundle signature</source>
        <translation>no empieza con la firma de paquete de Fakeprint</translation>
    </message>
    <message>
        <source>truncated: %1 bytes, the header alone needs %2</source>
        <translation>truncado: %1 bytes, solo el encabezado necesita %2</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Fakeprint reads version %2)</source>
        <translation>la versión de formato %1 no es compatible (esta versión de Fakeprint lee la versión %2)</translation>
    </message>
    <message>
        <source>the manifest size %1 is outside 1..%2 bytes</source>
        <translation>el tamaño del manifiesto, %1, está fuera del intervalo 1..%2 bytes</translation>
    </message>
    <message>
        <source>truncated: the manifest needs %1 bytes, the file has %2</source>
        <translation>truncado: el manifiesto necesita %1 bytes, el archivo tiene %2</translation>
    </message>
    <message>
        <source>Cannot read the manifest of case bundle %1</source>
        <translation>No se puede leer el manifiesto del paquete de caso %1</translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest does not match its SHA-256 (damaged or altered)</source>
        <translation>Paquete de caso %1: el manifiesto no coincide con su SHA-256 (dañado o alterado)</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object: %1</source>
        <translation>el manifiesto no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>the manifest&apos;s format is not &quot;fakeprint-case-bundle&quot;</source>
        <translation>el formato del manifiesto no es «fakeprint-case-bundle»</translation>
    </message>
    <message>
        <source>the manifest must list 1 to %1 parts</source>
        <translation>el manifiesto debe enumerar de 1 a %1 partes</translation>
    </message>
    <message>
        <source>a part entry has no name</source>
        <translation>una entrada de parte no tiene nombre</translation>
    </message>
    <message>
        <source>Case bundle %1 names a part &apos;%2&apos;: not a plain file name (path traversal or special characters); refused</source>
        <translation>El paquete de caso %1 nombra una parte «%2»: no es un nombre de archivo simple (salto de directorio o caracteres especiales); rechazado</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is listed twice</source>
        <translation>la parte «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid size</source>
        <translation>la parte «%1» no tiene un tamaño válido</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid SHA-256</source>
        <translation>la parte «%1» no tiene un SHA-256 válido</translation>
    </message>
    <message>
        <source>truncated: part &apos;%1&apos; needs %2 bytes from offset %3, the file has %4</source>
        <translation>truncado: la parte «%1» necesita %2 bytes desde la posición %3, el archivo tiene %4</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last part</source>
        <translation>%1 bytes inesperados después de la última parte</translation>
    </message>
    <message>
        <source>Cannot seek in case bundle %1</source>
        <translation>No se puede posicionar en el paquete de caso %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>truncated inside part &apos;%1&apos;</source>
        <translation>truncado dentro de la parte «%1»</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Case bundle %1: part &apos;%2&apos; does not match its SHA-256 (expected %3, found %4); the bundle is damaged or was altered</source>
        <translation>Paquete de caso %1: la parte «%2» no coincide con su SHA-256 (se esperaba %3, se encontró %4); el paquete está dañado o fue alterado</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the bundle</source>
        <translation>%1 ya existe; elija otro nombre para el paquete</translation>
    </message>
    <message>
        <source>Invalid bundle part name &apos;%1&apos;</source>
        <translation>Nombre de parte de paquete no válido: «%1»</translation>
    </message>
    <message>
        <source>Cannot write the case bundle %1: %2</source>
        <translation>No se puede escribir el paquete de caso %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>opening the case snapshot</source>
        <translation>abrir la instantánea del caso</translation>
    </message>
    <message>
        <source>importing a case bundle</source>
        <translation>importar un paquete de caso</translation>
    </message>
    <message>
        <source>Export of case &apos;%1&apos; refused: the audit log of %2 is broken at entry %3: %4</source>
        <translation>Exportación del caso «%1» rechazada: el registro de auditoría de %2 está roto en la entrada %3: %4</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the bundle</source>
        <translation>No se puede crear una carpeta temporal para el paquete</translation>
    </message>
    <message>
        <source>taking a snapshot for export</source>
        <translation>crear una instantánea para la exportación</translation>
    </message>
    <message>
        <source>pruning the export snapshot to case &apos;%1&apos;</source>
        <translation>reducir la instantánea de exportación al caso «%1»</translation>
    </message>
    <message>
        <source>Case bundle %1 does not exist</source>
        <translation>El paquete de caso %1 no existe</translation>
    </message>
    <message>
        <source>Cannot open case bundle %1: %2</source>
        <translation>No se puede abrir el paquete de caso %1: %2</translation>
    </message>
    <message>
        <source>Case bundle %1 has an unexpected part &apos;%2&apos;</source>
        <translation>El paquete de caso %1 tiene una parte inesperada «%2»</translation>
    </message>
    <message>
        <source>Case bundle %1 lacks the part &apos;%2&apos;</source>
        <translation>Al paquete de caso %1 le falta la parte «%2»</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to import %1</source>
        <translation>No se puede crear una carpeta temporal para importar %1</translation>
    </message>
    <message>
        <source>Case bundle %1: the audit part is %2 bytes, more than the limit</source>
        <translation>Paquete de caso %1: la parte de auditoría ocupa %2 bytes, más que el límite</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>Case bundle %1: audit.json is not a JSON object</source>
        <translation>Paquete de caso %1: audit.json no es un objeto JSON</translation>
    </message>
    <message>
        <source>checking the database inside case bundle %1</source>
        <translation>comprobar la base de datos incluida en el paquete de caso %1</translation>
    </message>
    <message>
        <source>Case bundle %1 holds no valid database: %2</source>
        <translation>El paquete de caso %1 no contiene ninguna base de datos válida: %2</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 fails its integrity check</source>
        <translation>La base de datos incluida en el paquete de caso %1 no supera su comprobación de integridad</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has schema version %2; this Fakeprint reads 1 to %3</source>
        <translation>La base de datos incluida en el paquete de caso %1 tiene la versión de esquema %2; esta versión de Fakeprint lee de la 1 a la %3</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has dangling references (table %2)</source>
        <translation>La base de datos incluida en el paquete de caso %1 tiene referencias huérfanas (tabla %2)</translation>
    </message>
    <message>
        <source>Case bundle %1 must hold exactly one case</source>
        <translation>El paquete de caso %1 debe contener exactamente un caso</translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest names case %2 but the database holds %3</source>
        <translation>Paquete de caso %1: el manifiesto nombra el caso %2, pero la base de datos contiene %3</translation>
    </message>
    <message>
        <source>importing case bundle %1</source>
        <translation>importar el paquete de caso %1</translation>
    </message>
    <message>
        <source>Case &apos;%1&apos; (id %2) already exists in %3; import refused so that nothing is overwritten (import it under another name to keep both)</source>
        <translation>El caso «%1» (id %2) ya existe en %3; importación rechazada para no sobrescribir nada (impórtelo con otro nombre para conservar ambos)</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>aplicar %1</translation>
    </message>
    <message>
        <source>No case database file was given</source>
        <translation>No se indicó ningún archivo de base de datos de casos</translation>
    </message>
    <message>
        <source>Case database %1 does not exist</source>
        <translation>La base de datos de casos %1 no existe</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the case database</source>
        <translation>No se puede crear la carpeta %1 para la base de datos de casos</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case database file</source>
        <translation>%1 es una carpeta, no un archivo de base de datos de casos</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está disponible</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>abrir la base de datos</translation>
    </message>
    <message>
        <source>Case database %1 has schema version %2, newer than this Fakeprint understands (%3); update Fakeprint</source>
        <translation>La base de datos de casos %1 tiene la versión de esquema %2, más reciente de la que entiende esta versión de Fakeprint (%3); actualice Fakeprint</translation>
    </message>
    <message>
        <source>Case database %1 cannot use write-ahead logging (journal mode stayed %2); is it on a network or read-only file system?</source>
        <translation>La base de datos de casos %1 no puede usar el registro de escritura anticipada (el modo de diario siguió siendo %2); ¿está en un sistema de archivos de red o de solo lectura?</translation>
    </message>
    <message>
        <source>%1 is empty, not a case database</source>
        <translation>%1 está vacío; no es una base de datos de casos</translation>
    </message>
    <message>
        <source>Case database connection %1 (%2) used from a thread that did not open it</source>
        <translation>Conexión %1 (%2) a la base de datos de casos usada desde un hilo que no la abrió</translation>
    </message>
    <message>
        <source>Case database %1 was opened read-only</source>
        <translation>La base de datos de casos %1 se abrió en modo de solo lectura</translation>
    </message>
    <message>
        <source>looking for interrupted analyses</source>
        <translation>buscar análisis interrumpidos</translation>
    </message>
    <message>
        <source>The program running this analysis stopped before it finished; it can be resumed</source>
        <translation>El programa que ejecutaba este análisis se detuvo antes de terminar; se puede reanudar</translation>
    </message>
    <message>
        <source>A case needs a name</source>
        <translation>Un caso necesita un nombre</translation>
    </message>
    <message>
        <source>creating case &apos;%1&apos;</source>
        <translation>crear el caso «%1»</translation>
    </message>
    <message>
        <source>A case named &apos;%1&apos; already exists in %2 (id %3)</source>
        <translation>Ya existe un caso llamado «%1» en %2 (id %3)</translation>
    </message>
    <message>
        <source>listing cases</source>
        <translation>listar los casos</translation>
    </message>
    <message>
        <source>reading case %1</source>
        <translation>leer el caso %1</translation>
    </message>
    <message>
        <source>No case with id %1 in %2</source>
        <translation>No hay ningún caso con el id %1 en %2</translation>
    </message>
    <message>
        <source>looking up case &apos;%1&apos;</source>
        <translation>buscar el caso «%1»</translation>
    </message>
    <message>
        <source>No case named &apos;%1&apos; in %2</source>
        <translation>No hay ningún caso llamado «%1» en %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>adding evidence %1 to case &apos;%2&apos;</source>
        <translation>añadir la evidencia %1 al caso «%2»</translation>
    </message>
    <message>
        <source>recording media info of evidence %1</source>
        <translation>registrar la información multimedia de la evidencia %1</translation>
    </message>
    <message>
        <source>No evidence with id %1 in %2</source>
        <translation>No hay ninguna evidencia con el id %1 en %2</translation>
    </message>
    <message>
        <source>reading evidence %1</source>
        <translation>leer la evidencia %1</translation>
    </message>
    <message>
        <source>listing the evidence of case %1</source>
        <translation>listar las evidencias del caso %1</translation>
    </message>
    <message>
        <source>listing the cases of evidence %1</source>
        <translation>listar los casos de la evidencia %1</translation>
    </message>
    <message>
        <source>Evidence file %1 is missing</source>
        <translation>Falta el archivo de evidencia %1</translation>
    </message>
    <message>
        <source>Evidence file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de evidencia %1: %2</translation>
    </message>
    <message>
        <source>Evidence file %1 matches its registered SHA-256</source>
        <translation>El archivo de evidencia %1 coincide con su SHA-256 registrado</translation>
    </message>
    <message>
        <source>Evidence file %1 has changed: SHA-256 %2 (%3 bytes), registered %4 (%5 bytes)</source>
        <translation>El archivo de evidencia %1 ha cambiado: SHA-256 %2 (%3 bytes); registrado: %4 (%5 bytes)</translation>
    </message>
    <message>
        <source>listing the analyses of case %1</source>
        <translation>listar los análisis del caso %1</translation>
    </message>
    <message>
        <source>reading analysis %1</source>
        <translation>leer el análisis %1</translation>
    </message>
    <message>
        <source>A note or bookmark needs a text</source>
        <translation>Una nota o un marcador necesita un texto</translation>
    </message>
    <message>
        <source>adding a note to case %1</source>
        <translation>añadir una nota al caso %1</translation>
    </message>
    <message>
        <source>updating note %1</source>
        <translation>actualizar la nota %1</translation>
    </message>
    <message>
        <source>No note with id %1 in %2</source>
        <translation>No hay ninguna nota con el id %1 en %2</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>eliminar la nota %1</translation>
    </message>
    <message>
        <source>reading note %1</source>
        <translation>leer la nota %1</translation>
    </message>
    <message>
        <source>listing the notes of case %1</source>
        <translation>listar las notas del caso %1</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>leer el esquema</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Fakeprint case database (no schema_version table)</source>
        <translation>%1 es una base de datos SQLite, pero no una base de datos de casos de Fakeprint (no tiene la tabla schema_version)</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <source>Case database %1 has an empty schema_version table</source>
        <translation>La base de datos de casos %1 tiene una tabla schema_version vacía</translation>
    </message>
    <message>
        <source>Cannot migrate case database %1 from schema version %2 (this Fakeprint knows 0 to %3)</source>
        <translation>No se puede migrar la base de datos de casos %1 desde la versión de esquema %2 (esta versión de Fakeprint conoce de la 0 a la %3)</translation>
    </message>
    <message>
        <source>migrating the schema to version %1</source>
        <translation>migrar el esquema a la versión %1</translation>
    </message>
    <message>
        <source>Case database %1 is full (no space left on the disk or the size limit reached) while %2; free some space and retry: %3</source>
        <translation>La base de datos de casos %1 está llena (no queda espacio en el disco o se alcanzó el límite de tamaño) al %2; libere espacio y vuelva a intentarlo: %3</translation>
    </message>
    <message>
        <source>Case database %1 is damaged or not a case database (while %2): %3</source>
        <translation>La base de datos de casos %1 está dañada o no es una base de datos de casos (al %2): %3</translation>
    </message>
    <message>
        <source>Case database %1 is read-only (while %2): %3</source>
        <translation>La base de datos de casos %1 es de solo lectura (al %2): %3</translation>
    </message>
    <message>
        <source>Cannot open case database %1 (while %2): %3</source>
        <translation>No se puede abrir la base de datos de casos %1 (al %2): %3</translation>
    </message>
    <message>
        <source>Disk I/O error on case database %1 while %2: %3</source>
        <translation>Error de E/S de disco en la base de datos de casos %1 al %2: %3</translation>
    </message>
    <message>
        <source>Case database %1 stayed locked by another program while %2; retry later: %3</source>
        <translation>La base de datos de casos %1 permaneció bloqueada por otro programa al %2; vuelva a intentarlo más tarde: %3</translation>
    </message>
    <message>
        <source>Case database %1 refused the change while %2 (constraint): %3</source>
        <translation>La base de datos de casos %1 rechazó el cambio al %2 (restricción): %3</translation>
    </message>
    <message>
        <source>Case database %1: error while %2: %3</source>
        <translation>Base de datos de casos %1: error al %2: %3</translation>
    </message>
    <message>
        <source>starting a write transaction</source>
        <translation>iniciar una transacción de escritura</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>confirmar una transacción</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>fp::faces::BlazeFaceDetector</name>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation>No se pudo ejecutar el detector de rostros %1: %2</translation>
    </message>
    <message>
        <source>Face detector %1 does not have BlazeFace&apos;s outputs (896 scores and 896x16 regressions)</source>
        <translation>El detector de rostros %1 no tiene las salidas de BlazeFace (896 puntuaciones y 896x16 regresiones)</translation>
    </message>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation>El modelo del detector de rostros %1 no existe</translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation>El tamaño de entrada del detector de rostros, %1x%2, es demasiado pequeño</translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3; reinstall it (packaging/setup-debian.sh)</source>
        <translation>El modelo del detector de rostros %1 tiene el SHA-256 %2; se esperaba %3; reinstálelo (packaging/setup-debian.sh)</translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el modelo del detector de rostros %1: %2</translation>
    </message>
    <message>
        <source>Face detector model %1 has %2 outputs; a BlazeFace model has 4</source>
        <translation>El modelo del detector de rostros %1 tiene %2 salidas; un modelo BlazeFace tiene 4</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>La detección de rostros recibió una imagen vacía</translation>
    </message>
    <message>
        <source>BlazeFace %1 (%2x%3 input, score &gt;= %4%5)</source>
        <translation>BlazeFace %1 (entrada %2x%3, puntuación &gt;= %4%5)</translation>
    </message>
    <message>
        <source>, small-face tiles of %1 px</source>
        <translation>, mosaicos para rostros pequeños de %1 px</translation>
    </message>
</context>
<context>
    <name>fp::faces::CascadeDetector</name>
    <message>
        <source>No face cascade found: install Debian&apos;s opencv-data (packaging/setup-debian.sh)</source>
        <translation>No se encontró ninguna cascada de rostros: instale opencv-data de Debian (packaging/setup-debian.sh)</translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded</source>
        <translation>No se pudo cargar la cascada de rostros %1</translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded: %2</source>
        <translation>No se pudo cargar la cascada de rostros %1: %2</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>La detección de rostros recibió una imagen vacía</translation>
    </message>
    <message>
        <source>Face cascade failed: %1</source>
        <translation>Error de la cascada de rostros: %1</translation>
    </message>
    <message>
        <source>OpenCV %1 cascade %2 (faces &gt;= %3 px, no keypoints)</source>
        <translation>Cascada %1 de OpenCV %2 (rostros &gt;= %3 px, sin puntos clave)</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceCoverage</name>
    <message>
        <source>%1 of %2 examined frames have no face; of %3 faces, %4 are too small, %5 have a low detection score, %6 are blurred, %7 are in profile</source>
        <translation>%1 de %2 fotogramas examinados no tienen ningún rostro; de %3 rostros, %4 son demasiado pequeños, %5 tienen una puntuación de detección baja, %6 están desenfocados y %7 están de perfil</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceDetectorFactory</name>
    <message>
        <source>BlazeFace model %1 is not installed in any of %2; run packaging/setup-debian.sh</source>
        <translation>El modelo BlazeFace %1 no está instalado en ninguna de estas ubicaciones: %2; ejecute packaging/setup-debian.sh</translation>
    </message>
    <message>
        <source>Face detector kind &quot;dnn&quot; needs a model path</source>
        <translation>El tipo de detector de rostros «dnn» necesita la ruta de un modelo</translation>
    </message>
    <message>
        <source>Unknown face detector decoder &quot;%1&quot; (expected blazeface or ssd)</source>
        <translation>Decodificador de detector de rostros desconocido: «%1» (se esperaba blazeface o ssd)</translation>
    </message>
    <message>
        <source>No face detector available: %1; %2</source>
        <translation>No hay ningún detector de rostros disponible: %1; %2</translation>
    </message>
    <message>
        <source>Using the Haar cascade face detector (frontal faces only, more false detections) because BlazeFace is unavailable: %1</source>
        <translation>Se usa el detector de rostros de cascada Haar (solo rostros frontales, más detecciones falsas) porque BlazeFace no está disponible: %1</translation>
    </message>
    <message>
        <source>Unknown face detector &quot;%1&quot; (expected auto, blazeface, haar, lbp or dnn)</source>
        <translation>Detector de rostros desconocido: «%1» (se esperaba auto, blazeface, haar, lbp o dnn)</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceTracker</name>
    <message>
        <source>Face tracker got frame %1 after frame %2; frames must come in order</source>
        <translation>El seguidor de rostros recibió el fotograma %1 después del fotograma %2; los fotogramas deben llegar en orden</translation>
    </message>
</context>
<context>
    <name>fp::faces::LandmarkDetector</name>
    <message>
        <source>Facial landmarks are off: dlib&apos;s shape_predictor_68_face_landmarks.dat was not found (install Debian&apos;s libdlib-data). Alignment and face masks are unavailable.</source>
        <translation>Los puntos de referencia faciales están desactivados: no se encontró shape_predictor_68_face_landmarks.dat de dlib (instale libdlib-data de Debian). La alineación y las máscaras faciales no están disponibles.</translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 predicts %2 points, not 68</source>
        <translation>Los puntos de referencia faciales están desactivados: %1 predice %2 puntos, no 68</translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 could not be read (%2)</source>
        <translation>Los puntos de referencia faciales están desactivados: no se pudo leer %1 (%2)</translation>
    </message>
    <message>
        <source>Landmark detection needs an image and a non-empty box</source>
        <translation>La detección de puntos de referencia necesita una imagen y un recuadro no vacío</translation>
    </message>
    <message>
        <source>Landmark detection failed: %1</source>
        <translation>Error en la detección de puntos de referencia: %1</translation>
    </message>
</context>
<context>
    <name>fp::faces::SsdFaceDetector</name>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation>El modelo del detector de rostros %1 no existe</translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation>El tamaño de entrada del detector de rostros, %1x%2, es demasiado pequeño</translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3</source>
        <translation>El modelo del detector de rostros %1 tiene el SHA-256 %2; se esperaba %3</translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el modelo del detector de rostros %1: %2</translation>
    </message>
    <message>
        <source>Face detector model %1 is empty</source>
        <translation>El modelo del detector de rostros %1 está vacío</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>La detección de rostros recibió una imagen vacía</translation>
    </message>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation>No se pudo ejecutar el detector de rostros %1: %2</translation>
    </message>
    <message>
        <source>Face detector %1 output has %2 values, not rows of 7 (SSD DetectionOutput)</source>
        <translation>La salida del detector de rostros %1 tiene %2 valores, no filas de 7 (SSD DetectionOutput)</translation>
    </message>
    <message>
        <source>cv::dnn SSD face detector %1 (%2x%3 input, score &gt;= %4)</source>
        <translation>Detector de rostros SSD de cv::dnn %1 (entrada %2x%3, puntuación &gt;= %4)</translation>
    </message>
</context>
<context>
    <name>fp::inference</name>
    <message>
        <source>No frame of this track was scored, so nothing can be said about it.</source>
        <translation>No se puntuó ningún fotograma de esta pista, por lo que no se puede afirmar nada sobre ella.</translation>
    </message>
    <message>
        <source>Only %1 frames were scored; at least %2 are needed for a verdict.</source>
        <translation>Solo se puntuaron %1 fotogramas; se necesitan al menos %2 para un veredicto.</translation>
    </message>
    <message>
        <source>P(fake) %1 lies in the undecided band %2-%3.</source>
        <translation>P(fake) %1 está en la banda de indecisión %2-%3.</translation>
    </message>
    <message>
        <source>P(fake) %1 is below the threshold %2.</source>
        <translation>P(fake) %1 está por debajo del umbral %2.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold %2; the model cannot name methods.</source>
        <translation>P(fake) %1 está por encima del umbral %2; el modelo no puede identificar métodos.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but no known method is likely enough (best: %2 at %3, needed %4).</source>
        <translation>P(fake) %1 está por encima del umbral, pero ningún método conocido es suficientemente probable (el mejor: %2 con %3; se necesita %4).</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but the faces look unlike the training data (energy %2 above %3), so the method is unknown.</source>
        <translation>P(fake) %1 está por encima del umbral, pero los rostros no se parecen a los datos de entrenamiento (energía %2 por encima de %3), por lo que el método es desconocido.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold; the most likely method is %2 (%3).</source>
        <translation>P(fake) %1 está por encima del umbral; el método más probable es %2 (%3).</translation>
    </message>
    <message>
        <source>No face was seen in %1 frames, so the video cannot be judged.</source>
        <translation>No se vio ningún rostro en %1 fotogramas, por lo que el vídeo no se puede evaluar.</translation>
    </message>
    <message>
        <source>All %1 face tracks look real; the most suspicious has P(fake) %2. Faces were seen in %3% of the frames.</source>
        <translation>Las %1 pistas faciales parecen reales; la más sospechosa tiene P(fake) %2. Se vieron rostros en el %3 % de los fotogramas.</translation>
    </message>
    <message>
        <source>No track looks manipulated, but track %1 is inconclusive: %2</source>
        <translation>Ninguna pista parece manipulada, pero la pista %1 no es concluyente: %2</translation>
    </message>
    <message>
        <source>Track %1 is the most suspicious: %2</source>
        <translation>La pista %1 es la más sospechosa: %2</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.%2&apos; names the method &apos;%3&apos;, which the TorchScript module does not have</source>
        <translation>Ficha del modelo %1: el campo «gradcam.%2» nombra el método «%3», que el módulo TorchScript no tiene</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;input.size&apos; is %2, but the module rejects a [2, 3, %2, %2] input: %3</source>
        <translation>Ficha del modelo %1: el campo «input.size» es %2, pero el módulo rechaza una entrada [2, 3, %2, %2]: %3</translation>
    </message>
    <message>
        <source> (one per class in &apos;classes&apos;)</source>
        <translation> (una por clase en «classes»)</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs[%2].units&apos; says the %3 head has %4 units%5, but for a batch of 2 the module returns a tensor of shape %6</source>
        <translation>Ficha del modelo %1: el campo «outputs[%2].units» indica que la cabeza %3 tiene %4 unidades%5, pero para un lote de 2 el módulo devuelve un tensor de forma %6</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.features_method&apos;: &apos;%2&apos; must return a feature map [N, C, h, w]</source>
        <translation>Ficha del modelo %1: campo «gradcam.features_method»: «%2» debe devolver un mapa de características [N, C, h, w]</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.head_method&apos;: %2(%3(x)) differs from forward(x) for output %4</source>
        <translation>Ficha del modelo %1: campo «gradcam.head_method»: %2(%3(x)) difiere de forward(x) para la salida %4</translation>
    </message>
    <message>
        <source>Model %1 (%2): %3 failed: %4</source>
        <translation>Modelo %1 (%2): error en %3: %4</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns a tuple holding something other than tensors</source>
        <translation>Ficha del modelo %1: campo «outputs»: el módulo devuelve una tupla que contiene algo distinto de tensores</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns %2, not tensors</source>
        <translation>Ficha del modelo %1: campo «outputs»: el módulo devuelve %2, no tensores</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos; lists %2 heads, but the module returns %3 tensors</source>
        <translation>Ficha del modelo %1: el campo «outputs» enumera %2 cabezas, pero el módulo devuelve %3 tensores</translation>
    </message>
    <message>
        <source>CUDA was requested for model %1, but LibTorch sees no CUDA device; choose CPU or Auto</source>
        <translation>Se solicitó CUDA para el modelo %1, pero LibTorch no ve ningún dispositivo CUDA; elija CPU o Automático</translation>
    </message>
    <message>
        <source>loading the TorchScript module</source>
        <translation>cargando el módulo TorchScript</translation>
    </message>
    <message>
        <source>Crop %1 of the batch is an empty image</source>
        <translation>El recorte %1 del lote es una imagen vacía</translation>
    </message>
    <message>
        <source>scoring %1 crops</source>
        <translation>puntuando %1 recortes</translation>
    </message>
    <message>
        <source>Grad-CAM: model %1 has no attribution class %2 (it has %3 classes%4)</source>
        <translation>Grad-CAM: el modelo %1 no tiene la clase de atribución %2 (tiene %3 clases%4)</translation>
    </message>
    <message>
        <source> and no attribution head</source>
        <translation> y ninguna cabeza de atribución</translation>
    </message>
    <message>
        <source>Grad-CAM: class index %1 is invalid</source>
        <translation>Grad-CAM: el índice de clase %1 no es válido</translation>
    </message>
    <message>
        <source>the score does not depend on the output of &apos;%1&apos;</source>
        <translation>la puntuación no depende de la salida de «%1»</translation>
    </message>
    <message>
        <source>Grad-CAM on %1 crops</source>
        <translation>Grad-CAM en %1 recortes</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;%2&apos; %3</source>
        <translation>Ficha del modelo %1: el campo «%2» %3</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(en memoria)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>debe ser un número, no %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>debe ser un entero, no %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>debe ser una matriz, no %1</translation>
    </message>
    <message>
        <source>must hold 3 numbers, not %1</source>
        <translation>debe contener 3 números, no %1</translation>
    </message>
    <message>
        <source>must match [a-z0-9._-]+, not &apos;%1&apos;</source>
        <translation>debe coincidir con [a-z0-9._-]+, no con «%1»</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be a file name beside the card without &apos;/&apos;, not &apos;%1&apos;</source>
        <translation>debe ser un nombre de archivo junto a la ficha, sin «/», no «%1»</translation>
    </message>
    <message>
        <source>must be 64 lower-case hex digits, not &apos;%1&apos;</source>
        <translation>debe tener 64 dígitos hexadecimales en minúsculas, no «%1»</translation>
    </message>
    <message>
        <source>must be between 16 and 1024, not %1</source>
        <translation>debe estar entre 16 y 1024, no %1</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>debe ser un número positivo</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>must list at least one class</source>
        <translation>debe enumerar al menos una clase</translation>
    </message>
    <message>
        <source>must be %1 (ids are 0..K-1 in order), not %2</source>
        <translation>debe ser %1 (los ids son 0..K-1 en orden), no %2</translation>
    </message>
    <message>
        <source>repeats the key &apos;%1&apos;</source>
        <translation>repite la clave «%1»</translation>
    </message>
    <message>
        <source>must list one or two heads, not %1</source>
        <translation>debe enumerar una o dos cabezas, no %1</translation>
    </message>
    <message>
        <source>must be 1 or 2 for a binary head, not %1</source>
        <translation>debe ser 1 o 2 para una cabeza binaria, no %1</translation>
    </message>
    <message>
        <source>is %1 but classes lists %2 classes; the attribution head needs one unit per class</source>
        <translation>es %1, pero classes enumera %2 clases; la cabeza de atribución necesita una unidad por clase</translation>
    </message>
    <message>
        <source>lists the same head twice</source>
        <translation>enumera la misma cabeza dos veces</translation>
    </message>
    <message>
        <source>must hold exactly one class with key &apos;real&apos; when the model has no binary head</source>
        <translation>debe contener exactamente una clase con la clave «real» cuando el modelo no tiene cabeza binaria</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <source>must lie in (0, 1), not %1</source>
        <translation>debe estar en (0, 1), no %1</translation>
    </message>
    <message>
        <source>must lie in [0, 1]</source>
        <translation>debe estar en [0, 1]</translation>
    </message>
    <message>
        <source>must lie in [inconclusive_low, 1]</source>
        <translation>debe estar en [inconclusive_low, 1]</translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation>debe ser al menos 1, no %1</translation>
    </message>
    <message>
        <source>must lie in (0, 1)</source>
        <translation>debe estar en (0, 1)</translation>
    </message>
    <message>
        <source>must be a boolean, not %1</source>
        <translation>debe ser un booleano, no %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>debe ser «%1», no «%2»</translation>
    </message>
    <message>
        <source>is %1; this Fakeprint reads version %2</source>
        <translation>es %1; esta versión de Fakeprint lee la versión %2</translation>
    </message>
    <message>
        <source>must be &quot;RGB&quot; or &quot;BGR&quot;, not &quot;%1&quot;</source>
        <translation>debe ser «RGB» o «BGR», no «%1»</translation>
    </message>
    <message>
        <source>names an unknown head &quot;%1&quot; (known: &quot;binary&quot;, &quot;attribution&quot;)</source>
        <translation>nombra una cabeza desconocida, «%1» (conocidas: «binary», «attribution»)</translation>
    </message>
    <message>
        <source>Model card %1 does not exist</source>
        <translation>La ficha del modelo %1 no existe</translation>
    </message>
    <message>
        <source>Cannot read model card %1: %2</source>
        <translation>No se puede leer la ficha del modelo %1: %2</translation>
    </message>
    <message>
        <source>Model card %1 is larger than 16 MiB</source>
        <translation>La ficha del modelo %1 ocupa más de 16 MiB</translation>
    </message>
    <message>
        <source>Model card %1 is not valid JSON: %2 at offset %3</source>
        <translation>La ficha del modelo %1 no es un JSON válido: %2 en la posición %3</translation>
    </message>
    <message>
        <source>Model card %1 must hold a JSON object</source>
        <translation>La ficha del modelo %1 debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>Cannot write model card %1: %2</source>
        <translation>No se puede escribir la ficha del modelo %1: %2</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;weights&apos; names %2, which does not exist</source>
        <translation>Ficha del modelo %1: el campo «weights» nombra %2, que no existe</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;sha256&apos; is %2 but the weights file %3 hashes to %4; the weights were changed or belong to another card. Refusing to load it.</source>
        <translation>Ficha del modelo %1: el campo «sha256» es %2, pero el hash del archivo de pesos %3 es %4; los pesos se modificaron o pertenecen a otra ficha. Se rechaza cargarlo.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>No se puede copiar %1 a %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2</source>
        <translation>No se puede mover %1 a su ubicación como %2</translation>
    </message>
    <message>
        <source>Model card %1: the name &apos;%2&apos; is already used by another installed model; this card is ignored</source>
        <translation>Ficha del modelo %1: el nombre «%2» ya lo usa otro modelo instalado; se ignora esta ficha</translation>
    </message>
    <message>
        <source>No installed model is named &apos;%1&apos; (installed: %2); see &apos;fakeprint-cli models list&apos;</source>
        <translation>Ningún modelo instalado se llama «%1» (instalados: %2); véase «fakeprint-cli models list»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No model is installed (searched %1); add one with &apos;fakeprint-cli models add CARD.json&apos;</source>
        <translation>No hay ningún modelo instalado (se buscó en %1); añada uno con «fakeprint-cli models add CARD.json»</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;name&apos; is &apos;%2&apos;, which is already installed from %3 with other weights; rename the model or remove the installed one</source>
        <translation>Ficha del modelo %1: el campo «name» es «%2», que ya está instalado desde %3 con otros pesos; cambie el nombre del modelo o elimine el instalado</translation>
    </message>
    <message>
        <source>Cannot create the user models folder %1</source>
        <translation>No se puede crear la carpeta de modelos del usuario %1</translation>
    </message>
    <message>
        <source>Cannot add %1: %2 or %3 already exists in the user models folder and belongs to another model</source>
        <translation>No se puede añadir %1: %2 o %3 ya existe en la carpeta de modelos del usuario y pertenece a otro modelo</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>Manipulado</translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation>Manipulado, método desconocido</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>No concluyente</translation>
    </message>
</context>
<context>
    <name>fp::media::FrameServer</name>
    <message>
        <source>Frame %1 is outside %2 (%3 frames)</source>
        <translation>El fotograma %1 está fuera de %2 (%3 fotogramas)</translation>
    </message>
</context>
<context>
    <name>fp::media::MediaInfo</name>
    <message>
        <source>File:       %1 (%2 bytes)
</source>
        <translation>Archivo:    %1 (%2 bytes)
</translation>
    </message>
    <message>
        <source>Container:  %1
</source>
        <translation>Contenedor: %1
</translation>
    </message>
    <message>
        <source>Video:      %1%2, %3, %4x%5 (coded %6x%7, SAR %8, rotation %9)
</source>
        <translation>Vídeo:      %1%2, %3, %4x%5 (codificado %6x%7, SAR %8, rotación %9)
</translation>
    </message>
    <message>
        <source>Frames:     %1 (%2 keyframes), %3 fps (avg %4, real %5)%6
</source>
        <translation>Fotogramas: %1 (%2 fotogramas clave), %3 fps (media %4, real %5)%6
</translation>
    </message>
    <message>
        <source>, variable frame rate</source>
        <translation>, velocidad de fotogramas variable</translation>
    </message>
    <message>
        <source>Duration:   %1 ms, bit rate %2 bit/s
</source>
        <translation>Duración:   %1 ms, tasa de bits %2 bit/s
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
        <translation>%1: el encabezado declara un tamaño de imagen absurdo de %2x%3; rechazado</translation>
    </message>
    <message>
        <source>decoder error near frame %1: %2</source>
        <translation>error del decodificador cerca del fotograma %1: %2</translation>
    </message>
    <message>
        <source>Out of memory opening %1</source>
        <translation>Memoria agotada al abrir %1</translation>
    </message>
    <message>
        <source>Opening %1 took longer than %2 ms</source>
        <translation>La apertura de %1 tardó más de %2 ms</translation>
    </message>
    <message>
        <source>%1 is not a video file FFmpeg recognises (%2)</source>
        <translation>%1 no es un archivo de vídeo que FFmpeg reconozca (%2)</translation>
    </message>
    <message>
        <source>%1 looks like %2 but its header cannot be read (%3); the file may be truncated or damaged</source>
        <translation>%1 parece %2, pero no se puede leer su encabezado (%3); puede que el archivo esté truncado o dañado</translation>
    </message>
    <message>
        <source>Probing %1 took longer than %2 ms</source>
        <translation>El sondeo de %1 tardó más de %2 ms</translation>
    </message>
    <message>
        <source>Cannot read the stream parameters of %1: %2</source>
        <translation>No se pueden leer los parámetros de flujo de %1: %2</translation>
    </message>
    <message>
        <source>%1 holds audio only, no video stream</source>
        <translation>%1 solo contiene audio, ningún flujo de vídeo</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>%1 no tiene ningún flujo de vídeo</translation>
    </message>
    <message>
        <source>%1: this FFmpeg build has no decoder for the video codec &apos;%2&apos;</source>
        <translation>%1: esta compilación de FFmpeg no tiene decodificador para el códec de vídeo «%2»</translation>
    </message>
    <message>
        <source>%1: the video stream has no picture size</source>
        <translation>%1: el flujo de vídeo no tiene tamaño de imagen</translation>
    </message>
    <message>
        <source>Scanning %1 stalled after %2 frames</source>
        <translation>El análisis de %1 se detuvo tras %2 fotogramas</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2; the file may be truncated</source>
        <translation>la lectura se detuvo tras el fotograma %1: %2; puede que el archivo esté truncado</translation>
    </message>
    <message>
        <source>packet at byte %1 is marked corrupt by the demuxer</source>
        <translation>el demultiplexor marca como dañado el paquete en el byte %1</translation>
    </message>
    <message>
        <source>%1: the video stream holds no frames</source>
        <translation>%1: el flujo de vídeo no contiene fotogramas</translation>
    </message>
    <message>
        <source>the file ends after %1 of the %2 frames its header declares; it is probably truncated</source>
        <translation>el archivo termina tras %1 de los %2 fotogramas que declara su encabezado; probablemente esté truncado</translation>
    </message>
    <message>
        <source>%1: no decoder for &apos;%2&apos;</source>
        <translation>%1: no hay decodificador para «%2»</translation>
    </message>
    <message>
        <source>Out of memory creating a decoder for %1</source>
        <translation>Memoria agotada al crear un decodificador para %1</translation>
    </message>
    <message>
        <source>%1: invalid codec parameters: %2</source>
        <translation>%1: parámetros de códec no válidos: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the %2 decoder: %3</source>
        <translation>%1: no se puede abrir el decodificador %2: %3</translation>
    </message>
    <message>
        <source>decoding failed near frame %1: %2</source>
        <translation>la decodificación falló cerca del fotograma %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 stalled or was interrupted</source>
        <translation>La lectura de %1 se bloqueó o se interrumpió</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2</source>
        <translation>la lectura se detuvo tras el fotograma %1: %2</translation>
    </message>
    <message>
        <source>frame %1 could not be decoded: %2</source>
        <translation>no se pudo decodificar el fotograma %1: %2</translation>
    </message>
    <message>
        <source>decoded picture with timestamp %1 is not in the frame index; numbered %2 by order</source>
        <translation>la imagen decodificada con marca de tiempo %1 no está en el índice de fotogramas; se numera como %2 por orden</translation>
    </message>
    <message>
        <source>frame %1 is damaged; the decoder concealed errors</source>
        <translation>el fotograma %1 está dañado; el decodificador ocultó errores</translation>
    </message>
    <message>
        <source>%1: cannot seek to frame %2: %3</source>
        <translation>%1: no se puede saltar al fotograma %2: %3</translation>
    </message>
    <message>
        <source>%1: the stream ended before frame %2 could be decoded</source>
        <translation>%1: el flujo terminó antes de poder decodificar el fotograma %2</translation>
    </message>
    <message>
        <source>%1: frame %2 was not produced by the decoder</source>
        <translation>%1: el decodificador no produjo el fotograma %2</translation>
    </message>
    <message>
        <source>Video file not found: %1</source>
        <translation>Archivo de vídeo no encontrado: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>No permission to read %1</source>
        <translation>Sin permiso para leer %1</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>%1: frame %2 is out of range (the video has %3 frames)</source>
        <translation>%1: el fotograma %2 está fuera de rango (el vídeo tiene %3 fotogramas)</translation>
    </message>
</context>
<context>
    <name>fp::ui::AnalysisDialog</name>
    <message>
        <source>Analyse %1</source>
        <translation>Analizar %1</translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation> (del usuario, no verificado)</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>No hay ningún modelo instalado</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
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
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Todos los núcleos</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <source>Analyse every n-th frame; frames in between are not scored</source>
        <translation>Analizar cada n-ésimo fotograma; los fotogramas intermedios no se puntúan</translation>
    </message>
    <message>
        <source>Frame stride:</source>
        <translation>Paso de fotogramas:</translation>
    </message>
    <message>
        <source>Run the face detector on every k-th analysed frame and track in between</source>
        <translation>Ejecutar el detector de rostros en cada k-ésimo fotograma analizado y seguir los rostros entre medias</translation>
    </message>
    <message>
        <source>Detection interval:</source>
        <translation>Intervalo de detección:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progreso:</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Start analysis</source>
        <translation>Iniciar análisis</translation>
    </message>
    <message>
        <source>%1 · frame %2 of %3 · %4 fps · %5 track(s)</source>
        <translation>%1 · fotograma %2 de %3 · %4 fps · %5 pista(s)</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · quedan unos %1</translation>
    </message>
    <message>
        <source>Finished: analysis %1</source>
        <translation>Finalizado: análisis %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Cancelar análisis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseBrowser</name>
    <message>
        <source>Case / evidence / analysis</source>
        <translation>Caso / evidencia / análisis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 · analyst %2 · created %3</source>
        <translation>Caso %1 · analista %2 · creado el %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Analysis %1 · %2</source>
        <translation>Análisis %1 · %2</translation>
    </message>
    <message>
        <source>Started %1
Detector %2</source>
        <translation>Iniciado el %1
Detector %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseJobs</name>
    <message>
        <source>%1 was not added: %2</source>
        <translation>No se añadió %1: %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::EvidencePanel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registrado en</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Temporización</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <source>Verify hashes now</source>
        <translation>Verificar hashes ahora</translation>
    </message>
    <message>
        <source>Re-hash the file (read-only) and compare with the registry; the check is audited</source>
        <translation>Volver a calcular el hash del archivo (solo lectura) y compararlo con el registro; la comprobación queda auditada</translation>
    </message>
    <message>
        <source>No evidence selected.</source>
        <translation>No hay ninguna evidencia seleccionada.</translation>
    </message>
    <message>
        <source>Not verified in this session</source>
        <translation>No verificado en esta sesión</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>%1 (file modified %2)</source>
        <translation>%1 (archivo modificado el %2)</translation>
    </message>
    <message>
        <source>No media information recorded.</source>
        <translation>No se registró información multimedia.</translation>
    </message>
    <message>
        <source>%1 · %2×%3 · %4</source>
        <translation>%1 · %2×%3 · %4</translation>
    </message>
    <message>
        <source>%1 frames · %2 fps%3 · %4</source>
        <translation>%1 fotogramas · %2 fps%3 · %4</translation>
    </message>
    <message>
        <source> (variable)</source>
        <translation> (variable)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>✔ Intact: size and SHA-256 match the registry</source>
        <translation>✔ Íntegro: el tamaño y el SHA-256 coinciden con el registro</translation>
    </message>
    <message>
        <source>✖ MISMATCH: %1</source>
        <translation>✖ NO COINCIDE: %1</translation>
    </message>
    <message>
        <source>✖ File missing: %1</source>
        <translation>✖ Falta el archivo: %1</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>No se pudo verificar: %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::GradCamService</name>
    <message>
        <source>No analysis is open.</source>
        <translation>No hay ningún análisis abierto.</translation>
    </message>
    <message>
        <source>The analysis&apos; model %1 %2 (sha256 %3) is not installed: only the stored key frames have Grad-CAM maps.</source>
        <translation>El modelo del análisis, %1 %2 (sha256 %3), no está instalado: solo los fotogramas clave almacenados tienen mapas Grad-CAM.</translation>
    </message>
    <message>
        <source>Grad-CAM on demand is off: %1</source>
        <translation>Grad-CAM bajo demanda está desactivado: %1</translation>
    </message>
    <message>
        <source>Grad-CAM of track %1 on frame %2 failed: %3</source>
        <translation>Error de Grad-CAM de la pista %1 en el fotograma %2: %3</translation>
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
        <translation>No hay ninguna base de datos de casos abierta</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation>Pistas faciales</translation>
    </message>
    <message>
        <source>Notes and bookmarks</source>
        <translation>Notas y marcadores</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New case database…</source>
        <translation>&amp;Nueva base de datos de casos…</translation>
    </message>
    <message>
        <source>&amp;Open case database…</source>
        <translation>&amp;Abrir base de datos de casos…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Nuevo &amp;caso…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Añadir &amp;evidencia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>Ano&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Bookmark current frame…</source>
        <translation>&amp;Marcar el fotograma actual…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>&amp;Analyse evidence…</source>
        <translation>&amp;Analizar evidencia…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Open an analysis first: a report describes one analysis.</source>
        <translation>Abra primero un análisis: un informe describe un único análisis.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 escrito (%n página).</numerusform>
            <numerusform>%1 escrito (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written with warnings</source>
        <translation>Informe escrito con advertencias</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Fakeprint</source>
        <translation>&amp;Acerca de Fakeprint</translation>
    </message>
    <message>
        <source>About Fakeprint</source>
        <translation>Acerca de Fakeprint</translation>
    </message>
    <message>
        <source>Fakeprint %1
Offline deepfake detection and attribution for video.

Grad-CAM maps show where a model looked, not which pixels were manipulated.</source>
        <translation>Fakeprint %1
Detección y atribución de deepfakes en vídeo, sin conexión.

Los mapas Grad-CAM muestran dónde miró un modelo, no qué píxeles se manipularon.</translation>
    </message>
    <message>
        <source>Fakeprint case databases (*.db *.fpcase.db);;All files (*)</source>
        <translation>Bases de datos de casos de Fakeprint (*.db *.fpcase.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New case database</source>
        <translation>Nueva base de datos de casos</translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation>Abrir base de datos de casos</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>Nombre del caso:</translation>
    </message>
    <message>
        <source>%1 — Fakeprint</source>
        <translation>%1 — Fakeprint</translation>
    </message>
    <message>
        <source>%1 · analysis %2 — %3</source>
        <translation>%1 · análisis %2 — %3</translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation>Base de datos de casos: %1</translation>
    </message>
    <message>
        <source>Open or create a case database first.</source>
        <translation>Abra o cree primero una base de datos de casos.</translation>
    </message>
    <message numerus="yes">
        <source>Hashing and registering %n file(s)…</source>
        <translation>
            <numerusform>Calculando el hash y registrando %n archivo…</numerusform>
            <numerusform>Calculando el hash y registrando %n archivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) added.</source>
        <translation>
            <numerusform>Se añadió %n archivo de evidencia.</numerusform>
            <numerusform>Se añadieron %n archivos de evidencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case database first.</source>
        <translation>Abra primero una base de datos de casos.</translation>
    </message>
    <message>
        <source>%1 · not analysed in this view</source>
        <translation>%1 · no analizado en esta vista</translation>
    </message>
    <message>
        <source>Analysis %1 · %2 · model %3 %4 · %5 track(s), %6 flagged · %7</source>
        <translation>Análisis %1 · %2 · modelo %3 %4 · %5 pista(s), %6 señalada(s) · %7</translation>
    </message>
    <message>
        <source>Open an evidence file or an analysis to bookmark a frame.</source>
        <translation>Abra un archivo de evidencia o un análisis para marcar un fotograma.</translation>
    </message>
    <message>
        <source>No frame is shown yet.</source>
        <translation>Todavía no se muestra ningún fotograma.</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>fotograma %1 de %2</translation>
    </message>
    <message>
        <source>, track %1 (%2)</source>
        <translation>, pista %1 (%2)</translation>
    </message>
    <message>
        <source>, analysis %1</source>
        <translation>, análisis %1</translation>
    </message>
    <message>
        <source>Frame %1 (%2)</source>
        <translation>Fotograma %1 (%2)</translation>
    </message>
    <message>
        <source>Select a case to add a note.</source>
        <translation>Seleccione un caso para añadir una nota.</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>el caso</translation>
    </message>
    <message>
        <source>analysis %1 of %2</source>
        <translation>análisis %1 de %2</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>fotograma %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Bundled: %1&lt;br&gt;User models: %2</source>
        <translation>Incluidos: %1&lt;br&gt;Modelos del usuario: %2</translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation> (del usuario, no verificado)</translation>
    </message>
    <message>
        <source>Invalid card</source>
        <translation>Ficha no válida</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model is installed. Put a model card (JSON) and its TorchScript weights in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay ningún modelo instalado. Coloque una ficha de modelo (JSON) y sus pesos TorchScript en %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>bundled with Fakeprint</source>
        <translation>incluido con Fakeprint</translation>
    </message>
    <message>
        <source>user model (not verified by Fakeprint)</source>
        <translation>modelo del usuario (no verificado por Fakeprint)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>%1×%1 px, %2, crop scale %3</source>
        <translation>%1×%1 px, %2, escala de recorte %3</translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation>%1 (%2 unidades)</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Cabezas</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>fake ≥ %1, inconclusive %2–%3, method needs ≥ %4, at least %5 frame(s)</source>
        <translation>falso ≥ %1, no concluyente %2–%3, el método necesita ≥ %4, al menos %5 fotograma(s)</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>temperature %1 (binary), %2 (attribution)</source>
        <translation>temperatura %1 (binaria), %2 (atribución)</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Measured metrics</source>
        <translation>Métricas medidas</translation>
    </message>
</context>
<context>
    <name>fp::ui::NoteDialog</name>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Referido a:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Por comprobar</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>What you observed, and why it matters</source>
        <translation>Lo que ha observado y por qué es relevante</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
</context>
<context>
    <name>fp::ui::NotesPanel</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Por comprobar</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Fotograma</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Bookmark frame</source>
        <translation>Marcar fotograma</translation>
    </message>
    <message>
        <source>Bookmark the current frame (and the selected track) (Ctrl+B)</source>
        <translation>Marcar el fotograma actual (y la pista seleccionada) (Ctrl+B)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Created %1, updated %2</source>
        <translation>Creado el %1, actualizado el %2</translation>
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
        <translation> · P(fake) del fotograma %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::PlayerWidget</name>
    <message>
        <source>Open a case and select an analysis or an evidence file to view it.</source>
        <translation>Abra un caso y seleccione un análisis o un archivo de evidencia para verlo.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Grad-CAM: error</source>
        <translation>Grad-CAM: error</translation>
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
        <translation>Segmento sospechoso anterior</translation>
    </message>
    <message>
        <source>Jump to the previous segment where P(fake) reaches the threshold</source>
        <translation>Saltar al segmento anterior en el que P(fake) alcanza el umbral</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>Un fotograma atrás</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>Un fotograma adelante</translation>
    </message>
    <message>
        <source>Next suspicious segment</source>
        <translation>Segmento sospechoso siguiente</translation>
    </message>
    <message>
        <source>Jump to the next segment where P(fake) reaches the threshold</source>
        <translation>Saltar al segmento siguiente en el que P(fake) alcanza el umbral</translation>
    </message>
    <message>
        <source>Shuttle backward</source>
        <translation>Retroceso variable</translation>
    </message>
    <message>
        <source>Play backward, faster on repeat</source>
        <translation>Reproducir hacia atrás; más rápido al repetir</translation>
    </message>
    <message>
        <source>Shuttle stop</source>
        <translation>Detener el avance variable</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Shuttle forward</source>
        <translation>Avance variable</translation>
    </message>
    <message>
        <source>Play forward, faster on repeat</source>
        <translation>Reproducir hacia delante; más rápido al repetir</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Ir a:</translation>
    </message>
    <message>
        <source>frame or hh:mm:ss.mmm</source>
        <translation>fotograma o hh:mm:ss.mmm</translation>
    </message>
    <message>
        <source>Face boxes</source>
        <translation>Recuadros de rostros</translation>
    </message>
    <message>
        <source>Show face boxes and labels</source>
        <translation>Mostrar los recuadros de rostros y las etiquetas</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Puntos de referencia</translation>
    </message>
    <message>
        <source>Show facial landmarks</source>
        <translation>Mostrar los puntos de referencia faciales</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Show where the model looked (stored key-frame maps, other frames computed on demand while paused); not a map of manipulated pixels</source>
        <translation>Mostrar dónde miró el modelo (mapas almacenados de fotogramas clave; los demás fotogramas se calculan bajo demanda durante la pausa); no es un mapa de píxeles manipulados</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the frame to the view</source>
        <translation>Ajustar el fotograma a la vista</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Native pixels, no interpolation</source>
        <translation>Píxeles nativos, sin interpolación</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <source>Attributed class</source>
        <translation>Clase atribuida</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Abriendo %1 …</translation>
    </message>
    <message>
        <source>Grad-CAM: computing…</source>
        <translation>Grad-CAM: calculando…</translation>
    </message>
    <message>
        <source>Grad-CAM: paused frames only</source>
        <translation>Grad-CAM: solo fotogramas en pausa</translation>
    </message>
    <message>
        <source>Grad-CAM: stored only</source>
        <translation>Grad-CAM: solo almacenados</translation>
    </message>
    <message>
        <source>Grad-CAM: computed on demand</source>
        <translation>Grad-CAM: calculado bajo demanda</translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame</source>
        <translation>Grad-CAM: fotograma clave almacenado</translation>
    </message>
    <message>
        <source>Maps from model %1; they show where the model looked, not which pixels are manipulated.</source>
        <translation>Mapas del modelo %1; muestran dónde miró el modelo, no qué píxeles están manipulados.</translation>
    </message>
    <message>
        <source>Frame –</source>
        <translation>Fotograma –</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Fotograma %1 / %2</translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame + computed on demand</source>
        <translation>Grad-CAM: fotograma clave guardado + cálculo bajo demanda</translation>
    </message>
</context>
<context>
    <name>fp::ui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Idioma del informe:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>The case&apos;s analyst</source>
        <translation>El analista del caso</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Analista:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Dates and numbers in the report follow its language.</source>
        <translation>Las fechas y los números del informe siguen su idioma.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fp::ui::ScreenshotTask</name>
    <message>
        <source>Timed out waiting for frame %1 to be shown</source>
        <translation>Se agotó el tiempo de espera para que se muestre el fotograma %1</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2</source>
        <translation>No se pudo escribir la captura de pantalla %1: %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automático (GPU si está disponible)</translation>
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
        <translation>Dispositivo de inferencia:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Todos los núcleos</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Hilos de CPU:</translation>
    </message>
    <message>
        <source>Automatic (BlazeFace, else Haar cascade)</source>
        <translation>Automático (BlazeFace o, si no, cascada Haar)</translation>
    </message>
    <message>
        <source>BlazeFace</source>
        <translation>BlazeFace</translation>
    </message>
    <message>
        <source>Haar cascade</source>
        <translation>Cascada Haar</translation>
    </message>
    <message>
        <source>LBP cascade</source>
        <translation>Cascada LBP</translation>
    </message>
    <message>
        <source>Face detector:</source>
        <translation>Detector de rostros:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Un nuevo idioma se aplica en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>fp::ui::TimelineWidget</name>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>P(fake) per track</source>
        <translation>P(fake) por pista</translation>
    </message>
    <message>
        <source>Class probabilities of the selected track</source>
        <translation>Probabilidades de clase de la pista seleccionada</translation>
    </message>
    <message>
        <source>Whole video</source>
        <translation>Vídeo completo</translation>
    </message>
    <message>
        <source>Show the whole frame range (wheel zooms, Shift-drag pans)</source>
        <translation>Mostrar todo el intervalo de fotogramas (la rueda amplía, Mayús+arrastrar desplaza)</translation>
    </message>
    <message>
        <source>Grey: no face seen · dashed: threshold</source>
        <translation>Gris: ningún rostro visto · discontinua: umbral</translation>
    </message>
</context>
<context>
    <name>fp::ui::TrackPanel</name>
    <message>
        <source>No analysis open.</source>
        <translation>No hay ningún análisis abierto.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Frame %1: click to go there</source>
        <translation>Fotograma %1: haga clic para ir a él</translation>
    </message>
    <message>
        <source>Thumbnails: %1</source>
        <translation>Miniaturas: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No face was found in the analysed frames.</source>
        <translation>No se encontró ningún rostro en los fotogramas analizados.</translation>
    </message>
    <message numerus="yes">
        <source>%n face track(s): %1</source>
        <translation>
            <numerusform>%n pista facial: %1</numerusform>
            <numerusform>%n pistas faciales: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3…), frame stride %4, detection every %5 frames.</source>
        <translation>Modelo %1 %2 (sha256 %3…), paso de fotogramas %4, detección cada %5 fotogramas.</translation>
    </message>
    <message>
        <source>Trained on synthetic manipulations only: a lead to check, not proof.</source>
        <translation>Entrenado solo con manipulaciones sintéticas: un indicio que comprobar, no una prueba.</translation>
    </message>
    <message>
        <source>Unverified model (not bundled).</source>
        <translation>Modelo no verificado (no incluido).</translation>
    </message>
    <message>
        <source> · confidence %1%</source>
        <translation> · confianza %1 %</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Pista %1</translation>
    </message>
    <message>
        <source>Frames %1–%2 (%3 – %4) · face seen on %5 of %6 frames</source>
        <translation>Fotogramas %1–%2 (%3 – %4) · rostro visto en %5 de %6 fotogramas</translation>
    </message>
    <message numerus="yes">
        <source>Track P(fake) %1 · %n scored frame(s)</source>
        <translation>
            <numerusform>P(fake) de la pista %1 · %n fotograma puntuado</numerusform>
            <numerusform>P(fake) de la pista %1 · %n fotogramas puntuados</numerusform>
        </translation>
    </message>
    <message>
        <source>Faces of track %1</source>
        <translation>Rostros de la pista %1</translation>
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
        <translation>Probabilidad de clase</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Fotograma</translation>
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
        <translation>clase %1</translation>
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
        <translation>Real</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>Manipulado</translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation>Manipulado, método desconocido</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>No concluyente</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Manipulated (%1)</source>
        <translation>Manipulado (%1)</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Fakeprint: offline deepfake detection and attribution for video.</source>
        <translation>Fakeprint: detección y atribución de deepfakes en vídeo, sin conexión.</translation>
    </message>
    <message>
        <source>Render the main window to FILE and exit.</source>
        <translation>Representar la ventana principal en FILE y salir.</translation>
    </message>
    <message>
        <source>Open the case database.</source>
        <translation>Abrir la base de datos de casos.</translation>
    </message>
    <message>
        <source>Open the analysis with this id.</source>
        <translation>Abrir el análisis con este id.</translation>
    </message>
    <message>
        <source>Show this frame (0-based).</source>
        <translation>Mostrar este fotograma (empezando por 0).</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Tamaño de la ventana para --screenshot.</translation>
    </message>
    <message>
        <source>Interface language for this run: %1 (default: the language chosen in the settings, else the system language).</source>
        <translation>Idioma de la interfaz para esta ejecución: %1 (predeterminado: el idioma elegido en la configuración o, si no, el idioma del sistema).</translation>
    </message>
    <message>
        <source>--analysis needs a numeric id, not &apos;%1&apos;</source>
        <translation>--analysis necesita un id numérico, no «%1»</translation>
    </message>
    <message>
        <source>--frame needs a frame index &gt;= 0, not &apos;%1&apos;</source>
        <translation>--frame necesita un índice de fotograma &gt;= 0, no «%1»</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT of at least 320x240, not &apos;%1&apos;</source>
        <translation>--size necesita WIDTHxHEIGHT de al menos 320x240, no «%1»</translation>
    </message>
    <message>
        <source>--analysis needs --db</source>
        <translation>--analysis necesita --db</translation>
    </message>
    <message>
        <source>Video files to add as evidence to a new case (in the --db case database, else in the default one in your data folder).</source>
        <translation>Archivos de vídeo que se añadirán como evidencia a un caso nuevo (en la base de datos de casos de --db o, si no, en la predeterminada de su carpeta de datos).</translation>
    </message>
    <message>
        <source>Files opened on %1</source>
        <translation>Archivos abiertos el %1</translation>
    </message>
</context>
</TS>
