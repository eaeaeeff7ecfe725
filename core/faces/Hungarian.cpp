#include "core/faces/Hungarian.h"

#include <algorithm>
#include <limits>

namespace fp::faces {

std::vector<int> solveAssignment(const std::vector<std::vector<double>> &cost, double forbidden)
{
    const int rows = int(cost.size());
    if (rows == 0)
        return {};
    const int cols = int(cost.front().size());
    std::vector<int> result(size_t(rows), -1);
    if (cols == 0)
        return result;
    // The potentials method wants rows <= cols; transpose otherwise.
    const bool transposed = rows > cols;
    const int n = transposed ? cols : rows;
    const int m = transposed ? rows : cols;
    auto at = [&](int i, int j) { return transposed ? cost[size_t(j)][size_t(i)] : cost[size_t(i)][size_t(j)]; };

    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(size_t(n) + 1, 0.0), v(size_t(m) + 1, 0.0);
    std::vector<int> p(size_t(m) + 1, 0), way(size_t(m) + 1, 0); // p[j]: row (1-based) matched to column j
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(size_t(m) + 1, inf);
        std::vector<bool> used(size_t(m) + 1, false);
        do {
            used[size_t(j0)] = true;
            const int i0 = p[size_t(j0)];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= m; ++j) {
                if (used[size_t(j)])
                    continue;
                const double cur = std::min(at(i0 - 1, j - 1), forbidden) - u[size_t(i0)] - v[size_t(j)];
                if (cur < minv[size_t(j)]) {
                    minv[size_t(j)] = cur;
                    way[size_t(j)] = j0;
                }
                if (minv[size_t(j)] < delta) {
                    delta = minv[size_t(j)];
                    j1 = j;
                }
            }
            for (int j = 0; j <= m; ++j) {
                if (used[size_t(j)]) {
                    u[size_t(p[size_t(j)])] += delta;
                    v[size_t(j)] -= delta;
                } else {
                    minv[size_t(j)] -= delta;
                }
            }
            j0 = j1;
        } while (p[size_t(j0)] != 0);
        do {
            const int j1 = way[size_t(j0)];
            p[size_t(j0)] = p[size_t(j1)];
            j0 = j1;
        } while (j0 != 0);
    }
    for (int j = 1; j <= m; ++j) {
        const int i = p[size_t(j)];
        if (i == 0 || at(i - 1, j - 1) >= forbidden)
            continue;
        if (transposed)
            result[size_t(j - 1)] = i - 1;
        else
            result[size_t(i - 1)] = j - 1;
    }
    return result;
}

} // namespace fp::faces
