#pragma once

#include "core/lab/train/Metrics.h"
#include "core/lab/train/Predictions.h"

#include <QJsonObject>
#include <QString>

namespace fp::lab {

// Metrics of one model on one set of crops. Binary metrics use P(fake) (the binary head, or 1 - P(real)
// from the attribution head); attribution metrics use the argmax of the attribution head.
struct EvaluationReport {
    QString dataset;
    QString split;
    int samples = 0;
    bool hasAttribution = false;
    ClassificationMetrics attribution; // 6 classes
    double binaryAuc = 0.0;
    double binaryEer = 0.0;
    double binaryEerThreshold = 0.0;
    double fakeThreshold = 0.5;
    ClassificationMetrics binary; // 2 classes at fakeThreshold
    double attributionAuc = 0.0;  // AUC of 1 - P(real) from the attribution head (NaN without one)
};

// Temperatures and the threshold come from the card (or the calibration just fitted).
EvaluationReport evaluatePredictions(const Predictions &p, double binaryT, double attributionT, double fakeThreshold);

// For the card's metrics and --json: numbers rounded to 4 decimals, NaN written as null.
QJsonObject reportToJson(const EvaluationReport &r);
// Human-readable summary with per-class recall and the confusion matrix (markdown).
QString reportToMarkdown(const EvaluationReport &r);

} // namespace fp::lab
