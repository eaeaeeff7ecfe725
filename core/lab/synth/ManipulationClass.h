#pragma once

#include <QString>

#include <optional>
#include <span>

namespace fp::lab {

// The attribution classes of the lab, in class-id order. Ids, keys and labels are a contract with the trainer,
// the model cards and the manifests: never reorder, only append.
enum class ManipulationClass : int {
    Real = 0,
    Deepfakes = 1,
    Face2Face = 2,
    FaceSwap = 3,
    NeuralTextures = 4,
    FaceShifter = 5,
};

struct ManipulationClassInfo {
    ManipulationClass id;
    const char *key;   // manifest/JSON key: "real", "deepfakes", ...
    const char *label; // display label: "Real", "Deepfakes", ...
    const char *description;
};

std::span<const ManipulationClassInfo> manipulationClasses();
const ManipulationClassInfo &classInfo(ManipulationClass c);
std::optional<ManipulationClass> classFromKey(const QString &key); // case-insensitive key or label
inline int classCount()
{
    return 6;
}

} // namespace fp::lab
