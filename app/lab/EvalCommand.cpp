#include "app/lab/LabCommands.h"
#include "app/lab/TrainOptions.h"

#include "core/lab/train/CrossDatasetGrid.h"
#include "core/lab/train/Evaluator.h"
#include "core/lab/train/ModelRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace fp::labapp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lab", text);
}

bool writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

int runGrid(CliContext &ctx, const QCommandLineParser &parser, const TrainOptions &options,
            const QCommandLineOption &workOption, const QCommandLineOption &csvOption,
            const QCommandLineOption &markdownOption)
{
    lab::TrainParams base;
    QString error;
    if (!options.read(parser, base, &error))
        return ctx.fail(fp::cli::ExitUsage, error);
    base.command = commandLine(ctx.arguments);
    const QString work = parser.value(workOption).isEmpty()
                             ? QDir::temp().filePath(QStringLiteral("fakeprint-lab-grid"))
                             : parser.value(workOption);
    auto cells = lab::CrossDatasetGrid().run(
        base, work, [&](const lab::TrainProgress &p) { TrainOptions::printProgress(ctx.err, p); });
    ctx.err << '\n';
    if (!cells)
        return ctx.fail(fp::cli::ExitFailure, cells.error().message);
    const QString markdown = lab::CrossDatasetGrid::toMarkdown(cells.value()) + QLatin1Char('\n') +
                             lab::CrossDatasetGrid::summaryMarkdown(cells.value());
    const QString csv = lab::CrossDatasetGrid::toCsv(cells.value());
    if (!parser.value(csvOption).isEmpty() && !writeText(parser.value(csvOption), csv, &error))
        return ctx.fail(fp::cli::ExitFailure, error);
    if (!parser.value(markdownOption).isEmpty() && !writeText(parser.value(markdownOption), markdown, &error))
        return ctx.fail(fp::cli::ExitFailure, error);
    ctx.out << markdown << '\n' << csv;
    ctx.out.flush();
    return fp::cli::ExitOk;
}

} // namespace

int runEval(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluate a model (card + TorchScript) on lab crops: accuracy, balanced accuracy, macro-F1, per-class "
           "recall, binary AUC and EER, confusion matrix. With --grid, train binary-CE, multi-CE and "
           "multi-SupCon+CE models on each dataset and print the cross-dataset table (markdown, then CSV)."));
    parser.addHelpOption();
    TrainOptions options;
    options.addTo(parser); // --data and the training options of --grid
    const QCommandLineOption modelOption(QStringLiteral("model"), tr("Model card (JSON)"), QStringLiteral("CARD"));
    const QCommandLineOption evalDatasetOption(QStringLiteral("test-dataset"),
                                               tr("Evaluate on this dataset only (default: each dataset)"),
                                               QStringLiteral("NAME"));
    const QCommandLineOption splitOption(QStringLiteral("split"), tr("Split to evaluate"), QStringLiteral("SPLIT"),
                                         QStringLiteral("test"));
    const QCommandLineOption benchOption(QStringLiteral("benchmark"),
                                         tr("Also measure crops per second at batch 32 (forward only)"));
    const QCommandLineOption gridOption(QStringLiteral("grid"), tr("Train and test across datasets"));
    const QCommandLineOption workOption(QStringLiteral("work"), tr("Where --grid keeps its models"),
                                        QStringLiteral("DIR"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Also write the --grid table as CSV here"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"),
                                            tr("Also write the --grid table as markdown here"), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the reports as JSON on stdout"));
    parser.addOptions({modelOption, evalDatasetOption, splitOption, benchOption, gridOption, workOption, csvOption,
                       markdownOption, jsonOption});
    parser.process(ctx.arguments);

    if (parser.isSet(gridOption))
        return runGrid(ctx, parser, options, workOption, csvOption, markdownOption);

    lab::EvalParams params;
    params.cardPath = parser.value(modelOption);
    params.dataDir = parser.value(QStringLiteral("data"));
    params.dataset = parser.value(evalDatasetOption);
    if (params.dataset.isEmpty() && !parser.value(QStringLiteral("dataset")).isEmpty())
        params.dataset = parser.value(QStringLiteral("dataset"));
    params.split = parser.value(splitOption);
    params.maxPerClass = parser.value(QStringLiteral("max-eval-per-class")).toInt();
    params.threads = parser.value(QStringLiteral("threads")).toInt();
    if (params.cardPath.isEmpty() || params.dataDir.isEmpty())
        return ctx.fail(fp::cli::ExitUsage, tr("eval needs --model CARD.json and --data DIR (or --grid --data DIR)"));
    lab::Evaluator evaluator;
    auto reports = evaluator.run(params);
    if (!reports) {
        const auto code = reports.error().code;
        const int exit = code == Error::Code::ModelInvalid || code == Error::Code::ChecksumMismatch
                             ? fp::cli::ExitModel
                             : (code == Error::Code::InvalidArgument ? fp::cli::ExitUsage : fp::cli::ExitBadInput);
        return ctx.fail(exit, reports.error().message);
    }
    QJsonArray json;
    for (const lab::EvaluationReport &r : reports.value()) {
        ctx.err << lab::reportToMarkdown(r) << '\n';
        json.append(lab::reportToJson(r));
    }
    QJsonObject doc{{QStringLiteral("model"), params.cardPath}, {QStringLiteral("reports"), json}};
    if (parser.isSet(benchOption)) {
        auto cps = evaluator.throughput(params.cardPath, 32, 20, params.threads);
        if (!cps)
            return ctx.fail(fp::cli::ExitModel, cps.error().message);
        ctx.err << tr("%1 crops/s at batch 32 with %2 thread(s)").arg(qRound(cps.value())).arg(lab::torchThreads())
                << '\n';
        doc[QStringLiteral("crops_per_second")] = qRound(cps.value());
        doc[QStringLiteral("threads")] = lab::torchThreads();
    }
    ctx.err.flush();
    if (parser.isSet(jsonOption))
        ctx.printJson(QJsonDocument(doc));
    return fp::cli::ExitOk;
}

} // namespace fp::labapp
