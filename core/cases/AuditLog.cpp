#include "core/cases/AuditLog.h"

#include "core/cases/Schema.h"
#include "core/cases/SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace fp::cases {

namespace {

void addField(QByteArray &out, const QByteArray &value)
{
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.timestampUtc = query.value(1).toString();
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.details = query.value(5).toString();
    entry.prevHash = query.value(6).toString();
    entry.hash = query.value(7).toString();
    return entry;
}

const char kSelectEntries[] =
    "SELECT seq, ts, actor, action, entity, details, prev_hash, hash FROM audit_log ORDER BY seq";

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditLog::canonical(const AuditEntry &entry)
{
    QByteArray out("fakeprint-audit-v1\n");
    addField(out, QByteArray::number(entry.seq));
    addField(out, entry.timestampUtc.toUtf8());
    addField(out, entry.actor.toUtf8());
    addField(out, entry.action.toUtf8());
    addField(out, entry.entity.toUtf8());
    addField(out, entry.details.toUtf8());
    addField(out, entry.prevHash.toUtf8());
    return out;
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

Result<AuditEntry> AuditLog::append(const QSqlDatabase &db, const QString &dbPath, const QString &actor,
                                    const QString &action, const QString &entity, const QJsonObject &details)
{
    const QString what = QCoreApplication::translate("fp::cases", "appending the audit entry %1").arg(action);
    auto last = prepare(db, dbPath, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), what);
    if (!last)
        return last.error();
    if (auto st = exec(*last, dbPath, what); !st)
        return st.error();
    AuditEntry entry;
    entry.seq = 1;
    entry.prevHash = genesisHash();
    if (last->next()) {
        entry.seq = last->value(0).toLongLong() + 1;
        entry.prevHash = last->value(1).toString();
    }
    last->finish();
    entry.timestampUtc = nowUtc();
    entry.actor = actor.isEmpty() ? QStringLiteral("fakeprint") : actor;
    entry.action = action;
    entry.entity = entity;
    entry.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    entry.hash = computeHash(entry);

    auto insert = prepare(db, dbPath,
                          QStringLiteral("INSERT INTO audit_log(seq, ts, actor, action, entity, details, prev_hash, "
                                         "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          what);
    if (!insert)
        return insert.error();
    for (const QVariant &value :
         {QVariant(entry.seq), QVariant(entry.timestampUtc), QVariant(entry.actor), QVariant(entry.action),
          QVariant(entry.entity), QVariant(entry.details), QVariant(entry.prevHash), QVariant(entry.hash)})
        insert->addBindValue(value);
    if (auto st = exec(*insert, dbPath, what); !st)
        return st.error();
    if (Schema::hasTable(db, QStringLiteral("audit_head"))) {
        auto head = prepare(db, dbPath,
                            QStringLiteral("INSERT INTO audit_head(id, seq, hash) VALUES (1, ?, ?) "
                                           "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
                            what);
        if (!head)
            return head.error();
        head->addBindValue(entry.seq);
        head->addBindValue(entry.hash);
        if (auto st = exec(*head, dbPath, what); !st)
            return st.error();
    }
    return entry;
}

Result<AuditVerification> AuditLog::verify(const QSqlDatabase &db, const QString &dbPath)
{
    const QString what = QCoreApplication::translate("fp::cases", "verifying the audit log");
    auto query = prepare(db, dbPath, QString::fromLatin1(kSelectEntries), what);
    if (!query)
        return query.error();
    if (auto st = exec(*query, dbPath, what); !st)
        return st.error();
    AuditVerification result;
    QString prevHash = genesisHash();
    qint64 expectedSeq = 1;
    auto fail = [&result](qint64 seq, const QString &problem) {
        result.ok = false;
        result.firstBadSeq = seq;
        result.problem = problem;
    };
    while (query->next()) {
        const AuditEntry entry = readEntry(*query);
        ++result.entryCount;
        if (entry.seq != expectedSeq) {
            fail(expectedSeq,
                 QCoreApplication::translate(
                     "fp::cases", "audit entry %1 is missing (the next stored entry is %2): entries were removed")
                     .arg(expectedSeq)
                     .arg(entry.seq));
            break;
        }
        if (entry.prevHash != prevHash) {
            fail(entry.seq,
                 QCoreApplication::translate(
                     "fp::cases", "audit entry %1 does not follow entry %2 (its previous hash differs): entries were "
                                  "removed, reordered or altered")
                     .arg(entry.seq)
                     .arg(entry.seq - 1));
            break;
        }
        if (computeHash(entry) != entry.hash) {
            fail(entry.seq,
                 QCoreApplication::translate(
                     "fp::cases", "audit entry %1 (%2 on %3) was altered: its hash does not match its content")
                     .arg(entry.seq)
                     .arg(entry.action, entry.entity));
            break;
        }
        prevHash = entry.hash;
        result.headHash = entry.hash;
        ++expectedSeq;
    }
    if (!result.ok)
        return result;
    if (Schema::hasTable(db, QStringLiteral("audit_head"))) {
        auto head = prepare(db, dbPath, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"), what);
        if (!head)
            return head.error();
        if (auto st = exec(*head, dbPath, what); !st)
            return st.error();
        const qint64 lastSeq = expectedSeq - 1;
        if (head->next()) {
            const qint64 headSeq = head->value(0).toLongLong();
            if (headSeq != lastSeq || head->value(1).toString() != result.headHash)
                fail(headSeq > lastSeq ? lastSeq + 1 : headSeq,
                     QCoreApplication::translate(
                         "fp::cases",
                         "the audit log ends at entry %1 but its head records entry %2 with another hash: entries "
                         "were removed from the end or the head was altered")
                         .arg(lastSeq)
                         .arg(headSeq));
        } else if (lastSeq > 0) {
            fail(lastSeq, QCoreApplication::translate(
                              "fp::cases", "the audit head record is missing although the log has %1 entries")
                              .arg(lastSeq));
        }
    }
    return result;
}

Result<QVector<AuditEntry>> AuditLog::entries(const QSqlDatabase &db, const QString &dbPath, qint64 caseId)
{
    const QString what = QCoreApplication::translate("fp::cases", "reading the audit log");
    auto query = prepare(db, dbPath, QString::fromLatin1(kSelectEntries), what);
    if (!query)
        return query.error();
    if (auto st = exec(*query, dbPath, what); !st)
        return st.error();
    QVector<AuditEntry> list;
    while (query->next()) {
        AuditEntry entry = readEntry(*query);
        if (caseId >= 0) {
            const QJsonObject details = QJsonDocument::fromJson(entry.details.toUtf8()).object();
            bool concerns = details.value(QStringLiteral("case_id")).toInteger(-1) == caseId;
            for (const QJsonValue &id : details.value(QStringLiteral("case_ids")).toArray())
                concerns = concerns || id.toInteger(-1) == caseId;
            if (!concerns)
                continue;
        }
        list.append(std::move(entry));
    }
    return list;
}

} // namespace fp::cases
