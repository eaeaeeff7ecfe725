#include <torch/script.h>

#include "tests/core/inference/TestModels.h"

#include "core/common/Sha256.h"

#include <QDir>
#include <QJsonObject>

namespace fp::test {

namespace {

torch::Tensor tensorFrom(const std::vector<float> &values, std::vector<int64_t> sizes)
{
    int64_t count = 1;
    for (const int64_t s : sizes)
        count *= s;
    if (int64_t(values.size()) != count)
        throw std::runtime_error("test model: weight count does not match its shape");
    return torch::from_blob(const_cast<float *>(values.data()), sizes, torch::kFloat32).clone();
}

Status saveModule(torch::jit::Module &module, const QString &path)
{
    try {
        module.save(path.toStdString());
    } catch (const std::exception &e) {
        return makeError(Error::Code::IoError,
                         QStringLiteral("cannot save test model %1: %2").arg(path, QString::fromUtf8(e.what())));
    }
    return Ok{};
}

} // namespace

inference::ModelCard makeTestCard(const QString &name, int inputSize, int binaryUnits, const QStringList &classKeys,
                                  bool attributionHead, bool attributionFirst)
{
    inference::ModelCard card;
    card.name = name;
    card.version = QStringLiteral("test-1");
    card.weights = name + QStringLiteral(".pt");
    card.sha256 = QString(64, QLatin1Char('0'));
    card.architecture = QStringLiteral("test model built by tests/core/inference/TestModels");
    card.input.size = inputSize;
    for (int i = 0; i < classKeys.size(); ++i)
        card.classes.push_back({i, classKeys[i], classKeys[i], QStringLiteral("test class %1").arg(i)});
    if (binaryUnits > 0)
        card.outputs.push_back({inference::HeadKind::Binary, binaryUnits});
    if (attributionHead) {
        const inference::ModelOutput attribution{inference::HeadKind::Attribution, int(classKeys.size())};
        if (attributionFirst)
            card.outputs.insert(card.outputs.begin(), attribution);
        else
            card.outputs.push_back(attribution);
    }
    card.decision = {0.5, 0.4, 0.6, 1, 0.5, 1000.0};
    card.training = QJsonObject{{QStringLiteral("data"), QStringLiteral("none (hand-set weights)")},
                                {QStringLiteral("synthetic"), true}};
    card.license = QStringLiteral("CC0-1.0");
    return card;
}

Status writeLinearModel(const QString &ptPath, const LinearModelSpec &spec)
{
    try {
        const int64_t s = spec.inputSize;
        const int64_t c = spec.featureChannels;
        torch::jit::Module module("LinearTestNet");
        module.register_attribute("training", c10::BoolType::get(), false);
        QStringList heads;
        const auto addHead = [&](const char *name, const LinearHead &head) {
            if (head.units <= 0)
                return;
            module.register_parameter(std::string(name) + "_w", tensorFrom(head.weights, {head.units, c, s, s}), false);
            module.register_parameter(std::string(name) + "_b", tensorFrom(head.bias, {head.units}), false);
            heads << QStringLiteral("torch.matmul(f.flatten(1), self.%1_w.flatten(1).t()) + self.%1_b")
                         .arg(QString::fromLatin1(name));
        };
        if (spec.attributionFirst) {
            addHead("attribution", spec.attribution);
            addHead("binary", spec.binary);
        } else {
            addHead("binary", spec.binary);
            addHead("attribution", spec.attribution);
        }
        const QString features = c == 1 ? QStringLiteral("x.mean(1, keepdim=True)") : QStringLiteral("x");
        const QString result =
            heads.size() == 1 ? heads[0] : QStringLiteral("(%1)").arg(heads.join(QStringLiteral(", ")));
        const QString source = QStringLiteral("def features(self, x):\n"
                                              "    return %1\n"
                                              "def head(self, f):\n"
                                              "    return %2\n"
                                              "def forward(self, x):\n"
                                              "    return self.head(self.features(x))\n")
                                   .arg(features, result);
        module.define(source.toStdString());
        return saveModule(module, ptPath);
    } catch (const std::exception &e) {
        return makeError(Error::Code::Internal,
                         QStringLiteral("cannot build linear test model: %1").arg(QString::fromUtf8(e.what())));
    }
}

Status writeCnnModel(const QString &ptPath, const CnnModelSpec &spec)
{
    try {
        torch::manual_seed(spec.seed);
        torch::jit::Module module("DnaDetLikeNet");
        module.register_attribute("training", c10::BoolType::get(), false);
        QString body;
        int64_t in = 3;
        for (size_t i = 0; i < spec.channels.size(); ++i) {
            const int64_t out = spec.channels[i];
            for (int conv = 0; conv < 2; ++conv) {
                const int64_t k = conv == 0 ? 4 : 3;
                const int64_t cin = conv == 0 ? in : out;
                const std::string n = "b" + std::to_string(i) + "c" + std::to_string(conv);
                const double scale = std::sqrt(2.0 / double(cin * k * k));
                module.register_parameter(n + "_w", torch::randn({out, cin, k, k}) * scale, false);
                module.register_parameter(n + "_b", torch::zeros({out}), false);
                module.register_parameter(n + "_g", torch::ones({out}) + 0.1 * torch::randn({out}), false);
                module.register_parameter(n + "_beta", 0.1 * torch::randn({out}), false);
                module.register_buffer(n + "_rm", 0.1 * torch::randn({out}));
                module.register_buffer(n + "_rv", torch::ones({out}) + 0.1 * torch::rand({out}));
                const QString q = QString::fromStdString(n);
                body += QStringLiteral("    x = torch.conv2d(x, self.%1_w, self.%1_b, [%2, %2], [1, 1], [1, 1], 1)\n"
                                       "    x = torch.batch_norm(x, self.%1_g, self.%1_beta, self.%1_rm, self.%1_rv, "
                                       "False, 0.1, 1e-05, False)\n"
                                       "    x = torch.leaky_relu(x, 0.2)\n")
                            .arg(q)
                            .arg(conv == 0 ? 2 : 1);
            }
            in = out;
        }
        QStringList heads;
        if (spec.binaryUnits > 0) {
            module.register_parameter("binary_w", torch::randn({spec.binaryUnits, in}) / std::sqrt(double(in)), false);
            module.register_parameter("binary_b", torch::zeros({spec.binaryUnits}), false);
            heads << QStringLiteral("torch.matmul(g, self.binary_w.t()) + self.binary_b");
        }
        if (spec.attributionClasses > 0) {
            module.register_parameter("attribution_w",
                                      torch::randn({spec.attributionClasses, in}) / std::sqrt(double(in)), false);
            module.register_parameter("attribution_b", torch::zeros({spec.attributionClasses}), false);
            heads << QStringLiteral("torch.matmul(g, self.attribution_w.t()) + self.attribution_b");
        }
        const QString result =
            heads.size() == 1 ? heads[0] : QStringLiteral("(%1)").arg(heads.join(QStringLiteral(", ")));
        const QString source = QStringLiteral("def features(self, x):\n%1    return x\n"
                                              "def head(self, f):\n"
                                              "    g = f.mean([2, 3])\n"
                                              "    return %2\n"
                                              "def forward(self, x):\n"
                                              "    return self.head(self.features(x))\n")
                                   .arg(body, result);
        module.define(source.toStdString());
        return saveModule(module, ptPath);
    } catch (const std::exception &e) {
        return makeError(Error::Code::Internal,
                         QStringLiteral("cannot build CNN test model: %1").arg(QString::fromUtf8(e.what())));
    }
}

Result<inference::ModelCard> installModel(const QString &dir, inference::ModelCard card,
                                          const std::function<Status(const QString &ptPath)> &writeModel)
{
    const QString ptPath = QDir(dir).filePath(card.weights);
    if (auto written = writeModel(ptPath); !written)
        return written.error();
    auto digests = hashFile(ptPath);
    if (!digests)
        return digests.error();
    card.sha256 = digests->sha256;
    const QString cardPath = QDir(dir).filePath(card.name + QStringLiteral(".json"));
    if (auto saved = card.save(cardPath); !saved)
        return saved.error();
    return inference::ModelCard::load(cardPath);
}

} // namespace fp::test
