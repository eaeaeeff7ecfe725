#pragma once

#include "core/common/Result.h"
#include "core/lab/train/ModelIo.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace fp::lab {

struct TrainParams;
struct TrainResult;

// The model card (docs/model-contract.md) as the lab writes and reads it. load() checks what the evaluator
// needs (format, weights digest, input, outputs, classes, calibration); the product's own validation is
// core/inference's ModelCard.
class LabCard {
public:
    static QJsonObject build(const TrainParams &params, const TrainResult &result, const QString &sha256);
    static Status write(const QJsonObject &card, const QString &path);
    static Result<LabCard> load(const QString &cardPath);

    const QJsonObject &json() const { return m_json; }
    QString name() const;
    QString weightsPath() const { return m_weightsPath; }
    const InputSpec &input() const { return m_input; }
    const std::vector<OutputSpec> &outputs() const { return m_outputs; }
    int classCount() const { return m_classCount; }
    double binaryTemperature() const { return m_binaryT; }
    double attributionTemperature() const { return m_attributionT; }
    double fakeThreshold() const { return m_fakeThreshold; }

private:
    QJsonObject m_json;
    QString m_weightsPath;
    InputSpec m_input;
    std::vector<OutputSpec> m_outputs;
    int m_classCount = 0;
    double m_binaryT = 1.0;
    double m_attributionT = 1.0;
    double m_fakeThreshold = 0.5;
};

} // namespace fp::lab
