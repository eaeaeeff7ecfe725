#include "core/faces/SsdFaceDetector.h"

#include "core/common/Sha256.h"
#include "core/faces/CvImage.h"
#include "core/faces/WeightedNms.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

namespace fp::faces {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::faces::SsdFaceDetector", text);
}

} // namespace

struct SsdFaceDetector::Impl {
    FaceDetectorConfig config;
    cv::dnn::Net net;
    cv::Mat letterboxed;
};

SsdFaceDetector::SsdFaceDetector(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}
SsdFaceDetector::~SsdFaceDetector() = default;

Result<std::unique_ptr<SsdFaceDetector>> SsdFaceDetector::create(const FaceDetectorConfig &config)
{
    if (!QFileInfo::exists(config.modelPath))
        return makeError(Error::Code::NotFound, tr("Face detector model %1 does not exist").arg(config.modelPath));
    if (config.inputWidth < 16 || config.inputHeight < 16)
        return makeError(
            Error::Code::InvalidArgument,
            tr("Face detector input size %1x%2 is too small").arg(config.inputWidth).arg(config.inputHeight));
    if (!config.modelSha256.isEmpty()) {
        auto digests = hashFile(config.modelPath);
        if (!digests)
            return digests.error();
        if (digests->sha256 != config.modelSha256.toLower())
            return makeError(Error::Code::ChecksumMismatch,
                             tr("Face detector model %1 has SHA-256 %2, expected %3")
                                 .arg(config.modelPath, digests->sha256, config.modelSha256));
    }
    auto impl = std::make_unique<Impl>();
    impl->config = config;
    try {
        impl->net = cv::dnn::readNet(config.modelPath.toStdString(), config.configPath.toStdString());
    } catch (const cv::Exception &e) {
        return makeError(
            Error::Code::ModelInvalid,
            tr("Face detector model %1 could not be loaded: %2").arg(config.modelPath, QString::fromUtf8(e.what())));
    }
    if (impl->net.empty())
        return makeError(Error::Code::ModelInvalid, tr("Face detector model %1 is empty").arg(config.modelPath));
    return std::unique_ptr<SsdFaceDetector>(new SsdFaceDetector(std::move(impl)));
}

Result<std::vector<FaceDetection>> SsdFaceDetector::detect(const QImage &rgb888)
{
    if (rgb888.isNull())
        return makeError(Error::Code::InvalidArgument, tr("Face detection was given an empty image"));
    const FaceDetectorConfig &c = m_impl->config;
    QImage holder;
    const cv::Mat rgb = detail::rgbView(rgb888, holder);
    const double s = std::min(double(c.inputWidth) / rgb.cols, double(c.inputHeight) / rgb.rows);
    const int w = std::max(1, int(rgb.cols * s)), h = std::max(1, int(rgb.rows * s));
    const int padX = (c.inputWidth - w) / 2, padY = (c.inputHeight - h) / 2;
    m_impl->letterboxed.create(c.inputHeight, c.inputWidth, CV_8UC3);
    m_impl->letterboxed.setTo(cv::Scalar::all(c.mean));
    cv::resize(rgb, m_impl->letterboxed(cv::Rect(padX, padY, w, h)), cv::Size(w, h), 0, 0, cv::INTER_AREA);
    cv::Mat out;
    try {
        cv::Mat blob =
            cv::dnn::blobFromImage(m_impl->letterboxed, c.scale, cv::Size(), cv::Scalar::all(c.mean), c.swapRB);
        if (c.nhwc)
            blob = blob.reshape(1, {1, c.inputHeight, c.inputWidth, 3}); // only meaningful for NHWC-exported models
        m_impl->net.setInput(blob);
        out = m_impl->net.forward();
    } catch (const cv::Exception &e) {
        return makeError(Error::Code::ModelInvalid,
                         tr("Face detector %1 failed to run: %2").arg(c.modelPath, QString::fromUtf8(e.what())));
    }
    if (out.total() % 7 != 0)
        return makeError(Error::Code::ModelInvalid,
                         tr("Face detector %1 output has %2 values, not rows of 7 (SSD DetectionOutput)")
                             .arg(c.modelPath)
                             .arg(out.total()));
    const float *v = out.ptr<float>();
    std::vector<FaceDetection> found;
    for (size_t i = 0; i + 7 <= out.total(); i += 7) {
        if (v[i + 2] < c.scoreThreshold)
            continue;
        auto toFrame = [&](double nx, double ny) {
            return QPointF((nx * c.inputWidth - padX) / s, (ny * c.inputHeight - padY) / s);
        };
        FaceDetection d;
        d.score = v[i + 2];
        d.box = QRectF(toFrame(v[i + 3], v[i + 4]), toFrame(v[i + 5], v[i + 6]))
                    .intersected(QRectF(0, 0, rgb.cols, rgb.rows));
        if (d.box.width() > 1 && d.box.height() > 1)
            found.push_back(d);
    }
    return weightedNms(std::move(found), c.nmsIoU);
}

QString SsdFaceDetector::name() const
{
    return QStringLiteral("dnn-ssd");
}

QString SsdFaceDetector::description() const
{
    return tr("cv::dnn SSD face detector %1 (%2x%3 input, score >= %4)")
        .arg(QFileInfo(m_impl->config.modelPath).fileName())
        .arg(m_impl->config.inputWidth)
        .arg(m_impl->config.inputHeight)
        .arg(double(m_impl->config.scoreThreshold), 0, 'g', 3);
}

} // namespace fp::faces
