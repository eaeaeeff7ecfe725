#include "ui/common/Timecode.h"
#include "ui/common/VerdictStyle.h"

#include <QTest>

using namespace fp;

class TestTimecode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formats()
    {
        QCOMPARE(ui::Timecode::fromSeconds(0), QStringLiteral("00:00:00.000"));
        QCOMPARE(ui::Timecode::fromSeconds(3723.5), QStringLiteral("01:02:03.500"));
        QCOMPARE(ui::Timecode::fromSeconds(-1), QStringLiteral("00:00:00.000"));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("fps");
        QTest::addColumn<qint64>("frame");
        QTest::newRow("frame") << QStringLiteral("120") << 25.0 << qint64(120);
        QTest::newRow("mm:ss") << QStringLiteral("1:02.5") << 24.0 << qint64(1500);
        QTest::newRow("hh:mm:ss.mmm") << QStringLiteral("00:00:02.000") << 30.0 << qint64(60);
        QTest::newRow("hh:mm:ss:ff") << QStringLiteral("00:00:01:05") << 25.0 << qint64(30);
        QTest::newRow("negative") << QStringLiteral("-3") << 25.0 << qint64(-1);
        QTest::newRow("garbage") << QStringLiteral("abc") << 25.0 << qint64(-1);
        QTest::newRow("time without fps") << QStringLiteral("00:01") << 0.0 << qint64(-1);
        QTest::newRow("empty") << QString() << 25.0 << qint64(-1);
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(double, fps);
        QFETCH(qint64, frame);
        QCOMPARE(ui::Timecode::parse(text, fps), frame);
    }

    void verdictColoursDiffer()
    {
        const QStringList verdicts = {QStringLiteral("real"), QStringLiteral("manipulated"),
                                      QStringLiteral("unknown_method"), QStringLiteral("inconclusive"),
                                      QStringLiteral("pending")};
        QSet<QRgb> colours;
        for (const QString &v : verdicts)
            colours.insert(ui::VerdictStyle::color(v).rgb());
        QCOMPARE(colours.size(), 5);
        QCOMPARE(ui::VerdictStyle::describe(QStringLiteral("manipulated"), QStringLiteral("FaceSwap")),
                 QStringLiteral("Manipulated (FaceSwap)"));
    }
};

QTEST_MAIN(TestTimecode)
#include "TestTimecode.moc"
