#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

#include <vector>

namespace fp::test {

// Labelled face clips built from real face photos (the face-api demo photos installed by
// packaging/setup-debian.sh under <data>/photos/face-api). Faces are cut from the photos with a soft round mask and
// moved over a textured background: linear motion, scale changes, pairs that cross (the later one occludes the
// earlier), a lighting ramp, then the clip goes through H.264 (ffmpeg CLI) and back. Ground truth: the box of each
// identity in each frame. The source boxes come from BlazeFace run on the full-resolution photo at a strict
// threshold (score >= 0.8): the truth follows BlazeFace's box convention, and the clips measure what motion,
// scale, light, compression, occlusion and tracking do, not the annotator.
struct FaceClipSpec {
    int width = 1280;
    int height = 720;
    int frames = 60;
    int faces = 3;
    unsigned seed = 1;
    int minFaceSide = 40; // smallest face side in pixels during the clip
    int maxFaceSide = 220;
    bool crossing = true; // the first two faces cross each other mid-clip
    bool lighting = true; // global brightness ramps from 0.6x to 1.2x and back
    int crf = 26;         // H.264 quality; < 0 keeps the clip uncompressed
};

struct TruthFace {
    int identity = 0;
    QRectF box;
    bool occluded = false; // more than half covered by a face drawn in front: neither counted nor penalised
};

struct FaceClip {
    QString videoPath; // H.264 mp4 (or a lossless one when crf < 0)
    QString rawPath;   // decoded frames, rgb24, frame after frame
    int width = 0;
    int height = 0;
    int frames = 0;
    std::vector<std::vector<TruthFace>> truth; // per frame

    QImage frame(int index) const; // Format_RGB888, read from rawPath; null on error
};

// True when the photos and BlazeFace (for the annotation) are installed.
bool haveFacePhotos();

// Writes the clip under dir; returns an empty string on success or what went wrong.
QString makeFaceClip(const QString &dir, const FaceClipSpec &spec, FaceClip *clip);

} // namespace fp::test
