#pragma once

#include "core/common/Result.h"
#include "core/lab/synth/Manipulator.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace fp::lab {

class FaceFinder;

// Identity pools. Every photo face is one identity in exactly one pool, assigned by its rank in a stable
// order (photo path, then face x): rank % 4 == 0 or 2 -> A, 1 -> B, 3 -> HeldOut. HeldOut identities are used
// only for test splits and the demo clip, never for training.
enum class IdentityPool { A, B, HeldOut };
const char *poolName(IdentityPool p);

struct Identity {
    QString id; // "<photo base name>#<index>", e.g. "sample3#2"
    IdentityPool pool = IdentityPool::A;
    FaceImage face; // a square region around the face, normalised so the landmark box is kFaceWidth wide
};

// The real faces the generator manipulates: every face dlib finds (with 68 landmarks) in a set of photos.
// Immutable after load(); safe to read from any thread.
class IdentityBank {
public:
    static constexpr int kFaceWidth = 140;      // landmark box width after normalisation, pixels
    static constexpr double kRegionScale = 2.6; // region side = kRegionScale x landmark box side

    // The face-api sample photos installed by packaging/setup-debian.sh (photos/face-api/sample1..6.jpg under
    // the data dirs); an error names the missing file.
    static Result<QStringList> defaultPhotos();
    static Result<IdentityBank> load(const QStringList &photoPaths, FaceFinder &finder);

    const std::vector<Identity> &identities() const { return m_identities; }
    std::vector<int> pool(IdentityPool p) const; // indices into identities()
    std::vector<int> pools(std::initializer_list<IdentityPool> ps) const;

private:
    std::vector<Identity> m_identities;
};

} // namespace fp::lab
