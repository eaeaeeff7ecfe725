#include "core/faces/LandmarkDetector.h"

#include "core/common/AppPaths.h"
#include "core/faces/CvImage.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/opencv/cv_image.h>
#include <opencv2/imgproc.hpp>

namespace fp::faces {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::faces::LandmarkDetector", text);
}

} // namespace

struct LandmarkDetector::Impl {
    QString path;
    QString notice;
    bool available = false;
    dlib::shape_predictor predictor;
};

LandmarkDetector::LandmarkDetector(const QString &modelPath) : m_impl(std::make_unique<Impl>())
{
    m_impl->path = modelPath.isEmpty() ? AppPaths::dlibLandmarksPath() : modelPath;
    if (m_impl->path.isEmpty() || !QFileInfo::exists(m_impl->path)) {
        m_impl->notice = tr("Facial landmarks are off: dlib's shape_predictor_68_face_landmarks.dat was not found "
                            "(install Debian's libdlib-data). Alignment and face masks are unavailable.");
        return;
    }
    try {
        dlib::deserialize(m_impl->path.toStdString()) >> m_impl->predictor;
        if (m_impl->predictor.num_parts() != 68) {
            m_impl->notice = tr("Facial landmarks are off: %1 predicts %2 points, not 68")
                                 .arg(m_impl->path)
                                 .arg(m_impl->predictor.num_parts());
            return;
        }
        m_impl->available = true;
    } catch (const std::exception &e) {
        m_impl->notice =
            tr("Facial landmarks are off: %1 could not be read (%2)").arg(m_impl->path, QString::fromUtf8(e.what()));
    }
}

LandmarkDetector::~LandmarkDetector() = default;

bool LandmarkDetector::isAvailable() const
{
    return m_impl->available;
}

QString LandmarkDetector::notice() const
{
    return m_impl->notice;
}

QString LandmarkDetector::modelPath() const
{
    return m_impl->path;
}

Result<Landmarks68> LandmarkDetector::detect(const QImage &image, const QRectF &box) const
{
    if (!m_impl->available)
        return makeError(Error::Code::NotFound, m_impl->notice);
    if (image.isNull() || box.isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("Landmark detection needs an image and a non-empty box"));
    QImage holder;
    const cv::Mat rgb = detail::rgbView(image, holder);
    // dlib's rgb_pixel is laid out R, G, B like Format_RGB888, so the frame is read in place.
    const dlib::cv_image<dlib::rgb_pixel> view(rgb);
    const dlib::rectangle rect(long(std::lround(box.left())), long(std::lround(box.top())),
                               long(std::lround(box.right())), long(std::lround(box.bottom())));
    Landmarks68 out;
    try {
        const dlib::full_object_detection shape = m_impl->predictor(view, rect);
        for (unsigned long i = 0; i < 68; ++i)
            out[i] = QPointF(shape.part(i).x(), shape.part(i).y());
    } catch (const std::exception &e) {
        return makeError(Error::Code::Internal, tr("Landmark detection failed: %1").arg(QString::fromUtf8(e.what())));
    }
    return out;
}

EyeCentres eyeCentres(const Landmarks68 &points)
{
    EyeCentres c;
    for (int i = 0; i < 6; ++i) {
        c.right += points[size_t(36 + i)] / 6.0;
        c.left += points[size_t(42 + i)] / 6.0;
    }
    return c;
}

std::array<QPointF, 5> fivePoints(const Landmarks68 &points)
{
    const EyeCentres eyes = eyeCentres(points);
    return {eyes.right, eyes.left, points[30], points[48], points[54]};
}

std::array<QPointF, 5> fivePointTemplate(int size)
{
    static const std::array<QPointF, 5> arcFace112 = {QPointF(38.2946, 51.6963), QPointF(73.5318, 51.5014),
                                                      QPointF(56.0252, 71.7366), QPointF(41.5493, 92.3655),
                                                      QPointF(70.7299, 92.2041)};
    std::array<QPointF, 5> out;
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = arcFace112[i] * (size / 112.0);
    return out;
}

QTransform similarityTransform(const std::array<QPointF, 5> &from, const std::array<QPointF, 5> &to)
{
    // Closed form for x' = a x - b y + tx, y' = b x + a y + ty on centred coordinates.
    QPointF mf, mt;
    for (size_t i = 0; i < 5; ++i) {
        mf += from[i] / 5.0;
        mt += to[i] / 5.0;
    }
    double num_a = 0, num_b = 0, den = 0;
    for (size_t i = 0; i < 5; ++i) {
        const QPointF p = from[i] - mf, q = to[i] - mt;
        num_a += p.x() * q.x() + p.y() * q.y();
        num_b += p.x() * q.y() - p.y() * q.x();
        den += p.x() * p.x() + p.y() * p.y();
    }
    if (den <= 0)
        return QTransform::fromTranslate(mt.x() - mf.x(), mt.y() - mf.y());
    const double a = num_a / den, b = num_b / den;
    const double tx = mt.x() - (a * mf.x() - b * mf.y());
    const double ty = mt.y() - (b * mf.x() + a * mf.y());
    // QTransform maps (x, y) to (m11 x + m21 y + dx, m12 x + m22 y + dy).
    return QTransform(a, b, -b, a, tx, ty);
}

QImage alignFace(const QImage &image, const std::array<QPointF, 5> &points, int outputSize)
{
    if (image.isNull() || outputSize <= 0)
        return {};
    const QTransform t = similarityTransform(points, fivePointTemplate(outputSize));
    QImage holder;
    const cv::Mat rgb = detail::rgbView(image, holder);
    const cv::Matx23d m(t.m11(), t.m21(), t.dx(), t.m12(), t.m22(), t.dy());
    QImage out(outputSize, outputSize, QImage::Format_RGB888);
    cv::Mat dst(outputSize, outputSize, CV_8UC3, out.bits(), static_cast<size_t>(out.bytesPerLine()));
    cv::warpAffine(rgb, dst, cv::Mat(m), dst.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    return out;
}

} // namespace fp::faces
