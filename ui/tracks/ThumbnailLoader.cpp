#include "ui/tracks/ThumbnailLoader.h"

#include "core/media/VideoReader.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace fp::ui {

ThumbnailLoader::ThumbnailLoader(QObject *parent) : QObject(parent)
{
}

ThumbnailLoader::~ThumbnailLoader()
{
    ++m_generation;
    for (QFutureWatcher<void> *w : m_running)
        w->waitForFinished(); // the worker only touches its own outcome; wait so that nothing outlives the app
}

void ThumbnailLoader::load(const Request &request)
{
    const quint64 generation = ++m_generation;
    struct Outcome {
        QVector<FaceThumbnail> thumbnails;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    auto *watcher = new QFutureWatcher<void>(this);
    m_running.append(watcher);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, outcome, generation] {
        m_running.removeOne(watcher);
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        if (!outcome->error.isEmpty())
            Q_EMIT failed(outcome->error);
        Q_EMIT loaded(outcome->thumbnails);
    });
    watcher->setFuture(QtConcurrent::run([request, outcome] {
        auto reader = media::VideoReader::open(request.videoPath);
        if (!reader) {
            outcome->error = reader.error().message;
            return;
        }
        for (int i = 0; i < request.frames.size(); ++i) {
            auto frame = (*reader)->frameAt(request.frames.at(i));
            if (!frame) {
                outcome->error = frame.error().message;
                continue;
            }
            const QRectF box = request.boxes.at(i);
            const double side = qMax(box.width(), box.height()) * 1.2;
            QRect crop = QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side).toRect();
            crop = crop.intersected(frame->image.rect());
            if (crop.isEmpty())
                continue;
            outcome->thumbnails.append(
                {request.frames.at(i), frame->image.copy(crop).scaled(request.side, request.side, Qt::KeepAspectRatio,
                                                                      Qt::SmoothTransformation)});
        }
    }));
}

} // namespace fp::ui
