// The crop generator: manifest format (the trainer's contract), PNG size and colour, determinism per seed,
// appending, held-out identities in the test split.
#include "SynthTestBank.h"

#include "core/lab/synth/CropGenerator.h"

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

QStringList readLines(const QString &path)
{
    QFile f(path);
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

class TestSynthCrops : public QObject {
    Q_OBJECT

private:
    const IdentityBank *m_bank = nullptr;

    Result<CropSummary> generate(const QString &dir, quint32 seed, const QString &split = QStringLiteral("train"),
                                 int threads = 2)
    {
        CropParams p;
        p.dataset = QStringLiteral("synth-b");
        p.split = split;
        p.perClass = 2;
        p.seed = seed;
        p.outDir = dir;
        p.threads = threads;
        return CropGenerator(*m_bank).run(p);
    }

private slots:
    void initTestCase()
    {
        QString reason;
        m_bank = fp::test::synthBank(&reason);
        if (!m_bank)
            QSKIP(qPrintable(QStringLiteral("source photos or models not installed: ") + reason));
    }

    void manifestFormat()
    {
        QTemporaryDir dir;
        auto summary = generate(dir.path(), 5);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->written, 12);
        QCOMPARE(summary->rowsAppended, 12);
        const QStringList lines = readLines(dir.filePath(QStringLiteral("manifest.csv")));
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.first(),
                 QStringLiteral("path,class_id,class_key,dataset,split,identity,source_identity,seed,quality"));
        QSet<int> classes;
        for (const QString &line : lines.mid(1)) {
            const QStringList f = line.split(QLatin1Char(','));
            QCOMPARE(f.size(), 9);
            const int id = f[1].toInt();
            classes.insert(id);
            QCOMPARE(f[2], QString::fromLatin1(classInfo(static_cast<ManipulationClass>(id)).key));
            QCOMPARE(f[3], QStringLiteral("synth-b"));
            QCOMPARE(f[4], QStringLiteral("train"));
            QVERIFY(!f[5].isEmpty());
            QCOMPARE(f[6].isEmpty(), id == 0);
            QCOMPARE(f[7], QStringLiteral("5"));
            QVERIFY(f[8].startsWith(QStringLiteral("jpeg=")));
            QVERIFY(QDir::isRelativePath(f[0]));
            const QImage img(dir.filePath(f[0]));
            QCOMPARE(img.size(), QSize(128, 128));
            QVERIFY(!img.isGrayscale());
        }
        QCOMPARE(classes.size(), 6);
    }

    void sameSeedSameCropsAnyThreadCount()
    {
        QTemporaryDir a, b, c;
        QVERIFY(generate(a.path(), 11, QStringLiteral("train"), 2).ok());
        QVERIFY(generate(b.path(), 11, QStringLiteral("train"), 1).ok());
        QVERIFY(generate(c.path(), 12, QStringLiteral("train"), 2).ok());
        const QStringList la = readLines(a.filePath(QStringLiteral("manifest.csv"))).mid(1);
        const QStringList lb = readLines(b.filePath(QStringLiteral("manifest.csv"))).mid(1);
        QStringList lc = readLines(c.filePath(QStringLiteral("manifest.csv"))).mid(1);
        QCOMPARE(la, lb);
        QCOMPARE(digestOfRows(a.path(), la), digestOfRows(b.path(), lb));
        // Another seed: other files (compare pixels under the same names).
        for (QString &row : lc)
            row.replace(QStringLiteral("/s12_"), QStringLiteral("/s11_"));
        QVERIFY(digestOfRows(a.path(), la) != digestOfRows(c.path(), lc));
    }

    void appendsWithoutDuplicates()
    {
        QTemporaryDir dir;
        QVERIFY(generate(dir.path(), 1).ok());
        auto again = generate(dir.path(), 1);
        QVERIFY(again.ok());
        QCOMPARE(again->rowsAppended, 0);
        auto more = generate(dir.path(), 2);
        QVERIFY(more.ok());
        QCOMPARE(more->rowsAppended, 12);
        QCOMPARE(readLines(dir.filePath(QStringLiteral("manifest.csv"))).size(), 25);
    }

    void testSplitUsesHeldOutIdentities()
    {
        QTemporaryDir dir;
        QVERIFY(generate(dir.path(), 3, QStringLiteral("test")).ok());
        QSet<QString> heldOut;
        for (int i : m_bank->pool(IdentityPool::HeldOut))
            heldOut.insert(m_bank->identities()[static_cast<size_t>(i)].id);
        for (const QString &line : readLines(dir.filePath(QStringLiteral("manifest.csv"))).mid(1)) {
            QVERIFY2(heldOut.contains(line.section(QLatin1Char(','), 5, 5)), qPrintable(line));
            const QString source = line.section(QLatin1Char(','), 6, 6);
            QVERIFY(source.isEmpty() || heldOut.contains(source));
        }
    }

    void rejectsBadArguments()
    {
        QTemporaryDir dir;
        CropParams p;
        p.outDir = dir.path();
        p.dataset = QStringLiteral("synth-z");
        auto r = CropGenerator(*m_bank).run(p);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("synth-z")));
        p.dataset = QStringLiteral("synth-a");
        p.split = QStringLiteral("holdout");
        QVERIFY(!CropGenerator(*m_bank).run(p).ok());
    }
};

QTEST_GUILESS_MAIN(TestSynthCrops)
#include "TestSynthCrops.moc"
