#include "core/analysis/TrackAccumulator.h"

#include "core/faces/FaceCrop.h"
#include "core/inference/Classifier.h"
#include "core/media/VideoReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace fp::analysis {

namespace {

constexpr int kMaxNoFaceSegments = 1000;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + mid, values.end());
    return values[mid];
}

} // namespace

TrackAccumulator::TrackAccumulator(const inference::ModelCard &card, int keyFramesPerTrack, int frameStride)
    : m_card(card), m_aggregator(card), m_keyFrames(std::max(0, keyFramesPerTrack)),
      m_frameStride(std::max(1, frameStride))
{
}

void TrackAccumulator::restore(const QVector<cases::StoredTrack> &tracks,
                               const QVector<cases::DetectionRecord> &detections,
                               const QVector<cases::FrameScoreRecord> &scores)
{
    for (const cases::StoredTrack &t : tracks) {
        TrackData &data = m_tracks[t.record.trackNumber];
        data.firstFrame = t.record.firstFrame;
        data.lastFrame = t.record.lastFrame;
    }
    QSet<qint64> framesWithFaces;
    for (const cases::DetectionRecord &d : detections) {
        TrackData &data = m_tracks[d.trackNumber];
        data.boxes[d.frameIndex] = d.box;
        data.firstFrame = data.firstFrame < 0 ? d.frameIndex : std::min(data.firstFrame, d.frameIndex);
        data.lastFrame = std::max(data.lastFrame, d.frameIndex);
        framesWithFaces.insert(d.frameIndex);
    }
    for (const cases::FrameScoreRecord &s : scores) {
        inference::FrameScores fs;
        fs.frameIndex = s.frameIndex;
        fs.scores.pFake = float(s.pFake);
        fs.scores.classProbabilities.assign(s.classProbabilities.begin(), s.classProbabilities.end());
        fs.scores.energy = s.hasEnergy ? float(s.energy) : std::nanf("");
        fs.scores.hasBinary = m_card.hasBinary();
        fs.scores.hasAttribution = m_card.hasAttribution();
        m_tracks[s.trackNumber].scores.push_back(fs);
        ++m_scoredFaces;
    }
    m_framesWithFaces = framesWithFaces.size();
}

void TrackAccumulator::add(int trackNumber, qint64 frameIndex, const QRectF &box, const inference::CropScores *scores,
                           bool tooSmall)
{
    TrackData &data = m_tracks[trackNumber];
    if (data.firstFrame < 0 || frameIndex < data.firstFrame)
        data.firstFrame = frameIndex;
    data.lastFrame = std::max(data.lastFrame, frameIndex);
    data.boxes[frameIndex] = box;
    if (scores) {
        data.scores.push_back(inference::FrameScores{frameIndex, *scores});
        ++m_scoredFaces;
    }
    if (tooSmall) {
        ++data.tooSmallFrames;
        ++m_tooSmallFaces;
    }
    m_touched.insert(trackNumber);
}

void TrackAccumulator::addFrame(qint64 frameIndex, bool detectionRan, int rawDetections, int trackedFaces)
{
    ++m_framesAnalysed;
    if (detectionRan) {
        ++m_detectionRuns;
        if (rawDetections == 0)
            ++m_detectionRunsWithoutFaces;
    }
    if (trackedFaces > 0) {
        ++m_framesWithFaces;
        return;
    }
    ++m_framesWithoutFaces;
    if (!m_noFaceSegments.empty() && m_noFaceSegments.back().second >= 0 &&
        frameIndex - m_noFaceSegments.back().second <= m_frameStride) {
        m_noFaceSegments.back().second = frameIndex;
    } else if (int(m_noFaceSegments.size()) < kMaxNoFaceSegments) {
        m_noFaceSegments.emplace_back(frameIndex, frameIndex);
    }
}

int TrackAccumulator::maxTrackNumber() const
{
    return m_tracks.empty() ? 0 : m_tracks.rbegin()->first;
}

QVector<int> TrackAccumulator::touchedTrackNumbers() const
{
    QVector<int> numbers(m_touched.begin(), m_touched.end());
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QVector<int> TrackAccumulator::allTrackNumbers() const
{
    QVector<int> numbers;
    for (const auto &[number, data] : m_tracks)
        numbers.push_back(number);
    return numbers;
}

cases::TrackRecord TrackAccumulator::summary(int trackNumber, const TrackData &data) const
{
    cases::TrackRecord record;
    record.trackNumber = trackNumber;
    record.firstFrame = std::max<qint64>(0, data.firstFrame);
    record.lastFrame = std::max(record.firstFrame, data.lastFrame);
    std::vector<double> cx, cy, w, h;
    for (const auto &[frame, box] : data.boxes) {
        cx.push_back(box.center().x());
        cy.push_back(box.center().y());
        w.push_back(box.width());
        h.push_back(box.height());
    }
    const double mw = median(w), mh = median(h);
    record.medianBox = QRectF(median(cx) - mw / 2, median(cy) - mh / 2, mw, mh);
    return record;
}

QVector<cases::TrackRecord> TrackAccumulator::trackSummaries(const QVector<int> &trackNumbers) const
{
    QVector<cases::TrackRecord> out;
    for (int number : trackNumbers) {
        auto it = m_tracks.find(number);
        if (it != m_tracks.end())
            out.push_back(summary(number, it->second));
    }
    return out;
}

inference::TrackVerdict TrackAccumulator::verdictOf(const TrackData &data) const
{
    std::vector<inference::FrameScores> sorted = data.scores;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.frameIndex < b.frameIndex; });
    return m_aggregator.aggregateTrack(sorted);
}

QVector<cases::TrackRecord> TrackAccumulator::verdicts() const
{
    QVector<cases::TrackRecord> out;
    for (const auto &[number, data] : m_tracks) {
        cases::TrackRecord record = summary(number, data);
        const inference::TrackVerdict v = verdictOf(data);
        record.verdict = inference::verdictKey(v.verdict);
        record.label = v.label;
        record.confidence = v.confidence;
        record.pFake = v.pFake;
        record.aggregation = inference::aggregationMethodKey(v.aggregationMethod);
        for (size_t i = 0; i < v.classProbabilities.size() && i < m_card.classes.size(); ++i)
            record.classProbabilities.insert(m_card.classes[i].key, double(v.classProbabilities[i]));
        record.intervals.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("p_fake")},
                                            {QStringLiteral("low"), double(v.pFakeInterval.low)},
                                            {QStringLiteral("high"), double(v.pFakeInterval.high)}});
        for (size_t i = 0; i < v.classIntervals.size() && i < m_card.classes.size(); ++i)
            record.intervals.append(QJsonObject{{QStringLiteral("name"), m_card.classes[i].key},
                                                {QStringLiteral("low"), double(v.classIntervals[i].low)},
                                                {QStringLiteral("high"), double(v.classIntervals[i].high)}});
        for (qint64 f : v.drivingFrames)
            record.drivingFrames.append(f);
        out.push_back(record);
    }
    return out;
}

Result<QVector<cases::HeatmapRecord>> TrackAccumulator::keyFrameHeatmaps(const QVector<cases::TrackRecord> &verdicts,
                                                                         media::VideoReader &video,
                                                                         inference::Classifier &model,
                                                                         const std::atomic_bool *cancel) const
{
    // Frame -> the (track, class) pairs to explain there, so each frame is decoded once.
    struct Wanted {
        int trackNumber;
        int classIndex;
        QRectF box;
    };
    std::map<qint64, std::vector<Wanted>> byFrame;
    for (const cases::TrackRecord &record : verdicts) {
        auto data = m_tracks.find(record.trackNumber);
        if (data == m_tracks.end())
            continue;
        int classIndex = -1;
        for (size_t i = 0; i < m_card.classes.size(); ++i) {
            if (!record.label.isEmpty() && m_card.classes[i].label == record.label)
                classIndex = int(i);
        }
        int taken = 0;
        for (const QJsonValue &f : record.drivingFrames) {
            if (taken >= m_keyFrames)
                break;
            const qint64 frame = f.toInteger();
            auto box = data->second.boxes.find(frame);
            if (box == data->second.boxes.end())
                continue;
            byFrame[frame].push_back(Wanted{record.trackNumber, classIndex, box->second});
            ++taken;
        }
    }
    QVector<cases::HeatmapRecord> out;
    const int size = m_card.input.size;
    for (const auto &[frameIndex, wanted] : byFrame) {
        if (cancel && cancel->load())
            return makeError(Error::Code::Cancelled, QCoreApplication::translate("fp::analysis", "Cancelled."));
        auto frame = video.frameAt(frameIndex);
        if (!frame)
            return frame.error();
        for (const Wanted &w : wanted) {
            const faces::FaceCrop crop = faces::cropFace(frame->image, w.box, m_card.input.cropScale, size);
            if (crop.image.isNull())
                continue;
            auto map = model.gradcam(crop.image, w.classIndex, inference::GradCamKind::GradCam);
            if (!map)
                return map.error();
            cases::HeatmapRecord record;
            record.trackNumber = w.trackNumber;
            record.frameIndex = frameIndex;
            record.classIndex = w.classIndex;
            record.kind = QStringLiteral("gradcam");
            record.width = map->width;
            record.height = map->height;
            record.png = inference::heatmapToPng(*map);
            record.crop = crop.rectInFrame.toAlignedRect();
            out.push_back(record);
        }
    }
    return out;
}

QJsonObject TrackAccumulator::coverage(qint64 frameCount, int frameStride) const
{
    QJsonArray segments;
    for (const auto &[first, last] : m_noFaceSegments)
        segments.append(QJsonArray{first, last});
    return QJsonObject{
        {QStringLiteral("frames_total"), frameCount},
        {QStringLiteral("frame_stride"), frameStride},
        {QStringLiteral("frames_analysed"), m_framesAnalysed},
        {QStringLiteral("frames_with_faces"), m_framesWithFaces},
        {QStringLiteral("frames_without_faces"), m_framesWithoutFaces},
        {QStringLiteral("no_face_segments"), segments},
        {QStringLiteral("no_face_segments_truncated"), int(m_noFaceSegments.size()) >= kMaxNoFaceSegments},
        {QStringLiteral("detection_runs"), m_detectionRuns},
        {QStringLiteral("detection_runs_without_faces"), m_detectionRunsWithoutFaces},
        {QStringLiteral("faces_too_small"), m_tooSmallFaces},
        {QStringLiteral("faces_scored"), m_scoredFaces},
        {QStringLiteral("tracks"), int(m_tracks.size())},
    };
}

QJsonObject TrackAccumulator::videoVerdict(const QJsonObject &coverage) const
{
    std::vector<inference::TrackVerdict> trackVerdicts;
    std::vector<int> numbers;
    for (const auto &[number, data] : m_tracks) {
        trackVerdicts.push_back(verdictOf(data));
        numbers.push_back(number);
    }
    const inference::VideoVerdict v =
        m_aggregator.aggregateVideo(trackVerdicts, coverage.value(QStringLiteral("frames_analysed")).toInteger(),
                                    coverage.value(QStringLiteral("frames_with_faces")).toInteger(), numbers);
    return QJsonObject{
        {QStringLiteral("verdict"), inference::verdictKey(v.verdict)},
        {QStringLiteral("label"), v.label},
        {QStringLiteral("confidence"), double(v.confidence)},
        {QStringLiteral("p_fake"), double(v.pFake)},
        {QStringLiteral("deciding_track"), v.decidingTrack >= 0 ? numbers[size_t(v.decidingTrack)] : -1},
        {QStringLiteral("face_coverage"), v.coverage},
        {QStringLiteral("reason"), v.reason},
    };
}

} // namespace fp::analysis
