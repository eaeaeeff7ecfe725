#pragma once

#include <QString>

namespace fp::test {

// Writes a tiny lab dataset for the trainer's own tests (never for a real model): 128x128 PNG crops of
// smooth coloured noise per identity, each class with its own synthetic pattern (stripes, checkerboard,
// colour shift, blur patch), two datasets "alpha" and "beta" with splits train/val/test, and manifest.csv in
// the generator's format. Returns the number of crops written, or -1.
int writeTinyLabDataset(const QString &dir, int perClassPerSplit = 6, unsigned seed = 1);

} // namespace fp::test
