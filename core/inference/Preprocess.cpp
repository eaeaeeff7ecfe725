#include "core/inference/Preprocess.h"

namespace fp::inference {

void fillInputTensor(const QImage &crop, const InputSpec &input, float *dst)
{
    const int size = input.size;
    QImage rgb = crop.convertToFormat(QImage::Format_RGB888);
    if (rgb.width() != size || rgb.height() != size)
        rgb = rgb.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const size_t plane = size_t(size) * size_t(size);
    // Channel c of the tensor takes the image channel order[c].
    const int order[3] = {input.colorOrder == ColorOrder::Bgr ? 2 : 0, 1, input.colorOrder == ColorOrder::Bgr ? 0 : 2};
    float scale[3];
    float offset[3];
    for (int c = 0; c < 3; ++c) {
        scale[c] = 1.f / (255.f * input.std[size_t(c)]);
        offset[c] = input.mean[size_t(c)] / input.std[size_t(c)];
    }
    for (int y = 0; y < size; ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int x = 0; x < size; ++x) {
            const uchar *px = line + 3 * x;
            const size_t at = size_t(y) * size_t(size) + size_t(x);
            for (int c = 0; c < 3; ++c)
                dst[size_t(c) * plane + at] = float(px[order[c]]) * scale[c] - offset[c];
        }
    }
}

std::vector<float> inputTensor(const QImage &crop, const InputSpec &input)
{
    std::vector<float> out(size_t(3) * size_t(input.size) * size_t(input.size));
    fillInputTensor(crop, input, out.data());
    return out;
}

} // namespace fp::inference
