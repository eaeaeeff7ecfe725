// Replays the fuzz seed corpus and every input a fuzzer found a crash with (tests/fuzz/corpus/<target>/) through the
// fuzzed entry points, in the ordinary build and under the asan preset: a crash found once stays fixed.
#include "tests/fuzz/FuzzTargets.h"
#include "tests/testsupport/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

using Entry = int (*)(const uint8_t *, size_t);

QStringList inputsOf(const QString &target)
{
    QDir dir(fp::test::sourceDir() + QStringLiteral("/tests/fuzz/corpus/") + target);
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        if (!name.endsWith(QLatin1String(".md")))
            files << dir.filePath(name);
    return files;
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private:
    void replay(const QString &target, Entry entry)
    {
        const QStringList inputs = inputsOf(target);
        QVERIFY2(inputs.size() >= 3, qPrintable(QStringLiteral("the %1 corpus is missing").arg(target)));
        for (const QString &input : inputs) {
            QFile file(input);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(input));
            const QByteArray bytes = file.readAll();
            QCOMPARE(entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
        }
    }

private Q_SLOTS:
    void videoReader() { replay(QStringLiteral("video_reader"), &fp::fuzz::videoReader); }
    void modelCard() { replay(QStringLiteral("model_card"), &fp::fuzz::modelCard); }
    void caseBundle() { replay(QStringLiteral("case_bundle"), &fp::fuzz::caseBundle); }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
