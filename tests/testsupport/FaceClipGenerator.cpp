#include "tests/testsupport/FaceClipGenerator.h"

#include "core/common/AppPaths.h"
#include "core/faces/FaceDetectorFactory.h"
#include "tests/testsupport/TestEnv.h"

#include <QFile>
#include <QPainter>
#include <QRadialGradient>

#include <cmath>
#include <random>

namespace fp::test {

namespace {

struct Sprite {
    QImage image; // square, ARGB32 premultiplied with a soft round alpha
    QRectF face;  // the face box inside image
};

QString photoPath(int i)
{
    return AppPaths::findData(QStringLiteral("photos/face-api/sample%1.jpg").arg(i));
}

QString loadSprites(std::vector<Sprite> *sprites)
{
    faces::FaceDetectorConfig config;
    config.kind = QStringLiteral("blazeface");
    config.scoreThreshold = 0.8f;
    config.tileSmallFaces = false; // sprites need faces of >= 67 px in the 1920 px photos: the full pass finds them
    auto created = faces::FaceDetectorFactory::create(config);
    if (!created)
        return created.error().message;
    for (int i = 1; i <= 6; ++i) {
        const QImage photo = QImage(photoPath(i)).convertToFormat(QImage::Format_RGB888);
        if (photo.isNull())
            return QStringLiteral("cannot read face photo %1").arg(i);
        auto found = created->detector->detect(photo);
        if (!found)
            return found.error().message;
        for (const faces::FaceDetection &d : found.value()) {
            const double side = std::max(d.box.width(), d.box.height()) * 1.8;
            const QRectF square(d.box.center().x() - side / 2, d.box.center().y() - side / 2, side, side);
            if (side < 120 || !QRectF(photo.rect()).contains(square))
                continue;
            QImage cut = photo.copy(square.toRect()).convertToFormat(QImage::Format_ARGB32_Premultiplied);
            // Soft round mask: opaque over the face, fading out towards the square's edge.
            QImage mask(cut.size(), QImage::Format_ARGB32_Premultiplied);
            mask.fill(Qt::transparent);
            {
                QPainter p(&mask);
                QRadialGradient g(QPointF(cut.width() / 2.0, cut.height() / 2.0), cut.width() / 2.0);
                g.setColorAt(0.0, Qt::black);
                g.setColorAt(0.7, Qt::black);
                g.setColorAt(1.0, Qt::transparent);
                p.fillRect(mask.rect(), g);
            }
            {
                QPainter p(&cut);
                p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
                p.drawImage(0, 0, mask);
            }
            sprites->push_back({cut, d.box.translated(-square.topLeft())});
        }
    }
    return sprites->empty() ? QStringLiteral("no usable face found in the photos") : QString();
}

QImage background(int width, int height, std::mt19937 &rng)
{
    QImage bg(width, height, QImage::Format_RGB888);
    QPainter p(&bg);
    QLinearGradient g(0, 0, width, height);
    g.setColorAt(0, QColor(70, 90, 110));
    g.setColorAt(1, QColor(150, 140, 120));
    p.fillRect(bg.rect(), g);
    std::uniform_int_distribution<int> x(0, width), y(0, height), c(40, 200), s(20, 200);
    for (int i = 0; i < 60; ++i)
        p.fillRect(QRect(x(rng), y(rng), s(rng), s(rng)), QColor(c(rng), c(rng), c(rng)));
    return bg;
}

QString ffmpeg(const QStringList &args)
{
    const ProcessResult r = runProcess(QStringLiteral("ffmpeg"),
                                       QStringList{QStringLiteral("-nostdin"), QStringLiteral("-y"),
                                                   QStringLiteral("-loglevel"), QStringLiteral("error")} +
                                           args,
                                       300000);
    if (r.exitCode != 0 || r.crashed)
        return QStringLiteral("ffmpeg failed: %1").arg(QString::fromUtf8(r.err));
    return {};
}

} // namespace

bool haveFacePhotos()
{
    return !photoPath(1).isEmpty() && !AppPaths::findData(AppPaths::blazeFaceFileName()).isEmpty();
}

QImage FaceClip::frame(int index) const
{
    QFile f(rawPath);
    if (index < 0 || index >= frames || !f.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = qint64(width) * height * 3;
    if (!f.seek(size * index))
        return {};
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        if (f.read(reinterpret_cast<char *>(image.scanLine(y)), width * 3) != width * 3)
            return {};
    }
    return image;
}

QString makeFaceClip(const QString &dir, const FaceClipSpec &spec, FaceClip *clip)
{
    std::vector<Sprite> sprites;
    if (QString err = loadSprites(&sprites); !err.isEmpty())
        return err;
    std::mt19937 rng(spec.seed);
    std::shuffle(sprites.begin(), sprites.end(), rng);
    const int n = std::min<int>(spec.faces, int(sprites.size()));
    const double W = spec.width, H = spec.height;

    // Each identity moves linearly from (x0, y0, size0) to (x1, y1, size1) over the clip.
    struct Path {
        QPointF from, to;
        double sideFrom, sideTo;
    };
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<Path> paths;
    for (int i = 0; i < n; ++i) {
        const double s0 = spec.minFaceSide + u(rng) * (spec.maxFaceSide - spec.minFaceSide);
        const double s1 =
            i == n - 1 ? spec.minFaceSide : spec.minFaceSide + u(rng) * (spec.maxFaceSide - spec.minFaceSide);
        Path p{QPointF(0.15 * W + u(rng) * 0.7 * W, 0.2 * H + u(rng) * 0.6 * H),
               QPointF(0.15 * W + u(rng) * 0.7 * W, 0.2 * H + u(rng) * 0.6 * H), s0, s1};
        if (spec.crossing && i >= 2) {
            // Keep clear of the crossing pair's band (mid-height): a face pasted over another face is no scene.
            const bool top = i % 2 == 0;
            p.sideFrom = std::min(p.sideFrom, 0.2 * H);
            p.sideTo = std::min(p.sideTo, 0.2 * H);
            const double y0 = top ? 0.05 * H + p.sideFrom / 2 : 0.95 * H - p.sideFrom / 2;
            const double y1 = top ? 0.05 * H + p.sideTo / 2 : 0.95 * H - p.sideTo / 2;
            p.from.setY(y0);
            p.to.setY(y1);
        }
        if (spec.crossing && i < 2) {
            // Two faces of similar size swap sides along the same line: they overlap mid-clip.
            const double y = 0.5 * H;
            p.from = QPointF(i == 0 ? 0.2 * W : 0.8 * W, y);
            p.to = QPointF(i == 0 ? 0.8 * W : 0.2 * W, y + (i == 0 ? 10 : -10));
            p.sideFrom = p.sideTo = std::min(double(spec.maxFaceSide), 0.3 * H) * (i == 0 ? 1.0 : 0.85);
        }
        paths.push_back(p);
    }

    const QImage bg = background(spec.width, spec.height, rng);
    const QString inRaw = dir + QStringLiteral("/clip-source.rgb");
    QFile raw(inRaw);
    if (!raw.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1").arg(inRaw);
    clip->truth.assign(size_t(spec.frames), {});
    for (int f = 0; f < spec.frames; ++f) {
        const double t = spec.frames > 1 ? double(f) / (spec.frames - 1) : 0.0;
        QImage frame = bg.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QPainter p(&frame);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        std::vector<TruthFace> &truth = clip->truth[size_t(f)];
        for (int i = 0; i < n; ++i) {
            const Path &path = paths[size_t(i)];
            const Sprite &sp = sprites[size_t(i)];
            const QPointF c = path.from + (path.to - path.from) * t;
            const double side = path.sideFrom + (path.sideTo - path.sideFrom) * t;
            const double k = side / std::max(sp.face.width(), sp.face.height());
            const QRectF target(c.x() - sp.face.center().x() * k, c.y() - sp.face.center().y() * k,
                                sp.image.width() * k, sp.image.height() * k);
            p.drawImage(target, sp.image);
            const QRectF face(target.left() + sp.face.left() * k, target.top() + sp.face.top() * k, sp.face.width() * k,
                              sp.face.height() * k);
            // Faces drawn later cover earlier ones.
            for (TruthFace &earlier : truth) {
                const QRectF covered = earlier.box.intersected(face);
                if (covered.width() * covered.height() > 0.5 * earlier.box.width() * earlier.box.height())
                    earlier.occluded = true;
            }
            truth.push_back({i + 1, face.intersected(QRectF(0, 0, W, H)), false});
        }
        p.end();
        QImage rgb = frame.convertToFormat(QImage::Format_RGB888);
        if (spec.lighting) {
            const double gain = 0.6 + 0.6 * std::sin(M_PI * t);
            for (int y = 0; y < rgb.height(); ++y) {
                uchar *row = rgb.scanLine(y);
                for (int x = 0; x < rgb.width() * 3; ++x)
                    row[x] = uchar(std::min(255.0, row[x] * gain));
            }
        }
        for (int y = 0; y < rgb.height(); ++y)
            raw.write(reinterpret_cast<const char *>(rgb.constScanLine(y)), spec.width * 3);
    }
    raw.close();

    clip->width = spec.width;
    clip->height = spec.height;
    clip->frames = spec.frames;
    clip->videoPath = dir + QStringLiteral("/clip.mp4");
    clip->rawPath = dir + QStringLiteral("/clip-decoded.rgb");
    const QStringList input{QStringLiteral("-f"),       QStringLiteral("rawvideo"),
                            QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"),
                            QStringLiteral("-s"),       QStringLiteral("%1x%2").arg(spec.width).arg(spec.height),
                            QStringLiteral("-r"),       QStringLiteral("25"),
                            QStringLiteral("-i"),       inRaw};
    const QStringList codec =
        spec.crf >= 0 ? QStringList{QStringLiteral("-c:v"),    QStringLiteral("libx264"),  QStringLiteral("-crf"),
                                    QString::number(spec.crf), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")}
                      : QStringList{QStringLiteral("-c:v"), QStringLiteral("libx264rgb"), QStringLiteral("-qp"),
                                    QStringLiteral("0")};
    if (QString err = ffmpeg(input + codec + QStringList{clip->videoPath}); !err.isEmpty())
        return err;
    QFile::remove(inRaw);
    return ffmpeg({QStringLiteral("-i"), clip->videoPath, QStringLiteral("-f"), QStringLiteral("rawvideo"),
                   QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"), clip->rawPath});
}

} // namespace fp::test
