// RgbConverter's destination buffer against swscale's real stores: swscale (FFmpeg 5.1, SIMD paths) writes past
// the end of the last row on narrow pictures, which overflowed a tightly sized QImage (found by fuzz_video_reader:
// heap corruption reported when freed memory was recycled). The converter's buffer must hold every byte swscale
// touches, measured here on this FFmpeg and CPU, and its pictures must equal a plain conversion.
#include "core/media/RgbConverter.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <QTest>

#include <vector>

using namespace fp::media::detail;

namespace {

struct FrameDeleter {
    void operator()(AVFrame *f) const { av_frame_free(&f); }
};
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;

FramePtr makeFrame(AVPixelFormat format, int width, int height)
{
    FramePtr f(av_frame_alloc());
    f->width = width;
    f->height = height;
    f->format = format;
    if (av_frame_get_buffer(f.get(), 0) < 0)
        return {};
    // A deterministic pattern in every plane, each over its own rows (chroma planes may be subsampled).
    const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(format);
    for (int p = 0; p < 4 && f->data[p]; ++p) {
        const int rows = p == 1 || p == 2 ? AV_CEIL_RSHIFT(height, desc->log2_chroma_h) : height;
        for (int y = 0; y < rows; ++y) {
            for (int x = 0; x < f->linesize[p]; ++x)
                f->data[p][y * f->linesize[p] + x] = uint8_t((x * 7 + y * 13 + p * 31) & 0xff);
        }
    }
    return f;
}

} // namespace

class TestRgbConverter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bufferHoldsEverySwscaleStore_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("yuv420p") << int(AV_PIX_FMT_YUV420P);
        QTest::newRow("yuv444p") << int(AV_PIX_FMT_YUV444P);
        QTest::newRow("yuv422p") << int(AV_PIX_FMT_YUV422P);
        QTest::newRow("nv12") << int(AV_PIX_FMT_NV12);
        QTest::newRow("gray") << int(AV_PIX_FMT_GRAY8);
    }

    void bufferHoldsEverySwscaleStore()
    {
        QFETCH(int, format);
        int worstTightOverrun = 0;
        for (int width = 1; width <= 130; ++width) {
            for (int height = 1; height <= 4; ++height) {
                FramePtr frame = makeFrame(AVPixelFormat(format), width, height);
                QVERIFY(frame);
                SwsContext *sws = sws_getContext(width, height, AVPixelFormat(format), width, height, AV_PIX_FMT_RGB24,
                                                 SWS_BICUBIC, nullptr, nullptr, nullptr);
                QVERIFY(sws);
                auto storesPast = [&](qsizetype stride, qsizetype size) {
                    // Guard bytes after `size`: how far did swscale write?
                    std::vector<uint8_t> buffer(size_t(size) + 1024, 0xA5);
                    uint8_t *dst[4] = {buffer.data(), nullptr, nullptr, nullptr};
                    int dstStride[4] = {int(stride), 0, 0, 0};
                    sws_scale(sws, frame->data, frame->linesize, 0, height, dst, dstStride);
                    qsizetype last = 0;
                    for (size_t i = size_t(size); i < buffer.size(); ++i) {
                        if (buffer[i] != 0xA5)
                            last = qsizetype(i) - size + 1;
                    }
                    return last;
                };
                const qsizetype tight = (width * 3 + 3) / 4 * 4; // a QImage's own RGB888 stride
                worstTightOverrun = std::max<int>(worstTightOverrun, int(storesPast(tight, tight * height)));
                const qsizetype past =
                    storesPast(RgbConverter::strideFor(width), RgbConverter::bufferBytes(width, height));
                sws_freeContext(sws);
                QVERIFY2(past == 0, qPrintable(QStringLiteral("%1x%2: swscale wrote %3 bytes past the buffer")
                                                   .arg(width)
                                                   .arg(height)
                                                   .arg(past)));

                RgbConverter converter;
                const QImage image = converter.convert(frame.get(), 0);
                QCOMPARE(image.size(), QSize(width, height));
                QCOMPARE(image.format(), QImage::Format_RGB888);
            }
        }
        qInfo("worst overrun of a tightly sized buffer: %d bytes", worstTightOverrun);
    }

    void picturesEqualAPlainConversion()
    {
        FramePtr frame = makeFrame(AV_PIX_FMT_YUV420P, 67, 9);
        QVERIFY(frame);
        RgbConverter converter;
        const QImage image = converter.convert(frame.get(), 0);
        QCOMPARE(image.bytesPerLine(), RgbConverter::strideFor(67));
        SwsContext *sws =
            sws_getContext(67, 9, AV_PIX_FMT_YUV420P, 67, 9, AV_PIX_FMT_RGB24, SWS_BICUBIC, nullptr, nullptr, nullptr);
        QVERIFY(sws);
        std::vector<uint8_t> reference(size_t(RgbConverter::bufferBytes(67, 9)));
        uint8_t *dst[4] = {reference.data(), nullptr, nullptr, nullptr};
        int dstStride[4] = {int(RgbConverter::strideFor(67)), 0, 0, 0};
        // The converter also sets the frame's colour matrix; an unspecified frame gets the defaults used here.
        sws_scale(sws, frame->data, frame->linesize, 0, 9, dst, dstStride);
        sws_freeContext(sws);
        for (int y = 0; y < 9; ++y)
            QVERIFY(memcmp(image.constScanLine(y), reference.data() + y * dstStride[0], 67 * 3) == 0);
        // A copy detaches from the converter's buffer like any QImage.
        const QRgb original = image.pixel(0, 0);
        QImage copy = image;
        copy.setPixel(0, 0, qRgb(1, 2, 3));
        QCOMPARE(copy.pixel(0, 0), qRgb(1, 2, 3));
        QCOMPARE(image.pixel(0, 0), original);
    }
};

QTEST_APPLESS_MAIN(TestRgbConverter)
#include "TestRgbConverter.moc"
