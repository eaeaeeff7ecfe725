#include "ui/common/AnalysisView.h"

#include "core/cases/CaseStore.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace fp::ui {

namespace {

template<typename Record> const Record *findFrame(const QVector<Record> &records, qint64 frameIndex)
{
    auto it = std::lower_bound(records.begin(), records.end(), frameIndex,
                               [](const Record &r, qint64 f) { return r.frameIndex < f; });
    if (it == records.end() || it->frameIndex != frameIndex)
        return nullptr;
    return &*it;
}

QVector<FrameInterval> merge(const QVector<bool> &marks)
{
    QVector<FrameInterval> out;
    qint64 start = -1;
    for (qint64 i = 0; i <= marks.size(); ++i) {
        const bool on = i < marks.size() && marks[i];
        if (on && start < 0)
            start = i;
        if (!on && start >= 0) {
            out.append({start, i - 1});
            start = -1;
        }
    }
    return out;
}

} // namespace

const cases::DetectionRecord *TrackView::detectionAt(qint64 frameIndex) const
{
    return findFrame(detections, frameIndex);
}

const cases::FrameScoreRecord *TrackView::scoreAt(qint64 frameIndex) const
{
    return findFrame(scores, frameIndex);
}

QVector<FrameInterval> TrackView::presence(qint64 maxGap) const
{
    QVector<FrameInterval> out;
    for (const auto &d : detections) {
        if (!out.isEmpty() && d.frameIndex - out.last().last <= maxGap + 1)
            out.last().last = d.frameIndex;
        else
            out.append({d.frameIndex, d.frameIndex});
    }
    return out;
}

Result<AnalysisView> AnalysisView::load(cases::CaseDatabase &db, qint64 analysisId)
{
    cases::CaseStore store(db);
    cases::AnalysisReader reader(db);
    AnalysisView view;
    auto analysis = store.analysisById(analysisId);
    if (!analysis)
        return analysis.error();
    view.analysis = *analysis;
    auto evidence = store.evidenceById(view.analysis.evidenceId);
    if (!evidence)
        return evidence.error();
    view.evidence = *evidence;

    auto tracks = reader.tracks(analysisId);
    if (!tracks)
        return tracks.error();
    auto detections = reader.detections(analysisId);
    if (!detections)
        return detections.error();
    auto scores = reader.frameScores(analysisId);
    if (!scores)
        return scores.error();
    auto coverage = reader.coverage(analysisId);
    if (!coverage)
        return coverage.error();
    auto heatmapFrames = reader.heatmapFrames(analysisId);
    if (!heatmapFrames)
        return heatmapFrames.error();
    view.coverage = *coverage;
    view.heatmapFrames = *heatmapFrames;

    QHash<int, int> slot;
    for (const auto &t : *tracks) {
        slot.insert(t.record.trackNumber, int(view.tracks.size()));
        view.tracks.append(TrackView{t.id, t.record, {}, {}});
    }
    for (const auto &d : *detections) {
        if (slot.contains(d.trackNumber))
            view.tracks[slot.value(d.trackNumber)].detections.append(d);
    }
    for (const auto &s : *scores) {
        if (slot.contains(s.trackNumber))
            view.tracks[slot.value(s.trackNumber)].scores.append(s);
    }

    const QJsonObject card = view.analysis.model.card;
    const QJsonArray classes = card.value(QStringLiteral("classes")).toArray();
    for (int i = 0; i < classes.size(); ++i) {
        const QJsonObject c = classes.at(i).toObject();
        const QString key = c.value(QStringLiteral("key")).toString();
        view.classLabels << c.value(QStringLiteral("label")).toString();
        view.classKeys << key;
        if (key == QStringLiteral("real"))
            view.realClassIndex = i;
    }
    const QJsonObject decision = card.value(QStringLiteral("decision")).toObject();
    view.fakeThreshold = decision.value(QStringLiteral("fake_threshold")).toDouble(0.5);

    const QJsonObject media = view.evidence.mediaInfo;
    view.frameCount = view.analysis.frameCount > 0 ? view.analysis.frameCount
                                                   : qint64(media.value(QStringLiteral("frame_count")).toDouble());
    view.fps = media.value(QStringLiteral("fps")).toDouble();
    view.frameStride = qMax(1, view.analysis.settings.value(QStringLiteral("frame_stride")).toInt(1));
    return view;
}

const TrackView *AnalysisView::track(int trackNumber) const
{
    for (const auto &t : tracks) {
        if (t.record.trackNumber == trackNumber)
            return &t;
    }
    return nullptr;
}

qint64 AnalysisView::lastAnalysedFrame() const
{
    if (analysis.status == cases::AnalysisStatus::Completed && frameCount > 0)
        return frameCount - 1;
    return analysis.progressFrame;
}

QVector<FrameInterval> AnalysisView::framesWithoutFaces() const
{
    const qint64 last = lastAnalysedFrame();
    if (last < 0)
        return {};
    QVector<bool> missing(last + 1, true);
    for (const auto &t : tracks) {
        for (const auto &d : t.detections) {
            for (qint64 f = d.frameIndex; f < d.frameIndex + frameStride && f <= last; ++f)
                missing[f] = false;
        }
    }
    return merge(missing);
}

QVector<FrameInterval> AnalysisView::suspiciousSegments() const
{
    const qint64 last = qMax(lastAnalysedFrame(), frameCount - 1);
    if (last < 0)
        return {};
    QVector<bool> marks(last + 1, false);
    for (const auto &t : tracks) {
        for (const auto &s : t.scores) {
            if (s.pFake < fakeThreshold)
                continue;
            for (qint64 f = s.frameIndex; f < s.frameIndex + frameStride && f <= last; ++f)
                marks[f] = true;
        }
    }
    return merge(marks);
}

qint64 AnalysisView::nextSuspicious(qint64 frameIndex) const
{
    for (const auto &segment : suspiciousSegments()) {
        if (segment.first > frameIndex)
            return segment.first;
    }
    return -1;
}

qint64 AnalysisView::previousSuspicious(qint64 frameIndex) const
{
    const auto segments = suspiciousSegments();
    for (auto it = segments.rbegin(); it != segments.rend(); ++it) {
        if (it->first < frameIndex)
            return it->first;
    }
    return -1;
}

double AnalysisView::secondsAt(qint64 frameIndex) const
{
    return fps > 0 ? double(frameIndex) / fps : 0.0;
}

} // namespace fp::ui
