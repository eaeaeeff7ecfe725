#include "ui/cases/CaseJobs.h"

#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseStore.h"
#include "core/media/VideoReader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace fp::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::ui::CaseJobs", text);
}

template<typename Outcome>
void runJob(QObject *context, std::function<Outcome()> work, std::function<void(const Outcome &)> done)
{
    auto *watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

void CaseJobs::addEvidence(const QString &dbPath, qint64 caseId, const QStringList &paths, QObject *context,
                           std::function<void(const AddOutcome &)> done)
{
    runJob<AddOutcome>(
        context,
        [dbPath, caseId, paths] {
            AddOutcome outcome;
            auto db = cases::CaseDatabase::open(dbPath);
            if (!db) {
                outcome.errors << db.error().message;
                return outcome;
            }
            cases::CaseStore store(**db);
            for (const QString &path : paths) {
                // Only videos Fakeprint can read become evidence: probe first, so the registry holds media info.
                auto reader = media::VideoReader::open(path);
                if (!reader) {
                    outcome.errors << tr("%1 was not added: %2").arg(path, reader.error().message);
                    continue;
                }
                auto added = store.addEvidence(caseId, path, (*reader)->info().toJson());
                if (!added) {
                    outcome.errors << tr("%1 was not added: %2").arg(path, added.error().message);
                    continue;
                }
                outcome.added << added->evidence;
            }
            return outcome;
        },
        std::move(done));
}

void CaseJobs::verifyEvidence(const QString &dbPath, qint64 evidenceId, QObject *context,
                              std::function<void(const VerifyOutcome &)> done)
{
    runJob<VerifyOutcome>(
        context,
        [dbPath, evidenceId] {
            VerifyOutcome outcome;
            auto db = cases::CaseDatabase::open(dbPath);
            if (!db) {
                outcome.error = db.error().message;
                return outcome;
            }
            cases::CaseStore store(**db);
            auto result = store.verifyEvidence(evidenceId);
            if (!result)
                outcome.error = result.error().message;
            else
                outcome.verification = *result;
            return outcome;
        },
        std::move(done));
}

} // namespace fp::ui
