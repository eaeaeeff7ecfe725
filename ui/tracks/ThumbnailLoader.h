#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QRectF>
#include <QVector>

namespace fp::ui {

struct FaceThumbnail {
    qint64 frameIndex = -1;
    QImage image;
};

// Crops faces of a track from the evidence file on a worker thread (its own VideoReader), at most `count`
// evenly spread frames. A newer request makes an older one's result be dropped.
class ThumbnailLoader : public QObject {
    Q_OBJECT

public:
    explicit ThumbnailLoader(QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    struct Request {
        QString videoPath;
        QVector<qint64> frames;
        QVector<QRectF> boxes; // one per frame, frame pixels
        int side = 72;
    };
    void load(const Request &request);

Q_SIGNALS:
    void loaded(const QVector<fp::ui::FaceThumbnail> &thumbnails);
    void failed(const QString &message);

private:
    quint64 m_generation = 0;
    QList<QFutureWatcher<void> *> m_running;
};

} // namespace fp::ui

Q_DECLARE_METATYPE(fp::ui::FaceThumbnail)
