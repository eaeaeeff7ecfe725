#include "core/inference/Verdict.h"

#include <QCoreApplication>

namespace fp::inference {

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Real: return QStringLiteral("real");
    case Verdict::Manipulated: return QStringLiteral("manipulated");
    case Verdict::UnknownMethod: return QStringLiteral("unknown_method");
    case Verdict::Inconclusive: return QStringLiteral("inconclusive");
    }
    return QStringLiteral("inconclusive");
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    for (const Verdict v : {Verdict::Real, Verdict::Manipulated, Verdict::UnknownMethod, Verdict::Inconclusive}) {
        if (verdictKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QString verdictDisplayName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Real: return QCoreApplication::translate("fp::inference", "Real");
    case Verdict::Manipulated: return QCoreApplication::translate("fp::inference", "Manipulated");
    case Verdict::UnknownMethod: return QCoreApplication::translate("fp::inference", "Manipulated, method unknown");
    case Verdict::Inconclusive: return QCoreApplication::translate("fp::inference", "Inconclusive");
    }
    return {};
}

QString aggregationMethodKey(AggregationMethod method)
{
    return method == AggregationMethod::Mean ? QStringLiteral("mean") : QStringLiteral("robust");
}

} // namespace fp::inference
