// The libFuzzer entry point of one fuzz executable; FAKEPRINT_FUZZ_ENTRY names the fp::fuzz function it drives.
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fp::fuzz::FAKEPRINT_FUZZ_ENTRY(data, size);
}
