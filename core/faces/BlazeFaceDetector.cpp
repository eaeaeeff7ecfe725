#include "core/faces/BlazeFaceDetector.h"

#include "core/common/Sha256.h"
#include "core/faces/CvImage.h"
#include "core/faces/WeightedNms.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace fp::faces {

namespace {

struct Anchor {
    float cx; // 0..1 of the input
    float cy;
};

// 16x16 cells with 2 anchors each, then 8x8 cells with 6 anchors each: 512 + 384 = 896.
std::vector<Anchor> makeAnchors()
{
    std::vector<Anchor> anchors;
    anchors.reserve(896);
    const struct {
        int cells;
        int perCell;
    } layers[] = {{16, 2}, {8, 6}};
    for (const auto &layer : layers) {
        for (int y = 0; y < layer.cells; ++y) {
            for (int x = 0; x < layer.cells; ++x) {
                for (int k = 0; k < layer.perCell; ++k)
                    anchors.push_back({(x + 0.5f) / layer.cells, (y + 0.5f) / layer.cells});
            }
        }
    }
    return anchors;
}

float sigmoid(float x)
{
    x = std::clamp(x, -100.0f, 100.0f);
    return 1.0f / (1.0f + std::exp(-x));
}

} // namespace

struct BlazeFaceDetector::Impl {
    QString modelPath;
    FaceDetectorConfig config;
    cv::dnn::Net net;
    std::vector<Anchor> anchors = makeAnchors();
    std::vector<cv::String> outputNames;
    int tileSize = 512;
    qint64 calls = 0;
    bool smallFacesSeen = false; // the last tile pass found faces the full pass missed
    cv::Mat letterboxed;         // reused buffers
    cv::Mat input;

    // Runs the network on region of rgb (a view), returns detections in frame coordinates.
    Result<std::vector<FaceDetection>> runOn(const cv::Mat &rgb, const cv::Rect &region);
    // Runs it on overlapping tiles of side tile; keeps faces that lie whole inside their tile.
    Result<std::vector<FaceDetection>> scanTiles(const cv::Mat &rgb, int tile);
};

Result<std::vector<FaceDetection>> BlazeFaceDetector::Impl::scanTiles(const cv::Mat &rgb, int tile)
{
    // Tiles overlap by a quarter: any face smaller than that lies whole inside some tile. Faces much larger than
    // the tile are the full pass's job, and detections touching an inner tile edge are cut faces: both dropped.
    const int step = tile * 3 / 4;
    auto starts = [&](int length) {
        std::vector<int> v;
        if (length <= tile) {
            v.push_back(0);
            return v;
        }
        const int n = (length - tile + step - 1) / step + 1;
        for (int i = 0; i < n; ++i)
            v.push_back(int(std::lround(double(length - tile) * i / (n - 1))));
        return v;
    };
    const double edge = 2.0;
    std::vector<FaceDetection> kept;
    for (int y0 : starts(rgb.rows)) {
        for (int x0 : starts(rgb.cols)) {
            const cv::Rect r(x0, y0, std::min(tile, rgb.cols - x0), std::min(tile, rgb.rows - y0));
            auto part = runOn(rgb, r);
            if (!part)
                return part.error();
            for (const FaceDetection &d : part.value()) {
                const QRectF &b = d.box;
                if (std::max(b.width(), b.height()) > tile * 0.45)
                    continue;
                if ((r.x > 0 && b.left() < r.x + edge) || (r.y > 0 && b.top() < r.y + edge) ||
                    (r.x + r.width < rgb.cols && b.right() > r.x + r.width - edge) ||
                    (r.y + r.height < rgb.rows && b.bottom() > r.y + r.height - edge))
                    continue;
                kept.push_back(d);
            }
        }
    }
    return kept;
}

Result<std::vector<FaceDetection>> BlazeFaceDetector::Impl::runOn(const cv::Mat &rgb, const cv::Rect &region)
{
    const int inW = config.inputWidth, inH = config.inputHeight;
    const double s = std::min(double(inW) / region.width, double(inH) / region.height);
    const int w = std::max(1, int(std::lround(region.width * s)));
    const int h = std::max(1, int(std::lround(region.height * s)));
    const int padX = (inW - w) / 2, padY = (inH - h) / 2;

    letterboxed.create(inH, inW, CV_8UC3);
    letterboxed.setTo(cv::Scalar::all(0));
    cv::resize(rgb(region), letterboxed(cv::Rect(padX, padY, w, h)), cv::Size(w, h), 0, 0,
               s < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat src = letterboxed;
    cv::Mat swapped;
    if (config.swapRB) {
        cv::cvtColor(letterboxed, swapped, cv::COLOR_RGB2BGR);
        src = swapped;
    }
    src.convertTo(input, CV_32F, config.scale, -config.mean * config.scale);
    cv::Mat blob;
    if (config.nhwc) {
        const int dims[] = {1, inH, inW, 3};
        blob = cv::Mat(4, dims, CV_32F, input.data);
    } else {
        blob = cv::dnn::blobFromImage(input); // HWC float -> NCHW, no scaling
    }

    std::vector<cv::Mat> outs;
    try {
        net.setInput(blob);
        net.forward(outs, outputNames);
    } catch (const cv::Exception &e) {
        return makeError(Error::Code::ModelInvalid, QCoreApplication::translate("fp::faces::BlazeFaceDetector",
                                                                                "Face detector %1 failed to run: %2")
                                                        .arg(modelPath, QString::fromUtf8(e.what())));
    }
    // Outputs: scores of the 16x16 layer (512), of the 8x8 layer (384), then their regressions (x16 each). Tell
    // them apart by their element counts so that the order of the names does not matter.
    const cv::Mat *scores[2] = {nullptr, nullptr};
    const cv::Mat *regs[2] = {nullptr, nullptr};
    for (const cv::Mat &m : outs) {
        const size_t n = m.total();
        if (n == 512)
            scores[0] = &m;
        else if (n == 384)
            scores[1] = &m;
        else if (n == 512 * 16)
            regs[0] = &m;
        else if (n == 384 * 16)
            regs[1] = &m;
    }
    if (!scores[0] || !scores[1] || !regs[0] || !regs[1])
        return makeError(Error::Code::ModelInvalid,
                         QCoreApplication::translate(
                             "fp::faces::BlazeFaceDetector",
                             "Face detector %1 does not have BlazeFace's outputs (896 scores and 896x16 regressions)")
                             .arg(modelPath));

    std::vector<FaceDetection> found;
    size_t anchorIndex = 0;
    for (int layer = 0; layer < 2; ++layer) {
        const float *sc = scores[layer]->ptr<float>();
        const float *rg = regs[layer]->ptr<float>();
        const size_t count = scores[layer]->total();
        for (size_t i = 0; i < count; ++i, ++anchorIndex) {
            const float score = sigmoid(sc[i]);
            if (score < config.scoreThreshold)
                continue;
            const float *r = rg + i * 16;
            const Anchor &a = anchors[anchorIndex];
            const double ax = a.cx * inW, ay = a.cy * inH;
            auto toFrame = [&](double x, double y) {
                return QPointF((x - padX) / s + region.x, (y - padY) / s + region.y);
            };
            const double cx = ax + r[0], cy = ay + r[1], bw = r[2], bh = r[3];
            if (bw <= 0 || bh <= 0)
                continue;
            FaceDetection d;
            d.score = score;
            d.box = QRectF(toFrame(cx - bw / 2, cy - bh / 2), toFrame(cx + bw / 2, cy + bh / 2));
            for (int k = 0; k < 6; ++k)
                d.keypoints[size_t(k)] = toFrame(ax + r[4 + 2 * k], ay + r[5 + 2 * k]);
            d.hasKeypoints = true;
            found.push_back(d);
        }
    }
    return found;
}

BlazeFaceDetector::BlazeFaceDetector(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}
BlazeFaceDetector::~BlazeFaceDetector() = default;

Result<std::unique_ptr<BlazeFaceDetector>> BlazeFaceDetector::create(const QString &modelPath,
                                                                     const FaceDetectorConfig &config)
{
    if (!QFileInfo::exists(modelPath))
        return makeError(Error::Code::NotFound, QCoreApplication::translate("fp::faces::BlazeFaceDetector",
                                                                            "Face detector model %1 does not exist")
                                                    .arg(modelPath));
    if (config.inputWidth < 16 || config.inputHeight < 16)
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::faces::BlazeFaceDetector", "Face detector input size %1x%2 is too small")
                .arg(config.inputWidth)
                .arg(config.inputHeight));
    if (!config.modelSha256.isEmpty()) {
        auto digests = hashFile(modelPath);
        if (!digests)
            return digests.error();
        if (digests->sha256 != config.modelSha256.toLower())
            return makeError(
                Error::Code::ChecksumMismatch,
                QCoreApplication::translate("fp::faces::BlazeFaceDetector",
                                            "Face detector model %1 has SHA-256 %2, expected %3; reinstall it "
                                            "(packaging/setup-debian.sh)")
                    .arg(modelPath, digests->sha256, config.modelSha256));
    }
    auto impl = std::make_unique<Impl>();
    impl->modelPath = modelPath;
    impl->config = config;
    try {
        impl->net = cv::dnn::readNet(modelPath.toStdString(), config.configPath.toStdString());
        impl->net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        impl->net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        impl->outputNames = impl->net.getUnconnectedOutLayersNames();
    } catch (const cv::Exception &e) {
        return makeError(Error::Code::ModelInvalid,
                         QCoreApplication::translate("fp::faces::BlazeFaceDetector",
                                                     "Face detector model %1 could not be loaded: %2")
                             .arg(modelPath, QString::fromUtf8(e.what())));
    }
    if (impl->net.empty() || impl->outputNames.size() < 4)
        return makeError(Error::Code::ModelInvalid,
                         QCoreApplication::translate("fp::faces::BlazeFaceDetector",
                                                     "Face detector model %1 has %2 outputs; a BlazeFace model has 4")
                             .arg(modelPath)
                             .arg(impl->outputNames.size()));
    std::unique_ptr<BlazeFaceDetector> detector(new BlazeFaceDetector(std::move(impl)));
    // Probe once so a model with the wrong outputs is refused here, not on the first frame.
    QImage probe(64, 64, QImage::Format_RGB888);
    probe.fill(Qt::gray);
    auto probed = detector->detect(probe);
    if (!probed)
        return probed.error();
    return detector;
}

Result<std::vector<FaceDetection>> BlazeFaceDetector::detect(const QImage &rgb888)
{
    if (rgb888.isNull())
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::faces::BlazeFaceDetector", "Face detection was given an empty image"));
    QImage holder;
    const cv::Mat rgb = detail::rgbView(rgb888, holder);
    const cv::Rect whole(0, 0, rgb.cols, rgb.rows);
    auto full = m_impl->runOn(rgb, whole);
    if (!full)
        return full.error();
    std::vector<FaceDetection> all = std::move(full.value());

    const int maxSide = std::max(rgb.cols, rgb.rows);
    const int inputSide = std::max(m_impl->config.inputWidth, m_impl->config.inputHeight);
    const bool tiling = m_impl->config.tileSmallFaces && m_impl->tileSize > 0 && maxSide > 2 * inputSide;
    // calls counts the tiled calls made while no small face was being followed: every tileEvery-th of them scans.
    bool tilePassDue = false;
    if (tiling) {
        tilePassDue = m_impl->smallFacesSeen || m_impl->calls % std::max(1, m_impl->config.tileEvery) == 0;
        if (!m_impl->smallFacesSeen)
            ++m_impl->calls;
    }
    if (tilePassDue) {
        // Levels of tiles (tileSize, 2x, 4x ... while a level is at most half the frame) so that every face size
        // between ~40 px and what the full pass finds is met near BlazeFace's preferred scale.
        const size_t fullCount = all.size();
        bool missedByFull = false;
        for (int tile = m_impl->tileSize; tile * 2 <= maxSide || tile == m_impl->tileSize; tile *= 2) {
            auto part = m_impl->scanTiles(rgb, tile);
            if (!part)
                return part.error();
            for (const FaceDetection &d : *part) {
                const bool known = std::any_of(all.begin(), all.begin() + qsizetype(fullCount),
                                               [&d](const FaceDetection &f) { return boxIoU(f.box, d.box) > 0.3; });
                missedByFull = missedByFull || !known;
            }
            all.insert(all.end(), part->begin(), part->end());
        }
        m_impl->smallFacesSeen = missedByFull;
    }
    std::vector<FaceDetection> merged = weightedNms(std::move(all), m_impl->config.nmsIoU);
    const QRectF frame(0, 0, rgb.cols, rgb.rows);
    for (FaceDetection &d : merged)
        d.box = d.box.intersected(frame);
    std::erase_if(merged, [](const FaceDetection &d) { return d.box.width() < 2 || d.box.height() < 2; });
    return merged;
}

QString BlazeFaceDetector::name() const
{
    return QStringLiteral("blazeface");
}

QString BlazeFaceDetector::description() const
{
    return QCoreApplication::translate("fp::faces::BlazeFaceDetector", "BlazeFace %1 (%2x%3 input, score >= %4%5)")
        .arg(QFileInfo(m_impl->modelPath).fileName())
        .arg(m_impl->config.inputWidth)
        .arg(m_impl->config.inputHeight)
        .arg(double(m_impl->config.scoreThreshold), 0, 'g', 3)
        .arg(m_impl->config.tileSmallFaces && m_impl->tileSize > 0
                 ? QCoreApplication::translate("fp::faces::BlazeFaceDetector", ", small-face tiles of %1 px")
                       .arg(m_impl->tileSize)
                 : QString());
}

void BlazeFaceDetector::setTileSize(int pixels)
{
    m_impl->tileSize = std::max(0, pixels);
}

int BlazeFaceDetector::tileSize() const
{
    return m_impl->tileSize;
}

} // namespace fp::faces
