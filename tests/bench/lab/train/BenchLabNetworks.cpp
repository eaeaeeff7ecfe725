// Speed of the lab networks on CPU: forward crops/s at batch 32 (inference) and training crops/s (forward +
// backward + Adam step, batch 32), for each backbone, width and input size. Usage:
//   bench_lab_networks [threads]    (default 2, the machine the default model targets)
#include "core/lab/train/ModelRunner.h"
#include "core/lab/train/Networks.h"
#include "core/lab/train/TorchSupport.h"

#include <torch/optim/adam.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace fp::lab;

namespace {

// CPU seconds used by the whole process: with other jobs on the machine, crops per CPU-second says more about
// the network than wall-clock figures do.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double loadAverage()
{
    double l[1] = {0.0};
    return getloadavg(l, 1) == 1 ? l[0] : -1.0;
}

double trainCropsPerSecond(torch::jit::Module &m, int size, int steps)
{
    std::vector<at::Tensor> params;
    for (const auto &p : m.parameters())
        params.push_back(p);
    torch::optim::Adam opt(params, torch::optim::AdamOptions(1e-3));
    m.train(true);
    const at::Tensor x = at::randn({32, 3, size, size});
    const at::Tensor y = at::randint(0, 6, {32}, at::kLong);
    auto step = [&] {
        const auto out = m.forward({x}).toTuple()->elements();
        const at::Tensor loss = at::cross_entropy_loss(out[1].toTensor(), y) +
                                at::cross_entropy_loss(out[0].toTensor(), (y > 0).to(at::kLong));
        opt.zero_grad();
        loss.backward();
        opt.step();
    };
    step();
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < steps; ++i)
        step();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return 32.0 * steps / s;
}

} // namespace

int main(int argc, char **argv)
{
    const int threads = argc > 1 ? std::atoi(argv[1]) : 2;
    setTorchThreads(threads);
    std::printf("lab networks on CPU, %d thread(s), batch 32, load average %.1f\n\n", torchThreads(), loadAverage());
    std::printf("| backbone | width | input | parameters | size MB | forward crops/s | forward crops/CPU-s | "
                "train crops/s |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    struct Config {
        Backbone backbone;
        int width;
        int size;
    };
    const Config configs[] = {{Backbone::DnaDet, 16, 96},    {Backbone::DnaDet, 24, 96},
                              {Backbone::DnaDet, 32, 96},    {Backbone::DnaDet, 16, 112},
                              {Backbone::MobileNet, 16, 96}, {Backbone::MobileNet, 32, 96}};
    for (const Config &c : configs) {
        NetworkSpec spec;
        spec.backbone = c.backbone;
        spec.width = c.width;
        spec.inputSize = c.size;
        spec.projectionDim = 0;
        torch::manual_seed(1);
        torch::jit::Module m = buildNetwork(spec);
        std::int64_t params = 0;
        for (const auto &p : m.parameters())
            params += p.numel();
        InputSpec input;
        input.size = c.size;
        const double cpu0 = processCpuSeconds();
        const auto wall0 = std::chrono::steady_clock::now();
        const double fwd = measureThroughput(m, input, 32, 10);
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
        const double perCpu = fwd * wall / (processCpuSeconds() - cpu0);
        const double train = trainCropsPerSecond(m, c.size, 5);
        std::printf("| %s | %d | %d | %lld | %.2f | %.0f | %.0f | %.0f |\n",
                    backboneName(c.backbone).toUtf8().constData(), c.width, c.size, static_cast<long long>(params),
                    params * 4.0 / 1e6, fwd, perCpu, train);
        std::fflush(stdout);
    }
    return 0;
}
