#include "core/lab/synth/ImageOps.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/photo.hpp>

#include <algorithm>
#include <cmath>

namespace fp::lab::ops {

namespace {

int endOf(const std::vector<cv::Point2f> &pts, int end)
{
    return end < 0 ? static_cast<int>(pts.size()) : end;
}

} // namespace

std::vector<cv::Vec3i> delaunay(const std::vector<cv::Point2f> &pts, cv::Size size)
{
    // Subdiv2D needs a rectangle holding every point; points may lie slightly outside the image.
    float minX = 0, minY = 0, maxX = static_cast<float>(size.width), maxY = static_cast<float>(size.height);
    for (const auto &p : pts) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    const cv::Rect rect(static_cast<int>(std::floor(minX)) - 2, static_cast<int>(std::floor(minY)) - 2,
                        static_cast<int>(std::ceil(maxX - minX)) + 5, static_cast<int>(std::ceil(maxY - minY)) + 5);
    cv::Subdiv2D subdiv(rect);
    for (const auto &p : pts)
        subdiv.insert(p);
    std::vector<cv::Vec6f> tris;
    subdiv.getTriangleList(tris);
    auto indexOf = [&pts](float x, float y) {
        for (size_t i = 0; i < pts.size(); ++i)
            if (std::abs(pts[i].x - x) < 0.5f && std::abs(pts[i].y - y) < 0.5f)
                return static_cast<int>(i);
        return -1;
    };
    std::vector<cv::Vec3i> out;
    out.reserve(tris.size());
    for (const auto &t : tris) {
        const int a = indexOf(t[0], t[1]), b = indexOf(t[2], t[3]), c = indexOf(t[4], t[5]);
        if (a >= 0 && b >= 0 && c >= 0 && a != b && b != c && a != c)
            out.emplace_back(a, b, c);
    }
    return out;
}

void warpTriangles(const cv::Mat &src, const std::vector<cv::Point2f> &srcPts, cv::Mat &dst,
                   const std::vector<cv::Point2f> &dstPts, const std::vector<cv::Vec3i> &triangles, cv::Mat *coverage)
{
    const cv::Rect dstBounds(0, 0, dst.cols, dst.rows);
    if (coverage && coverage->empty())
        *coverage = cv::Mat::zeros(dst.size(), CV_8UC1);
    for (const auto &t : triangles) {
        const std::vector<cv::Point2f> s{srcPts[t[0]], srcPts[t[1]], srcPts[t[2]]};
        const std::vector<cv::Point2f> d{dstPts[t[0]], dstPts[t[1]], dstPts[t[2]]};
        const cv::Rect sr = cv::boundingRect(s) & cv::Rect(0, 0, src.cols, src.rows);
        const cv::Rect dr = cv::boundingRect(d) & dstBounds;
        if (sr.area() <= 0 || dr.area() <= 0)
            continue;
        std::vector<cv::Point2f> sLocal(3), dLocal(3);
        std::vector<cv::Point> dPoly(3);
        for (int i = 0; i < 3; ++i) {
            sLocal[i] = s[i] - cv::Point2f(static_cast<float>(sr.x), static_cast<float>(sr.y));
            dLocal[i] = d[i] - cv::Point2f(static_cast<float>(dr.x), static_cast<float>(dr.y));
            dPoly[i] = cv::Point(cvRound(dLocal[i].x), cvRound(dLocal[i].y));
        }
        const cv::Mat affine = cv::getAffineTransform(sLocal, dLocal);
        cv::Mat patch;
        cv::warpAffine(src(sr), patch, affine, dr.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT_101);
        cv::Mat triMask = cv::Mat::zeros(dr.size(), CV_8UC1);
        cv::fillConvexPoly(triMask, dPoly, cv::Scalar(255), cv::LINE_8);
        patch.copyTo(dst(dr), triMask);
        if (coverage)
            (*coverage)(dr).setTo(255, triMask);
    }
}

cv::Mat hullMask(const std::vector<cv::Point2f> &pts, cv::Size size, int begin, int end)
{
    const std::vector<cv::Point2f> sub(pts.begin() + begin, pts.begin() + endOf(pts, end));
    std::vector<cv::Point2f> hull;
    cv::convexHull(sub, hull);
    std::vector<cv::Point> poly;
    for (const auto &p : hull)
        poly.emplace_back(cvRound(p.x), cvRound(p.y));
    cv::Mat mask = cv::Mat::zeros(size, CV_8UC1);
    cv::fillConvexPoly(mask, poly, cv::Scalar(255));
    return mask;
}

cv::Mat polygonMask(const std::vector<cv::Point2f> &pts, cv::Size size, int begin, int end)
{
    std::vector<cv::Point> poly;
    for (int i = begin; i < end; ++i)
        poly.emplace_back(cvRound(pts[i].x), cvRound(pts[i].y));
    cv::Mat mask = cv::Mat::zeros(size, CV_8UC1);
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{poly}, cv::Scalar(255));
    return mask;
}

cv::Mat morph(const cv::Mat &mask, int radiusPx, bool dilate)
{
    if (radiusPx <= 0)
        return mask.clone();
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * radiusPx + 1, 2 * radiusPx + 1));
    cv::Mat out;
    if (dilate)
        cv::dilate(mask, out, kernel);
    else
        cv::erode(mask, out, kernel);
    return out;
}

cv::Mat featherMask(const cv::Mat &mask, int erodePx, double sigma)
{
    cv::Mat alpha;
    morph(mask, erodePx, false).convertTo(alpha, CV_32F, 1.0 / 255.0);
    if (sigma > 0.0)
        cv::GaussianBlur(alpha, alpha, cv::Size(), sigma);
    return alpha;
}

cv::Mat reinhardLab(const cv::Mat &src, const cv::Mat &ref, const cv::Mat &mask, double strength)
{
    cv::Mat srcLab, refLab;
    cv::cvtColor(src, srcLab, cv::COLOR_BGR2Lab);
    cv::cvtColor(ref, refLab, cv::COLOR_BGR2Lab);
    cv::Scalar ms, ss, mr, sr;
    cv::meanStdDev(srcLab, ms, ss, mask);
    cv::meanStdDev(refLab, mr, sr, mask);
    cv::Mat f;
    srcLab.convertTo(f, CV_32FC3);
    std::vector<cv::Mat> ch;
    cv::split(f, ch);
    for (int c = 0; c < 3; ++c) {
        const double gain = ss[c] > 1e-3 ? sr[c] / ss[c] : 1.0;
        const double g = 1.0 + strength * (gain - 1.0);
        const double target = ms[c] + strength * (mr[c] - ms[c]);
        ch[c] = (ch[c] - ms[c]) * g + target;
    }
    cv::merge(ch, f);
    cv::Mat lab, out;
    f.convertTo(lab, CV_8UC3);
    cv::cvtColor(lab, out, cv::COLOR_Lab2BGR);
    return out;
}

cv::Mat meanShiftBgr(const cv::Mat &src, const cv::Mat &ref, const cv::Mat &mask)
{
    const cv::Scalar ms = cv::mean(src, mask), mr = cv::mean(ref, mask);
    cv::Mat out;
    cv::add(src, mr - ms, out, cv::noArray(), CV_8UC3);
    return out;
}

cv::Mat alphaBlend(const cv::Mat &fg, const cv::Mat &bg, const cv::Mat &alpha)
{
    cv::Mat f, b, a3, out;
    fg.convertTo(f, CV_32FC3);
    bg.convertTo(b, CV_32FC3);
    cv::merge(std::vector<cv::Mat>{alpha, alpha, alpha}, a3);
    const cv::Mat blended = f.mul(a3) + b.mul(cv::Scalar::all(1.0) - a3);
    blended.convertTo(out, CV_8UC3);
    // Pixels with zero alpha stay bit-exact (float round trip of bg).
    bg.copyTo(out, alpha <= 0.0f);
    return out;
}

cv::Mat poissonBlend(const cv::Mat &fg, const cv::Mat &bg, const cv::Mat &mask, bool mixed)
{
    // seamlessClone needs the mask away from the image border.
    cv::Mat m = mask.clone();
    cv::rectangle(m, cv::Rect(0, 0, m.cols, m.rows), cv::Scalar(0), 3);
    const cv::Rect r = cv::boundingRect(m);
    if (r.area() <= 0)
        return bg.clone();
    const cv::Point centre(r.x + r.width / 2, r.y + r.height / 2);
    cv::Mat cloned;
    cv::seamlessClone(fg, bg, m, centre, cloned, mixed ? cv::MIXED_CLONE : cv::NORMAL_CLONE);
    cv::Mat out = bg.clone();
    cloned.copyTo(out, morph(m, 2, true));
    return out;
}

cv::Mat checkerboardUpsample(const cv::Mat &low, double a, double b)
{
    cv::Mat f;
    low.convertTo(f, CV_32FC3);
    cv::Mat up = cv::Mat::zeros(low.rows * 2, low.cols * 2, CV_32FC3);
    for (int y = 0; y < low.rows; ++y) {
        const auto *s = f.ptr<cv::Vec3f>(y);
        auto *d = up.ptr<cv::Vec3f>(2 * y);
        for (int x = 0; x < low.cols; ++x)
            d[2 * x] = s[x];
    }
    const cv::Mat k = (cv::Mat_<float>(1, 3) << static_cast<float>(a), 1.0f, static_cast<float>(b));
    // Keep the mean gain at 1 so brightness is preserved and only the period-2 pattern remains.
    const double meanGain = (1.0 + a + b) / 2.0;
    cv::Mat out;
    cv::sepFilter2D(up, out, CV_32F, k, k.t(), cv::Point(-1, -1), 0.0, cv::BORDER_REFLECT_101);
    out /= meanGain * meanGain;
    cv::Mat out8;
    out.convertTo(out8, CV_8UC3);
    return out8;
}

double nyquistEnergyRatio(const cv::Mat &bgr)
{
    cv::Mat grey, f;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    // Even dimensions so that the Nyquist bins exist.
    grey = grey(cv::Rect(0, 0, grey.cols & ~1, grey.rows & ~1));
    grey.convertTo(f, CV_32F);
    f -= cv::mean(f)[0];
    cv::Mat spectrum;
    cv::dft(f, spectrum, cv::DFT_COMPLEX_OUTPUT);
    std::vector<cv::Mat> ri;
    cv::split(spectrum, ri);
    cv::Mat mag;
    cv::magnitude(ri[0], ri[1], mag);
    const int ny = grey.rows / 2, nx = grey.cols / 2;
    const double peak = (mag.at<float>(0, nx) + mag.at<float>(ny, 0) + mag.at<float>(ny, nx)) / 3.0;
    const double meanMag = cv::mean(mag)[0];
    return meanMag > 0.0 ? peak / meanMag : 0.0;
}

cv::Rect2f pointsBox(const std::vector<cv::Point2f> &pts, int begin, int end)
{
    const std::vector<cv::Point2f> sub(pts.begin() + begin, pts.begin() + endOf(pts, end));
    return cv::boundingRect(sub);
}

cv::Point2f centroid(const std::vector<cv::Point2f> &pts, int begin, int end)
{
    cv::Point2f c(0, 0);
    for (int i = begin; i < end; ++i)
        c += pts[i];
    return c * (1.0f / static_cast<float>(end - begin));
}

} // namespace fp::lab::ops
