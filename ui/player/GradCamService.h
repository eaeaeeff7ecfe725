#pragma once

#include "core/cases/CaseTypes.h"
#include "core/inference/ModelCard.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QRectF>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>

namespace fp::inference {
class Classifier;
}

namespace fp::ui {

class AnalysisView;

// Grad-CAM maps computed on demand for faces of the frame on screen that the analysis stored no map for. Uses the
// analysis' own model (found among the installed models by its sha256, never another one), loaded on first use on
// one worker thread. The newest request replaces a pending one, so scrubbing never queues stale work; results are
// kept per frame, track and class for the last kCachedFrames frames. Maps come back as HeatmapRecords in the form
// the case database stores, and are never written to it.
class GradCamService : public QObject {
    Q_OBJECT

public:
    struct Face {
        int trackNumber = 0;
        int classIndex = -1; // attribution class, -1 = the binary fake score
        QRectF box;          // detection box in frame pixels
    };

    static constexpr int kCachedFrames = 64;

    explicit GradCamService(QObject *parent = nullptr);
    ~GradCamService() override;

    // The analysis whose faces are explained; null turns the service off. Drops cached maps and pending work.
    void setAnalysis(const std::shared_ptr<const AnalysisView> &analysis);
    // Empty when maps can be computed; otherwise why not (no analysis, model not installed, weights differ).
    QString unavailableReason() const;
    // The model the maps come from ("name version"), empty when unavailable.
    QString modelName() const;

    // Asks for the maps of faces on frame frameIndex (frame: its decoded picture). Faces already cached are skipped;
    // nothing is asked when all are.
    void request(qint64 frameIndex, const QImage &frame, const QVector<Face> &faces);
    QVector<cases::HeatmapRecord> cached(qint64 frameIndex) const;
    bool isBusy() const;
    // Requests computed since setAnalysis() (for tests and the status line).
    int computedCount() const { return m_computed.load(); }

Q_SIGNALS:
    void computed(qint64 frameIndex);
    void failed(const QString &message);

private:
    struct Request {
        quint64 generation = 0;
        qint64 frameIndex = -1;
        QImage frame;
        QVector<Face> faces;
    };

    void work();
    bool isCached(qint64 frameIndex, const Face &face) const; // caller holds m_mutex
    void store(quint64 generation, qint64 frameIndex, const QVector<cases::HeatmapRecord> &records);

    mutable QMutex m_mutex;
    QThreadPool m_pool;
    std::optional<inference::ModelCard> m_card;
    QString m_unavailable;
    quint64 m_generation = 0;
    std::optional<Request> m_pending;
    bool m_running = false;
    QHash<qint64, QVector<cases::HeatmapRecord>> m_cache;
    std::deque<qint64> m_cacheOrder;
    std::unique_ptr<inference::Classifier> m_model; // worker thread only
    QString m_modelLoadedFor;                       // sha256 of m_model; worker thread only
    std::atomic_bool m_stopping = false;
    std::atomic_int m_computed = 0;
};

} // namespace fp::ui
