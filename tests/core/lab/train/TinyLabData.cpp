#include "TinyLabData.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>

namespace fp::test {

namespace {

const char *kKeys[] = {"real", "deepfakes", "face2face", "faceswap", "neuraltextures", "faceshifter"};

cv::Mat makeCrop(int cls, bool beta, std::mt19937 &rng)
{
    // Smooth coloured noise: a small random image blown up.
    cv::Mat small(8, 8, CV_8UC3);
    cv::randu(small, cv::Scalar::all(40), cv::Scalar::all(215));
    cv::Mat img;
    cv::resize(small, img, cv::Size(128, 128), 0, 0, cv::INTER_CUBIC);
    const int amp = beta ? 30 : 45;
    const cv::Rect face(32, 32, 64, 64);
    cv::Mat roi = img(face);
    switch (cls) {
    case 1: // blurred patch
        cv::GaussianBlur(roi, roi, cv::Size(0, 0), 4.0);
        break;
    case 2: // horizontal stripes
        for (int y = 0; y < roi.rows; y += 4)
            roi.row(y) += cv::Scalar::all(amp);
        break;
    case 3: // colour shift
        roi += cv::Scalar(amp, 0, 0);
        roi -= cv::Scalar(0, 0, amp);
        break;
    case 4: // checkerboard in the lower half
        for (int y = roi.rows / 2; y < roi.rows; ++y)
            for (int x = 0; x < roi.cols; ++x)
                if ((x + y) % 2 == 0)
                    roi.at<cv::Vec3b>(y, x) = cv::Vec3b(255, 255, 255) - roi.at<cv::Vec3b>(y, x);
        break;
    case 5: // vertical stripes
        for (int x = 0; x < roi.cols; x += 4)
            roi.col(x) += cv::Scalar::all(amp);
        break;
    default: break;
    }
    cv::Mat noise(img.size(), CV_8UC3);
    cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(std::uniform_int_distribution<int>(1, 8)(rng)));
    img += noise;
    return img;
}

} // namespace

int writeTinyLabDataset(const QString &dir, int perClassPerSplit, unsigned seed)
{
    QDir().mkpath(dir + QStringLiteral("/crops"));
    QFile manifest(QDir(dir).filePath(QStringLiteral("manifest.csv")));
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    QTextStream out(&manifest);
    out << "path,class_id,class_key,dataset,split,identity,source_identity,seed,quality\n";
    std::mt19937 rng(seed);
    cv::theRNG().state = seed;
    int written = 0;
    for (const char *dataset : {"alpha", "beta"}) {
        for (const char *split : {"train", "val", "test"}) {
            for (int cls = 0; cls < 6; ++cls) {
                for (int i = 0; i < perClassPerSplit; ++i) {
                    const QString rel = QStringLiteral("crops/%1-%2-%3-%4.png")
                                            .arg(QLatin1String(dataset), QLatin1String(split))
                                            .arg(cls)
                                            .arg(i);
                    const cv::Mat img = makeCrop(cls, QLatin1String(dataset) == QLatin1String("beta"), rng);
                    if (!cv::imwrite(QDir(dir).filePath(rel).toStdString(), img))
                        return -1;
                    out << rel << ',' << cls << ',' << kKeys[cls] << ',' << dataset << ',' << split << ",id-" << split
                        << '-' << (i % 3) << ",id-src-" << (i % 2) << ',' << (seed + written) << ",crf23\n";
                    ++written;
                }
            }
        }
    }
    return written;
}

} // namespace fp::test
