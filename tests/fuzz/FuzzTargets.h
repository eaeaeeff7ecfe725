#pragma once

// The fuzzed entry points. Each takes arbitrary bytes and must return without crashing, leaking or hanging,
// whatever they hold. Built into the libFuzzer executables (FAKEPRINT_FUZZ, clang) and into the regression test
// test_fuzz_regressions, which replays the seed corpus and every crash found (tests/fuzz/corpus/<target>/).
#include <cstddef>
#include <cstdint>

namespace fp::fuzz {

// The bytes as a video evidence file: open (probe, packet scan, frame index, media info), read every frame,
// seek back to a frame in the middle.
int videoReader(const uint8_t *data, size_t size);

// The bytes as a model card (JSON) read from disk and validated.
int modelCard(const uint8_t *data, size_t size);

// First byte even: the bytes as a case bundle file, imported into a case database. Odd: the rest, split in two,
// becomes the database and audit parts of a bundle with correct digests (what a hostile sender could make),
// which is then imported.
int caseBundle(const uint8_t *data, size_t size);

} // namespace fp::fuzz
