#pragma once

// Internal to fakeprint_trainer (includes LibTorch): the training losses.

#include <ATen/ATen.h>

namespace fp::lab {

// Supervised contrastive loss (Khosla et al. 2020, "L_out"): for every anchor i with at least one other
// sample of its class, -1/|P(i)| * sum over p in P(i) of log( exp(z_i.z_p / t) / sum over a != i of
// exp(z_i.z_a / t) ), averaged over those anchors. z: [N, D] L2-normalised rows; labels: [N] int64.
// Returns 0 (with a graph) when no anchor has a positive.
at::Tensor supConLoss(const at::Tensor &z, const at::Tensor &labels, double temperature);

// Kendall-style uncertainty weighting of several losses: sum_k exp(-s_k) * L_k + s_k, with s_k = log
// variance learned alongside the network (DNA-Det weights its CE and SupCon losses this way).
at::Tensor uncertaintyWeighted(const std::vector<at::Tensor> &losses, const at::Tensor &logVariances);

} // namespace fp::lab
