#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace fp::inference {

enum class ColorOrder { Rgb, Bgr };
enum class HeadKind { Binary, Attribution };

struct ModelClass {
    int id = 0;
    QString key; // "real" marks the real class
    QString label;
    QString description;
};

struct ModelOutput {
    HeadKind head = HeadKind::Binary;
    int units = 0;
};

struct InputSpec {
    int size = 0; // square side in pixels
    ColorOrder colorOrder = ColorOrder::Rgb;
    std::array<float, 3> mean{0.f, 0.f, 0.f}; // on pixel values scaled to [0, 1], in the card's colour order
    std::array<float, 3> std{1.f, 1.f, 1.f};
    double cropScale = 1.3;
};

struct Calibration {
    double binaryTemperature = 1.0;
    double attributionTemperature = 1.0;
};

struct DecisionRules {
    double fakeThreshold = 0.5;
    double inconclusiveLow = 0.4;
    double inconclusiveHigh = 0.6;
    int minFrames = 1;
    double minMethodProbability = 0.5;
    double maxEnergy = 0.0;
};

// A model card as specified in docs/model-contract.md: what a TorchScript model expects and returns, how its
// outputs are calibrated and turned into decisions, and where it came from. Plain data, torch-free; copy freely.
// fromJson() validates every field and names the card file and the field in its errors.
struct ModelCard {
    static constexpr const char *kFormat = "fakeprint-model-card";
    static constexpr int kFormatVersion = 1;

    QString cardPath; // absolute path of the JSON file, empty for a card built in memory
    QString name;
    QString version;
    QString weights; // file name relative to the card
    QString sha256;  // 64 lower-case hex digits
    QString architecture;
    InputSpec input;
    std::vector<ModelClass> classes;
    std::vector<ModelOutput> outputs; // in the order forward() returns them
    Calibration calibration;
    DecisionRules decision;
    QString gradcamFeaturesMethod = QStringLiteral("features");
    QString gradcamHeadMethod = QStringLiteral("head");
    QJsonObject training; // data, synthetic, seed, command, epochs, loss (types checked when present)
    QJsonObject metrics;  // free form
    QStringList limitations;
    QString license;

    // Parses and validates a card. cardPath is used for error messages and to resolve the weights file.
    static Result<ModelCard> fromJson(const QJsonObject &object, const QString &cardPath);
    static Result<ModelCard> load(const QString &cardPath);

    QJsonObject toJson() const;
    Status save(const QString &path) const; // writes toJson(), indented

    // Validates a card built in memory (the same rules as fromJson).
    Status validate() const;

    QString weightsPath() const; // absolute path of the TorchScript file beside the card
    // Hashes the weights file and compares it with sha256 (ChecksumMismatch naming both files on a mismatch).
    Status verifyWeights() const;

    int outputIndex(HeadKind head) const; // index into outputs, -1 when the model has no such head
    bool hasBinary() const { return outputIndex(HeadKind::Binary) >= 0; }
    bool hasAttribution() const { return outputIndex(HeadKind::Attribution) >= 0; }
    int binaryUnits() const;    // 0 without a binary head
    int realClassIndex() const; // index of the class with key "real", -1 when there is none
    std::vector<int> fakeClassIndices() const;
    QString displayName() const; // "name version"
};

QString headKindName(HeadKind head);
QString colorOrderName(ColorOrder order);

} // namespace fp::inference
