#include "core/lab/train/NetworkSpec.h"

namespace fp::lab {

std::vector<OutputSpec> NetworkSpec::outputs() const
{
    std::vector<OutputSpec> out;
    if (binaryHead)
        out.push_back({HeadKind::Binary, 2});
    if (attributionUnits > 0)
        out.push_back({HeadKind::Attribution, attributionUnits});
    return out;
}

QString NetworkSpec::describe() const
{
    const int w = width;
    QString heads;
    if (binaryHead)
        heads += QStringLiteral(", binary head (2 logits)");
    if (attributionUnits > 0)
        heads += QStringLiteral(", attribution head (%1 logits)").arg(attributionUnits);
    if (backbone == Backbone::DnaDet)
        return QStringLiteral(
                   "DNA-Det-like CNN: 4 blocks of [4x4 stride-2 conv, BN, LeakyReLU(0.2), 3x3 conv, BN, "
                   "LeakyReLU(0.2)], channels %1-%2-%3-%4, global average pooling, dropout %5%6; input %7x%7")
            .arg(w)
            .arg(2 * w)
            .arg(4 * w)
            .arg(8 * w)
            .arg(dropout)
            .arg(heads)
            .arg(inputSize);
    return QStringLiteral("MobileNet-like CNN: 3x3 stride-2 stem (%1 ch), 6 depthwise-separable blocks (ReLU6), "
                          "channels %2-%2-%3-%3-%4-%4, global average pooling, dropout %5%6; input %7x%7")
        .arg(w)
        .arg(2 * w)
        .arg(4 * w)
        .arg(8 * w)
        .arg(dropout)
        .arg(heads)
        .arg(inputSize);
}

QString backboneName(Backbone b)
{
    return b == Backbone::DnaDet ? QStringLiteral("dnadet") : QStringLiteral("mobilenet");
}

std::optional<Backbone> parseBackbone(const QString &name)
{
    if (name == QLatin1String("dnadet"))
        return Backbone::DnaDet;
    if (name == QLatin1String("mobilenet"))
        return Backbone::MobileNet;
    return std::nullopt;
}

} // namespace fp::lab
