#pragma once

#include "core/cases/CaseDatabase.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

namespace fp::cases {

// Notes and bookmarks of a case, optionally tied to an evidence file, an analysis, a track and a frame. Every
// change is audited (the text's SHA-256 is logged, not the text). Runs on the CaseDatabase's thread.
class NoteStore {
public:
    explicit NoteStore(CaseDatabase &db) : m_db(db) {}

    // note.caseId and note.text are required; author defaults to the database's actor. Returns the stored note.
    Result<NoteRecord> add(const NoteRecord &note);
    Result<NoteRecord> update(qint64 noteId, const QString &text, NoteStatus status);
    Status remove(qint64 noteId);
    Result<NoteRecord> get(qint64 noteId) const;
    // analysisId >= 0 limits the list to one analysis.
    Result<QVector<NoteRecord>> list(qint64 caseId, qint64 analysisId = -1) const;

private:
    CaseDatabase &m_db;
};

} // namespace fp::cases
