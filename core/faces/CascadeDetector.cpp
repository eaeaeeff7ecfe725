#include "core/faces/CascadeDetector.h"

#include "core/common/AppPaths.h"
#include "core/faces/CvImage.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <cmath>

namespace fp::faces {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::faces::CascadeDetector", text);
}

} // namespace

struct CascadeDetector::Impl {
    Type type = Type::Haar;
    QString file;
    int minFaceSize = 32;
    cv::CascadeClassifier cascade;
    cv::Mat gray;
};

CascadeDetector::CascadeDetector(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}
CascadeDetector::~CascadeDetector() = default;

QString CascadeDetector::defaultCascadeFile(Type type)
{
    const QString dir = AppPaths::opencvCascadeDir();
    if (dir.isEmpty())
        return {};
    const QString file = type == Type::Haar ? dir + QStringLiteral("/haarcascades/haarcascade_frontalface_alt2.xml")
                                            : dir + QStringLiteral("/lbpcascades/lbpcascade_frontalface.xml");
    return QFileInfo::exists(file) ? file : QString();
}

Result<std::unique_ptr<CascadeDetector>> CascadeDetector::create(Type type, int minFaceSize, const QString &cascadeFile)
{
    auto impl = std::make_unique<Impl>();
    impl->type = type;
    impl->minFaceSize = std::max(8, minFaceSize);
    impl->file = cascadeFile.isEmpty() ? defaultCascadeFile(type) : cascadeFile;
    if (impl->file.isEmpty())
        return makeError(Error::Code::NotFound,
                         tr("No face cascade found: install Debian's opencv-data (packaging/setup-debian.sh)"));
    try {
        if (!impl->cascade.load(impl->file.toStdString()))
            return makeError(Error::Code::ModelInvalid, tr("Face cascade %1 could not be loaded").arg(impl->file));
    } catch (const cv::Exception &e) {
        return makeError(Error::Code::ModelInvalid,
                         tr("Face cascade %1 could not be loaded: %2").arg(impl->file, QString::fromUtf8(e.what())));
    }
    return std::unique_ptr<CascadeDetector>(new CascadeDetector(std::move(impl)));
}

Result<std::vector<FaceDetection>> CascadeDetector::detect(const QImage &rgb888)
{
    if (rgb888.isNull())
        return makeError(Error::Code::InvalidArgument, tr("Face detection was given an empty image"));
    QImage holder;
    const cv::Mat rgb = detail::rgbView(rgb888, holder);
    std::vector<cv::Rect> rects;
    std::vector<int> levels;
    std::vector<double> weights;
    try {
        cv::cvtColor(rgb, m_impl->gray, cv::COLOR_RGB2GRAY);
        cv::equalizeHist(m_impl->gray, m_impl->gray);
        const cv::Size minSize(m_impl->minFaceSize, m_impl->minFaceSize);
        if (m_impl->type == Type::Haar) {
            m_impl->cascade.detectMultiScale(m_impl->gray, rects, levels, weights, 1.1, 4, 0, minSize, cv::Size(),
                                             true);
        } else {
            // LBP cascades give no usable level weights; the neighbour count stands in as the confidence.
            std::vector<int> neighbours;
            m_impl->cascade.detectMultiScale(m_impl->gray, rects, neighbours, 1.1, 4, 0, minSize);
            for (int n : neighbours)
                weights.push_back(0.5 * n);
        }
    } catch (const cv::Exception &e) {
        return makeError(Error::Code::Internal, tr("Face cascade failed: %1").arg(QString::fromUtf8(e.what())));
    }
    std::vector<FaceDetection> out;
    out.reserve(rects.size());
    for (size_t i = 0; i < rects.size(); ++i) {
        FaceDetection d;
        d.box = QRectF(rects[i].x, rects[i].y, rects[i].width, rects[i].height);
        // Level weights are roughly 0..6 for faces; squash into 0..1 so thresholds read like BlazeFace's.
        const double w = i < weights.size() ? weights[i] : 1.0;
        d.score = float(1.0 / (1.0 + std::exp(-w)));
        out.push_back(d);
    }
    return out;
}

QString CascadeDetector::name() const
{
    return m_impl->type == Type::Haar ? QStringLiteral("haar") : QStringLiteral("lbp");
}

QString CascadeDetector::description() const
{
    return tr("OpenCV %1 cascade %2 (faces >= %3 px, no keypoints)")
        .arg(m_impl->type == Type::Haar ? QStringLiteral("Haar") : QStringLiteral("LBP"),
             QFileInfo(m_impl->file).fileName())
        .arg(m_impl->minFaceSize);
}

} // namespace fp::faces
