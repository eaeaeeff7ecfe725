#pragma once

#include <vector>

namespace fp::faces {

// Minimum-cost assignment (Hungarian / Kuhn-Munkres with potentials, O(n^2 m)) of a rows x cols cost matrix,
// rectangular allowed. Returns for each row the assigned column, or -1 when rows > cols and the row got none.
// Costs at or above forbidden are never assigned (those rows/cols come back unassigned).
std::vector<int> solveAssignment(const std::vector<std::vector<double>> &cost, double forbidden = 1e9);

} // namespace fp::faces
