#include "core/lab/train/LabDataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace fp::lab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::lab::LabDataset", text);
}

// Splits one CSV line (RFC 4180 quoting, no embedded newlines).
QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    cur += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            fields << cur;
            cur.clear();
        } else {
            cur += ch;
        }
    }
    fields << cur;
    return fields;
}

} // namespace

std::span<const ManipulationClassInfo> labClasses()
{
    return manipulationClasses();
}

Result<LabDataset> LabDataset::open(const QString &dir)
{
    const QString manifestPath = QDir(dir).filePath(QStringLiteral("manifest.csv"));
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(Error::Code::NotFound,
                         tr("Cannot open the dataset manifest %1: %2").arg(manifestPath, file.errorString()));
    QTextStream in(&file);
    const QStringList header = splitCsv(in.readLine().trimmed());
    const QStringList required = {QStringLiteral("path"),    QStringLiteral("class_id"), QStringLiteral("class_key"),
                                  QStringLiteral("dataset"), QStringLiteral("split"),    QStringLiteral("identity")};
    std::map<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column[header.at(i).trimmed()] = i;
    for (const QString &name : required)
        if (!column.count(name))
            return makeError(Error::Code::CorruptData,
                             tr("The manifest %1 has no column '%2' in its header").arg(manifestPath, name));
    auto field = [&](const QStringList &f, const char *name) {
        const auto it = column.find(QString::fromLatin1(name));
        return it != column.end() && it->second < f.size() ? f.at(it->second).trimmed() : QString();
    };
    LabDataset ds;
    ds.m_dir = QFileInfo(dir).absoluteFilePath();
    const QDir base(ds.m_dir);
    const int classCount = int(labClasses().size());
    int lineNo = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = splitCsv(line);
        ManifestRow row;
        bool ok = false;
        row.path = base.absoluteFilePath(field(f, "path"));
        row.classId = field(f, "class_id").toInt(&ok);
        if (!ok || row.classId < 0 || row.classId >= classCount)
            return makeError(Error::Code::CorruptData, tr("%1, line %2: class_id '%3' is not an integer in 0..%4")
                                                           .arg(manifestPath)
                                                           .arg(lineNo)
                                                           .arg(field(f, "class_id"))
                                                           .arg(classCount - 1));
        row.classKey = field(f, "class_key");
        row.dataset = field(f, "dataset");
        row.split = field(f, "split");
        row.identity = field(f, "identity");
        row.sourceIdentity = field(f, "source_identity");
        row.seed = field(f, "seed").toLongLong();
        row.quality = field(f, "quality");
        ds.m_rows.push_back(std::move(row));
    }
    if (ds.m_rows.empty())
        return makeError(Error::Code::CorruptData, tr("The manifest %1 lists no crops").arg(manifestPath));
    return ds;
}

QStringList LabDataset::datasets() const
{
    std::set<QString> s;
    for (const auto &r : m_rows)
        s.insert(r.dataset);
    return QStringList(s.begin(), s.end());
}

QStringList LabDataset::splits() const
{
    std::set<QString> s;
    for (const auto &r : m_rows)
        s.insert(r.split);
    return QStringList(s.begin(), s.end());
}

std::vector<int> LabDataset::select(const QString &dataset, const QString &split) const
{
    std::vector<int> out;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const auto &r = m_rows[std::size_t(i)];
        if ((dataset.isEmpty() || r.dataset == dataset) && (split.isEmpty() || r.split == split))
            out.push_back(i);
    }
    return out;
}

std::vector<int> LabDataset::limitPerClass(const std::vector<int> &rows, int maxPerClass, std::uint64_t seed) const
{
    if (maxPerClass <= 0)
        return rows;
    std::vector<int> shuffled = rows;
    std::mt19937_64 rng(seed);
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    std::map<int, int> taken;
    std::vector<int> out;
    for (int r : shuffled)
        if (taken[m_rows[std::size_t(r)].classId]++ < maxPerClass)
            out.push_back(r);
    std::sort(out.begin(), out.end());
    return out;
}

Result<std::vector<LabSample>> LabDataset::load(const std::vector<int> &rows) const
{
    std::vector<LabSample> out;
    out.reserve(rows.size());
    for (int r : rows) {
        const ManifestRow &row = m_rows.at(std::size_t(r));
        cv::Mat bgr = cv::imread(row.path.toStdString(), cv::IMREAD_COLOR);
        if (bgr.empty())
            return makeError(Error::Code::IoError, tr("Cannot read the crop %1 listed in %2").arg(row.path, m_dir));
        LabSample s;
        cv::cvtColor(bgr, s.rgb, cv::COLOR_BGR2RGB);
        s.classId = row.classId;
        s.row = r;
        out.push_back(std::move(s));
    }
    return out;
}

QString LabDataset::describe(const std::vector<int> &rows) const
{
    std::map<int, int> counts;
    for (int r : rows)
        ++counts[m_rows[std::size_t(r)].classId];
    QStringList parts;
    for (const auto &[id, n] : counts)
        parts << QStringLiteral("%1 %2").arg(QString::fromLatin1(labClasses()[std::size_t(id)].key)).arg(n);
    return parts.join(QStringLiteral(", "));
}

} // namespace fp::lab
