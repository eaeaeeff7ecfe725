#include "core/inference/ModelRegistry.h"

#include "core/common/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fp::inference {

namespace {

QString canonicalDir(const QString &dir)
{
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(dir).absoluteFilePath()) : canonical;
}

Status copyReplacing(const QString &from, const QString &to)
{
    const QString temp = to + QStringLiteral(".part");
    QFile::remove(temp);
    if (!QFile::copy(from, temp))
        return makeError(Error::Code::IoError,
                         QCoreApplication::translate("fp::inference", "Cannot copy %1 to %2").arg(from, temp));
    QFile::remove(to);
    if (!QFile::rename(temp, to)) {
        QFile::remove(temp);
        return makeError(Error::Code::IoError,
                         QCoreApplication::translate("fp::inference", "Cannot move %1 into place as %2").arg(temp, to));
    }
    return Ok{};
}

} // namespace

ModelRegistry::ModelRegistry(QStringList bundledDirs, QString userDir) : m_userDir(canonicalDir(userDir))
{
    for (const QString &dir : bundledDirs) {
        const QString clean = canonicalDir(dir);
        if (clean != m_userDir && !m_bundledDirs.contains(clean))
            m_bundledDirs << clean;
    }
    refresh();
}

ModelRegistry ModelRegistry::fromAppPaths()
{
    const QString userDir = AppPaths::userModelsDir();
    QStringList bundled = AppPaths::modelDirs();
    bundled.removeAll(userDir);
    return ModelRegistry(bundled, userDir);
}

void ModelRegistry::refresh()
{
    m_models.clear();
    m_problems.clear();
    QStringList dirs = m_bundledDirs;
    dirs << m_userDir;
    for (const QString &dir : dirs) {
        const QFileInfoList cards =
            QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &info : cards) {
            auto card = ModelCard::load(info.absoluteFilePath());
            if (!card) {
                m_problems << card.error();
                continue;
            }
            const bool duplicate = std::any_of(m_models.cbegin(), m_models.cend(),
                                               [&](const ModelEntry &e) { return e.card.name == card->name; });
            if (duplicate) {
                m_problems << makeError(
                    Error::Code::ModelInvalid,
                    QCoreApplication::translate("fp::inference",
                                                "Model card %1: the name '%2' is already used by another installed "
                                                "model; this card is ignored")
                        .arg(info.absoluteFilePath(), card->name));
                continue;
            }
            m_models << ModelEntry{std::move(card).value(), dir != m_userDir};
        }
    }
}

bool ModelRegistry::isInBundledDir(const QString &path) const
{
    const QString dir = canonicalDir(QFileInfo(path).absolutePath());
    return m_bundledDirs.contains(dir);
}

Result<ModelEntry> ModelRegistry::find(const QString &nameOrPath) const
{
    const QFileInfo info(nameOrPath);
    const bool looksLikePath = nameOrPath.contains(QLatin1Char('/')) || info.suffix() == QLatin1String("json") ||
                               info.suffix() == QLatin1String("pt");
    if (looksLikePath || (info.exists() && info.isFile())) {
        QString cardPath = info.absoluteFilePath();
        if (info.suffix() != QLatin1String("json"))
            cardPath = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".json"));
        auto card = ModelCard::load(cardPath);
        if (!card)
            return card.error();
        return ModelEntry{std::move(card).value(), isInBundledDir(cardPath)};
    }
    for (const ModelEntry &entry : m_models) {
        if (entry.card.name == nameOrPath)
            return entry;
    }
    QStringList names;
    for (const ModelEntry &entry : m_models)
        names << entry.card.name;
    return makeError(
        Error::Code::NotFound,
        QCoreApplication::translate("fp::inference",
                                    "No installed model is named '%1' (installed: %2); see 'fakeprint-cli models list'")
            .arg(nameOrPath, names.isEmpty() ? QCoreApplication::translate("fp::inference", "none")
                                             : names.join(QStringLiteral(", "))));
}

Result<ModelEntry> ModelRegistry::defaultModel() const
{
    for (const ModelEntry &entry : m_models) {
        if (entry.bundled)
            return entry;
    }
    if (!m_models.isEmpty())
        return m_models.first();
    QStringList dirs = m_bundledDirs;
    dirs << m_userDir;
    return makeError(
        Error::Code::NotFound,
        QCoreApplication::translate(
            "fp::inference", "No model is installed (searched %1); add one with 'fakeprint-cli models add CARD.json'")
            .arg(dirs.join(QStringLiteral(", "))));
}

Result<ModelEntry> ModelRegistry::addModel(const QString &cardPath)
{
    auto card = ModelCard::load(cardPath);
    if (!card)
        return card.error();
    if (auto verified = card->verifyWeights(); !verified)
        return verified.error();

    for (const ModelEntry &entry : m_models) {
        if (entry.card.name != card->name)
            continue;
        if (entry.card.sha256 == card->sha256)
            return entry;
        return makeError(Error::Code::ModelInvalid,
                         QCoreApplication::translate(
                             "fp::inference",
                             "Model card %1: field 'name' is '%2', which is already installed from %3 with other "
                             "weights; rename the model or remove the installed one")
                             .arg(card->cardPath, card->name, entry.card.cardPath));
    }

    if (!QDir().mkpath(m_userDir))
        return makeError(
            Error::Code::IoError,
            QCoreApplication::translate("fp::inference", "Cannot create the user models folder %1").arg(m_userDir));
    const QDir userDir(m_userDir);
    const QString weightsTarget = userDir.filePath(card->weights);
    const QString cardTarget = userDir.filePath(card->name + QStringLiteral(".json"));
    if (QFileInfo::exists(weightsTarget) || QFileInfo::exists(cardTarget))
        return makeError(Error::Code::ModelInvalid,
                         QCoreApplication::translate(
                             "fp::inference",
                             "Cannot add %1: %2 or %3 already exists in the user models folder and belongs to another "
                             "model")
                             .arg(card->cardPath, weightsTarget, cardTarget));
    if (auto copied = copyReplacing(card->weightsPath(), weightsTarget); !copied)
        return copied.error();
    ModelCard installed = card.value();
    installed.cardPath = cardTarget;
    if (auto verified = installed.verifyWeights(); !verified) {
        QFile::remove(weightsTarget);
        return verified.error();
    }
    if (auto saved = installed.save(cardTarget); !saved) {
        QFile::remove(weightsTarget);
        return saved.error();
    }
    refresh();
    return find(card->name);
}

} // namespace fp::inference
