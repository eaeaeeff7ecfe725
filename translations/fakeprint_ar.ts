<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>FrameScoreCsv</name>
    <message>
        <source>Cannot write the CSV export %1: %2</source>
        <translation>تعذّرت كتابة ملف تصدير CSV %1: %2</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed</source>
        <translation>%1: حقل بين علامتي اقتباس غير مغلق</translation>
    </message>
    <message>
        <source>%1 is empty (no header line)</source>
        <translation>%1 فارغ (لا يوجد سطر ترويسة)</translation>
    </message>
    <message>
        <source>%1: column %2 of the header must be &quot;%3&quot;, found &quot;%4&quot;</source>
        <translation>%1: يجب أن يكون العمود %2 من الترويسة &quot;%3&quot;، لكن وُجد &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: column %2 of the header (&quot;%3&quot;) does not start with p_</source>
        <translation>%1: العمود %2 من الترويسة (&quot;%3&quot;) لا يبدأ بـ p_</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 حقول بينما تحتوي الترويسة على %2</translation>
    </message>
    <message>
        <source>analysis_id, track, frame_index and p_fake must be numbers</source>
        <translation>يجب أن تكون analysis_id وtrack وframe_index وp_fake أرقامًا</translation>
    </message>
    <message>
        <source>analysis_id %1 differs from %2 on the first row</source>
        <translation>analysis_id %1 يختلف عن %2 في الصف الأول</translation>
    </message>
    <message>
        <source>energy &quot;%1&quot; is not a number</source>
        <translation>القيمة energy &quot;%1&quot; ليست رقمًا</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) is not a number</source>
        <translation>العمود %1 (&quot;%2&quot;) ليس رقمًا</translation>
    </message>
    <message>
        <source>Cannot open the CSV export %1: %2</source>
        <translation>تعذّر فتح ملف تصدير CSV %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot write the JSON export %1: %2</source>
        <translation>تعذّرت كتابة ملف تصدير JSON %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>%1 is not a Fakeprint analysis export (&quot;format&quot; is not &quot;%2&quot;)</source>
        <translation>%1 ليس ملف تصدير تحليل من Fakeprint (قيمة &quot;format&quot; ليست &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 has schema_version %2; this Fakeprint reads version %3</source>
        <translation>قيمة schema_version في %1 هي %2؛ هذا الإصدار من Fakeprint يقرأ الإصدار %3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or has the wrong type</source>
        <translation>%1: الحقل &quot;%2&quot; مفقود أو من نوع خاطئ</translation>
    </message>
    <message>
        <source>Cannot open the JSON export %1: %2</source>
        <translation>تعذّر فتح ملف تصدير JSON %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (offset %2: %3)</source>
        <translation>%1 ليس JSON صالحًا (الإزاحة %2: %3)</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Face images are not shown: the evidence file at %1 does not match its recorded SHA-256 (see the integrity check).</source>
        <translation>لا تُعرض صور الوجوه: ملف الدليل في %1 لا يطابق قيمة SHA-256 المسجّلة له (انظر فحص السلامة).</translation>
    </message>
    <message>
        <source>Face images are not shown: %1</source>
        <translation>لا تُعرض صور الوجوه: %1</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded: %2</source>
        <translation>تعذّر فك ترميز الإطار %1: %2</translation>
    </message>
    <message>
        <source>Decoder, frame %1: %2</source>
        <translation>مفكك الترميز، الإطار %1: %2</translation>
    </message>
    <message>
        <source>Font %1 was not found (install fonts-dejavu-core); the report uses the default font.</source>
        <translation>لم يُعثر على الخط %1 (ثبّت الحزمة fonts-dejavu-core)؛ يستخدم التقرير الخط الافتراضي.</translation>
    </message>
    <message>
        <source>The PDF report needs a QApplication (QCustomPlot draws the plots)</source>
        <translation>يحتاج تقرير PDF إلى QApplication (إذ يرسم QCustomPlot المخططات)</translation>
    </message>
    <message>
        <source>Paper size must be A4 or Letter</source>
        <translation>يجب أن يكون حجم الورق A4 أو Letter</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>تعذّرت كتابة التقرير %1: %2</translation>
    </message>
    <message>
        <source>Fakeprint case report: %1, analysis %2</source>
        <translation>تقرير قضية Fakeprint: %1، التحليل %2</translation>
    </message>
    <message>
        <source>Case %1 (id %2) · analysis %3 · report %4</source>
        <translation>القضية %1 (المعرّف %2) · التحليل %3 · التقرير %4</translation>
    </message>
    <message>
        <source>Evidence SHA-256: %1</source>
        <translation>SHA-256 للدليل: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Cannot start painting the PDF %1</source>
        <translation>تعذّر بدء رسم ملف PDF %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>الاستخدام: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[خيارات]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>الوسائط:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>يعرض التعليمات حول خيارات سطر الأوامر.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>يعرض التعليمات بما فيها الخيارات الخاصة بـ Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>يعرض معلومات الإصدار.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>خيار غير معروف &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>خيارات غير معروفة: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>قيمة مفقودة بعد &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>قيمة غير متوقعة بعد &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Write RTL when the language is written from right to left (Arabic), LTR otherwise. Qt lays out every window in this direction.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>real</source>
        <translation>حقيقي</translation>
    </message>
    <message>
        <source>manipulated</source>
        <translation>مُتلاعَب به</translation>
    </message>
    <message>
        <source>manipulated, method unknown</source>
        <translation>مُتلاعَب به، الطريقة غير معروفة</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>غير حاسم</translation>
    </message>
    <message>
        <source>pending (analysis not finished)</source>
        <translation>قيد الانتظار (التحليل لم يكتمل)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>%1 (no interval stored)</source>
        <translation>%1 (لا توجد فترة مخزّنة)</translation>
    </message>
    <message>
        <source>%1 (95% interval %2 to %3)</source>
        <translation>%1 (فترة 95% من %2 إلى %3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Caution: the model %1 was trained on synthetic manipulations generated by Fakeprint, not on real-world deepfakes. Its scores are indications with the uncertainty shown, not proof.</source>
        <translation>تنبيه: دُرِّب النموذج %1 على تلاعبات اصطناعية أنشأها Fakeprint، لا على تزييفات عميقة من العالم الحقيقي. درجاته مؤشرات مع حالة عدم اليقين المبيّنة، وليست دليلًا قاطعًا.</translation>
    </message>
    <message>
        <source>Model-derived values on this page come from model %1 %2 (SHA-256 %3) with frame stride %4 and face detection every %5 frames. Intervals are 95% intervals over the frames of a track.</source>
        <translation>القيم المستمدة من النموذج في هذه الصفحة صادرة عن النموذج %1 %2 (SHA-256 %3) بخطوة إطارات %4 واكتشاف للوجوه كل %5 إطارات. الفترات هي فترات 95% على إطارات المسار.</translation>
    </message>
    <message>
        <source>Fakeprint case report</source>
        <translation>تقرير قضية Fakeprint</translation>
    </message>
    <message>
        <source>Deepfake detection and attribution for one video analysis</source>
        <translation>كشف التزييف العميق وإسناده لتحليل فيديو واحد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>معرّف القضية</translation>
    </message>
    <message>
        <source>%1 (UUID %2)</source>
        <translation>%1 (UUID %2)</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>المحلل</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(غير مذكور)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>تاريخ التقرير</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>معرّف التقرير</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 للمحتوى</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1، %2، بدأ في %3</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>SHA-256 للدليل</translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation>مسارات الوجوه</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>لم يُعثر على أي مسار</translation>
    </message>
    <message>
        <source>Audit head hash</source>
        <translation>تجزئة رأس سجل التدقيق</translation>
    </message>
    <message>
        <source>The content SHA-256 is the hash of this analysis&apos;s machine-readable export (fakeprint-cli export-data --json, without its exported_at field) at the time of the report; the same data gives the same hash. The audit head hash anchors the case database&apos;s hash-chained audit log.</source>
        <translation>قيمة SHA-256 للمحتوى هي تجزئة ملف التصدير المقروء آليًا لهذا التحليل (fakeprint-cli export-data --json، دون حقله exported_at) وقت إعداد التقرير؛ والبيانات نفسها تعطي التجزئة نفسها. وتثبّت تجزئة رأس سجل التدقيق سجلَّ التدقيق المتسلسل بالتجزئة في قاعدة بيانات القضايا.</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>كيفية قراءة هذا التقرير</translation>
    </message>
    <message>
        <source>Fakeprint finds faces in the video, follows each face over time as a track, and scores every face crop with a neural network: the probability that the face was manipulated (P(fake)) and, when the model has an attribution head, which manipulation method it resembles. The scores of a track are aggregated into a verdict: real, manipulated (with the method), manipulated by an unknown method, or inconclusive when the evidence is too weak or too short. Every score is an estimate with uncertainty; a verdict is an indication for an expert, not proof.</source>
        <translation>يعثر Fakeprint على الوجوه في الفيديو، ويتتبع كل وجه عبر الزمن بوصفه مسارًا، ويقيّم كل قصاصة وجه بشبكة عصبية: احتمال أن يكون الوجه قد تُلاعِب به (P(fake))، وكذلك طريقة التلاعب التي يشبهها حين يمتلك النموذج رأس إسناد. تُجمَّع درجات المسار في حكم: حقيقي، أو مُتلاعَب به (مع الطريقة)، أو مُتلاعَب به بطريقة غير معروفة، أو غير حاسم حين يكون الدليل أضعف أو أقصر من اللازم. كل درجة تقديرٌ ينطوي على عدم يقين؛ والحكم مؤشر للخبير وليس دليلًا قاطعًا.</translation>
    </message>
    <message>
        <source>1. Evidence</source>
        <translation>1. الدليل</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Registered path</source>
        <translation>المسار المسجّل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 بايت)</translation>
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
        <translation>(غير مسجّل)</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Integrity check at report time</source>
        <translation>فحص السلامة وقت إعداد التقرير</translation>
    </message>
    <message>
        <source>Not performed for this report.</source>
        <translation>لم يُجرَ لهذا التقرير.</translation>
    </message>
    <message>
        <source>MATCH: the file still has the recorded size and SHA-256.</source>
        <translation>مطابق: لا يزال للملف الحجم وقيمة SHA-256 المسجّلان.</translation>
    </message>
    <message>
        <source>MISMATCH: the file at the registered path differs from the registered evidence.</source>
        <translation>غير مطابق: الملف في المسار المسجّل يختلف عن الدليل المسجّل.</translation>
    </message>
    <message>
        <source>MISSING: the file could not be read at the registered path.</source>
        <translation>مفقود: تعذّرت قراءة الملف في المسار المسجّل.</translation>
    </message>
    <message>
        <source>Checked file</source>
        <translation>الملف المفحوص</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>SHA-256 الحالية</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(غير مقروء)</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>الحجم الحالي</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Media information</source>
        <translation>معلومات الوسائط</translation>
    </message>
    <message>
        <source>No media information was recorded.</source>
        <translation>لم تُسجَّل أي معلومات عن الوسائط.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>الحاوية</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>ترميز الفيديو</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف التعريفي (Profile)</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>تنسيق البكسل</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>العرض (بكسل)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>الارتفاع (بكسل)</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>الدوران (درجات)</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>الإطارات في الثانية</translation>
    </message>
    <message>
        <source>Variable frame rate</source>
        <translation>معدل إطارات متغير</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>المدة (ملّي ثانية)</translation>
    </message>
    <message>
        <source>Frame count</source>
        <translation>عدد الإطارات</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>الإطارات المفتاحية</translation>
    </message>
    <message>
        <source>Time base</source>
        <translation>القاعدة الزمنية</translation>
    </message>
    <message>
        <source>Bit rate (bit/s)</source>
        <translation>معدل البت (بت/ثانية)</translation>
    </message>
    <message>
        <source>2. Method</source>
        <translation>2. الطريقة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، الإصدار %2</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>SHA-256 للنموذج</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>bundled with Fakeprint (name and SHA-256 match the shipped model)</source>
        <translation>مرفق مع Fakeprint (الاسم وقيمة SHA-256 يطابقان النموذج المرفق)</translation>
    </message>
    <message>
        <source>unverified: not a model shipped with Fakeprint; its card and metrics are the claims of whoever made it</source>
        <translation>غير مُتحقَّق منه: ليس نموذجًا مرفقًا مع Fakeprint؛ بطاقته ومقاييسه ادعاءات من أعدّه</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>البنية</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>كاشف الوجوه</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>بيانات التدريب</translation>
    </message>
    <message>
        <source>This model learned synthetic manipulations: its training faces were altered by Fakeprint&apos;s own generator (face swaps, blends, re-enactment-like warps and similar), not by the tools that make real deepfakes. Results on real-world fakes can differ from the metrics below.</source>
        <translation>تعلّم هذا النموذج تلاعبات اصطناعية: فقد عُدِّلت وجوه التدريب بواسطة المولّد الخاص بـ Fakeprint (تبديل الوجوه، والدمج، وتشويهات شبيهة بإعادة التمثيل، وما شابه ذلك)، لا بالأدوات التي تُنتج تزييفات عميقة حقيقية. قد تختلف النتائج على التزييفات الواقعية عن المقاييس أدناه.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>(not described by the card)</source>
        <translation>(لا تصفه البطاقة)</translation>
    </message>
    <message>
        <source>Measured metrics (from the model card)</source>
        <translation>المقاييس المقيسة (من بطاقة النموذج)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>المقاييس</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(لم يُذكر شيء)</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>The card states none; that does not mean there are none.</source>
        <translation>لا تذكر البطاقة أي قيود؛ وهذا لا يعني عدم وجودها.</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>قواعد القرار</translation>
    </message>
    <message>
        <source>Analysis settings</source>
        <translation>إعدادات التحليل</translation>
    </message>
    <message>
        <source>3. Summary of face tracks</source>
        <translation>3. ملخص مسارات الوجوه</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>الإطارات</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>P(fake) with 95% interval</source>
        <translation>P(fake) مع فترة 95%</translation>
    </message>
    <message>
        <source>No face was tracked in this video. Fakeprint makes no statement about videos or frames without faces: no face does not mean real.</source>
        <translation>لم يُتتبَّع أي وجه في هذا الفيديو. لا يُصدر Fakeprint أي حكم بشأن مقاطع الفيديو أو الإطارات الخالية من الوجوه: غياب الوجه لا يعني أن الفيديو حقيقي.</translation>
    </message>
    <message>
        <source>4. Notes and bookmarks</source>
        <translation>4. الملاحظات والإشارات المرجعية</translation>
    </message>
    <message>
        <source>No notes or bookmarks concern this analysis.</source>
        <translation>لا توجد ملاحظات أو إشارات مرجعية تخص هذا التحليل.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>المسار %1</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>الإطار %1</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>case</source>
        <translation>قضية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>5. Processing log</source>
        <translation>5. سجل المعالجة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>إصدار التطبيق</translation>
    </message>
    <message>
        <source>Frames in the video</source>
        <translation>الإطارات في الفيديو</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Last frame committed</source>
        <translation>آخر إطار محفوظ</translation>
    </message>
    <message>
        <source>Frames with a scored face</source>
        <translation>إطارات فيها وجه مُقيَّم</translation>
    </message>
    <message>
        <source>Frames without a scored face</source>
        <translation>إطارات بلا وجه مُقيَّم</translation>
    </message>
    <message>
        <source>%1 (%2 of the video; no statement is made about them)</source>
        <translation>%1 (%2 من الفيديو؛ لا يُصدر أي حكم بشأنها)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>التوقيتات</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>The analysis is not completed (status %1): its results may be partial.</source>
        <translation>التحليل غير مكتمل (الحالة %1): قد تكون نتائجه جزئية.</translation>
    </message>
    <message>
        <source>The model is not a bundled Fakeprint model; its identity is its SHA-256 above.</source>
        <translation>النموذج ليس من نماذج Fakeprint المرفقة؛ هويته هي قيمة SHA-256 أعلاه.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>6. Audit trail</source>
        <translation>6. سجل التدقيق</translation>
    </message>
    <message>
        <source>VERIFIED: the hash chain of all %1 audit entries of the case database holds.</source>
        <translation>تم التحقق: سلسلة التجزئة لجميع قيود التدقيق البالغة %1 في قاعدة بيانات القضايا سليمة.</translation>
    </message>
    <message>
        <source>BROKEN: the audit chain fails at entry %1: %2</source>
        <translation>مكسورة: تنقطع سلسلة التدقيق عند القيد %1: %2</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>تجزئة الرأس</translation>
    </message>
    <message>
        <source>(empty log)</source>
        <translation>(سجل فارغ)</translation>
    </message>
    <message>
        <source>Entries of this case</source>
        <translation>قيود هذه القضية</translation>
    </message>
    <message>
        <source>Each entry&apos;s hash covers its fields and the previous entry&apos;s hash; check the chain at any time with &quot;fakeprint-cli audit verify --db %1&quot;. Hashes are shortened to 16 hex digits below.</source>
        <translation>تشمل تجزئة كل قيد حقوله وتجزئة القيد السابق؛ يمكن التحقق من السلسلة في أي وقت بالأمر &quot;fakeprint-cli audit verify --db %1&quot;. اختُصرت التجزئات أدناه إلى 16 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>التجزئة</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>المسار %1</translation>
    </message>
    <message>
        <source>Method label</source>
        <translation>تسمية الطريقة</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 scored)</source>
        <translation>%1 إلى %2 (%3 مُقيَّمة)</translation>
    </message>
    <message>
        <source>Median face box</source>
        <translation>المربع الوسيط للوجه</translation>
    </message>
    <message>
        <source>x %1, y %2, %3 x %4 pixels</source>
        <translation>x %1، y %2، %3 × %4 بكسل</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>التجميع</translation>
    </message>
    <message>
        <source>Frames that drove the verdict</source>
        <translation>الإطارات التي حدّدت الحكم</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>معرّف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>الدرجات عبر الزمن</translation>
    </message>
    <message>
        <source>No frame of this track was scored.</source>
        <translation>لم يُقيَّم أي إطار من هذا المسار.</translation>
    </message>
    <message>
        <source>Black: P(fake) per scored frame. Coloured: probability of each manipulation class. Dashed line: the decision threshold of the model card; shaded band: the inconclusive range. Single frames vary; the verdict rests on the whole track.</source>
        <translation>الأسود: P(fake) لكل إطار مُقيَّم. الملوّن: احتمال كل فئة من فئات التلاعب. الخط المتقطع: عتبة القرار في بطاقة النموذج؛ الشريط المظلَّل: نطاق عدم الحسم. تتفاوت الإطارات المفردة؛ والحكم يستند إلى المسار بأكمله.</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>احتمالات الفئات</translation>
    </message>
    <message>
        <source>Mean probability of each class over the track&apos;s frames; whiskers show 95% intervals where they were stored.</source>
        <translation>متوسط احتمال كل فئة على إطارات المسار؛ تُظهر الشعيرات فترات 95% حيثما خُزِّنت.</translation>
    </message>
    <message>
        <source>Faces at the frames that drove the verdict</source>
        <translation>الوجوه في الإطارات التي حدّدت الحكم</translation>
    </message>
    <message>
        <source>frame %1, P(fake) %2</source>
        <translation>الإطار %1، P(fake) %2</translation>
    </message>
    <message>
        <source>frame %1 could not be decoded</source>
        <translation>تعذّر فك ترميز الإطار %1</translation>
    </message>
    <message>
        <source>Key frames with Grad-CAM heatmaps</source>
        <translation>الإطارات المفتاحية مع خرائط Grad-CAM الحرارية</translation>
    </message>
    <message>
        <source>A Grad-CAM heatmap shows where in the face crop the model found the evidence for one class: warm colours mark the regions that raised the model&apos;s score most. It shows where the model looked. It is NOT a map of fake or manipulated pixels, it does not localise a manipulation, and a strong heatmap on a real face is possible.</source>
        <translation>تُظهر خريطة Grad-CAM الحرارية مواضع قصاصة الوجه التي وجد فيها النموذج الدليل على فئة ما: تشير الألوان الدافئة إلى المناطق التي رفعت درجة النموذج أكثر من غيرها. إنها تُظهر أين نظر النموذج. وهي ليست خريطة للبكسلات المزيفة أو المُتلاعَب بها، ولا تحدد موضع التلاعب، ومن الممكن ظهور خريطة حرارية قوية على وجه حقيقي.</translation>
    </message>
    <message>
        <source>Frame %1. Left: the face crop as decoded. Right: %2 heatmap for &quot;%3&quot; over the same crop (where the model looked for this class, not where the image is fake).</source>
        <translation>الإطار %1. اليسار: قصاصة الوجه كما فُكَّ ترميزها. اليمين: خريطة %2 الحرارية للفئة &quot;%3&quot; فوق القصاصة نفسها (حيث بحث النموذج عن هذه الفئة، لا حيث تكون الصورة مزيفة).</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded.</source>
        <translation>تعذّر فك ترميز الإطار %1.</translation>
    </message>
    <message>
        <source>The stored heatmap could not be decoded.</source>
        <translation>تعذّر فك ترميز الخريطة الحرارية المخزّنة.</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>مجموعة التقييم</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>العينات</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>الدقة المتوازنة</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 الكلي</translation>
    </message>
    <message>
        <source>AUC (real/fake)</source>
        <translation>AUC الثنائي</translation>
    </message>
    <message>
        <source>EER (real/fake)</source>
        <translation>EER الثنائي</translation>
    </message>
    <message>
        <source>Recall per class, %1</source>
        <translation>الاستدعاء لكل فئة، %1</translation>
    </message>
    <message>
        <source>Confusion matrices are in the model card.</source>
        <translation>مصفوفات الالتباس موجودة في بطاقة النموذج.</translation>
    </message>
    <message>
        <source>Validation macro-F1 by epoch</source>
        <translation>F1 الكلي للتحقق لكل حقبة</translation>
    </message>
</context>
<context>
    <name>ReportDataLoader</name>
    <message>
        <source>Reading analysis %1 of %2</source>
        <translation>قراءة التحليل %1 من %2</translation>
    </message>
    <message>
        <source>Reading the case of analysis %1</source>
        <translation>قراءة قضية التحليل %1</translation>
    </message>
    <message>
        <source>Reading the evidence of analysis %1</source>
        <translation>قراءة دليل التحليل %1</translation>
    </message>
    <message>
        <source>Re-checking evidence %1 (%2)</source>
        <translation>إعادة فحص الدليل %1 (%2)</translation>
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
        <translation>رقم الإطار</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Mean probability</source>
        <translation>متوسط الاحتمال</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation %1 is missing from this build of Fakeprint.</source>
        <translation>الترجمة %1 مفقودة من هذا الإصدار من Fakeprint.</translation>
    </message>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; available languages: %2.</source>
        <translation>لا توجد ترجمة للغة &quot;%1&quot;؛ اللغات المتاحة: %2.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 [%2] %3/%4 frames  %5 fps  ETA %6  %7 tracks</source>
        <translation>%1 [%2] %3/%4 إطار  %5 إطار/ث  الوقت المتبقي %6  %7 مسار</translation>
    </message>
    <message>
        <source>Analyse every face track of a video with a model and store the results in a case database.
The verdicts come from a model; the bundled model learned synthetic manipulations only.</source>
        <translation>تحليل كل مسار وجه في فيديو باستخدام نموذج وتخزين النتائج في قاعدة بيانات قضايا.
تصدر الأحكام عن نموذج؛ والنموذج المرفق تعلّم تلاعبات اصطناعية فقط.</translation>
    </message>
    <message>
        <source>The evidence file (opened read-only).</source>
        <translation>ملف الدليل (يُفتح للقراءة فقط).</translation>
    </message>
    <message>
        <source>Case database (default: %1).</source>
        <translation>قاعدة بيانات القضايا (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Case name; created when missing.</source>
        <translation>اسم القضية؛ تُنشأ إن لم تكن موجودة.</translation>
    </message>
    <message>
        <source>Model name or card path (default: the bundled model).</source>
        <translation>اسم النموذج أو مسار بطاقته (الافتراضي: النموذج المرفق).</translation>
    </message>
    <message>
        <source>auto, cpu or cuda (default auto).</source>
        <translation>auto أو cpu أو cuda (الافتراضي auto).</translation>
    </message>
    <message>
        <source>CPU threads for inference, 0 = all cores.</source>
        <translation>خيوط CPU للاستدلال، 0 = جميع الأنوية.</translation>
    </message>
    <message>
        <source>Analyse every N-th frame (default 1).</source>
        <translation>تحليل كل إطار رقم N (الافتراضي 1).</translation>
    </message>
    <message>
        <source>Run the face detector every K analysed frames, track in between (default 3).</source>
        <translation>تشغيل كاشف الوجوه كل K من الإطارات المحلَّلة، والتتبع فيما بينها (الافتراضي 3).</translation>
    </message>
    <message>
        <source>Faces smaller than this many pixels are counted, not scored (default 40).</source>
        <translation>الوجوه الأصغر من هذا العدد من البكسلات تُحصى ولا تُقيَّم (الافتراضي 40).</translation>
    </message>
    <message>
        <source>auto, blazeface, haar or lbp (default auto).</source>
        <translation>auto أو blazeface أو haar أو lbp (الافتراضي auto).</translation>
    </message>
    <message>
        <source>Continue the interrupted analysis ID.</source>
        <translation>متابعة التحليل المتوقف ذي المعرّف ID.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>طباعة النتيجة بصيغة JSON على المخرج القياسي.</translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation>بلا مخرجات للتقدم.</translation>
    </message>
    <message>
        <source>analyze needs exactly one VIDEO; see &apos;fakeprint-cli analyze --help&apos;</source>
        <translation>يحتاج analyze إلى VIDEO واحد بالضبط؛ انظر &apos;fakeprint-cli analyze --help&apos;</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda, not &apos;%1&apos;</source>
        <translation>يجب أن تكون قيمة --device هي auto أو cpu أو cuda، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 must be an integer &gt;= %2</source>
        <translation>يجب أن تكون قيمة --%1 عددًا صحيحًا &gt;= %2</translation>
    </message>
    <message>
        <source>--resume needs an analysis id</source>
        <translation>يحتاج --resume إلى معرّف تحليل</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Analysis %1 of %2 (sha256 %3) in case database %4</source>
        <translation>التحليل %1 للملف %2 (sha256 %3) في قاعدة بيانات القضايا %4</translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3)%4; trained on synthetic manipulations only, see its card.</source>
        <translation>النموذج %1 %2 (sha256 %3)%4؛ دُرِّب على تلاعبات اصطناعية فقط، انظر بطاقته.</translation>
    </message>
    <message>
        <source> [UNVERIFIED]</source>
        <translation> [غير مُتحقَّق منه]</translation>
    </message>
    <message>
        <source>  track %1  frames %2-%3  %4%5  confidence %6  P(fake) %7</source>
        <translation>  المسار %1  الإطارات %2-%3  %4%5  الثقة %6  P(fake) %7</translation>
    </message>
    <message>
        <source>Video: %1 — %2</source>
        <translation>الفيديو: %1 — %2</translation>
    </message>
    <message>
        <source>audit verify: check the hash chain of a case database&apos;s audit log (read-only).
Exit 0 when the chain holds, 6 naming the first bad entry when an entry was edited, removed or reordered.</source>
        <translation>audit verify: التحقق من سلسلة التجزئة في سجل التدقيق لقاعدة بيانات قضايا (للقراءة فقط).
رمز الخروج 0 حين تكون السلسلة سليمة، و6 مع تسمية أول قيد معيب حين يكون قيد قد عُدِّل أو حُذف أو أُعيد ترتيبه.</translation>
    </message>
    <message>
        <source>The action (verify).</source>
        <translation>الإجراء (verify).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli audit verify [--db CASE.db] [--json]</source>
        <translation>الاستخدام: fakeprint-cli audit verify [--db CASE.db] [--json]</translation>
    </message>
    <message>
        <source>audit chain of %1 broken at entry %2: %3</source>
        <translation>سلسلة التدقيق في %1 مكسورة عند القيد %2: %3</translation>
    </message>
    <message>
        <source>Audit chain of %1 holds: %2 entries, head %3</source>
        <translation>سلسلة التدقيق في %1 سليمة: %2 قيد، الرأس %3</translation>
    </message>
    <message>
        <source>Export one case (its evidence records, analyses, heatmaps, notes and audit entries) as a single bundle file. The evidence videos themselves are not included.</source>
        <translation>تصدير قضية واحدة (سجلات أدلتها وتحليلاتها وخرائطها الحرارية وملاحظاتها وقيود تدقيقها) في ملف حزمة واحد. لا تُضمَّن ملفات فيديو الأدلة نفسها.</translation>
    </message>
    <message>
        <source>Case name or id.</source>
        <translation>اسم القضية أو معرّفها.</translation>
    </message>
    <message>
        <source>Bundle file to write (must not exist).</source>
        <translation>ملف الحزمة المراد كتابته (يجب ألا يكون موجودًا).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</source>
        <translation>الاستخدام: fakeprint-cli export --db CASE.db --case CASE -o BUNDLE</translation>
    </message>
    <message>
        <source>Exported case &apos;%1&apos; to %2 (%3 bytes, SHA-256 %4)</source>
        <translation>صُدِّرت القضية &apos;%1&apos; إلى %2 (%3 بايت، SHA-256 %4)</translation>
    </message>
    <message>
        <source>Import a case bundle into a case database. Every digest is checked; a case that already exists is never replaced (use --as NAME to import a copy under another name).</source>
        <translation>استيراد حزمة قضية إلى قاعدة بيانات قضايا. يُتحقَّق من كل خلاصة؛ ولا تُستبدَل أبدًا قضية موجودة مسبقًا (استخدم --as NAME لاستيراد نسخة باسم آخر).</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>ملف الحزمة.</translation>
    </message>
    <message>
        <source>Import under this case name.</source>
        <translation>الاستيراد تحت اسم القضية هذا.</translation>
    </message>
    <message>
        <source>Refuse bundles larger than this (default 8192 MiB).</source>
        <translation>رفض الحزم الأكبر من هذا الحجم (الافتراضي 8192 MiB).</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</source>
        <translation>الاستخدام: fakeprint-cli import BUNDLE --db CASE.db [--as NAME]</translation>
    </message>
    <message>
        <source>--max-size-mb needs a positive number</source>
        <translation>يحتاج --max-size-mb إلى رقم موجب</translation>
    </message>
    <message>
        <source>Imported case &apos;%1&apos; as id %2 into %3 (%4 videos, %5 analyses)</source>
        <translation>استُوردت القضية &apos;%1&apos; بالمعرّف %2 إلى %3 (%4 فيديو، %5 تحليل)</translation>
    </message>
    <message>
        <source>Manage cases in a case database.
  case new NAME [--analyst A] [--description D]   create a case
  case list                                       list the cases
  case show NAME_OR_ID [--verify]                 evidence, analyses and notes of a case;
                                                  --verify re-hashes every evidence file</source>
        <translation>إدارة القضايا في قاعدة بيانات قضايا.
  case new NAME [--analyst A] [--description D]   إنشاء قضية
  case list                                       سرد القضايا
  case show NAME_OR_ID [--verify]                 أدلة قضية وتحليلاتها وملاحظاتها؛
                                                  يعيد --verify حساب تجزئة كل ملف دليل</translation>
    </message>
    <message>
        <source>Analyst name (case new).</source>
        <translation>اسم المحلل (case new).</translation>
    </message>
    <message>
        <source>Case description (case new).</source>
        <translation>وصف القضية (case new).</translation>
    </message>
    <message>
        <source>Re-hash the evidence files and compare (case show); exit 6 on a mismatch.</source>
        <translation>إعادة حساب تجزئة ملفات الأدلة ومقارنتها (case show)؛ رمز الخروج 6 عند عدم التطابق.</translation>
    </message>
    <message>
        <source>new, list or show</source>
        <translation>new أو list أو show</translation>
    </message>
    <message>
        <source>case needs an action: new, list or show; see &apos;fakeprint-cli case --help&apos;</source>
        <translation>يحتاج case إلى إجراء: new أو list أو show؛ انظر &apos;fakeprint-cli case --help&apos;</translation>
    </message>
    <message>
        <source>case new needs exactly one NAME</source>
        <translation>يحتاج case new إلى NAME واحد بالضبط</translation>
    </message>
    <message>
        <source>case show needs exactly one NAME_OR_ID</source>
        <translation>يحتاج case show إلى NAME_OR_ID واحد بالضبط</translation>
    </message>
    <message>
        <source>case list takes no arguments</source>
        <translation>لا يقبل case list أي وسائط</translation>
    </message>
    <message>
        <source>warning: analysis %1 was left running by a program that stopped; marked interrupted</source>
        <translation>تحذير: تُرك التحليل %1 قيد التشغيل من قِبل برنامج توقف؛ وُسِم بأنه متوقف</translation>
    </message>
    <message>
        <source>Created case %1 &apos;%2&apos; in %3</source>
        <translation>أُنشئت القضية %1 &apos;%2&apos; في %3</translation>
    </message>
    <message>
        <source>No case in %1</source>
        <translation>لا توجد قضية في %1</translation>
    </message>
    <message>
        <source>%1 videos, %2 analyses</source>
        <translation>%1 فيديو، %2 تحليل</translation>
    </message>
    <message>
        <source>Case %1 &apos;%2&apos;  uuid %3</source>
        <translation>القضية %1 &apos;%2&apos;  uuid %3</translation>
    </message>
    <message>
        <source>Analyst: %1  created %2</source>
        <translation>المحلل: %1  أُنشئت في %2</translation>
    </message>
    <message>
        <source>Evidence (%1):</source>
        <translation>الأدلة (%1):</translation>
    </message>
    <message>
        <source>Analyses (%1):</source>
        <translation>التحليلات (%1):</translation>
    </message>
    <message>
        <source>Notes and bookmarks (%1):</source>
        <translation>الملاحظات والإشارات المرجعية (%1):</translation>
    </message>
    <message>
        <source> (frame %1)</source>
        <translation> (الإطار %1)</translation>
    </message>
    <message>
        <source>Print the version and the library versions</source>
        <translation>طباعة الإصدار وإصدارات المكتبات</translation>
    </message>
    <message>
        <source>List, show or add models (list [--json], show NAME, add CARD.json)</source>
        <translation>سرد النماذج أو عرضها أو إضافتها (list [--json]، show NAME، add CARD.json)</translation>
    </message>
    <message>
        <source>Media info and SHA-256 of a video (--json, --md5, --frame-hashes)</source>
        <translation>معلومات الوسائط وقيمة SHA-256 لفيديو (--json، --md5، --frame-hashes)</translation>
    </message>
    <message>
        <source>Write decoded frame INDEX of a video as PNG (-o OUT.png)</source>
        <translation>كتابة الإطار INDEX بعد فك ترميزه من فيديو بصيغة PNG (-o OUT.png)</translation>
    </message>
    <message>
        <source>Detect (and track) faces in an image or a video (--json, --every K, --detector)</source>
        <translation>اكتشاف الوجوه (وتتبعها) في صورة أو فيديو (--json، --every K، --detector)</translation>
    </message>
    <message>
        <source>Create, list and show cases (new NAME, list, show NAME_OR_ID [--verify])</source>
        <translation>إنشاء القضايا وسردها وعرضها (new NAME، list، show NAME_OR_ID [--verify])</translation>
    </message>
    <message>
        <source>Verify the hash chain of a case database&apos;s audit log (verify --db F)</source>
        <translation>التحقق من سلسلة التجزئة في سجل التدقيق لقاعدة بيانات قضايا (verify --db F)</translation>
    </message>
    <message>
        <source>Export a case as a bundle file (--db F --case C -o BUNDLE)</source>
        <translation>تصدير قضية في ملف حزمة (--db F --case C -o BUNDLE)</translation>
    </message>
    <message>
        <source>Import a case bundle into a case database (BUNDLE --db F [--as NAME])</source>
        <translation>استيراد حزمة قضية إلى قاعدة بيانات قضايا (BUNDLE --db F [--as NAME])</translation>
    </message>
    <message>
        <source>Analyse the face tracks of a video into a case database</source>
        <translation>تحليل مسارات الوجوه في فيديو وحفظها في قاعدة بيانات قضايا</translation>
    </message>
    <message>
        <source>Write the PDF case report of an analysis</source>
        <translation>كتابة تقرير القضية بصيغة PDF لتحليل ما</translation>
    </message>
    <message>
        <source>Export an analysis as JSON and per-frame scores as CSV</source>
        <translation>تصدير تحليل بصيغة JSON ودرجات كل إطار بصيغة CSV</translation>
    </message>
    <message>
        <source>Export one analysis as JSON (docs/export-schema.md) and/or its per-frame scores as CSV.</source>
        <translation>تصدير تحليل واحد بصيغة JSON (docs/export-schema.md) و/أو درجات كل إطار فيه بصيغة CSV.</translation>
    </message>
    <message>
        <source>Case database.</source>
        <translation>قاعدة بيانات القضايا.</translation>
    </message>
    <message>
        <source>Analysis id.</source>
        <translation>معرّف التحليل.</translation>
    </message>
    <message>
        <source>JSON file to write.</source>
        <translation>ملف JSON المراد كتابته.</translation>
    </message>
    <message>
        <source>CSV file of per-frame scores to write.</source>
        <translation>ملف CSV لدرجات كل إطار المراد كتابته.</translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (integrity_check is then &quot;not_checked&quot;).</source>
        <translation>عدم إعادة حساب تجزئة ملف الدليل (تكون قيمة integrity_check حينئذٍ &quot;not_checked&quot;).</translation>
    </message>
    <message>
        <source>export-data needs --db CASE.db, --analysis ID and --json OUT.json and/or --csv OUT.csv</source>
        <translation>يحتاج export-data إلى --db CASE.db و--analysis ID و--json OUT.json و/أو --csv OUT.csv</translation>
    </message>
    <message>
        <source>--analysis expects a number, got &apos;%1&apos;</source>
        <translation>يتوقع --analysis رقمًا، لكنه تلقّى &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
    <message>
        <source>Detect faces in an image or in the frames of a video.</source>
        <translation>اكتشاف الوجوه في صورة أو في إطارات فيديو.</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>طباعة مستند JSON واحد على المخرج القياسي.</translation>
    </message>
    <message>
        <source>Detect on every K-th frame (default 1).</source>
        <translation>الاكتشاف في كل إطار رقم K (الافتراضي 1).</translation>
    </message>
    <message>
        <source>auto (default), blazeface, haar or lbp.</source>
        <translation>auto (الافتراضي) أو blazeface أو haar أو lbp.</translation>
    </message>
    <message>
        <source>Minimum detection score (default 0.6).</source>
        <translation>أدنى درجة اكتشاف (الافتراضي 0.6).</translation>
    </message>
    <message>
        <source>Stop after N frames (0: all).</source>
        <translation>التوقف بعد N إطار (0: الكل).</translation>
    </message>
    <message>
        <source>Also track the faces and list the tracks on every frame.</source>
        <translation>تتبع الوجوه أيضًا وسرد المسارات في كل إطار.</translation>
    </message>
    <message>
        <source>The file (opened read-only).</source>
        <translation>الملف (يُفتح للقراءة فقط).</translation>
    </message>
    <message>
        <source>faces needs exactly one VIDEO_OR_IMAGE argument; see &apos;fakeprint-cli faces --help&apos;</source>
        <translation>يحتاج faces إلى وسيط VIDEO_OR_IMAGE واحد بالضبط؛ انظر &apos;fakeprint-cli faces --help&apos;</translation>
    </message>
    <message>
        <source>--every needs a whole number &gt;= 1, not &apos;%1&apos;</source>
        <translation>يحتاج --every إلى عدد صحيح &gt;= 1، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--threshold needs a number between 0 and 1, not &apos;%1&apos;</source>
        <translation>يحتاج --threshold إلى رقم بين 0 و1، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-frames needs a whole number &gt;= 0, not &apos;%1&apos;</source>
        <translation>يحتاج --max-frames إلى عدد صحيح &gt;= 0، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 غير موجود</translation>
    </message>
    <message>
        <source>%1 could not be decoded as an image: %2</source>
        <translation>تعذّر فك ترميز %1 بوصفه صورة: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces (%3)</source>
        <translation>%1: %2 وجه (%3)</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>الإطار %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 faces in %3 frames (%4)</source>
        <translation>%1: %2 وجه في %3 إطار (%4)</translation>
    </message>
    <message>
        <source>Write one decoded frame of a video as a PNG (lossless RGB, display orientation).</source>
        <translation>كتابة إطار واحد بعد فك ترميزه من فيديو بصيغة PNG (RGB بلا فقد، باتجاه العرض).</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>ملف PNG المراد كتابته.</translation>
    </message>
    <message>
        <source>Print the frame&apos;s index, pts, size and pixel MD5 as JSON.</source>
        <translation>طباعة رقم الإطار وpts والحجم وقيمة MD5 للبكسلات بصيغة JSON.</translation>
    </message>
    <message>
        <source>The video file (opened read-only).</source>
        <translation>ملف الفيديو (يُفتح للقراءة فقط).</translation>
    </message>
    <message>
        <source>0-based frame index in presentation order.</source>
        <translation>رقم الإطار بدءًا من 0 بترتيب العرض.</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli frame VIDEO INDEX -o OUT.png</source>
        <translation>الاستخدام: fakeprint-cli frame VIDEO INDEX -o OUT.png</translation>
    </message>
    <message>
        <source>INDEX must be a frame number (0 or more), not &apos;%1&apos;</source>
        <translation>يجب أن يكون INDEX رقم إطار (0 أو أكثر)، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refusing to write over the evidence file %1</source>
        <translation>رُفضت الكتابة فوق ملف الدليل %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Wrote frame %1 (pts %2, %3x%4, rgb24 md5 %5) to %6</source>
        <translation>كُتب الإطار %1 (pts %2، %3x%4، rgb24 md5 %5) في %6</translation>
    </message>
    <message>
        <source>Print media information and the SHA-256 of a video (evidence) file.</source>
        <translation>طباعة معلومات الوسائط وقيمة SHA-256 لملف فيديو (دليل).</translation>
    </message>
    <message>
        <source>Also compute the MD5 of the file.</source>
        <translation>حساب قيمة MD5 للملف أيضًا.</translation>
    </message>
    <message>
        <source>Decode every frame and list the MD5 of its RGB24 pixels.</source>
        <translation>فك ترميز كل إطار وسرد قيمة MD5 لبكسلات RGB24 فيه.</translation>
    </message>
    <message>
        <source>info needs exactly one VIDEO argument; see &apos;fakeprint-cli info --help&apos;</source>
        <translation>يحتاج info إلى وسيط VIDEO واحد بالضبط؛ انظر &apos;fakeprint-cli info --help&apos;</translation>
    </message>
    <message>
        <source>Frame %1 (pts %2): %3
</source>
        <translation>الإطار %1 (pts %2): %3
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>لا يوجد أي نموذج مثبّت.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>تحذير: </translation>
    </message>
    <message>
        <source>architecture: </source>
        <translation>البنية: </translation>
    </message>
    <message>
        <source>limitation: </source>
        <translation>قيد: </translation>
    </message>
    <message>
        <source>Installed model %1 as %2 (%3)</source>
        <translation>ثُبِّت النموذج %1 باسم %2 (%3)</translation>
    </message>
    <message>
        <source>List, show or add models (TorchScript + JSON card).
  models list [--json]            installed models, bundled first
  models show NAME_OR_PATH [--json]  one card, with a check of its weights&apos; SHA-256
  models add CARD.json [--json]   validate a model and copy it into the user models folder</source>
        <translation>سرد النماذج أو عرضها أو إضافتها (TorchScript + بطاقة JSON).
  models list [--json]            النماذج المثبّتة، المرفقة أولًا
  models show NAME_OR_PATH [--json]  بطاقة واحدة، مع التحقق من SHA-256 لأوزانها
  models add CARD.json [--json]   التحقق من صحة نموذج ونسخه إلى مجلد نماذج المستخدم</translation>
    </message>
    <message>
        <source>list, show or add</source>
        <translation>list أو show أو add</translation>
    </message>
    <message>
        <source>model name or card path (show), card path (add)</source>
        <translation>اسم النموذج أو مسار البطاقة (show)، مسار البطاقة (add)</translation>
    </message>
    <message>
        <source>usage: fakeprint-cli models list|show NAME|add CARD.json [--json]; see &apos;fakeprint-cli models --help&apos;</source>
        <translation>الاستخدام: fakeprint-cli models list|show NAME|add CARD.json [--json]؛ انظر &apos;fakeprint-cli models --help&apos;</translation>
    </message>
    <message>
        <source>Write the PDF case report of one analysis.</source>
        <translation>كتابة تقرير القضية بصيغة PDF لتحليل واحد.</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>ملف PDF المراد كتابته.</translation>
    </message>
    <message>
        <source>Report language: %1 (default: the language of the messages).</source>
        <translation>لغة التقرير: %1 (الافتراضي: لغة الرسائل).</translation>
    </message>
    <message>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>حجم الورق: a4 (الافتراضي) أو letter.</translation>
    </message>
    <message>
        <source>Analyst named on the cover.</source>
        <translation>المحلل المذكور على الغلاف.</translation>
    </message>
    <message>
        <source>Do not re-hash the evidence file (the report then says so).</source>
        <translation>عدم إعادة حساب تجزئة ملف الدليل (ويذكر التقرير ذلك حينئذٍ).</translation>
    </message>
    <message>
        <source>Print the report id, page count and hashes as JSON.</source>
        <translation>طباعة معرّف التقرير وعدد الصفحات والتجزئات بصيغة JSON.</translation>
    </message>
    <message>
        <source>report needs --db CASE.db, --analysis ID and -o OUT.pdf</source>
        <translation>يحتاج report إلى --db CASE.db و--analysis ID و-o OUT.pdf</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, got &apos;%1&apos;</source>
        <translation>يجب أن تكون قيمة --paper هي a4 أو letter، لكنها &apos;%1&apos;</translation>
    </message>
    <message>
        <source>layout: %1</source>
        <translation>التخطيط: %1</translation>
    </message>
    <message>
        <source>warning: the evidence failed its integrity check: %1</source>
        <translation>تحذير: أخفق الدليل في فحص السلامة: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, report id %3)</source>
        <translation>كُتب %1 (%2 صفحة، معرّف التقرير %3)</translation>
    </message>
    <message>
        <source>Print the version and the library versions.</source>
        <translation>طباعة الإصدار وإصدارات المكتبات.</translation>
    </message>
    <message>
        <source>Usage: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</source>
        <translation>الاستخدام: fakeprint-cli [--lang LANG] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Fakeprint %1: offline deepfake detection and attribution for video.</source>
        <translation>Fakeprint %1: كشف التزييف العميق وإسناده في الفيديو دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command</source>
        <translation>عرض هذه التعليمات، أو تعليمات أمر ما بعد الأمر</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>طباعة الإصدار</translation>
    </message>
    <message>
        <source>Language of the messages and the default language of &apos;report&apos;: %1 (default: the language chosen in Fakeprint&apos;s settings, else the system language)</source>
        <translation>لغة الرسائل واللغة الافتراضية لـ &apos;report&apos;: %1 (الافتراضي: اللغة المختارة في إعدادات Fakeprint، وإلا فلغة النظام)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad command line, 3 bad input file, 4 model missing or invalid, 5 case database error, 6 integrity check failed, 130 cancelled.</source>
        <translation>رموز الخروج: 0 نجاح، 1 إخفاق، 2 سطر أوامر غير صالح، 3 ملف إدخال غير صالح، 4 نموذج مفقود أو غير صالح، 5 خطأ في قاعدة بيانات القضايا، 6 إخفاق فحص السلامة، 130 أُلغي.</translation>
    </message>
    <message>
        <source>JSON (--json) goes to standard output; messages and progress go to standard error.</source>
        <translation>تُرسَل مخرجات JSON (--json) إلى المخرج القياسي؛ وتُرسَل الرسائل ومعلومات التقدم إلى الخطأ القياسي.</translation>
    </message>
    <message>
        <source>--lang needs a language, e.g. --lang de</source>
        <translation>يحتاج --lang إلى لغة، مثل --lang de</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;fakeprint-cli --help&apos;</source>
        <translation>أمر غير معروف &apos;%1&apos;؛ انظر &apos;fakeprint-cli --help&apos;</translation>
    </message>
</context>
<context>
    <name>fp</name>
    <message>
        <source>File not found: %1</source>
        <translation>الملف غير موجود: %1</translation>
    </message>
    <message>
        <source>Cannot open %1 for reading: %2</source>
        <translation>تعذّر فتح %1 للقراءة: %2</translation>
    </message>
    <message>
        <source>Hashing of %1 cancelled</source>
        <translation>أُلغي حساب تجزئة %1</translation>
    </message>
    <message>
        <source>Read error in %1 at byte %2: %3</source>
        <translation>خطأ في القراءة في %1 عند البايت %2: %3</translation>
    </message>
</context>
<context>
    <name>fp::analysis</name>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>fp::analysis::AnalysisJob</name>
    <message>
        <source>Frame stride, detection interval and batch size must be at least 1.</source>
        <translation>يجب ألا تقل خطوة الإطارات وفاصل الاكتشاف وحجم الدفعة عن 1.</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>تحميل النموذج</translation>
    </message>
    <message>
        <source>Model %1 is not one of the bundled models: its origin is unverified.</source>
        <translation>النموذج %1 ليس من النماذج المرفقة: مصدره غير مُتحقَّق منه.</translation>
    </message>
    <message>
        <source>Opening the video</source>
        <translation>فتح الفيديو</translation>
    </message>
    <message>
        <source>Hashing the evidence</source>
        <translation>حساب تجزئة الدليل</translation>
    </message>
    <message>
        <source>Analysis %1 is %2; only an interrupted analysis can be resumed.</source>
        <translation>التحليل %1 في حالة %2؛ لا يمكن استئناف إلا تحليل متوقف.</translation>
    </message>
    <message>
        <source>Analysis %1 was made with model %2 (sha256 %3); resume it with that model.</source>
        <translation>أُجري التحليل %1 بالنموذج %2 (sha256 %3)؛ استأنفه بذلك النموذج.</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>جارٍ التحليل</translation>
    </message>
    <message>
        <source>Analysis %1 cancelled at frame %2; the frames analysed so far are kept in the case.</source>
        <translation>أُلغي التحليل %1 عند الإطار %2؛ تُحفظ الإطارات المحلَّلة حتى الآن في القضية.</translation>
    </message>
    <message>
        <source>Explaining verdicts</source>
        <translation>شرح الأحكام</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>الإطار %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>fp::analysis::TruthComparison</name>
    <message>
        <source>Not a ground-truth file of fakeprint-lab synth (format fakeprint-synth-truth/1).</source>
        <translation>ليس ملف حقيقة مرجعية من fakeprint-lab synth (التنسيق fakeprint-synth-truth/1).</translation>
    </message>
    <message>
        <source>truth  class            analysed  overlap  verdict          method           confidence  agrees</source>
        <translation>حقيقة  الفئة            محلل      التداخل  الحكم            الطريقة          الثقة       يتفق</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 of %2 truth tracks agree; %3 analysed track(s) match no truth track.</source>
        <translation>%1 من %2 مسار حقيقة مرجعية متفقة؛ %3 مسار محلَّل لا يطابق أي مسار حقيقة مرجعية.</translation>
    </message>
</context>
<context>
    <name>fp::cases</name>
    <message>
        <source>reading the tracks of analysis %1</source>
        <translation>قراءة مسارات التحليل %1</translation>
    </message>
    <message>
        <source>reading the face detections of analysis %1</source>
        <translation>قراءة اكتشافات الوجوه للتحليل %1</translation>
    </message>
    <message>
        <source>reading the frame scores of analysis %1</source>
        <translation>قراءة درجات الإطارات للتحليل %1</translation>
    </message>
    <message>
        <source>reading the heatmaps of frame %1 of analysis %2</source>
        <translation>قراءة الخرائط الحرارية للإطار %1 من التحليل %2</translation>
    </message>
    <message>
        <source>listing the heatmap frames of analysis %1</source>
        <translation>سرد إطارات الخرائط الحرارية للتحليل %1</translation>
    </message>
    <message>
        <source>reading the coverage of analysis %1</source>
        <translation>قراءة التغطية للتحليل %1</translation>
    </message>
    <message>
        <source>starting an analysis of evidence %1 in case %2</source>
        <translation>بدء تحليل للدليل %1 في القضية %2</translation>
    </message>
    <message>
        <source>Evidence %1 is not part of case %2 in %3</source>
        <translation>الدليل %1 ليس جزءًا من القضية %2 في %3</translation>
    </message>
    <message>
        <source>resuming analysis %1</source>
        <translation>استئناف التحليل %1</translation>
    </message>
    <message>
        <source>No analysis with id %1 in %2</source>
        <translation>لا يوجد تحليل بالمعرّف %1 في %2</translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is %3; only an interrupted analysis can be resumed</source>
        <translation>التحليل %1 في %2 في حالة %3؛ لا يمكن استئناف إلا تحليل متوقف</translation>
    </message>
    <message>
        <source>The analysis writer was closed before the analysis finished; it can be resumed</source>
        <translation>أُغلق كاتب التحليل قبل انتهاء التحليل؛ يمكن استئنافه</translation>
    </message>
    <message>
        <source>Analysis %1 in %2 is being written by another running Fakeprint (lock %3)</source>
        <translation>التحليل %1 في %2 تكتبه نسخة أخرى قيد التشغيل من Fakeprint (القفل %3)</translation>
    </message>
    <message>
        <source>%1 (track %2)</source>
        <translation>%1 (المسار %2)</translation>
    </message>
    <message>
        <source>Analysis %1: progress cannot go back from frame %2 to %3</source>
        <translation>التحليل %1: لا يمكن أن يعود التقدم من الإطار %2 إلى %3</translation>
    </message>
    <message>
        <source>Analysis %1 is not running</source>
        <translation>التحليل %1 ليس قيد التشغيل</translation>
    </message>
    <message>
        <source>writing results of analysis %1</source>
        <translation>كتابة نتائج التحليل %1</translation>
    </message>
    <message>
        <source>Analysis %1: frame %2 refers to track %3, which was never written</source>
        <translation>التحليل %1: يشير الإطار %2 إلى المسار %3، الذي لم يُكتب قط</translation>
    </message>
    <message>
        <source>%1 (detection of track %2 on frame %3)</source>
        <translation>%1 (اكتشاف المسار %2 في الإطار %3)</translation>
    </message>
    <message>
        <source>%1 (score of track %2 on frame %3)</source>
        <translation>%1 (درجة المسار %2 في الإطار %3)</translation>
    </message>
    <message>
        <source>%1 (heatmap of track %2 on frame %3)</source>
        <translation>%1 (الخريطة الحرارية للمسار %2 في الإطار %3)</translation>
    </message>
    <message>
        <source>An analysis finishes as completed, failed or cancelled, not %1</source>
        <translation>ينتهي التحليل بحالة مكتمل أو فاشل أو ملغى، لا %1</translation>
    </message>
    <message>
        <source>finishing analysis %1</source>
        <translation>إنهاء التحليل %1</translation>
    </message>
    <message>
        <source>marking analysis %1 as interrupted</source>
        <translation>وسم التحليل %1 بأنه متوقف</translation>
    </message>
    <message>
        <source>appending the audit entry %1</source>
        <translation>إلحاق قيد التدقيق %1</translation>
    </message>
    <message>
        <source>verifying the audit log</source>
        <translation>التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>audit entry %1 is missing (the next stored entry is %2): entries were removed</source>
        <translation>قيد التدقيق %1 مفقود (القيد المخزّن التالي هو %2): حُذفت قيود</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2 (its previous hash differs): entries were removed, reordered or altered</source>
        <translation>قيد التدقيق %1 لا يتبع القيد %2 (تجزئته السابقة مختلفة): حُذفت قيود أو أُعيد ترتيبها أو عُدِّلت</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 on %3) was altered: its hash does not match its content</source>
        <translation>قيد التدقيق %1 (%2 على %3) عُدِّل: تجزئته لا تطابق محتواه</translation>
    </message>
    <message>
        <source>the audit log ends at entry %1 but its head records entry %2 with another hash: entries were removed from the end or the head was altered</source>
        <translation>ينتهي سجل التدقيق عند القيد %1، لكن رأسه يسجّل القيد %2 بتجزئة أخرى: حُذفت قيود من النهاية أو عُدِّل الرأس</translation>
    </message>
    <message>
        <source>the audit head record is missing although the log has %1 entries</source>
        <translation>سجل رأس التدقيق مفقود مع أن السجل يحتوي على %1 قيد</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>قراءة سجل التدقيق</translation>
    </message>
    <message>
        <source>Case bundle %1 is malformed: %2</source>
        <translation>حزمة القضية %1 مشوّهة: %2</translation>
    </message>
    <message>
        <source>Case bundle %1 is %2 bytes, larger than the import limit of %3 bytes</source>
        <translation>حجم حزمة القضية %1 هو %2 بايت، وهو أكبر من حد الاستيراد البالغ %3 بايت</translation>
    </message>
    <message>
        <source>Cannot read case bundle %1</source>
        <translation>تعذّرت قراءة حزمة القضية %1</translation>
    </message>
    <message>
        <source>it does not start with the Fakeprint bundle signature</source>
        <translation>لا تبدأ بتوقيع حزم Fakeprint</translation>
    </message>
    <message>
        <source>truncated: %1 bytes, the header alone needs %2</source>
        <translation>مبتورة: %1 بايت، والترويسة وحدها تحتاج إلى %2</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Fakeprint reads version %2)</source>
        <translation>إصدار التنسيق %1 غير مدعوم (هذا الإصدار من Fakeprint يقرأ الإصدار %2)</translation>
    </message>
    <message>
        <source>the manifest size %1 is outside 1..%2 bytes</source>
        <translation>حجم البيان %1 خارج النطاق 1..%2 بايت</translation>
    </message>
    <message>
        <source>truncated: the manifest needs %1 bytes, the file has %2</source>
        <translation>مبتورة: يحتاج البيان إلى %1 بايت، والملف يحتوي على %2</translation>
    </message>
    <message>
        <source>Cannot read the manifest of case bundle %1</source>
        <translation>تعذّرت قراءة بيان حزمة القضية %1</translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest does not match its SHA-256 (damaged or altered)</source>
        <translation>حزمة القضية %1: البيان لا يطابق قيمة SHA-256 الخاصة به (تالف أو معدَّل)</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object: %1</source>
        <translation>البيان ليس كائن JSON: %1</translation>
    </message>
    <message>
        <source>the manifest&apos;s format is not &quot;fakeprint-case-bundle&quot;</source>
        <translation>تنسيق البيان ليس &quot;fakeprint-case-bundle&quot;</translation>
    </message>
    <message>
        <source>the manifest must list 1 to %1 parts</source>
        <translation>يجب أن يسرد البيان من 1 إلى %1 جزء</translation>
    </message>
    <message>
        <source>a part entry has no name</source>
        <translation>أحد قيود الأجزاء بلا اسم</translation>
    </message>
    <message>
        <source>Case bundle %1 names a part &apos;%2&apos;: not a plain file name (path traversal or special characters); refused</source>
        <translation>حزمة القضية %1 تسمّي جزءًا &apos;%2&apos;: ليس اسم ملف بسيطًا (اجتياز مسار أو محارف خاصة)؛ رُفض</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is listed twice</source>
        <translation>الجزء &apos;%1&apos; مُدرج مرتين</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid size</source>
        <translation>الجزء &apos;%1&apos; ليس له حجم صالح</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; has no valid SHA-256</source>
        <translation>الجزء &apos;%1&apos; ليس له قيمة SHA-256 صالحة</translation>
    </message>
    <message>
        <source>truncated: part &apos;%1&apos; needs %2 bytes from offset %3, the file has %4</source>
        <translation>مبتورة: يحتاج الجزء &apos;%1&apos; إلى %2 بايت بدءًا من الإزاحة %3، والملف يحتوي على %4</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the last part</source>
        <translation>%1 بايت غير متوقع بعد الجزء الأخير</translation>
    </message>
    <message>
        <source>Cannot seek in case bundle %1</source>
        <translation>تعذّر التنقل داخل حزمة القضية %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>تعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>truncated inside part &apos;%1&apos;</source>
        <translation>مبتورة داخل الجزء &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Case bundle %1: part &apos;%2&apos; does not match its SHA-256 (expected %3, found %4); the bundle is damaged or was altered</source>
        <translation>حزمة القضية %1: الجزء &apos;%2&apos; لا يطابق قيمة SHA-256 الخاصة به (المتوقع %3، الموجود %4)؛ الحزمة تالفة أو عُدِّلت</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the bundle</source>
        <translation>%1 موجود مسبقًا؛ اختر اسمًا آخر للحزمة</translation>
    </message>
    <message>
        <source>Invalid bundle part name &apos;%1&apos;</source>
        <translation>اسم جزء حزمة غير صالح &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write the case bundle %1: %2</source>
        <translation>تعذّرت كتابة حزمة القضية %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>opening the case snapshot</source>
        <translation>فتح اللقطة الآنية للقضية</translation>
    </message>
    <message>
        <source>importing a case bundle</source>
        <translation>استيراد حزمة قضية</translation>
    </message>
    <message>
        <source>Export of case &apos;%1&apos; refused: the audit log of %2 is broken at entry %3: %4</source>
        <translation>رُفض تصدير القضية &apos;%1&apos;: سجل التدقيق في %2 مكسور عند القيد %3: %4</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the bundle</source>
        <translation>تعذّر إنشاء مجلد مؤقت للحزمة</translation>
    </message>
    <message>
        <source>taking a snapshot for export</source>
        <translation>أخذ لقطة آنية للتصدير</translation>
    </message>
    <message>
        <source>pruning the export snapshot to case &apos;%1&apos;</source>
        <translation>تقليص لقطة التصدير إلى القضية &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Case bundle %1 does not exist</source>
        <translation>حزمة القضية %1 غير موجودة</translation>
    </message>
    <message>
        <source>Cannot open case bundle %1: %2</source>
        <translation>تعذّر فتح حزمة القضية %1: %2</translation>
    </message>
    <message>
        <source>Case bundle %1 has an unexpected part &apos;%2&apos;</source>
        <translation>تحتوي حزمة القضية %1 على جزء غير متوقع &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Case bundle %1 lacks the part &apos;%2&apos;</source>
        <translation>تفتقر حزمة القضية %1 إلى الجزء &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to import %1</source>
        <translation>تعذّر إنشاء مجلد مؤقت لاستيراد %1</translation>
    </message>
    <message>
        <source>Case bundle %1: the audit part is %2 bytes, more than the limit</source>
        <translation>حزمة القضية %1: حجم جزء التدقيق %2 بايت، وهو أكبر من الحد المسموح</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>تعذّرت قراءة %1</translation>
    </message>
    <message>
        <source>Case bundle %1: audit.json is not a JSON object</source>
        <translation>حزمة القضية %1: الملف audit.json ليس كائن JSON</translation>
    </message>
    <message>
        <source>checking the database inside case bundle %1</source>
        <translation>فحص قاعدة البيانات داخل حزمة القضية %1</translation>
    </message>
    <message>
        <source>Case bundle %1 holds no valid database: %2</source>
        <translation>لا تحتوي حزمة القضية %1 على قاعدة بيانات صالحة: %2</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 fails its integrity check</source>
        <translation>تُخفق قاعدة البيانات داخل حزمة القضية %1 في فحص السلامة</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has schema version %2; this Fakeprint reads 1 to %3</source>
        <translation>إصدار مخطط قاعدة البيانات داخل حزمة القضية %1 هو %2؛ هذا الإصدار من Fakeprint يقرأ من 1 إلى %3</translation>
    </message>
    <message>
        <source>The database inside case bundle %1 has dangling references (table %2)</source>
        <translation>تحتوي قاعدة البيانات داخل حزمة القضية %1 على مراجع معلّقة (الجدول %2)</translation>
    </message>
    <message>
        <source>Case bundle %1 must hold exactly one case</source>
        <translation>يجب أن تحتوي حزمة القضية %1 على قضية واحدة بالضبط</translation>
    </message>
    <message>
        <source>Case bundle %1: the manifest names case %2 but the database holds %3</source>
        <translation>حزمة القضية %1: يسمّي البيان القضية %2 لكن قاعدة البيانات تحتوي على %3</translation>
    </message>
    <message>
        <source>importing case bundle %1</source>
        <translation>استيراد حزمة القضية %1</translation>
    </message>
    <message>
        <source>Case &apos;%1&apos; (id %2) already exists in %3; import refused so that nothing is overwritten (import it under another name to keep both)</source>
        <translation>القضية &apos;%1&apos; (المعرّف %2) موجودة مسبقًا في %3؛ رُفض الاستيراد كي لا يُستبدل أي شيء (استوردها باسم آخر للاحتفاظ بالاثنتين)</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>ضبط %1</translation>
    </message>
    <message>
        <source>No case database file was given</source>
        <translation>لم يُحدَّد ملف قاعدة بيانات قضايا</translation>
    </message>
    <message>
        <source>Case database %1 does not exist</source>
        <translation>قاعدة بيانات القضايا %1 غير موجودة</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the case database</source>
        <translation>تعذّر إنشاء المجلد %1 لقاعدة بيانات القضايا</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case database file</source>
        <translation>%1 مجلد، وليس ملف قاعدة بيانات قضايا</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available</source>
        <translation>برنامج تشغيل SQLite الخاص بـ Qt (QSQLITE) غير متاح</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Case database %1 has schema version %2, newer than this Fakeprint understands (%3); update Fakeprint</source>
        <translation>إصدار مخطط قاعدة بيانات القضايا %1 هو %2، وهو أحدث مما يفهمه هذا الإصدار من Fakeprint (%3)؛ حدّث Fakeprint</translation>
    </message>
    <message>
        <source>Case database %1 cannot use write-ahead logging (journal mode stayed %2); is it on a network or read-only file system?</source>
        <translation>لا يمكن لقاعدة بيانات القضايا %1 استخدام التسجيل المسبق للكتابة (بقي وضع اليومية %2)؛ هل هي على نظام ملفات شبكي أو للقراءة فقط؟</translation>
    </message>
    <message>
        <source>%1 is empty, not a case database</source>
        <translation>%1 فارغ، وليس قاعدة بيانات قضايا</translation>
    </message>
    <message>
        <source>Case database connection %1 (%2) used from a thread that did not open it</source>
        <translation>استُخدم اتصال قاعدة بيانات القضايا %1 (%2) من خيط لم يفتحه</translation>
    </message>
    <message>
        <source>Case database %1 was opened read-only</source>
        <translation>فُتحت قاعدة بيانات القضايا %1 للقراءة فقط</translation>
    </message>
    <message>
        <source>looking for interrupted analyses</source>
        <translation>البحث عن التحليلات المتوقفة</translation>
    </message>
    <message>
        <source>The program running this analysis stopped before it finished; it can be resumed</source>
        <translation>توقف البرنامج الذي يشغّل هذا التحليل قبل أن ينتهي؛ يمكن استئنافه</translation>
    </message>
    <message>
        <source>A case needs a name</source>
        <translation>تحتاج القضية إلى اسم</translation>
    </message>
    <message>
        <source>creating case &apos;%1&apos;</source>
        <translation>إنشاء القضية &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A case named &apos;%1&apos; already exists in %2 (id %3)</source>
        <translation>توجد مسبقًا قضية باسم &apos;%1&apos; في %2 (المعرّف %3)</translation>
    </message>
    <message>
        <source>listing cases</source>
        <translation>سرد القضايا</translation>
    </message>
    <message>
        <source>reading case %1</source>
        <translation>قراءة القضية %1</translation>
    </message>
    <message>
        <source>No case with id %1 in %2</source>
        <translation>لا توجد قضية بالمعرّف %1 في %2</translation>
    </message>
    <message>
        <source>looking up case &apos;%1&apos;</source>
        <translation>البحث عن القضية &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No case named &apos;%1&apos; in %2</source>
        <translation>لا توجد قضية باسم &apos;%1&apos; في %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>adding evidence %1 to case &apos;%2&apos;</source>
        <translation>إضافة الدليل %1 إلى القضية &apos;%2&apos;</translation>
    </message>
    <message>
        <source>recording media info of evidence %1</source>
        <translation>تسجيل معلومات الوسائط للدليل %1</translation>
    </message>
    <message>
        <source>No evidence with id %1 in %2</source>
        <translation>لا يوجد دليل بالمعرّف %1 في %2</translation>
    </message>
    <message>
        <source>reading evidence %1</source>
        <translation>قراءة الدليل %1</translation>
    </message>
    <message>
        <source>listing the evidence of case %1</source>
        <translation>سرد أدلة القضية %1</translation>
    </message>
    <message>
        <source>listing the cases of evidence %1</source>
        <translation>سرد القضايا التي تضم الدليل %1</translation>
    </message>
    <message>
        <source>Evidence file %1 is missing</source>
        <translation>ملف الدليل %1 مفقود</translation>
    </message>
    <message>
        <source>Evidence file %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة ملف الدليل %1: %2</translation>
    </message>
    <message>
        <source>Evidence file %1 matches its registered SHA-256</source>
        <translation>ملف الدليل %1 يطابق قيمة SHA-256 المسجّلة له</translation>
    </message>
    <message>
        <source>Evidence file %1 has changed: SHA-256 %2 (%3 bytes), registered %4 (%5 bytes)</source>
        <translation>تغيّر ملف الدليل %1: SHA-256 %2 (%3 بايت)، والمسجّل %4 (%5 بايت)</translation>
    </message>
    <message>
        <source>listing the analyses of case %1</source>
        <translation>سرد تحليلات القضية %1</translation>
    </message>
    <message>
        <source>reading analysis %1</source>
        <translation>قراءة التحليل %1</translation>
    </message>
    <message>
        <source>A note or bookmark needs a text</source>
        <translation>تحتاج الملاحظة أو الإشارة المرجعية إلى نص</translation>
    </message>
    <message>
        <source>adding a note to case %1</source>
        <translation>إضافة ملاحظة إلى القضية %1</translation>
    </message>
    <message>
        <source>updating note %1</source>
        <translation>تحديث الملاحظة %1</translation>
    </message>
    <message>
        <source>No note with id %1 in %2</source>
        <translation>لا توجد ملاحظة بالمعرّف %1 في %2</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>حذف الملاحظة %1</translation>
    </message>
    <message>
        <source>reading note %1</source>
        <translation>قراءة الملاحظة %1</translation>
    </message>
    <message>
        <source>listing the notes of case %1</source>
        <translation>سرد ملاحظات القضية %1</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>قراءة المخطط</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Fakeprint case database (no schema_version table)</source>
        <translation>%1 قاعدة بيانات SQLite لكنها ليست قاعدة بيانات قضايا Fakeprint (لا يوجد جدول schema_version)</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>قراءة إصدار المخطط</translation>
    </message>
    <message>
        <source>Case database %1 has an empty schema_version table</source>
        <translation>جدول schema_version في قاعدة بيانات القضايا %1 فارغ</translation>
    </message>
    <message>
        <source>Cannot migrate case database %1 from schema version %2 (this Fakeprint knows 0 to %3)</source>
        <translation>تتعذّر ترقية قاعدة بيانات القضايا %1 من إصدار المخطط %2 (هذا الإصدار من Fakeprint يعرف من 0 إلى %3)</translation>
    </message>
    <message>
        <source>migrating the schema to version %1</source>
        <translation>ترقية المخطط إلى الإصدار %1</translation>
    </message>
    <message>
        <source>Case database %1 is full (no space left on the disk or the size limit reached) while %2; free some space and retry: %3</source>
        <translation>قاعدة بيانات القضايا %1 ممتلئة (لا توجد مساحة متبقية على القرص أو بُلغ حد الحجم) أثناء %2؛ حرّر بعض المساحة وأعد المحاولة: %3</translation>
    </message>
    <message>
        <source>Case database %1 is damaged or not a case database (while %2): %3</source>
        <translation>قاعدة بيانات القضايا %1 تالفة أو ليست قاعدة بيانات قضايا (أثناء %2): %3</translation>
    </message>
    <message>
        <source>Case database %1 is read-only (while %2): %3</source>
        <translation>قاعدة بيانات القضايا %1 للقراءة فقط (أثناء %2): %3</translation>
    </message>
    <message>
        <source>Cannot open case database %1 (while %2): %3</source>
        <translation>تعذّر فتح قاعدة بيانات القضايا %1 (أثناء %2): %3</translation>
    </message>
    <message>
        <source>Disk I/O error on case database %1 while %2: %3</source>
        <translation>خطأ في إدخال/إخراج القرص في قاعدة بيانات القضايا %1 أثناء %2: %3</translation>
    </message>
    <message>
        <source>Case database %1 stayed locked by another program while %2; retry later: %3</source>
        <translation>بقيت قاعدة بيانات القضايا %1 مقفلة من قِبل برنامج آخر أثناء %2؛ أعد المحاولة لاحقًا: %3</translation>
    </message>
    <message>
        <source>Case database %1 refused the change while %2 (constraint): %3</source>
        <translation>رفضت قاعدة بيانات القضايا %1 التغيير أثناء %2 (قيد): %3</translation>
    </message>
    <message>
        <source>Case database %1: error while %2: %3</source>
        <translation>قاعدة بيانات القضايا %1: خطأ أثناء %2: %3</translation>
    </message>
    <message>
        <source>starting a write transaction</source>
        <translation>بدء معاملة كتابة</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>تثبيت معاملة</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>fp::faces::BlazeFaceDetector</name>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation>تعذّر تشغيل كاشف الوجوه %1: %2</translation>
    </message>
    <message>
        <source>Face detector %1 does not have BlazeFace&apos;s outputs (896 scores and 896x16 regressions)</source>
        <translation>كاشف الوجوه %1 لا يملك مخرجات BlazeFace (896 درجة و896x16 قيمة انحدار)</translation>
    </message>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation>نموذج كاشف الوجوه %1 غير موجود</translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation>حجم إدخال كاشف الوجوه %1x%2 صغير جدًا</translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3; reinstall it (packaging/setup-debian.sh)</source>
        <translation>قيمة SHA-256 لنموذج كاشف الوجوه %1 هي %2، والمتوقع %3؛ أعد تثبيته (packaging/setup-debian.sh)</translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation>تعذّر تحميل نموذج كاشف الوجوه %1: %2</translation>
    </message>
    <message>
        <source>Face detector model %1 has %2 outputs; a BlazeFace model has 4</source>
        <translation>لنموذج كاشف الوجوه %1 عدد %2 من المخرجات؛ ونموذج BlazeFace له 4</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>أُعطي اكتشاف الوجوه صورة فارغة</translation>
    </message>
    <message>
        <source>BlazeFace %1 (%2x%3 input, score &gt;= %4%5)</source>
        <translation>BlazeFace %1 (إدخال %2x%3، الدرجة &gt;= %4%5)</translation>
    </message>
    <message>
        <source>, small-face tiles of %1 px</source>
        <translation>، مربعات للوجوه الصغيرة بحجم %1 بكسل</translation>
    </message>
</context>
<context>
    <name>fp::faces::CascadeDetector</name>
    <message>
        <source>No face cascade found: install Debian&apos;s opencv-data (packaging/setup-debian.sh)</source>
        <translation>لم يُعثر على مصنِّف تتابعي للوجوه: ثبّت الحزمة opencv-data من Debian (packaging/setup-debian.sh)</translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded</source>
        <translation>تعذّر تحميل المصنِّف التتابعي للوجوه %1</translation>
    </message>
    <message>
        <source>Face cascade %1 could not be loaded: %2</source>
        <translation>تعذّر تحميل المصنِّف التتابعي للوجوه %1: %2</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>أُعطي اكتشاف الوجوه صورة فارغة</translation>
    </message>
    <message>
        <source>Face cascade failed: %1</source>
        <translation>أخفق المصنِّف التتابعي للوجوه: %1</translation>
    </message>
    <message>
        <source>OpenCV %1 cascade %2 (faces &gt;= %3 px, no keypoints)</source>
        <translation>المصنِّف التتابعي %1 من OpenCV: %2 (الوجوه &gt;= %3 بكسل، بلا نقاط مفتاحية)</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceCoverage</name>
    <message>
        <source>%1 of %2 examined frames have no face; of %3 faces, %4 are too small, %5 have a low detection score, %6 are blurred, %7 are in profile</source>
        <translation>%1 من %2 إطار مفحوص بلا وجه؛ ومن أصل %3 وجه، %4 صغيرة جدًا، و%5 درجة اكتشافها منخفضة، و%6 ضبابية، و%7 في وضع جانبي</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceDetectorFactory</name>
    <message>
        <source>BlazeFace model %1 is not installed in any of %2; run packaging/setup-debian.sh</source>
        <translation>نموذج BlazeFace %1 غير مثبّت في أي من %2؛ شغّل packaging/setup-debian.sh</translation>
    </message>
    <message>
        <source>Face detector kind &quot;dnn&quot; needs a model path</source>
        <translation>يحتاج كاشف الوجوه من النوع &quot;dnn&quot; إلى مسار نموذج</translation>
    </message>
    <message>
        <source>Unknown face detector decoder &quot;%1&quot; (expected blazeface or ssd)</source>
        <translation>مفكك ترميز كاشف وجوه غير معروف &quot;%1&quot; (المتوقع blazeface أو ssd)</translation>
    </message>
    <message>
        <source>No face detector available: %1; %2</source>
        <translation>لا يتوفر أي كاشف وجوه: %1؛ %2</translation>
    </message>
    <message>
        <source>Using the Haar cascade face detector (frontal faces only, more false detections) because BlazeFace is unavailable: %1</source>
        <translation>يُستخدم كاشف الوجوه بالمصنِّف التتابعي Haar (للوجوه الأمامية فقط، مع اكتشافات خاطئة أكثر) لأن BlazeFace غير متاح: %1</translation>
    </message>
    <message>
        <source>Unknown face detector &quot;%1&quot; (expected auto, blazeface, haar, lbp or dnn)</source>
        <translation>كاشف وجوه غير معروف &quot;%1&quot; (المتوقع auto أو blazeface أو haar أو lbp أو dnn)</translation>
    </message>
</context>
<context>
    <name>fp::faces::FaceTracker</name>
    <message>
        <source>Face tracker got frame %1 after frame %2; frames must come in order</source>
        <translation>تلقّى متتبع الوجوه الإطار %1 بعد الإطار %2؛ يجب أن تصل الإطارات بالترتيب</translation>
    </message>
</context>
<context>
    <name>fp::faces::LandmarkDetector</name>
    <message>
        <source>Facial landmarks are off: dlib&apos;s shape_predictor_68_face_landmarks.dat was not found (install Debian&apos;s libdlib-data). Alignment and face masks are unavailable.</source>
        <translation>معالم الوجه معطّلة: لم يُعثر على الملف shape_predictor_68_face_landmarks.dat الخاص بـ dlib (ثبّت الحزمة libdlib-data من Debian). المحاذاة وأقنعة الوجه غير متاحة.</translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 predicts %2 points, not 68</source>
        <translation>معالم الوجه معطّلة: يتنبأ %1 بـ %2 نقطة، لا بـ 68</translation>
    </message>
    <message>
        <source>Facial landmarks are off: %1 could not be read (%2)</source>
        <translation>معالم الوجه معطّلة: تعذّرت قراءة %1 (%2)</translation>
    </message>
    <message>
        <source>Landmark detection needs an image and a non-empty box</source>
        <translation>يحتاج اكتشاف المعالم إلى صورة ومربع غير فارغ</translation>
    </message>
    <message>
        <source>Landmark detection failed: %1</source>
        <translation>أخفق اكتشاف المعالم: %1</translation>
    </message>
</context>
<context>
    <name>fp::faces::SsdFaceDetector</name>
    <message>
        <source>Face detector model %1 does not exist</source>
        <translation>نموذج كاشف الوجوه %1 غير موجود</translation>
    </message>
    <message>
        <source>Face detector input size %1x%2 is too small</source>
        <translation>حجم إدخال كاشف الوجوه %1x%2 صغير جدًا</translation>
    </message>
    <message>
        <source>Face detector model %1 has SHA-256 %2, expected %3</source>
        <translation>قيمة SHA-256 لنموذج كاشف الوجوه %1 هي %2، والمتوقع %3</translation>
    </message>
    <message>
        <source>Face detector model %1 could not be loaded: %2</source>
        <translation>تعذّر تحميل نموذج كاشف الوجوه %1: %2</translation>
    </message>
    <message>
        <source>Face detector model %1 is empty</source>
        <translation>نموذج كاشف الوجوه %1 فارغ</translation>
    </message>
    <message>
        <source>Face detection was given an empty image</source>
        <translation>أُعطي اكتشاف الوجوه صورة فارغة</translation>
    </message>
    <message>
        <source>Face detector %1 failed to run: %2</source>
        <translation>تعذّر تشغيل كاشف الوجوه %1: %2</translation>
    </message>
    <message>
        <source>Face detector %1 output has %2 values, not rows of 7 (SSD DetectionOutput)</source>
        <translation>مخرج كاشف الوجوه %1 يحتوي على %2 قيمة، وليس صفوفًا من 7 (SSD DetectionOutput)</translation>
    </message>
    <message>
        <source>cv::dnn SSD face detector %1 (%2x%3 input, score &gt;= %4)</source>
        <translation>كاشف الوجوه cv::dnn SSD %1 (إدخال %2x%3، الدرجة &gt;= %4)</translation>
    </message>
</context>
<context>
    <name>fp::inference</name>
    <message>
        <source>No frame of this track was scored, so nothing can be said about it.</source>
        <translation>لم يُقيَّم أي إطار من هذا المسار، لذا لا يمكن قول أي شيء عنه.</translation>
    </message>
    <message>
        <source>Only %1 frames were scored; at least %2 are needed for a verdict.</source>
        <translation>قُيِّم %1 إطار فقط؛ ويلزم %2 على الأقل لإصدار حكم.</translation>
    </message>
    <message>
        <source>P(fake) %1 lies in the undecided band %2-%3.</source>
        <translation>تقع قيمة P(fake) %1 في نطاق عدم الحسم %2-%3.</translation>
    </message>
    <message>
        <source>P(fake) %1 is below the threshold %2.</source>
        <translation>قيمة P(fake) %1 أدنى من العتبة %2.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold %2; the model cannot name methods.</source>
        <translation>قيمة P(fake) %1 أعلى من العتبة %2؛ لا يستطيع النموذج تسمية طرق التلاعب.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but no known method is likely enough (best: %2 at %3, needed %4).</source>
        <translation>قيمة P(fake) %1 أعلى من العتبة، لكن لا توجد طريقة معروفة مرجّحة بما يكفي (الأفضل: %2 بنسبة %3، والمطلوب %4).</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold, but the faces look unlike the training data (energy %2 above %3), so the method is unknown.</source>
        <translation>قيمة P(fake) %1 أعلى من العتبة، لكن الوجوه تبدو مختلفة عن بيانات التدريب (الطاقة %2 أعلى من %3)، لذا فالطريقة غير معروفة.</translation>
    </message>
    <message>
        <source>P(fake) %1 is above the threshold; the most likely method is %2 (%3).</source>
        <translation>قيمة P(fake) %1 أعلى من العتبة؛ والطريقة الأرجح هي %2 (%3).</translation>
    </message>
    <message>
        <source>No face was seen in %1 frames, so the video cannot be judged.</source>
        <translation>لم يُرَ أي وجه في %1 إطار، لذا لا يمكن الحكم على الفيديو.</translation>
    </message>
    <message>
        <source>All %1 face tracks look real; the most suspicious has P(fake) %2. Faces were seen in %3% of the frames.</source>
        <translation>تبدو جميع مسارات الوجوه البالغة %1 حقيقية؛ وأكثرها إثارة للشبهة قيمة P(fake) له %2. شوهدت وجوه في %3% من الإطارات.</translation>
    </message>
    <message>
        <source>No track looks manipulated, but track %1 is inconclusive: %2</source>
        <translation>لا يبدو أي مسار مُتلاعَبًا به، لكن المسار %1 غير حاسم: %2</translation>
    </message>
    <message>
        <source>Track %1 is the most suspicious: %2</source>
        <translation>المسار %1 هو الأكثر إثارة للشبهة: %2</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.%2&apos; names the method &apos;%3&apos;, which the TorchScript module does not have</source>
        <translation>بطاقة النموذج %1: الحقل &apos;gradcam.%2&apos; يسمّي الدالة &apos;%3&apos;، وهي غير موجودة في وحدة TorchScript</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;input.size&apos; is %2, but the module rejects a [2, 3, %2, %2] input: %3</source>
        <translation>بطاقة النموذج %1: قيمة الحقل &apos;input.size&apos; هي %2، لكن الوحدة ترفض إدخالًا بالشكل [2, 3, %2, %2]: %3</translation>
    </message>
    <message>
        <source> (one per class in &apos;classes&apos;)</source>
        <translation> (واحدة لكل فئة في &apos;classes&apos;)</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs[%2].units&apos; says the %3 head has %4 units%5, but for a batch of 2 the module returns a tensor of shape %6</source>
        <translation>بطاقة النموذج %1: يذكر الحقل &apos;outputs[%2].units&apos; أن للرأس %3 عدد %4 وحدة%5، لكن الوحدة تُرجع لدفعة من 2 موترًا بالشكل %6</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.features_method&apos;: &apos;%2&apos; must return a feature map [N, C, h, w]</source>
        <translation>بطاقة النموذج %1: الحقل &apos;gradcam.features_method&apos;: يجب أن تُرجع &apos;%2&apos; خريطة سمات [N, C, h, w]</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;gradcam.head_method&apos;: %2(%3(x)) differs from forward(x) for output %4</source>
        <translation>بطاقة النموذج %1: الحقل &apos;gradcam.head_method&apos;: %2(%3(x)) يختلف عن forward(x) للمخرج %4</translation>
    </message>
    <message>
        <source>Model %1 (%2): %3 failed: %4</source>
        <translation>النموذج %1 (%2): أخفق %3: %4</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns a tuple holding something other than tensors</source>
        <translation>بطاقة النموذج %1: الحقل &apos;outputs&apos;: تُرجع الوحدة صفًّا (tuple) يحتوي على شيء غير الموترات</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos;: the module returns %2, not tensors</source>
        <translation>بطاقة النموذج %1: الحقل &apos;outputs&apos;: تُرجع الوحدة %2، لا موترات</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;outputs&apos; lists %2 heads, but the module returns %3 tensors</source>
        <translation>بطاقة النموذج %1: يسرد الحقل &apos;outputs&apos; عدد %2 من الرؤوس، لكن الوحدة تُرجع %3 موتر</translation>
    </message>
    <message>
        <source>CUDA was requested for model %1, but LibTorch sees no CUDA device; choose CPU or Auto</source>
        <translation>طُلب CUDA للنموذج %1، لكن LibTorch لا يرى أي جهاز CUDA؛ اختر CPU أو تلقائي</translation>
    </message>
    <message>
        <source>loading the TorchScript module</source>
        <translation>تحميل وحدة TorchScript</translation>
    </message>
    <message>
        <source>Crop %1 of the batch is an empty image</source>
        <translation>القصاصة %1 من الدفعة صورة فارغة</translation>
    </message>
    <message>
        <source>scoring %1 crops</source>
        <translation>تقييم %1 قصاصة</translation>
    </message>
    <message>
        <source>Grad-CAM: model %1 has no attribution class %2 (it has %3 classes%4)</source>
        <translation>Grad-CAM: لا يملك النموذج %1 فئة الإسناد %2 (لديه %3 فئة%4)</translation>
    </message>
    <message>
        <source> and no attribution head</source>
        <translation> ولا رأس إسناد</translation>
    </message>
    <message>
        <source>Grad-CAM: class index %1 is invalid</source>
        <translation>Grad-CAM: رقم الفئة %1 غير صالح</translation>
    </message>
    <message>
        <source>the score does not depend on the output of &apos;%1&apos;</source>
        <translation>لا تعتمد الدرجة على مخرج &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Grad-CAM on %1 crops</source>
        <translation>Grad-CAM على %1 قصاصة</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;%2&apos; %3</source>
        <translation>بطاقة النموذج %1: الحقل &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(في الذاكرة)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>يجب أن يكون سلسلة نصية، لا %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>يجب أن يكون رقمًا، لا %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>يجب أن يكون عددًا صحيحًا، لا %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>يجب أن يكون كائنًا، لا %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>يجب أن يكون مصفوفة، لا %1</translation>
    </message>
    <message>
        <source>must hold 3 numbers, not %1</source>
        <translation>يجب أن يحتوي على 3 أرقام، لا %1</translation>
    </message>
    <message>
        <source>must match [a-z0-9._-]+, not &apos;%1&apos;</source>
        <translation>يجب أن يطابق [a-z0-9._-]+، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>must be a file name beside the card without &apos;/&apos;, not &apos;%1&apos;</source>
        <translation>يجب أن يكون اسم ملف بجوار البطاقة دون &apos;/&apos;، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be 64 lower-case hex digits, not &apos;%1&apos;</source>
        <translation>يجب أن يتكون من 64 رقمًا ست عشريًا بأحرف صغيرة، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be between 16 and 1024, not %1</source>
        <translation>يجب أن يكون بين 16 و1024، لا %1</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>يجب أن يكون رقمًا موجبًا</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>يجب أن يكون رقمًا منتهيًا</translation>
    </message>
    <message>
        <source>must list at least one class</source>
        <translation>يجب أن يسرد فئة واحدة على الأقل</translation>
    </message>
    <message>
        <source>must be %1 (ids are 0..K-1 in order), not %2</source>
        <translation>يجب أن يكون %1 (المعرّفات من 0 إلى K-1 بالترتيب)، لا %2</translation>
    </message>
    <message>
        <source>repeats the key &apos;%1&apos;</source>
        <translation>يكرّر المفتاح &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must list one or two heads, not %1</source>
        <translation>يجب أن يسرد رأسًا واحدًا أو رأسين، لا %1</translation>
    </message>
    <message>
        <source>must be 1 or 2 for a binary head, not %1</source>
        <translation>يجب أن يكون 1 أو 2 للرأس الثنائي، لا %1</translation>
    </message>
    <message>
        <source>is %1 but classes lists %2 classes; the attribution head needs one unit per class</source>
        <translation>قيمته %1 لكن classes يسرد %2 فئة؛ يحتاج رأس الإسناد إلى وحدة واحدة لكل فئة</translation>
    </message>
    <message>
        <source>lists the same head twice</source>
        <translation>يسرد الرأس نفسه مرتين</translation>
    </message>
    <message>
        <source>must hold exactly one class with key &apos;real&apos; when the model has no binary head</source>
        <translation>يجب أن يحتوي على فئة واحدة بالضبط بالمفتاح &apos;real&apos; حين لا يملك النموذج رأسًا ثنائيًا</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>يجب أن يكون أكبر من 0</translation>
    </message>
    <message>
        <source>must lie in (0, 1), not %1</source>
        <translation>يجب أن يقع في (0, 1)، لا %1</translation>
    </message>
    <message>
        <source>must lie in [0, 1]</source>
        <translation>يجب أن يقع في [0, 1]</translation>
    </message>
    <message>
        <source>must lie in [inconclusive_low, 1]</source>
        <translation>يجب أن يقع في [inconclusive_low, 1]</translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation>يجب ألا يقل عن 1، لا %1</translation>
    </message>
    <message>
        <source>must lie in (0, 1)</source>
        <translation>يجب أن يقع في (0, 1)</translation>
    </message>
    <message>
        <source>must be a boolean, not %1</source>
        <translation>يجب أن يكون قيمة منطقية، لا %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>يجب أن يكون &quot;%1&quot;، لا &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is %1; this Fakeprint reads version %2</source>
        <translation>قيمته %1؛ هذا الإصدار من Fakeprint يقرأ الإصدار %2</translation>
    </message>
    <message>
        <source>must be &quot;RGB&quot; or &quot;BGR&quot;, not &quot;%1&quot;</source>
        <translation>يجب أن يكون &quot;RGB&quot; أو &quot;BGR&quot;، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names an unknown head &quot;%1&quot; (known: &quot;binary&quot;, &quot;attribution&quot;)</source>
        <translation>يسمّي رأسًا غير معروف &quot;%1&quot; (المعروفة: &quot;binary&quot; و&quot;attribution&quot;)</translation>
    </message>
    <message>
        <source>Model card %1 does not exist</source>
        <translation>بطاقة النموذج %1 غير موجودة</translation>
    </message>
    <message>
        <source>Cannot read model card %1: %2</source>
        <translation>تتعذّر قراءة بطاقة النموذج %1: %2</translation>
    </message>
    <message>
        <source>Model card %1 is larger than 16 MiB</source>
        <translation>بطاقة النموذج %1 أكبر من 16 MiB</translation>
    </message>
    <message>
        <source>Model card %1 is not valid JSON: %2 at offset %3</source>
        <translation>بطاقة النموذج %1 ليست JSON صالحًا: %2 عند الإزاحة %3</translation>
    </message>
    <message>
        <source>Model card %1 must hold a JSON object</source>
        <translation>يجب أن تحتوي بطاقة النموذج %1 على كائن JSON</translation>
    </message>
    <message>
        <source>Cannot write model card %1: %2</source>
        <translation>تتعذّر كتابة بطاقة النموذج %1: %2</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;weights&apos; names %2, which does not exist</source>
        <translation>بطاقة النموذج %1: يسمّي الحقل &apos;weights&apos; الملف %2، وهو غير موجود</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;sha256&apos; is %2 but the weights file %3 hashes to %4; the weights were changed or belong to another card. Refusing to load it.</source>
        <translation>بطاقة النموذج %1: قيمة الحقل &apos;sha256&apos; هي %2 لكن تجزئة ملف الأوزان %3 هي %4؛ فالأوزان قد غُيِّرت أو تخص بطاقة أخرى. رُفض تحميله.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2</source>
        <translation>تعذّر نسخ %1 إلى %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place as %2</source>
        <translation>تعذّر نقل %1 إلى موضعه باسم %2</translation>
    </message>
    <message>
        <source>Model card %1: the name &apos;%2&apos; is already used by another installed model; this card is ignored</source>
        <translation>بطاقة النموذج %1: الاسم &apos;%2&apos; مستخدم من قبل نموذج مثبّت آخر؛ تُتجاهل هذه البطاقة</translation>
    </message>
    <message>
        <source>No installed model is named &apos;%1&apos; (installed: %2); see &apos;fakeprint-cli models list&apos;</source>
        <translation>لا يوجد نموذج مثبّت باسم &apos;%1&apos; (المثبّتة: %2)؛ انظر &apos;fakeprint-cli models list&apos;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>No model is installed (searched %1); add one with &apos;fakeprint-cli models add CARD.json&apos;</source>
        <translation>لا يوجد أي نموذج مثبّت (بُحث في %1)؛ أضف نموذجًا بالأمر &apos;fakeprint-cli models add CARD.json&apos;</translation>
    </message>
    <message>
        <source>Model card %1: field &apos;name&apos; is &apos;%2&apos;, which is already installed from %3 with other weights; rename the model or remove the installed one</source>
        <translation>بطاقة النموذج %1: قيمة الحقل &apos;name&apos; هي &apos;%2&apos;، وهو مثبّت مسبقًا من %3 بأوزان أخرى؛ غيّر اسم النموذج أو أزل النموذج المثبّت</translation>
    </message>
    <message>
        <source>Cannot create the user models folder %1</source>
        <translation>تعذّر إنشاء مجلد نماذج المستخدم %1</translation>
    </message>
    <message>
        <source>Cannot add %1: %2 or %3 already exists in the user models folder and belongs to another model</source>
        <translation>تتعذّر إضافة %1: الملف %2 أو %3 موجود مسبقًا في مجلد نماذج المستخدم ويخص نموذجًا آخر</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>حقيقي</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>مُتلاعَب به</translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation>مُتلاعَب به، الطريقة غير معروفة</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>غير حاسم</translation>
    </message>
</context>
<context>
    <name>fp::media::FrameServer</name>
    <message>
        <source>Frame %1 is outside %2 (%3 frames)</source>
        <translation>الإطار %1 خارج %2 (%3 إطار)</translation>
    </message>
</context>
<context>
    <name>fp::media::MediaInfo</name>
    <message>
        <source>File:       %1 (%2 bytes)
</source>
        <translation>الملف:      %1 (%2 بايت)
</translation>
    </message>
    <message>
        <source>Container:  %1
</source>
        <translation>الحاوية:    %1
</translation>
    </message>
    <message>
        <source>Video:      %1%2, %3, %4x%5 (coded %6x%7, SAR %8, rotation %9)
</source>
        <translation>الفيديو:    %1%2، %3، %4x%5 (المُرمَّز %6x%7، SAR %8، الدوران %9)
</translation>
    </message>
    <message>
        <source>Frames:     %1 (%2 keyframes), %3 fps (avg %4, real %5)%6
</source>
        <translation>الإطارات:   %1 (%2 إطار مفتاحي)، %3 إطار/ث (المتوسط %4، الفعلي %5)%6
</translation>
    </message>
    <message>
        <source>, variable frame rate</source>
        <translation>، معدل إطارات متغير</translation>
    </message>
    <message>
        <source>Duration:   %1 ms, bit rate %2 bit/s
</source>
        <translation>المدة:      %1 ملّي ثانية، معدل البت %2 بت/ثانية
</translation>
    </message>
    <message>
        <source>Audio #%1:   %2, %3 Hz, %4
</source>
        <translation>الصوت #%1:   %2، %3 هرتز، %4
</translation>
    </message>
</context>
<context>
    <name>fp::media::VideoReader</name>
    <message>
        <source>%1: the header claims an absurd picture size of %2x%3; refused</source>
        <translation>%1: تدّعي الترويسة حجم صورة غير معقول %2x%3؛ رُفض</translation>
    </message>
    <message>
        <source>decoder error near frame %1: %2</source>
        <translation>خطأ في مفكك الترميز قرب الإطار %1: %2</translation>
    </message>
    <message>
        <source>Out of memory opening %1</source>
        <translation>نفدت الذاكرة أثناء فتح %1</translation>
    </message>
    <message>
        <source>Opening %1 took longer than %2 ms</source>
        <translation>استغرق فتح %1 أكثر من %2 ملّي ثانية</translation>
    </message>
    <message>
        <source>%1 is not a video file FFmpeg recognises (%2)</source>
        <translation>%1 ليس ملف فيديو يتعرّف عليه FFmpeg (%2)</translation>
    </message>
    <message>
        <source>%1 looks like %2 but its header cannot be read (%3); the file may be truncated or damaged</source>
        <translation>يبدو %1 بتنسيق %2 لكن تتعذّر قراءة ترويسته (%3)؛ قد يكون الملف مبتورًا أو تالفًا</translation>
    </message>
    <message>
        <source>Probing %1 took longer than %2 ms</source>
        <translation>استغرق فحص %1 أكثر من %2 ملّي ثانية</translation>
    </message>
    <message>
        <source>Cannot read the stream parameters of %1: %2</source>
        <translation>تتعذّر قراءة معلمات التدفق في %1: %2</translation>
    </message>
    <message>
        <source>%1 holds audio only, no video stream</source>
        <translation>يحتوي %1 على صوت فقط، ولا يوجد تدفق فيديو</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>لا يحتوي %1 على تدفق فيديو</translation>
    </message>
    <message>
        <source>%1: this FFmpeg build has no decoder for the video codec &apos;%2&apos;</source>
        <translation>%1: لا يتضمن إصدار FFmpeg هذا مفكك ترميز لترميز الفيديو &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the video stream has no picture size</source>
        <translation>%1: لا يملك تدفق الفيديو حجم صورة</translation>
    </message>
    <message>
        <source>Scanning %1 stalled after %2 frames</source>
        <translation>توقف مسح %1 بعد %2 إطار</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2; the file may be truncated</source>
        <translation>توقفت القراءة بعد الإطار %1: %2؛ قد يكون الملف مبتورًا</translation>
    </message>
    <message>
        <source>packet at byte %1 is marked corrupt by the demuxer</source>
        <translation>الحزمة عند البايت %1 موسومة بأنها تالفة من قِبل مُفكِّك الحاوية</translation>
    </message>
    <message>
        <source>%1: the video stream holds no frames</source>
        <translation>%1: لا يحتوي تدفق الفيديو على أي إطار</translation>
    </message>
    <message>
        <source>the file ends after %1 of the %2 frames its header declares; it is probably truncated</source>
        <translation>ينتهي الملف بعد %1 من أصل %2 إطار تعلنها ترويسته؛ من المرجّح أنه مبتور</translation>
    </message>
    <message>
        <source>%1: no decoder for &apos;%2&apos;</source>
        <translation>%1: لا يوجد مفكك ترميز لـ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Out of memory creating a decoder for %1</source>
        <translation>نفدت الذاكرة أثناء إنشاء مفكك ترميز لـ %1</translation>
    </message>
    <message>
        <source>%1: invalid codec parameters: %2</source>
        <translation>%1: معلمات ترميز غير صالحة: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the %2 decoder: %3</source>
        <translation>%1: يتعذّر فتح مفكك الترميز %2: %3</translation>
    </message>
    <message>
        <source>decoding failed near frame %1: %2</source>
        <translation>أخفق فك الترميز قرب الإطار %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 stalled or was interrupted</source>
        <translation>توقفت قراءة %1 أو قوطعت</translation>
    </message>
    <message>
        <source>reading stopped after frame %1: %2</source>
        <translation>توقفت القراءة بعد الإطار %1: %2</translation>
    </message>
    <message>
        <source>frame %1 could not be decoded: %2</source>
        <translation>تعذّر فك ترميز الإطار %1: %2</translation>
    </message>
    <message>
        <source>decoded picture with timestamp %1 is not in the frame index; numbered %2 by order</source>
        <translation>الصورة المفكوك ترميزها ذات الطابع الزمني %1 ليست في فهرس الإطارات؛ رُقِّمت %2 حسب الترتيب</translation>
    </message>
    <message>
        <source>frame %1 is damaged; the decoder concealed errors</source>
        <translation>الإطار %1 تالف؛ أخفى مفكك الترميز الأخطاء</translation>
    </message>
    <message>
        <source>%1: cannot seek to frame %2: %3</source>
        <translation>%1: يتعذّر الانتقال إلى الإطار %2: %3</translation>
    </message>
    <message>
        <source>%1: the stream ended before frame %2 could be decoded</source>
        <translation>%1: انتهى التدفق قبل أن يُفك ترميز الإطار %2</translation>
    </message>
    <message>
        <source>%1: frame %2 was not produced by the decoder</source>
        <translation>%1: لم يُنتج مفكك الترميز الإطار %2</translation>
    </message>
    <message>
        <source>Video file not found: %1</source>
        <translation>ملف الفيديو غير موجود: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>No permission to read %1</source>
        <translation>لا يوجد إذن بقراءة %1</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 فارغ (0 بايت)</translation>
    </message>
    <message>
        <source>%1: frame %2 is out of range (the video has %3 frames)</source>
        <translation>%1: الإطار %2 خارج النطاق (يحتوي الفيديو على %3 إطار)</translation>
    </message>
</context>
<context>
    <name>fp::ui::AnalysisDialog</name>
    <message>
        <source>Analyse %1</source>
        <translation>تحليل %1</translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation> (مستخدم، غير مُتحقَّق منه)</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>لا يوجد نموذج مثبّت</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU بتقنية CUDA</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>الجهاز:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>جميع الأنوية</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>خيوط CPU:</translation>
    </message>
    <message>
        <source>Analyse every n-th frame; frames in between are not scored</source>
        <translation>تحليل كل إطار رقم n؛ الإطارات الواقعة بينها لا تُقيَّم</translation>
    </message>
    <message>
        <source>Frame stride:</source>
        <translation>خطوة الإطارات:</translation>
    </message>
    <message>
        <source>Run the face detector on every k-th analysed frame and track in between</source>
        <translation>تشغيل كاشف الوجوه على كل إطار رقم k من الإطارات المحلَّلة والتتبع فيما بينها</translation>
    </message>
    <message>
        <source>Detection interval:</source>
        <translation>فاصل الاكتشاف:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>التقدم:</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Start analysis</source>
        <translation>بدء التحليل</translation>
    </message>
    <message>
        <source>%1 · frame %2 of %3 · %4 fps · %5 track(s)</source>
        <translation>%1 · الإطار %2 من %3 · %4 إطار/ث · %5 مسار</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · يتبقى نحو %1</translation>
    </message>
    <message>
        <source>Finished: analysis %1</source>
        <translation>انتهى: التحليل %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>إلغاء التحليل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseBrowser</name>
    <message>
        <source>Case / evidence / analysis</source>
        <translation>القضية / الدليل / التحليل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 · analyst %2 · created %3</source>
        <translation>القضية %1 · المحلل %2 · أُنشئت في %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Analysis %1 · %2</source>
        <translation>التحليل %1 · %2</translation>
    </message>
    <message>
        <source>Started %1
Detector %2</source>
        <translation>بدأ في %1
الكاشف %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::CaseJobs</name>
    <message>
        <source>%1 was not added: %2</source>
        <translation>لم يُضف %1: %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::EvidencePanel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>مسجّل في</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
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
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>الفيديو</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>الحاوية</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>Verify hashes now</source>
        <translation>التحقق من التجزئات الآن</translation>
    </message>
    <message>
        <source>Re-hash the file (read-only) and compare with the registry; the check is audited</source>
        <translation>إعادة حساب تجزئة الملف (للقراءة فقط) ومقارنتها بالسجل؛ ويُسجَّل الفحص في سجل التدقيق</translation>
    </message>
    <message>
        <source>No evidence selected.</source>
        <translation>لم يُحدَّد أي دليل.</translation>
    </message>
    <message>
        <source>Not verified in this session</source>
        <translation>لم يُتحقَّق منه في هذه الجلسة</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 بايت)</translation>
    </message>
    <message>
        <source>%1 (file modified %2)</source>
        <translation>%1 (تاريخ تعديل الملف %2)</translation>
    </message>
    <message>
        <source>No media information recorded.</source>
        <translation>لم تُسجَّل معلومات الوسائط.</translation>
    </message>
    <message>
        <source>%1 · %2×%3 · %4</source>
        <translation>%1 · %2×%3 · %4</translation>
    </message>
    <message>
        <source>%1 frames · %2 fps%3 · %4</source>
        <translation>%1 إطار · %2 إطار/ث%3 · %4</translation>
    </message>
    <message>
        <source> (variable)</source>
        <translation> (متغير)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>✔ Intact: size and SHA-256 match the registry</source>
        <translation>✔ سليم: الحجم وقيمة SHA-256 يطابقان السجل</translation>
    </message>
    <message>
        <source>✖ MISMATCH: %1</source>
        <translation>✖ عدم تطابق: %1</translation>
    </message>
    <message>
        <source>✖ File missing: %1</source>
        <translation>✖ الملف مفقود: %1</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>تعذّر التحقق: %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::GradCamService</name>
    <message>
        <source>No analysis is open.</source>
        <translation>لا يوجد تحليل مفتوح.</translation>
    </message>
    <message>
        <source>The analysis&apos; model %1 %2 (sha256 %3) is not installed: only the stored key frames have Grad-CAM maps.</source>
        <translation>نموذج التحليل %1 %2 (sha256 %3) غير مثبّت: خرائط Grad-CAM متاحة للإطارات المفتاحية المخزّنة فقط.</translation>
    </message>
    <message>
        <source>Grad-CAM on demand is off: %1</source>
        <translation>Grad-CAM عند الطلب معطّل: %1</translation>
    </message>
    <message>
        <source>Grad-CAM of track %1 on frame %2 failed: %3</source>
        <translation>أخفق Grad-CAM للمسار %1 في الإطار %2: %3</translation>
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
        <translation>لا توجد قاعدة بيانات قضايا مفتوحة</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Face tracks</source>
        <translation>مسارات الوجوه</translation>
    </message>
    <message>
        <source>Notes and bookmarks</source>
        <translation>الملاحظات والإشارات المرجعية</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>المخطط الزمني</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New case database…</source>
        <translation>قاعدة بيانات قضايا &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open case database…</source>
        <translation>&amp;فتح قاعدة بيانات قضايا…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>&amp;قضية جديدة…</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>إضافة &amp;دليل…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>إعادة &amp;ضبط التخطيط</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;التشغيل</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>&amp;Bookmark current frame…</source>
        <translation>إضافة &amp;إشارة مرجعية للإطار الحالي…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>إضافة &amp;ملاحظة…</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>ت&amp;حليل</translation>
    </message>
    <message>
        <source>&amp;Analyse evidence…</source>
        <translation>&amp;تحليل الدليل…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>تصدير &amp;تقرير…</translation>
    </message>
    <message>
        <source>Open an analysis first: a report describes one analysis.</source>
        <translation>افتح تحليلًا أولًا: يصف التقرير تحليلًا واحدًا.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>تعذّرت كتابة التقرير: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
            <numerusform>كُتب %1 (%n صفحات).</numerusform>
            <numerusform>كُتب %1 (%n صفحةً).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written with warnings</source>
        <translation>كُتب التقرير مع تحذيرات</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;النماذج…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Fakeprint</source>
        <translation>&amp;حول Fakeprint</translation>
    </message>
    <message>
        <source>About Fakeprint</source>
        <translation>حول Fakeprint</translation>
    </message>
    <message>
        <source>Fakeprint %1
Offline deepfake detection and attribution for video.

Grad-CAM maps show where a model looked, not which pixels were manipulated.</source>
        <translation>Fakeprint %1
كشف التزييف العميق وإسناده في الفيديو دون اتصال بالإنترنت.

تُظهر خرائط Grad-CAM أين نظر النموذج، لا أي البكسلات تُلاعِب بها.</translation>
    </message>
    <message>
        <source>Fakeprint case databases (*.db *.fpcase.db);;All files (*)</source>
        <translation>قواعد بيانات قضايا Fakeprint (*.db *.fpcase.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>New case database</source>
        <translation>قاعدة بيانات قضايا جديدة</translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation>فتح قاعدة بيانات قضايا</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;All files (*)</source>
        <translation>ملفات الفيديو (*.mp4 *.mov *.mkv *.avi *.webm *.m4v *.mpg *.mpeg *.ts *.3gp);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>اسم القضية:</translation>
    </message>
    <message>
        <source>%1 — Fakeprint</source>
        <translation>%1 — Fakeprint</translation>
    </message>
    <message>
        <source>%1 · analysis %2 — %3</source>
        <translation>%1 · التحليل %2 — %3</translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation>قاعدة بيانات القضايا: %1</translation>
    </message>
    <message>
        <source>Open or create a case database first.</source>
        <translation>افتح قاعدة بيانات قضايا أو أنشئ واحدة أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Hashing and registering %n file(s)…</source>
        <translation>
            <numerusform>جارٍ حساب التجزئة وتسجيل %n ملف…</numerusform>
            <numerusform>جارٍ حساب التجزئة وتسجيل %n ملف…</numerusform>
            <numerusform>جارٍ حساب التجزئة وتسجيل %n ملف…</numerusform>
            <numerusform>جارٍ حساب التجزئة وتسجيل %n ملفات…</numerusform>
            <numerusform>جارٍ حساب التجزئة وتسجيل %n ملفًا…</numerusform>
            <numerusform>جارٍ حساب التجزئة وتسجيل %n ملف…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) added.</source>
        <translation>
            <numerusform>أُضيف %n ملف دليل.</numerusform>
            <numerusform>أُضيف %n ملف دليل.</numerusform>
            <numerusform>أُضيف %n ملف دليل.</numerusform>
            <numerusform>أُضيفت %n ملفات أدلة.</numerusform>
            <numerusform>أُضيف %n ملفًا للأدلة.</numerusform>
            <numerusform>أُضيف %n ملف دليل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case database first.</source>
        <translation>افتح قاعدة بيانات قضايا أولًا.</translation>
    </message>
    <message>
        <source>%1 · not analysed in this view</source>
        <translation>%1 · لم يُحلَّل في هذا العرض</translation>
    </message>
    <message>
        <source>Analysis %1 · %2 · model %3 %4 · %5 track(s), %6 flagged · %7</source>
        <translation>التحليل %1 · %2 · النموذج %3 %4 · %5 مسار، %6 مُعلَّم · %7</translation>
    </message>
    <message>
        <source>Open an evidence file or an analysis to bookmark a frame.</source>
        <translation>افتح ملف دليل أو تحليلًا لإضافة إشارة مرجعية إلى إطار.</translation>
    </message>
    <message>
        <source>No frame is shown yet.</source>
        <translation>لا يُعرض أي إطار بعد.</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>الإطار %1 من %2</translation>
    </message>
    <message>
        <source>, track %1 (%2)</source>
        <translation>، المسار %1 (%2)</translation>
    </message>
    <message>
        <source>, analysis %1</source>
        <translation>، التحليل %1</translation>
    </message>
    <message>
        <source>Frame %1 (%2)</source>
        <translation>الإطار %1 (%2)</translation>
    </message>
    <message>
        <source>Select a case to add a note.</source>
        <translation>اختر قضية لإضافة ملاحظة.</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>analysis %1 of %2</source>
        <translation>التحليل %1 للملف %2</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>الإطار %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Bundled: %1&lt;br&gt;User models: %2</source>
        <translation>المرفقة: %1&lt;br&gt;نماذج المستخدم: %2</translation>
    </message>
    <message>
        <source> (user, unverified)</source>
        <translation> (مستخدم، غير مُتحقَّق منه)</translation>
    </message>
    <message>
        <source>Invalid card</source>
        <translation>بطاقة غير صالحة</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model is installed. Put a model card (JSON) and its TorchScript weights in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا يوجد أي نموذج مثبّت. ضع بطاقة نموذج (JSON) وأوزان TorchScript الخاصة به في %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>bundled with Fakeprint</source>
        <translation>مرفق مع Fakeprint</translation>
    </message>
    <message>
        <source>user model (not verified by Fakeprint)</source>
        <translation>نموذج مستخدم (لم يتحقق منه Fakeprint)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>الأوزان</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>البنية</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>%1×%1 px, %2, crop scale %3</source>
        <translation>%1×%1 بكسل، %2، مقياس القص %3</translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation>%1 (%2 وحدة)</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>الرؤوس</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>fake ≥ %1, inconclusive %2–%3, method needs ≥ %4, at least %5 frame(s)</source>
        <translation>مزيف عند ≥ %1، غير حاسم بين %2 و%3، الطريقة تحتاج ≥ %4، %5 إطار على الأقل</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>المعايرة</translation>
    </message>
    <message>
        <source>temperature %1 (binary), %2 (attribution)</source>
        <translation>درجة الحرارة %1 (ثنائي)، %2 (إسناد)</translation>
    </message>
    <message>
        <source>License</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Measured metrics</source>
        <translation>المقاييس المقيسة</translation>
    </message>
</context>
<context>
    <name>fp::ui::NoteDialog</name>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>على:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>What you observed, and why it matters</source>
        <translation>ما لاحظته، ولماذا هو مهم</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
</context>
<context>
    <name>fp::ui::NotesPanel</name>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Bookmark frame</source>
        <translation>إشارة مرجعية للإطار</translation>
    </message>
    <message>
        <source>Bookmark the current frame (and the selected track) (Ctrl+B)</source>
        <translation>إضافة إشارة مرجعية للإطار الحالي (والمسار المحدد) (Ctrl+B)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Created %1, updated %2</source>
        <translation>أُنشئت في %1، وحُدِّثت في %2</translation>
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
        <translation> · P(fake) للإطار %1</translation>
    </message>
</context>
<context>
    <name>fp::ui::PlayerWidget</name>
    <message>
        <source>Open a case and select an analysis or an evidence file to view it.</source>
        <translation>افتح قضية واختر تحليلًا أو ملف دليل لعرضه.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Grad-CAM: error</source>
        <translation>Grad-CAM: خطأ</translation>
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
        <translation>المقطع المشبوه السابق</translation>
    </message>
    <message>
        <source>Jump to the previous segment where P(fake) reaches the threshold</source>
        <translation>الانتقال إلى المقطع السابق الذي تبلغ فيه P(fake) العتبة</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>الإطار السابق</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>إطار واحد إلى الخلف</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>تشغيل أو إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>الإطار التالي</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>إطار واحد إلى الأمام</translation>
    </message>
    <message>
        <source>Next suspicious segment</source>
        <translation>المقطع المشبوه التالي</translation>
    </message>
    <message>
        <source>Jump to the next segment where P(fake) reaches the threshold</source>
        <translation>الانتقال إلى المقطع التالي الذي تبلغ فيه P(fake) العتبة</translation>
    </message>
    <message>
        <source>Shuttle backward</source>
        <translation>التنقل السريع إلى الخلف</translation>
    </message>
    <message>
        <source>Play backward, faster on repeat</source>
        <translation>التشغيل إلى الخلف، بسرعة أكبر عند التكرار</translation>
    </message>
    <message>
        <source>Shuttle stop</source>
        <translation>إيقاف التنقل السريع</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Shuttle forward</source>
        <translation>التنقل السريع إلى الأمام</translation>
    </message>
    <message>
        <source>Play forward, faster on repeat</source>
        <translation>التشغيل إلى الأمام، بسرعة أكبر عند التكرار</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>الانتقال إلى:</translation>
    </message>
    <message>
        <source>frame or hh:mm:ss.mmm</source>
        <translation>إطار أو hh:mm:ss.mmm</translation>
    </message>
    <message>
        <source>Face boxes</source>
        <translation>مربعات الوجوه</translation>
    </message>
    <message>
        <source>Show face boxes and labels</source>
        <translation>إظهار مربعات الوجوه وتسمياتها</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>المعالم</translation>
    </message>
    <message>
        <source>Show facial landmarks</source>
        <translation>إظهار معالم الوجه</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Show where the model looked (stored key-frame maps, other frames computed on demand while paused); not a map of manipulated pixels</source>
        <translation>إظهار أين نظر النموذج (خرائط الإطارات المفتاحية المخزّنة، وتُحسب خرائط الإطارات الأخرى عند الطلب أثناء الإيقاف المؤقت)؛ ليست خريطة للبكسلات المُتلاعَب بها</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Fit the frame to the view</source>
        <translation>ملاءمة الإطار مع العرض</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Native pixels, no interpolation</source>
        <translation>البكسلات الأصلية، دون استيفاء</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Attributed class</source>
        <translation>الفئة المُسنَدة</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>العتامة:</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>جارٍ فتح %1 …</translation>
    </message>
    <message>
        <source>Grad-CAM: computing…</source>
        <translation>Grad-CAM: جارٍ الحساب…</translation>
    </message>
    <message>
        <source>Grad-CAM: paused frames only</source>
        <translation>Grad-CAM: للإطارات الموقوفة مؤقتًا فقط</translation>
    </message>
    <message>
        <source>Grad-CAM: stored only</source>
        <translation>Grad-CAM: المخزّنة فقط</translation>
    </message>
    <message>
        <source>Grad-CAM: computed on demand</source>
        <translation>Grad-CAM: محسوبة عند الطلب</translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame</source>
        <translation>Grad-CAM: إطار مفتاحي مخزّن</translation>
    </message>
    <message>
        <source>Maps from model %1; they show where the model looked, not which pixels are manipulated.</source>
        <translation>خرائط من النموذج %1؛ تُظهر أين نظر النموذج، لا أي البكسلات مُتلاعَب بها.</translation>
    </message>
    <message>
        <source>Frame –</source>
        <translation>الإطار –</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>الإطار %1 / %2</translation>
    </message>
    <message>
        <source>Grad-CAM: stored key frame + computed on demand</source>
        <translation>Grad-CAM: إطار مفتاحي محفوظ + حساب عند الطلب</translation>
    </message>
</context>
<context>
    <name>fp::ui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>لغة التقرير:</translation>
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
        <translation>الورق:</translation>
    </message>
    <message>
        <source>The case&apos;s analyst</source>
        <translation>محلل القضية</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>المحلل:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Dates and numbers in the report follow its language.</source>
        <translation>تتبع التواريخ والأرقام في التقرير لغته.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fp::ui::ScreenshotTask</name>
    <message>
        <source>Timed out waiting for frame %1 to be shown</source>
        <translation>انتهت مهلة انتظار عرض الإطار %1</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2</source>
        <translation>تعذّرت كتابة لقطة الشاشة %1: %2</translation>
    </message>
</context>
<context>
    <name>fp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>تلقائي (GPU عند توفره)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU بتقنية CUDA</translation>
    </message>
    <message>
        <source>Inference device:</source>
        <translation>جهاز الاستدلال:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>جميع الأنوية</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>خيوط CPU:</translation>
    </message>
    <message>
        <source>Automatic (BlazeFace, else Haar cascade)</source>
        <translation>تلقائي (BlazeFace، وإلا فالمصنِّف التتابعي Haar)</translation>
    </message>
    <message>
        <source>BlazeFace</source>
        <translation>BlazeFace</translation>
    </message>
    <message>
        <source>Haar cascade</source>
        <translation>المصنِّف التتابعي Haar</translation>
    </message>
    <message>
        <source>LBP cascade</source>
        <translation>المصنِّف التتابعي LBP</translation>
    </message>
    <message>
        <source>Face detector:</source>
        <translation>كاشف الوجوه:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>تُطبَّق اللغة الجديدة عند التشغيل التالي.</translation>
    </message>
</context>
<context>
    <name>fp::ui::TimelineWidget</name>
    <message>
        <source>Show:</source>
        <translation>إظهار:</translation>
    </message>
    <message>
        <source>P(fake) per track</source>
        <translation>P(fake) لكل مسار</translation>
    </message>
    <message>
        <source>Class probabilities of the selected track</source>
        <translation>احتمالات الفئات للمسار المحدد</translation>
    </message>
    <message>
        <source>Whole video</source>
        <translation>الفيديو بأكمله</translation>
    </message>
    <message>
        <source>Show the whole frame range (wheel zooms, Shift-drag pans)</source>
        <translation>إظهار نطاق الإطارات كاملًا (العجلة للتكبير، والسحب مع Shift للتحريك)</translation>
    </message>
    <message>
        <source>Grey: no face seen · dashed: threshold</source>
        <translation>الرمادي: لم يُرَ وجه · المتقطع: العتبة</translation>
    </message>
</context>
<context>
    <name>fp::ui::TrackPanel</name>
    <message>
        <source>No analysis open.</source>
        <translation>لا يوجد تحليل مفتوح.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Frame %1: click to go there</source>
        <translation>الإطار %1: انقر للانتقال إليه</translation>
    </message>
    <message>
        <source>Thumbnails: %1</source>
        <translation>الصور المصغّرة: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No face was found in the analysed frames.</source>
        <translation>لم يُعثر على أي وجه في الإطارات المحلَّلة.</translation>
    </message>
    <message numerus="yes">
        <source>%n face track(s): %1</source>
        <translation>
            <numerusform>%n مسار وجه: %1</numerusform>
            <numerusform>%n مسار وجه: %1</numerusform>
            <numerusform>%n مسار وجه: %1</numerusform>
            <numerusform>%n مسارات وجوه: %1</numerusform>
            <numerusform>%n مسارًا للوجوه: %1</numerusform>
            <numerusform>%n مسار وجه: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 %2 (sha256 %3…), frame stride %4, detection every %5 frames.</source>
        <translation>النموذج %1 %2 (sha256 %3…)، خطوة الإطارات %4، الاكتشاف كل %5 إطارات.</translation>
    </message>
    <message>
        <source>Trained on synthetic manipulations only: a lead to check, not proof.</source>
        <translation>دُرِّب على تلاعبات اصطناعية فقط: قرينة تستحق التحقق، وليست دليلًا قاطعًا.</translation>
    </message>
    <message>
        <source>Unverified model (not bundled).</source>
        <translation>نموذج غير مُتحقَّق منه (غير مرفق).</translation>
    </message>
    <message>
        <source> · confidence %1%</source>
        <translation> · الثقة %1%</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>المسار %1</translation>
    </message>
    <message>
        <source>Frames %1–%2 (%3 – %4) · face seen on %5 of %6 frames</source>
        <translation>الإطارات %1–%2 (%3 – %4) · شوهد الوجه في %5 من %6 إطار</translation>
    </message>
    <message numerus="yes">
        <source>Track P(fake) %1 · %n scored frame(s)</source>
        <translation>
            <numerusform>P(fake) للمسار %1 · %n إطار مُقيَّم</numerusform>
            <numerusform>P(fake) للمسار %1 · %n إطار مُقيَّم</numerusform>
            <numerusform>P(fake) للمسار %1 · %n إطار مُقيَّم</numerusform>
            <numerusform>P(fake) للمسار %1 · %n إطارات مُقيَّمة</numerusform>
            <numerusform>P(fake) للمسار %1 · %n إطارًا مُقيَّمًا</numerusform>
            <numerusform>P(fake) للمسار %1 · %n إطار مُقيَّم</numerusform>
        </translation>
    </message>
    <message>
        <source>Faces of track %1</source>
        <translation>وجوه المسار %1</translation>
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
        <translation>احتمال الفئة</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>الإطار</translation>
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
        <translation>الفئة %1</translation>
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
        <translation>حقيقي</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>مُتلاعَب به</translation>
    </message>
    <message>
        <source>Manipulated, method unknown</source>
        <translation>مُتلاعَب به، الطريقة غير معروفة</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>غير حاسم</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Manipulated (%1)</source>
        <translation>مُتلاعَب به (%1)</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Fakeprint: offline deepfake detection and attribution for video.</source>
        <translation>Fakeprint: كشف التزييف العميق وإسناده في الفيديو دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Render the main window to FILE and exit.</source>
        <translation>عرض النافذة الرئيسية في الملف FILE ثم الخروج.</translation>
    </message>
    <message>
        <source>Open the case database.</source>
        <translation>فتح قاعدة بيانات القضايا.</translation>
    </message>
    <message>
        <source>Open the analysis with this id.</source>
        <translation>فتح التحليل ذي هذا المعرّف.</translation>
    </message>
    <message>
        <source>Show this frame (0-based).</source>
        <translation>إظهار هذا الإطار (بدءًا من 0).</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>حجم النافذة لـ --screenshot.</translation>
    </message>
    <message>
        <source>Interface language for this run: %1 (default: the language chosen in the settings, else the system language).</source>
        <translation>لغة الواجهة لهذا التشغيل: %1 (الافتراضي: اللغة المختارة في الإعدادات، وإلا فلغة النظام).</translation>
    </message>
    <message>
        <source>--analysis needs a numeric id, not &apos;%1&apos;</source>
        <translation>يحتاج --analysis إلى معرّف رقمي، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--frame needs a frame index &gt;= 0, not &apos;%1&apos;</source>
        <translation>يحتاج --frame إلى رقم إطار &gt;= 0، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT of at least 320x240, not &apos;%1&apos;</source>
        <translation>يحتاج --size إلى WIDTHxHEIGHT لا يقل عن 320x240، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--analysis needs --db</source>
        <translation>يحتاج --analysis إلى --db</translation>
    </message>
    <message>
        <source>Video files to add as evidence to a new case (in the --db case database, else in the default one in your data folder).</source>
        <translation>ملفات فيديو تُضاف بوصفها أدلة إلى قضية جديدة (في قاعدة بيانات القضايا المحددة بـ --db، وإلا ففي القاعدة الافتراضية في مجلد بياناتك).</translation>
    </message>
    <message>
        <source>Files opened on %1</source>
        <translation>ملفات فُتحت في %1</translation>
    </message>
</context>
</TS>
