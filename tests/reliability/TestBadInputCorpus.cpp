// The cross-cutting bad-input corpus: damaged, misnamed and hostile files generated at test time, each fed to
// `fakeprint-cli info --frame-hashes` (open, scan, decode every frame) and `fakeprint-cli analyze` as separate
// processes. Every file must give a clear one-line error naming it, or a (partial) result whose damage is reported
// as warnings; no process may crash or hang, and the case database must stay sound afterwards.
#include "tests/core/media/MediaFixtures.h"
#include "tests/reliability/ReliabilitySupport.h"
#include "tests/testsupport/Fixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::test::reliability;

namespace {

enum class Expect {
    Error,       // must be refused with a clear message
    Damaged,     // a clear error, or a result that reports the damage as warnings
    CleanOrError // either outcome is right (e.g. a still picture), as long as it is clean
};

struct CorpusFile {
    QString path;
    Expect expect;
};

constexpr int ExitBadInput = 3; // app/cli/CliCommand.h

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));
    return data;
}

// A clear error: the documented bad-input exit code and one line on stderr that names the file.
QString unclearError(const test::ProcessResult &run, const QString &path)
{
    const QString err = QString::fromUtf8(run.err).trimmed();
    if (run.exitCode != ExitBadInput)
        return QStringLiteral("exit code %1, expected %2 (bad input)").arg(run.exitCode).arg(ExitBadInput);
    if (!err.startsWith(QLatin1String("fakeprint-cli: ")))
        return QStringLiteral("the reason is not on stderr");
    const QStringList lines = err.split(QLatin1Char('\n'));
    const QString reason = lines.constLast();
    if (!reason.contains(QFileInfo(path).fileName()))
        return QStringLiteral("the reason does not name the file: %1").arg(reason);
    return {};
}

} // namespace

class TestBadInputCorpus : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<CorpusFile> m_corpus;

    QString add(const QString &name, const QByteArray &content, Expect expect)
    {
        const QString path = test::makeFile(m_dir.path(), name, content);
        if (!path.isEmpty())
            m_corpus.append({path, expect});
        return path;
    }

    void makeCorpus()
    {
        QString error;
        test::VideoSpec spec;
        spec.width = 128;
        spec.height = 96;
        spec.frames = 24;
        spec.extraArgs = {QStringLiteral("-g"), QStringLiteral("8"), QStringLiteral("-bf"), QStringLiteral("2")};
        const QString good = test::makeVideo(m_dir.path(), QStringLiteral("good"), spec, &error);
        QVERIFY2(!good.isEmpty(), qPrintable(error));
        const QString faststartPath = m_dir.filePath(QStringLiteral("good-faststart.mp4"));
        QVERIFY2(test::media::runFfmpeg({QStringLiteral("-i"), good, QStringLiteral("-c"), QStringLiteral("copy"),
                                         QStringLiteral("-movflags"), QStringLiteral("+faststart"), faststartPath},
                                        &error),
                 qPrintable(error));
        const QByteArray video = readAll(good);              // moov at the end
        const QByteArray faststart = readAll(faststartPath); // moov first
        QVERIFY(video.size() > 4000 && faststart.size() == video.size());
        QFile::remove(good);
        QFile::remove(faststartPath);

        add(QStringLiteral("zero-bytes.mp4"), QByteArray(), Expect::Error);
        QByteArray text;
        for (int i = 0; i < 100; ++i)
            text += "Line " + QByteArray::number(i) + " of a text file that is not a video.\n";
        add(QStringLiteral("text.mp4"), text, Expect::Error);
        add(QStringLiteral("random.mp4"), randomBytes(48 * 1024, 11), Expect::Error);
        add(QStringLiteral("random.avi"), randomBytes(3 * 1024, 12), Expect::Error);
        add(QStringLiteral("ftyp-only.mp4"), video.left(32), Expect::Error);

        // Truncations: with the moov at the end every cut loses the header; with faststart the cut keeps the
        // header (from about 1 KB on) and loses media data.
        for (int percent : {1, 50, 99})
            add(QStringLiteral("cut-%1pct.mp4").arg(percent), video.left(video.size() * percent / 100),
                Expect::Damaged);
        for (qsizetype bytes : {qsizetype(64), qsizetype(700)})
            add(QStringLiteral("faststart-cut-%1b.mp4").arg(bytes), faststart.left(bytes), Expect::Damaged);
        for (int percent : {30, 70})
            add(QStringLiteral("faststart-cut-%1pct.mp4").arg(percent),
                faststart.left(faststart.size() * percent / 100), Expect::Damaged);

        // Corruption in the media data (the first 40% of a moov-at-end file is mdat).
        QByteArray garbled = video;
        garbled.replace(video.size() / 3, 2000, randomBytes(2000, 13));
        add(QStringLiteral("garbled-packets.mp4"), garbled, Expect::Damaged);
        QByteArray zeroed = faststart;
        zeroed.replace(faststart.size() / 2, 3000, QByteArray(3000, '\0'));
        add(QStringLiteral("zeroed-packets.mp4"), zeroed, Expect::Damaged);
        QByteArray flipped = video;
        QRandomGenerator random(14);
        for (int i = 0; i < 40; ++i) {
            const qsizetype at = 64 + random.bounded(qsizetype(video.size() / 2));
            flipped[at] = char(flipped[at] ^ (1 << random.bounded(8)));
        }
        add(QStringLiteral("bit-flips.mp4"), flipped, Expect::Damaged);
        // A header that claims boxes far larger than the file.
        QByteArray hugeBox = video.left(32);
        hugeBox.append(QByteArray::fromHex("7fffffff6d6f6f76"));
        hugeBox.append(randomBytes(512, 15));
        add(QStringLiteral("huge-box.mp4"), hugeBox, Expect::Error);

        // Audio only.
        const QString audio = m_dir.filePath(QStringLiteral("audio-only.m4a"));
        QVERIFY2(test::media::runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                         QStringLiteral("sine=frequency=440:duration=1"), QStringLiteral("-c:a"),
                                         QStringLiteral("aac"), audio},
                                        &error),
                 qPrintable(error));
        m_corpus.append({audio, Expect::Error});

        // A codec FFmpeg does not know: an AVI whose video fourcc is made up.
        test::VideoSpec aviSpec = spec;
        aviSpec.codec = QStringLiteral("mpeg4");
        aviSpec.container = QStringLiteral("avi");
        aviSpec.frames = 8;
        aviSpec.extraArgs = {QStringLiteral("-vtag"), QStringLiteral("FMP4")};
        const QString avi = test::makeVideo(m_dir.path(), QStringLiteral("fourcc-source"), aviSpec, &error);
        QVERIFY2(!avi.isEmpty(), qPrintable(error));
        QByteArray unknown = readAll(avi);
        QFile::remove(avi);
        QVERIFY(unknown.count("FMP4") >= 2);
        unknown.replace("FMP4", "QZX9");
        add(QStringLiteral("unknown-codec.avi"), unknown, Expect::Error);

        // Absurd and empty picture sizes in a plain-text YUV4MPEG2 header.
        QByteArray frame("FRAME\n");
        frame.append(QByteArray(2048, '\x40'));
        add(QStringLiteral("absurd-size.y4m"), "YUV4MPEG2 W60000 H60000 F25:1 Ip A1:1 C420jpeg\n" + frame,
            Expect::Error);
        add(QStringLiteral("zero-size.y4m"), "YUV4MPEG2 W0 H0 F25:1 Ip A1:1 C420jpeg\n" + frame, Expect::Error);
        add(QStringLiteral("zero-rate.y4m"), "YUV4MPEG2 W32 H32 F0:0 Ip A1:1 C420jpeg\n" + frame, Expect::Damaged);

        // A PNG picture named .mkv: FFmpeg can read it as a one-frame stream; either way it must be clean.
        const QString png = m_dir.filePath(QStringLiteral("picture.png"));
        QVERIFY2(test::media::runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                         QStringLiteral("testsrc2=size=64x48"), QStringLiteral("-frames:v"),
                                         QStringLiteral("1"), png},
                                        &error),
                 qPrintable(error));
        add(QStringLiteral("picture.mkv"), readAll(png), Expect::CleanOrError);
        QFile::remove(png);
    }

    // info --json --frame-hashes opens, scans and decodes every frame.
    void checkInfo(const CorpusFile &file)
    {
        const auto run =
            cli({QStringLiteral("info"), file.path, QStringLiteral("--json"), QStringLiteral("--frame-hashes")});
        const QString name = QFileInfo(file.path).fileName();
        QVERIFY2(!run.crashed, qPrintable(name + QStringLiteral(": info crashed or hung: ") + describe(run)));
        if (run.exitCode != 0) {
            const QString unclear = unclearError(run, file.path);
            QVERIFY2(unclear.isEmpty(), qPrintable(name + QStringLiteral(": info: ") + unclear));
            return;
        }
        QVERIFY2(file.expect != Expect::Error,
                 qPrintable(name + QStringLiteral(": info accepted a file it must refuse")));
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(name + QStringLiteral(": info JSON")));
        const qint64 hashed = json.value(QStringLiteral("frame_hashes")).toArray().size();
        QVERIFY2(hashed <= json.value(QStringLiteral("frame_count")).toInteger(),
                 qPrintable(name + QStringLiteral(": more frames decoded than counted")));
        if (file.expect == Expect::Damaged) {
            const bool reported = !json.value(QStringLiteral("warnings")).toArray().isEmpty() ||
                                  json.value(QStringLiteral("decode_error_count")).toInt() > 0;
            QVERIFY2(reported, qPrintable(name + QStringLiteral(": damaged file read without a warning")));
        }
    }

    void checkAnalyze(const CorpusFile &file, const QString &dbPath)
    {
        const QString name = QFileInfo(file.path).fileName();
        const auto run = cli({QStringLiteral("analyze"), file.path, QStringLiteral("--db"), dbPath,
                              QStringLiteral("--case"), QStringLiteral("Corpus"), QStringLiteral("--device"),
                              QStringLiteral("cpu"), QStringLiteral("--threads"), QStringLiteral("1"),
                              QStringLiteral("--quiet"), QStringLiteral("--json")});
        QVERIFY2(!run.crashed, qPrintable(name + QStringLiteral(": analyze crashed or hung: ") + describe(run)));
        if (run.exitCode != 0) {
            const QString unclear = unclearError(run, file.path);
            QVERIFY2(unclear.isEmpty(), qPrintable(name + QStringLiteral(": analyze: ") + unclear));
            return;
        }
        QVERIFY2(file.expect != Expect::Error,
                 qPrintable(name + QStringLiteral(": analyze accepted a file it must refuse")));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(json.value(QStringLiteral("analysis_id")).toInteger() > 0, qPrintable(name));
        if (file.expect == Expect::Damaged)
            QVERIFY2(!json.value(QStringLiteral("warnings")).toArray().isEmpty(),
                     qPrintable(name + QStringLiteral(": damaged file analysed without a warning")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!test::haveFfmpeg())
            QSKIP("the ffmpeg tool is needed to generate the corpus");
        makeCorpus();
        QVERIFY(m_corpus.size() >= 20);
    }

    void info_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_corpus.size(); ++i)
            QTest::newRow(qPrintable(QFileInfo(m_corpus[i].path).fileName())) << i;
    }

    void info()
    {
        QFETCH(int, index);
        checkInfo(m_corpus[index]);
    }

    void analyze_data() { info_data(); }

    void analyze()
    {
        QFETCH(int, index);
        checkAnalyze(m_corpus[index], m_dir.filePath(QStringLiteral("corpus.db")));
    }

    void databaseIsSoundAfterTheCorpus()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("corpus.db"));
        if (!QFileInfo::exists(dbPath))
            QSKIP("no analysis opened the database");
        QCOMPARE(integrityCheck(dbPath), QStringLiteral("ok"));
        const QString audit = auditProblem(dbPath);
        QVERIFY2(audit.isEmpty(), qPrintable(audit));
    }
};

QTEST_GUILESS_MAIN(TestBadInputCorpus)
#include "TestBadInputCorpus.moc"
