// Video crops: clips rendered like `synth video`, decoded, tracked and cropped as an analysis does; the rows follow
// the trainer's manifest contract, each crop carries its truth track's class, training splits never use held-out
// identities, and the output does not depend on the thread count.
#include "SynthTestBank.h"

#include "core/lab/synth/VideoCropGenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace fp;
using namespace fp::lab;

namespace {

QStringList manifestRows(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("manifest.csv")));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    QTextStream in(&f);
    while (!in.atEnd())
        lines << in.readLine();
    return lines;
}

QByteArray digestOfRows(const QString &dir, const QStringList &rows)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &row : rows) {
        QFile f(QDir(dir).filePath(row.section(QLatin1Char(','), 0, 0)));
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
        h.addData(row.toUtf8());
    }
    return h.result();
}

} // namespace

class TestSynthVideoCrops : public QObject {
    Q_OBJECT

private:
    const IdentityBank *m_bank = nullptr;

    Result<VideoCropSummary> generate(const QString &dir, const QString &split, int threads, int clips)
    {
        VideoCropParams p;
        p.dataset = QStringLiteral("synth-a");
        p.split = split;
        p.clips = clips;
        p.faces = 3;
        p.seconds = 0.6;
        p.framesPerClip = 2;
        p.seed = 4;
        p.outDir = dir;
        p.threads = threads;
        p.classes = {ManipulationClass::Real, ManipulationClass::FaceSwap, ManipulationClass::NeuralTextures};
        return VideoCropGenerator(*m_bank).run(p);
    }

    QSet<QString> heldOut() const
    {
        QSet<QString> ids;
        for (int i : m_bank->pool(IdentityPool::HeldOut))
            ids.insert(m_bank->identities()[static_cast<size_t>(i)].id);
        return ids;
    }

private slots:
    void initTestCase()
    {
        QString reason;
        m_bank = fp::test::synthBank(&reason);
        if (!m_bank)
            QSKIP(qPrintable(QStringLiteral("source photos or models not installed: ") + reason));
    }

    void rowsFollowTheManifestAndTheTruth()
    {
        QTemporaryDir dir;
        auto summary = generate(dir.path(), QStringLiteral("train"), 2, 2);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->datasetName, QStringLiteral("synth-a-video"));
        // 2 clips x 2 frames x 3 faces; a face the tracker misses or that is hidden gives no crop.
        QVERIFY2(summary->written >= 8 && summary->written + summary->missed <= 12,
                 qPrintable(QStringLiteral("%1 written, %2 missed").arg(summary->written).arg(summary->missed)));
        QCOMPARE(summary->rowsAppended, summary->written);
        const QStringList lines = manifestRows(dir.path());
        QCOMPARE(lines.first(),
                 QStringLiteral("path,class_id,class_key,dataset,split,identity,source_identity,seed,quality"));
        QCOMPARE(lines.size(), summary->written + 1);
        const QSet<QString> held = heldOut();
        QSet<int> classes;
        for (const QString &line : lines.mid(1)) {
            const QStringList f = line.split(QLatin1Char(','));
            QCOMPARE(f.size(), 9);
            const int id = f[1].toInt();
            classes.insert(id);
            // v<seed>_<clip>_<track>_<frame>: track i of every clip has class classes[i] (3 faces, 3 classes).
            const int track = f[0].section(QLatin1Char('_'), 2, 2).toInt();
            const ManipulationClass expected = std::array{ManipulationClass::Real, ManipulationClass::FaceSwap,
                                                          ManipulationClass::NeuralTextures}[size_t(track)];
            QCOMPARE(id, static_cast<int>(expected));
            QCOMPARE(f[2], QString::fromLatin1(classInfo(expected).key));
            QVERIFY(f[0].startsWith(QStringLiteral("synth-a-video/train/%1/v4_").arg(f[2])));
            QCOMPARE(f[3], QStringLiteral("synth-a-video"));
            QCOMPARE(f[4], QStringLiteral("train"));
            QVERIFY2(!held.contains(f[5]), qPrintable(line));
            QVERIFY(f[6].isEmpty() == (id == 0));
            QVERIFY(f[6].isEmpty() || !held.contains(f[6]));
            QVERIFY(f[8].startsWith(QStringLiteral("crf=")));
            const int crf = f[8].section(QLatin1Char(';'), 0, 0).mid(4).toInt();
            QVERIFY(crf >= 18 && crf <= 23);
            const QImage img(dir.filePath(f[0]));
            QCOMPARE(img.size(), QSize(128, 128));
            QVERIFY(!img.isGrayscale());
        }
        QCOMPARE(classes.size(), 3);
    }

    void testSplitUsesHeldOutIdentitiesAndThreadsDoNotMatter()
    {
        QTemporaryDir a, b;
        QVERIFY(generate(a.path(), QStringLiteral("test"), 2, 1).ok());
        QVERIFY(generate(b.path(), QStringLiteral("test"), 1, 1).ok());
        const QStringList la = manifestRows(a.path()).mid(1);
        const QStringList lb = manifestRows(b.path()).mid(1);
        QVERIFY(!la.isEmpty());
        QCOMPARE(la, lb);
        QCOMPARE(digestOfRows(a.path(), la), digestOfRows(b.path(), lb));
        const QSet<QString> held = heldOut();
        for (const QString &line : la)
            QVERIFY2(held.contains(line.section(QLatin1Char(','), 5, 5)), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestSynthVideoCrops)
#include "TestSynthVideoCrops.moc"
