#include "app/lab/LabCommands.h"
#include "app/lab/TrainOptions.h"

#include "core/lab/train/LabCard.h"
#include "core/lab/train/Trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fp::labapp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lab", text);
}

} // namespace

int runTrain(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Train an attribution model on lab crops; writes OUT/NAME.pt (TorchScript) and OUT/NAME.json (model card "
           "with calibration, thresholds and test metrics)."));
    parser.addHelpOption();
    TrainOptions options;
    options.addTo(parser);
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Output folder"), QStringLiteral("DIR"),
                                       QStringLiteral("."));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Model name ([a-z0-9._-]+)"), QStringLiteral("NAME"),
                                        QStringLiteral("fakeprint-lab-model"));
    const QCommandLineOption versionOption(QStringLiteral("model-version"), tr("The model's version string"),
                                           QStringLiteral("V"), QStringLiteral("1.0"));
    const QCommandLineOption checkpointOption(QStringLiteral("checkpoint-dir"),
                                              tr("Where the per-epoch checkpoint goes (default: a temp folder)"),
                                              QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the model card as JSON on stdout"));
    parser.addOptions({outOption, nameOption, versionOption, checkpointOption, jsonOption});
    parser.process(ctx.arguments);

    lab::TrainParams params;
    QString error;
    if (!options.read(parser, params, &error))
        return ctx.fail(fp::cli::ExitUsage, error);
    params.outputDir = parser.value(outOption);
    params.name = parser.value(nameOption);
    params.version = parser.value(versionOption);
    params.checkpointDir = parser.value(checkpointOption);
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9._-]+$"));
    if (!nameRe.match(params.name).hasMatch())
        return ctx.fail(fp::cli::ExitUsage, tr("--name must match [a-z0-9._-]+, not '%1'").arg(params.name));
    params.command = commandLine(ctx.arguments);

    auto result =
        lab::Trainer().run(params, [&](const lab::TrainProgress &p) { TrainOptions::printProgress(ctx.err, p); });
    ctx.err << '\n';
    if (!result)
        return ctx.fail(result.error().code == Error::Code::InvalidArgument ? fp::cli::ExitUsage : fp::cli::ExitFailure,
                        result.error().message);
    const lab::TrainResult &r = result.value();
    ctx.err << tr("Trained %1 epoch(s) in %2 s (best epoch %3, validation macro-F1 %4); %5 crops/s at batch 32")
                   .arg(r.epochsRun)
                   .arg(qRound(r.trainSeconds + r.pretrainSeconds))
                   .arg(r.bestEpoch)
                   .arg(r.bestValidationMacroF1, 0, 'f', 3)
                   .arg(qRound(r.cropsPerSecond))
            << '\n'
            << tr("Wrote %1 and %2").arg(r.weightsPath, r.cardPath) << '\n';
    for (const auto *list : {&r.heldOut, &r.others})
        for (const lab::EvaluationReport &e : *list)
            ctx.err << lab::reportToMarkdown(e) << '\n';
    ctx.err.flush();
    if (parser.isSet(jsonOption)) {
        QFile card(r.cardPath);
        if (card.open(QIODevice::ReadOnly))
            ctx.printJson(QJsonDocument::fromJson(card.readAll()));
    }
    return fp::cli::ExitOk;
}

} // namespace fp::labapp
