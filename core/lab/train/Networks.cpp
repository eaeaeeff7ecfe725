#include "core/lab/train/Networks.h"

#include <cmath>
#include <sstream>
#include <vector>

namespace fp::lab {

namespace {

// One convolution + BatchNorm + activation of the backbone.
struct ConvLayer {
    int in = 0;
    int out = 0;
    int kernel = 3;
    int stride = 1;
    int padding = 1;
    int groups = 1;
    bool leaky = true; // LeakyReLU(0.2); otherwise ReLU6
};

std::vector<ConvLayer> backboneLayers(const NetworkSpec &spec)
{
    const int w = spec.width;
    std::vector<ConvLayer> layers;
    if (spec.backbone == Backbone::DnaDet) {
        int in = 3;
        for (int c : {w, 2 * w, 4 * w, 8 * w}) {
            layers.push_back({in, c, 4, 2, 1, 1, true});
            layers.push_back({c, c, 3, 1, 1, 1, true});
            in = c;
        }
        return layers;
    }
    layers.push_back({3, w, 3, 2, 1, 1, false});
    int in = w;
    const int blocks[6][2] = {{2 * w, 2}, {2 * w, 1}, {4 * w, 2}, {4 * w, 1}, {8 * w, 2}, {8 * w, 1}};
    for (const auto &b : blocks) {
        layers.push_back({in, in, 3, b[1], 1, in, false}); // depthwise
        layers.push_back({in, b[0], 1, 1, 0, 1, false});   // pointwise
        in = b[0];
    }
    return layers;
}

at::Tensor kaiming(int out, int inPerGroup, int kernel)
{
    const double fanOut = double(out) * kernel * kernel;
    return torch::randn({out, inPerGroup, kernel, kernel}) * std::sqrt(2.0 / fanOut);
}

void addParameter(torch::jit::Module &m, const std::string &name, const at::Tensor &t)
{
    m.register_parameter(name, t.detach().clone().set_requires_grad(true), false);
}

void addLinear(torch::jit::Module &m, const std::string &name, int in, int out, double stdev = 0.01)
{
    addParameter(m, name + "_w", torch::randn({out, in}) * stdev);
    addParameter(m, name + "_b", torch::zeros({out}));
}

} // namespace

std::string networkSource(const NetworkSpec &spec)
{
    const auto layers = backboneLayers(spec);
    std::ostringstream s;
    s << "def features(self, x):\n";
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const ConvLayer &l = layers[i];
        const std::string p = "self.f" + std::to_string(i);
        s << "    x = torch.conv2d(x, " << p << "_w, None, [" << l.stride << ", " << l.stride << "], [" << l.padding
          << ", " << l.padding << "], [1, 1], " << l.groups << ")\n";
        s << "    x = torch.batch_norm(x, " << p << "_g, " << p << "_b, " << p << "_rm, " << p
          << "_rv, self.training, 0.1, 1e-5, False)\n";
        if (l.leaky)
            s << "    x = torch.leaky_relu(x, 0.2)\n";
        else
            s << "    x = torch.clamp(x, 0.0, 6.0)\n";
    }
    s << "    return x\n";
    s << "def pooled(self, f):\n";
    s << "    return torch.mean(f, [2, 3])\n";
    s << "def head(self, f):\n";
    s << "    h = torch.dropout(self.pooled(f), " << spec.dropout << ", self.training)\n";
    std::vector<std::string> outs;
    if (spec.binaryHead)
        outs.push_back("torch.linear(h, self.bin_w, self.bin_b)");
    if (spec.attributionUnits > 0)
        outs.push_back("torch.linear(h, self.att_w, self.att_b)");
    if (outs.size() == 1) {
        s << "    return " << outs[0] << "\n";
    } else {
        s << "    return (" << outs[0] << ", " << outs[1] << ")\n";
    }
    if (spec.projectionDim > 0) {
        s << "def project(self, f):\n";
        s << "    h = torch.relu(torch.linear(self.pooled(f), self.proj1_w, self.proj1_b))\n";
        s << "    z = torch.linear(h, self.proj2_w, self.proj2_b)\n";
        s << "    return z / torch.clamp_min(torch.sqrt(torch.sum(z * z, 1, True)), 1e-12)\n";
    }
    s << "def forward(self, x):\n";
    s << "    return self.head(self.features(x))\n";
    return s.str();
}

torch::jit::Module buildNetwork(const NetworkSpec &spec)
{
    torch::jit::Module m(spec.backbone == Backbone::DnaDet ? "FakeprintDnaDet" : "FakeprintMobileNet");
    m.register_attribute("training", c10::BoolType::get(), true);
    const auto layers = backboneLayers(spec);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const ConvLayer &l = layers[i];
        const std::string p = "f" + std::to_string(i);
        addParameter(m, p + "_w", kaiming(l.out, l.in / l.groups, l.kernel));
        addParameter(m, p + "_g", torch::ones({l.out}));
        addParameter(m, p + "_b", torch::zeros({l.out}));
        m.register_buffer(p + "_rm", torch::zeros({l.out}));
        m.register_buffer(p + "_rv", torch::ones({l.out}));
    }
    const int c = spec.featureChannels();
    if (spec.binaryHead)
        addLinear(m, "bin", c, 2);
    if (spec.attributionUnits > 0)
        addLinear(m, "att", c, spec.attributionUnits);
    if (spec.projectionDim > 0) {
        addLinear(m, "proj1", c, c, std::sqrt(2.0 / c));
        addLinear(m, "proj2", c, spec.projectionDim, std::sqrt(1.0 / c));
    }
    m.define(networkSource(spec));
    return m;
}

int copyBackbone(const torch::jit::Module &from, torch::jit::Module &to)
{
    at::NoGradGuard noGrad;
    int copied = 0;
    auto copyNamed = [&](const auto &source, const auto &target) {
        for (const auto &src : source) {
            if (src.name.empty() || src.name[0] != 'f')
                continue;
            for (const auto &dst : target) {
                if (dst.name == src.name && dst.value.sizes() == src.value.sizes()) {
                    dst.value.copy_(src.value);
                    ++copied;
                }
            }
        }
    };
    copyNamed(from.named_parameters(), to.named_parameters());
    copyNamed(from.named_buffers(), to.named_buffers());
    return copied;
}

} // namespace fp::lab
