// fakeprint-cli frame VIDEO INDEX -o OUT.png: one decoded frame, exactly as decoded, RGB, display orientation.
#include "app/cli/CommandTable.h"

#include "core/media/FrameHash.h"
#include "core/media/VideoReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonObject>

namespace fp::cli {

namespace {

int mediaExitCode(const Error &error)
{
    switch (error.code) {
    case Error::Code::Cancelled: return ExitCancelled;
    case Error::Code::InvalidArgument: return ExitUsage;
    case Error::Code::Internal:
    case Error::Code::DiskFull: return ExitFailure;
    default: return ExitBadInput;
    }
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

} // namespace

int runFrame(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Write one decoded frame of a video as a PNG (lossless RGB, display "
                                           "orientation)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QCoreApplication::translate("cli", "The PNG file to write."),
                                          QStringLiteral("OUT.png"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("cli", "Print the frame's index, pts, size and pixel MD5 as JSON."));
    parser.addOptions({outputOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("VIDEO"),
                                 QCoreApplication::translate("cli", "The video file (opened read-only)."));
    parser.addPositionalArgument(QStringLiteral("INDEX"),
                                 QCoreApplication::translate("cli", "0-based frame index in presentation order."));
    if (!parser.parse(ctx.arguments))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(helpOption)) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(outputOption))
        return ctx.fail(ExitUsage,
                        QCoreApplication::translate("cli", "usage: fakeprint-cli frame VIDEO INDEX -o OUT.png"));
    const QString path = positional.at(0);
    bool isNumber = false;
    const qint64 index = positional.at(1).toLongLong(&isNumber);
    if (!isNumber || index < 0)
        return ctx.fail(ExitUsage,
                        QCoreApplication::translate("cli", "INDEX must be a frame number (0 or more), not '%1'")
                            .arg(positional.at(1)));
    const QString output = parser.value(outputOption);
    if (sameFile(path, output))
        return ctx.fail(ExitUsage,
                        QCoreApplication::translate("cli", "refusing to write over the evidence file %1").arg(path));

    auto reader = media::VideoReader::open(path);
    if (!reader.ok())
        return ctx.fail(mediaExitCode(reader.error()), reader.error().message);
    auto frame = (*reader)->frameAt(index);
    if (!frame.ok())
        return ctx.fail(mediaExitCode(frame.error()), frame.error().message);

    QImageWriter writer(output, "png");
    if (!writer.write(frame->image))
        return ctx.fail(ExitFailure,
                        QCoreApplication::translate("cli", "cannot write %1: %2").arg(output, writer.errorString()));
    const QString md5 = media::frameMd5Hex(frame->image);
    if (parser.isSet(jsonOption)) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("frame"), frame->index},
                                                {QStringLiteral("pts"), frame->pts},
                                                {QStringLiteral("width"), frame->image.width()},
                                                {QStringLiteral("height"), frame->image.height()},
                                                {QStringLiteral("md5"), md5},
                                                {QStringLiteral("output"), output}}));
    } else {
        ctx.err << QCoreApplication::translate("cli", "Wrote frame %1 (pts %2, %3x%4, rgb24 md5 %5) to %6")
                       .arg(frame->index)
                       .arg(frame->pts)
                       .arg(frame->image.width())
                       .arg(frame->image.height())
                       .arg(md5, output)
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace fp::cli
