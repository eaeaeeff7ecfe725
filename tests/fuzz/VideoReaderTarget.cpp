#include "core/media/VideoReader.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

namespace fp::fuzz {

int videoReader(const uint8_t *data, size_t size)
{
    ensureApplication();
    const QString path = writeScratch(QStringLiteral("evidence"), data, size);
    media::VideoReaderOptions options;
    options.decodeThreads = 1; // deterministic, and libFuzzer runs one input at a time
    options.ioTimeoutMs = 5000;
    auto reader = media::VideoReader::open(path, options);
    if (!reader)
        return 0;
    const media::MediaInfo &info = (*reader)->info();
    (void)info.toJson();
    (void)info.summary();
    const qint64 frames = (*reader)->frameIndex().size();
    // A bounded read: fuzz inputs may declare millions of tiny frames.
    for (int i = 0; i < 64; ++i) {
        auto frame = (*reader)->readNext();
        if (!frame || !frame->isValid())
            break;
    }
    if (frames > 2)
        (void)(*reader)->frameAt(frames / 2);
    (void)(*reader)->warnings();
    return 0;
}

} // namespace fp::fuzz
