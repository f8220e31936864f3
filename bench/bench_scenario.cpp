// Benchmark of kzsec::scenario::monte_carlo on the Kazakhstan network
// (kzsec::datasets::kazakhstan(): 29 actors, 255 relation records, 1991-2024):
// N draws, each computing KAZ's hedging profile between RUS, CHN and USA for all
// 34 years (fast path), with 1 and 2 threads; then the full path (strategy,
// balance and coalitions on a rebuilt network per draw) on fewer draws.
// Prints wall times and draws per second. Plain std::chrono (timed by the engine).
//
// Usage: bench_scenario [draws=100000] [full_draws=200]
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <numeric>
#include <string>
#include <vector>

#include <kzsec/datasets.hpp>
#include <kzsec/scenario.hpp>

namespace sc = kzsec::scenario;

int main(int argc, char** argv) {
    const std::size_t draws = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
    const std::size_t full_draws = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 200;
    const kzsec::network net = kzsec::datasets::kazakhstan();
    std::vector<int> years(34);
    std::iota(years.begin(), years.end(), 1991);
    const std::vector<std::string> rivals{"RUS", "CHN", "USA"};
    std::printf("network: %zu actors, %zu relations, years %d-%d\n", net.actors().size(), net.relations().size(),
                years.front(), years.back());
    for (const bool sensitivity : {false, true})
        for (std::size_t threads : {1, 2}) {
            sc::mc_options o;
            o.draws = draws;
            o.seed = 1;
            o.threads = threads;
            if (!sensitivity) o.sensitivity.clear();
            const std::clock_t c0 = std::clock();
            const auto r = sc::monte_carlo(net, "KAZ", rivals, years, o);
            const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
            std::printf("fast path%s: %zu draws, %zu threads: %.3f s wall (%.0f draws/s), %.3f s CPU (%.2f us/draw), "
                        "%zu sampled relations, %zu numeric cells\n",
                        sensitivity ? " + sensitivity" : "", r.draws, r.threads, r.seconds, r.draws / r.seconds, cpu,
                        1e6 * cpu / r.draws, r.sampled_relations, r.summary.year.size());
        }
    for (std::size_t threads : {1, 2}) {
        if (full_draws == 0) break;
        sc::mc_options o;
        o.draws = full_draws;
        o.threads = threads;
        o.full = true;
        const std::clock_t c0 = std::clock();
        const auto r = sc::monte_carlo(net, "KAZ", rivals, years, o);
        std::printf("full path CPU %.3f s; ", static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
        std::printf("full path: %zu draws, %zu threads: %.3f s (%.1f draws/s), %zu sampled relations\n", r.draws, r.threads,
                    r.seconds, r.draws / r.seconds, r.sampled_relations);
    }
    return 0;
}
