#include "ui/player/GradCamService.h"

#include "core/faces/FaceCrop.h"
#include "core/inference/Classifier.h"
#include "core/inference/Heatmap.h"
#include "core/inference/ModelRegistry.h"
#include "ui/common/AnalysisView.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace fp::ui {

namespace {

inference::DeviceChoice deviceFromSettings(const QSettings &settings)
{
    const QString device = settings.value(QStringLiteral("inference/device"), QStringLiteral("auto")).toString();
    if (device == QLatin1String("cpu"))
        return inference::DeviceChoice::Cpu;
    if (device == QLatin1String("cuda"))
        return inference::DeviceChoice::Cuda;
    return inference::DeviceChoice::Auto;
}

} // namespace

GradCamService::GradCamService(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_unavailable = tr("No analysis is open.");
}

GradCamService::~GradCamService()
{
    m_stopping = true;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.reset();
    }
    m_pool.waitForDone();
}

void GradCamService::setAnalysis(const std::shared_ptr<const AnalysisView> &analysis)
{
    std::optional<inference::ModelCard> card;
    QString unavailable;
    if (!analysis) {
        unavailable = tr("No analysis is open.");
    } else {
        const inference::ModelRegistry registry = inference::ModelRegistry::fromAppPaths();
        const cases::ModelIdentity &used = analysis->analysis.model;
        for (const inference::ModelEntry &entry : registry.models()) {
            if (entry.card.sha256 == used.sha256) {
                card = entry.card;
                break;
            }
        }
        if (!card) {
            unavailable = tr("The analysis' model %1 %2 (sha256 %3) is not installed: only the stored key frames have "
                             "Grad-CAM maps.")
                              .arg(used.name, used.version, used.sha256.left(12));
        }
    }
    QMutexLocker lock(&m_mutex);
    ++m_generation;
    m_pending.reset();
    m_cache.clear();
    m_cacheOrder.clear();
    m_card = card;
    m_unavailable = unavailable;
    m_computed = 0;
}

QString GradCamService::unavailableReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_unavailable;
}

QString GradCamService::modelName() const
{
    QMutexLocker lock(&m_mutex);
    return m_card && m_unavailable.isEmpty() ? m_card->displayName() : QString();
}

bool GradCamService::isCached(qint64 frameIndex, const Face &face) const
{
    const auto it = m_cache.constFind(frameIndex);
    if (it == m_cache.constEnd())
        return false;
    return std::any_of(it->begin(), it->end(), [&face](const cases::HeatmapRecord &r) {
        return r.trackNumber == face.trackNumber && r.classIndex == face.classIndex;
    });
}

void GradCamService::request(qint64 frameIndex, const QImage &frame, const QVector<Face> &faces)
{
    if (frame.isNull() || faces.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_card || !m_unavailable.isEmpty())
        return;
    Request r;
    r.generation = m_generation;
    r.frameIndex = frameIndex;
    r.frame = frame;
    for (const Face &face : faces) {
        if (!isCached(frameIndex, face))
            r.faces.append(face);
    }
    if (r.faces.isEmpty())
        return;
    m_pending = std::move(r); // a request not yet started is stale now
    if (!m_running) {
        m_running = true;
        (void)QtConcurrent::run(&m_pool, [this] { work(); });
    }
}

QVector<cases::HeatmapRecord> GradCamService::cached(qint64 frameIndex) const
{
    QMutexLocker lock(&m_mutex);
    return m_cache.value(frameIndex);
}

bool GradCamService::isBusy() const
{
    QMutexLocker lock(&m_mutex);
    return m_running;
}

void GradCamService::store(quint64 generation, qint64 frameIndex, const QVector<cases::HeatmapRecord> &records)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    auto it = m_cache.find(frameIndex);
    if (it == m_cache.end()) {
        it = m_cache.insert(frameIndex, {});
        m_cacheOrder.push_back(frameIndex);
        while (m_cacheOrder.size() > size_t(kCachedFrames)) {
            m_cache.remove(m_cacheOrder.front());
            m_cacheOrder.pop_front();
        }
        it = m_cache.find(frameIndex);
    }
    it->append(records);
}

void GradCamService::work()
{
    for (;;) {
        Request request;
        inference::ModelCard card;
        {
            QMutexLocker lock(&m_mutex);
            if (m_stopping || !m_pending || !m_card) {
                m_pending.reset();
                m_running = false;
                return;
            }
            request = std::move(*m_pending);
            m_pending.reset();
            card = *m_card;
        }
        if (!m_model || m_modelLoadedFor != card.sha256) {
            m_model.reset();
            const QSettings settings;
            auto loaded = inference::Classifier::load(card, deviceFromSettings(settings),
                                                      settings.value(QStringLiteral("inference/threads"), 0).toInt());
            if (!loaded) {
                const QString message = tr("Grad-CAM on demand is off: %1").arg(loaded.error().message);
                {
                    QMutexLocker lock(&m_mutex);
                    if (request.generation == m_generation)
                        m_unavailable = message;
                }
                Q_EMIT failed(message);
                continue;
            }
            m_model = std::move(loaded.value());
            m_modelLoadedFor = card.sha256;
        }
        QVector<cases::HeatmapRecord> records;
        for (const Face &face : request.faces) {
            {
                QMutexLocker lock(&m_mutex);
                if (m_stopping || m_pending) // a newer frame is wanted: the rest of this one is stale
                    break;
            }
            const faces::FaceCrop crop =
                faces::cropFace(request.frame, face.box, card.input.cropScale, card.input.size);
            if (crop.image.isNull())
                continue;
            auto map = m_model->gradcam(crop.image, face.classIndex, inference::GradCamKind::GradCam);
            if (!map) {
                Q_EMIT failed(tr("Grad-CAM of track %1 on frame %2 failed: %3")
                                  .arg(face.trackNumber)
                                  .arg(request.frameIndex)
                                  .arg(map.error().message));
                continue;
            }
            cases::HeatmapRecord record;
            record.trackNumber = face.trackNumber;
            record.frameIndex = request.frameIndex;
            record.classIndex = face.classIndex;
            record.kind = QStringLiteral("gradcam");
            record.width = map->width;
            record.height = map->height;
            record.png = inference::heatmapToPng(*map);
            record.crop = crop.rectInFrame.toAlignedRect();
            records.append(record);
        }
        if (!records.isEmpty()) {
            store(request.generation, request.frameIndex, records);
            ++m_computed;
            Q_EMIT computed(request.frameIndex);
        }
    }
}

} // namespace fp::ui
