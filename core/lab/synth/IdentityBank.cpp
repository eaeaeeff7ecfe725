#include "core/lab/synth/IdentityBank.h"

#include "core/common/AppPaths.h"
#include "core/lab/synth/FaceFinder.h"
#include "core/lab/synth/ImageOps.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace fp::lab {

const char *poolName(IdentityPool p)
{
    switch (p) {
    case IdentityPool::A: return "A";
    case IdentityPool::B: return "B";
    case IdentityPool::HeldOut: return "heldout";
    }
    return "?";
}

Result<QStringList> IdentityBank::defaultPhotos()
{
    QStringList out;
    for (int i = 1; i <= 6; ++i) {
        const QString rel = QStringLiteral("photos/face-api/sample%1.jpg").arg(i);
        const QString path = AppPaths::findData(rel);
        if (path.isEmpty())
            return Error::make(Error::Code::NotFound,
                               QCoreApplication::translate("lab", "source photo %1 not found under %2; run "
                                                                  "packaging/setup-debian.sh to install it")
                                   .arg(rel, AppPaths::dataDirs().join(QStringLiteral(", "))));
        out << path;
    }
    return out;
}

Result<IdentityBank> IdentityBank::load(const QStringList &photoPaths, FaceFinder &finder)
{
    IdentityBank bank;
    for (const QString &path : photoPaths) {
        const cv::Mat photo = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
        if (photo.empty())
            return Error::make(Error::Code::IoError,
                               QCoreApplication::translate("lab", "cannot read source photo %1").arg(path));
        // The detector (BlazeFace with small-face tiles) runs on a copy at most 1600 px wide.
        const double scale = photo.cols > 1600 ? 1600.0 / photo.cols : 1.0;
        cv::Mat small;
        cv::resize(photo, small, cv::Size(), scale, scale, cv::INTER_AREA);
        auto found = finder.detect(small);
        if (!found)
            return Error::make(found.error().code, QStringLiteral("%1: %2").arg(path, found.error().message));
        std::vector<LandmarkFace> faces = found.value();
        std::sort(faces.begin(), faces.end(),
                  [](const LandmarkFace &a, const LandmarkFace &b) { return a.box.x < b.box.x; });
        const QString base = QFileInfo(path).completeBaseName();
        int index = 0;
        for (LandmarkFace &f : faces) {
            for (auto &p : f.landmarks)
                p *= static_cast<float>(1.0 / scale);
            const cv::Rect2f lb = ops::pointsBox(f.landmarks);
            const double side = std::max(lb.width, lb.height) * kRegionScale;
            const double norm = kFaceWidth / std::max(1.0f, lb.width);
            const int outSide = static_cast<int>(std::lround(side * norm)) & ~1;
            const cv::Point2f c(lb.x + lb.width / 2, lb.y + lb.height / 2);
            // Region to normalised image: scale about the face centre, then centre it.
            cv::Mat affine =
                (cv::Mat_<double>(2, 3) << norm, 0, outSide / 2.0 - norm * c.x, 0, norm, outSide / 2.0 - norm * c.y);
            Identity id;
            id.id = QStringLiteral("%1#%2").arg(base).arg(index++);
            cv::warpAffine(photo, id.face.bgr, affine, cv::Size(outSide, outSide), cv::INTER_AREA,
                           cv::BORDER_REPLICATE);
            std::vector<cv::Point2f> pts;
            cv::transform(f.landmarks, pts, affine);
            id.face.face.landmarks = pts;
            id.face.face.box = cv::Rect2f(static_cast<float>(f.box.x / scale * norm + affine.at<double>(0, 2)),
                                          static_cast<float>(f.box.y / scale * norm + affine.at<double>(1, 2)),
                                          static_cast<float>(f.box.width / scale * norm),
                                          static_cast<float>(f.box.height / scale * norm));
            id.face.face.score = f.score;
            id.face.identity = id.id;
            bank.m_identities.push_back(std::move(id));
        }
    }
    if (bank.m_identities.size() < 8)
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("lab", "only %1 faces found in %2 photos; the generator needs "
                                                              "at least 8 identities")
                               .arg(bank.m_identities.size())
                               .arg(photoPaths.size()));
    for (size_t i = 0; i < bank.m_identities.size(); ++i) {
        const size_t r = i % 4;
        bank.m_identities[i].pool = r == 3 ? IdentityPool::HeldOut : (r == 1 ? IdentityPool::B : IdentityPool::A);
    }
    return bank;
}

std::vector<int> IdentityBank::pool(IdentityPool p) const
{
    return pools({p});
}

std::vector<int> IdentityBank::pools(std::initializer_list<IdentityPool> ps) const
{
    std::vector<int> out;
    for (size_t i = 0; i < m_identities.size(); ++i)
        if (std::find(ps.begin(), ps.end(), m_identities[i].pool) != ps.end())
            out.push_back(static_cast<int>(i));
    return out;
}

} // namespace fp::lab
