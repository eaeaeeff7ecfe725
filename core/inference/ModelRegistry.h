#pragma once

#include "core/common/Result.h"
#include "core/inference/ModelCard.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fp::inference {

struct ModelEntry {
    ModelCard card;
    bool bundled = false; // shipped with Fakeprint; anything else is shown as "unverified"
};

// The installed models: every valid card (*.json) in the bundled model dirs, then in the user models dir.
// Invalid cards are skipped and reported by problems(). The first card of a name wins (bundled before user).
// Cards are validated here; weights are hashed only when a model is added or loaded. Not thread-safe: one
// owner, e.g. the service that creates classifiers.
class ModelRegistry {
public:
    // bundledDirs are searched first, userDir last; both may be missing on disk.
    ModelRegistry(QStringList bundledDirs, QString userDir);
    // The dirs of fp::AppPaths::modelDirs() (bundled first) and AppPaths::userModelsDir().
    static ModelRegistry fromAppPaths();

    void refresh();
    const QList<ModelEntry> &models() const { return m_models; }
    const QList<Error> &problems() const { return m_problems; }
    const QStringList &bundledDirs() const { return m_bundledDirs; }
    const QString &userDir() const { return m_userDir; }

    // By name among the installed models, or a path to a card (*.json) or to weights with a card beside
    // them (NAME.pt -> NAME.json). Cards outside the bundled dirs come back with bundled = false.
    Result<ModelEntry> find(const QString &nameOrPath) const;
    // The model analyses use when none is named: the first bundled model, else the first user model.
    Result<ModelEntry> defaultModel() const;

    // Validates the card, checks the weights' digest and copies card and weights into the user dir. Adding
    // the same model twice is harmless; another model of the same name is refused.
    Result<ModelEntry> addModel(const QString &cardPath);

    bool isInBundledDir(const QString &path) const;

private:
    QStringList m_bundledDirs;
    QString m_userDir;
    QList<ModelEntry> m_models;
    QList<Error> m_problems;
};

} // namespace fp::inference
