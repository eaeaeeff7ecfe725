// fakeprint-cli info VIDEO [--json] [--md5] [--frame-hashes]: media info, evidence hashes, optional frame MD5s.
#include "app/cli/CommandTable.h"

#include "core/common/Sha256.h"
#include "core/media/FrameHash.h"
#include "core/media/VideoReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fp::cli {

namespace {

int mediaExitCode(const Error &error)
{
    switch (error.code) {
    case Error::Code::Cancelled: return ExitCancelled;
    case Error::Code::Internal:
    case Error::Code::DiskFull: return ExitFailure;
    default: return ExitBadInput;
    }
}

} // namespace

int runInfo(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Print media information and the SHA-256 of a video (evidence) file."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON document on standard output."));
    const QCommandLineOption md5Option(QStringLiteral("md5"),
                                       QCoreApplication::translate("cli", "Also compute the MD5 of the file."));
    const QCommandLineOption frameHashesOption(
        QStringLiteral("frame-hashes"),
        QCoreApplication::translate("cli", "Decode every frame and list the MD5 of its RGB24 pixels."));
    parser.addOptions({jsonOption, md5Option, frameHashesOption});
    parser.addPositionalArgument(QStringLiteral("VIDEO"),
                                 QCoreApplication::translate("cli", "The video file (opened read-only)."));
    if (!parser.parse(ctx.arguments))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(helpOption)) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage,
                        QCoreApplication::translate(
                            "cli", "info needs exactly one VIDEO argument; see 'fakeprint-cli info --help'"));
    const QString path = parser.positionalArguments().first();

    auto reader = media::VideoReader::open(path);
    if (!reader.ok())
        return ctx.fail(mediaExitCode(reader.error()), reader.error().message);
    auto digests = hashFile(path, parser.isSet(md5Option));
    if (!digests.ok())
        return ctx.fail(mediaExitCode(digests.error()), digests.error().message);

    const media::MediaInfo &info = (*reader)->info();
    QJsonArray frameHashes;
    if (parser.isSet(frameHashesOption)) {
        while (true) {
            auto frame = (*reader)->readNext();
            if (!frame.ok())
                return ctx.fail(mediaExitCode(frame.error()), frame.error().message);
            if (!frame->isValid())
                break;
            frameHashes.append(QJsonObject{{QStringLiteral("index"), frame->index},
                                           {QStringLiteral("pts"), frame->pts},
                                           {QStringLiteral("md5"), media::frameMd5Hex(frame->image)}});
        }
    }
    QJsonArray warnings;
    for (const media::DecodeWarning &warning : (*reader)->warnings())
        warnings.append(
            QJsonObject{{QStringLiteral("frame"), warning.frameIndex}, {QStringLiteral("message"), warning.message}});

    if (parser.isSet(jsonOption)) {
        QJsonObject json = info.toJson();
        json.insert(QStringLiteral("sha256"), digests->sha256);
        if (parser.isSet(md5Option))
            json.insert(QStringLiteral("md5"), digests->md5);
        json.insert(QStringLiteral("warnings"), warnings);
        json.insert(QStringLiteral("decode_error_count"), (*reader)->decodeErrorCount());
        if (parser.isSet(frameHashesOption)) {
            json.insert(QStringLiteral("frame_hashes"), frameHashes);
            json.insert(QStringLiteral("frame_hash_format"), QStringLiteral("md5 of rgb24, display orientation"));
        }
        ctx.printJson(QJsonDocument(json));
        return ExitOk;
    }
    ctx.out << info.summary();
    ctx.out << "SHA-256:    " << digests->sha256 << '\n';
    if (parser.isSet(md5Option))
        ctx.out << "MD5:        " << digests->md5 << '\n';
    for (const QJsonValue &value : frameHashes) {
        const QJsonObject hash = value.toObject();
        ctx.out << QCoreApplication::translate("cli", "Frame %1 (pts %2): %3\n")
                       .arg(hash.value(QStringLiteral("index")).toInteger())
                       .arg(hash.value(QStringLiteral("pts")).toInteger())
                       .arg(hash.value(QStringLiteral("md5")).toString());
    }
    ctx.out.flush();
    for (const media::DecodeWarning &warning : (*reader)->warnings())
        ctx.err << QCoreApplication::translate("cli", "warning: %1").arg(warning.message) << '\n';
    ctx.err.flush();
    return ExitOk;
}

} // namespace fp::cli
