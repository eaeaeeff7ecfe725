#include "tests/testsupport/Fixtures.h"

#include "tests/testsupport/TestEnv.h"

#include <QFile>
#include <QStandardPaths>

namespace fp::test {

bool haveFfmpeg()
{
    return !QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty();
}

QString makeVideo(const QString &dir, const QString &name, const VideoSpec &spec, QString *error)
{
    const QString path = dir + QLatin1Char('/') + name + QLatin1Char('.') + spec.container;
    QStringList args{
        QStringLiteral("-nostdin"),
        QStringLiteral("-y"),
        QStringLiteral("-loglevel"),
        QStringLiteral("error"),
        QStringLiteral("-f"),
        QStringLiteral("lavfi"),
        QStringLiteral("-i"),
        QStringLiteral("%1=size=%2x%3:rate=%4").arg(spec.source).arg(spec.width).arg(spec.height).arg(spec.rate),
        QStringLiteral("-frames:v"),
        QString::number(spec.frames),
        QStringLiteral("-c:v"),
        spec.codec,
        QStringLiteral("-pix_fmt"),
        QStringLiteral("yuv420p")};
    args << spec.extraArgs << path;
    const ProcessResult result = runProcess(QStringLiteral("ffmpeg"), args);
    if (result.exitCode != 0 || result.crashed) {
        if (error)
            *error = QString::fromUtf8(result.err);
        return {};
    }
    return path;
}

QString makeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

} // namespace fp::test
