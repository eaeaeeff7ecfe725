#include "core/report/FrameScoreCsv.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace fp::report {

namespace {

const char *const kFixedColumns[] = {"analysis_id", "track", "frame_index", "p_fake", "energy"};
constexpr int kFixedCount = 5;

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Quotes a field when it holds a separator, a quote or a line break (class keys are free text in a card).
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Splits CSV text into records of fields (RFC 4180 quoting).
QVector<QStringList> splitCsv(const QString &text, bool *ok)
{
    QVector<QStringList> records;
    QStringList current;
    QString value;
    bool quoted = false;
    bool any = false;
    *ok = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    value += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                value += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (ch == QLatin1Char(',')) {
            current << value;
            value.clear();
            any = true;
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !value.isEmpty()) {
                current << value;
                records << current;
            }
            current.clear();
            value.clear();
            any = false;
        } else {
            value += ch;
            any = true;
        }
    }
    if (quoted)
        *ok = false;
    if (any || !value.isEmpty()) {
        current << value;
        records << current;
    }
    return records;
}

} // namespace

QByteArray FrameScoreCsv::toCsv(const ReportData &data)
{
    const QStringList keys = data.classKeys();
    QStringList header;
    for (const char *column : kFixedColumns)
        header << QLatin1String(column);
    for (const QString &key : keys)
        header << field(QStringLiteral("p_") + key);
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const TrackData &track : data.tracks) {
        for (const cases::FrameScoreRecord &s : track.scores) {
            QStringList row{QString::number(data.analysis.id), QString::number(s.trackNumber),
                            QString::number(s.frameIndex), number(s.pFake), s.hasEnergy ? number(s.energy) : QString()};
            for (int i = 0; i < keys.size(); ++i)
                row << (i < s.classProbabilities.size() ? number(double(s.classProbabilities.at(i))) : QString());
            out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

Status FrameScoreCsv::write(const ReportData &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::IoError, tr("Cannot write the CSV export %1: %2").arg(path, file.errorString()));
    file.write(toCsv(data));
    if (!file.commit())
        return makeError(Error::Code::IoError, tr("Cannot write the CSV export %1: %2").arg(path, file.errorString()));
    return Ok{};
}

Result<FrameScoreCsv::Table> FrameScoreCsv::parse(const QByteArray &csv, const QString &sourceName)
{
    bool ok = true;
    const QVector<QStringList> records = splitCsv(QString::fromUtf8(csv), &ok);
    if (!ok)
        return makeError(Error::Code::CorruptData, tr("%1: a quoted field is not closed").arg(sourceName));
    if (records.isEmpty())
        return makeError(Error::Code::CorruptData, tr("%1 is empty (no header line)").arg(sourceName));
    const QStringList &header = records.first();
    for (int i = 0; i < kFixedCount; ++i) {
        if (header.value(i) != QLatin1String(kFixedColumns[i]))
            return makeError(Error::Code::CorruptData, tr("%1: column %2 of the header must be \"%3\", found \"%4\"")
                                                           .arg(sourceName)
                                                           .arg(i + 1)
                                                           .arg(QLatin1String(kFixedColumns[i]), header.value(i)));
    }
    Table table;
    for (int i = kFixedCount; i < header.size(); ++i) {
        if (!header.at(i).startsWith(QLatin1String("p_")))
            return makeError(Error::Code::CorruptData, tr("%1: column %2 of the header (\"%3\") does not start with p_")
                                                           .arg(sourceName)
                                                           .arg(i + 1)
                                                           .arg(header.at(i)));
        table.classKeys << header.at(i).mid(2);
    }
    for (int line = 1; line < records.size(); ++line) {
        const QStringList &r = records.at(line);
        const auto bad = [&](const QString &what) {
            return makeError(Error::Code::CorruptData, tr("%1, line %2: %3").arg(sourceName).arg(line + 1).arg(what));
        };
        if (r.size() != header.size())
            return bad(tr("%1 fields where the header has %2").arg(r.size()).arg(header.size()));
        bool okId = false, okTrack = false, okFrame = false, okP = false;
        const qint64 analysisId = r.at(0).toLongLong(&okId);
        cases::FrameScoreRecord s;
        s.trackNumber = r.at(1).toInt(&okTrack);
        s.frameIndex = r.at(2).toLongLong(&okFrame);
        s.pFake = r.at(3).toDouble(&okP);
        if (!okId || !okTrack || !okFrame || !okP)
            return bad(tr("analysis_id, track, frame_index and p_fake must be numbers"));
        if (table.analysisId >= 0 && analysisId != table.analysisId)
            return bad(tr("analysis_id %1 differs from %2 on the first row").arg(analysisId).arg(table.analysisId));
        table.analysisId = analysisId;
        if (!r.at(4).isEmpty()) {
            s.energy = r.at(4).toDouble(&s.hasEnergy);
            if (!s.hasEnergy)
                return bad(tr("energy \"%1\" is not a number").arg(r.at(4)));
        }
        for (int i = kFixedCount; i < r.size(); ++i) {
            if (r.at(i).isEmpty())
                break;
            bool okValue = false;
            s.classProbabilities.append(r.at(i).toFloat(&okValue));
            if (!okValue)
                return bad(tr("column %1 (\"%2\") is not a number").arg(header.at(i), r.at(i)));
        }
        table.rows.append(s);
    }
    return table;
}

Result<FrameScoreCsv::Table> FrameScoreCsv::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, tr("Cannot open the CSV export %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

} // namespace fp::report
