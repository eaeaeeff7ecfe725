#include "core/lab/train/Losses.h"

namespace fp::lab {

at::Tensor supConLoss(const at::Tensor &z, const at::Tensor &labels, double temperature)
{
    const int64_t n = z.size(0);
    at::Tensor sim = at::matmul(z, z.t()) / temperature;
    // Subtracting the row maximum does not change the ratio and keeps exp() finite.
    sim = sim - std::get<0>(sim.max(1, true)).detach();
    const at::Tensor self = at::eye(n, z.options().dtype(at::kBool));
    const at::Tensor lab = labels.view({-1, 1});
    const at::Tensor positive = at::eq(lab, lab.t()).logical_and(self.logical_not());
    const at::Tensor denom = at::exp(sim).masked_fill(self, 0.0).sum(1, true);
    const at::Tensor logProb = sim - at::log(denom);
    const at::Tensor posCount = positive.sum(1).to(z.scalar_type());
    const at::Tensor meanLogProbPos = (logProb * positive.to(z.scalar_type())).sum(1) / posCount.clamp_min(1.0);
    const at::Tensor valid = posCount > 0;
    if (valid.sum().item<int64_t>() == 0)
        return (z * 0.0).sum();
    return -meanLogProbPos.masked_select(valid).mean();
}

at::Tensor uncertaintyWeighted(const std::vector<at::Tensor> &losses, const at::Tensor &logVariances)
{
    at::Tensor total = at::zeros({}, logVariances.options());
    for (std::size_t k = 0; k < losses.size(); ++k) {
        const at::Tensor s = logVariances[int64_t(k)];
        total = total + at::exp(-s) * losses[k] + s;
    }
    return total;
}

} // namespace fp::lab
