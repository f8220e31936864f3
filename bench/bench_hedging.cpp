// Micro-benchmark of kzsec::hedging::evolution: the full evolution of every
// indicator for one focal state over 35 years (1990-2024) in a synthetic
// network with 20 partners, 4 domains, piecewise-constant relations, negative
// ties among partners (cross-pressure) and 40 UN votes per actor and year.
// Prints the time per year (median of repeated runs). Plain std::chrono.
//
// Usage: bench_hedging [repeats=20]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <kzsec/hedging.hpp>
#include <kzsec/network.hpp>

namespace hg = kzsec::hedging;

namespace {

kzsec::network synthetic(int partners, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-0.3, 0.9), neg(-0.9, -0.1);
    kzsec::network n;
    auto add = [&](const std::string& id) {
        kzsec::actor a;
        a.id = id;
        n.add_actor(a);
    };
    add("F");
    for (int i = 0; i < partners; ++i) add("P" + std::to_string(i));
    const int cuts[] = {1990, 2002, 2014, 2024};
    for (int i = 0; i < partners; ++i)
        for (const auto& d : kzsec::builtin_domains)
            for (int s = 0; s < 3; ++s) {
                kzsec::relation r;
                r.a = "F";
                r.b = "P" + std::to_string(i);
                r.domain = std::string(d);
                r.value = u(rng);
                r.years = {s == 0 ? cuts[0] : cuts[s] + 1, cuts[s + 1]};
                n.add_relation(r);
            }
    for (int i = 0; i < partners; ++i)
        for (int j = i + 1; j < partners; j += 3) {
            kzsec::relation r;
            r.a = "P" + std::to_string(i);
            r.b = "P" + std::to_string(j);
            r.domain = std::string(kzsec::builtin_domains[(i + j) % 4]);
            r.value = neg(rng);
            r.years = {1990 + (i * 7 + j) % 30, 2024};
            n.add_relation(r);
        }
    std::uniform_int_distribution<int> v(-1, 1);
    for (int y = 1990; y <= 2024; ++y)
        for (int item = 0; item < 40; ++item)
            for (int i = -1; i < partners; ++i) {
                kzsec::metric m;
                m.name = "unga_vote";
                m.a = i < 0 ? "F" : "P" + std::to_string(i);
                m.item = std::to_string(y) + "/" + std::to_string(item);
                m.year = y;
                m.value = v(rng);
                n.add_metric(m);
            }
    return n;
}

double median(std::vector<double> x) {
    std::sort(x.begin(), x.end());
    return x[x.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    const int partners = 20;
    const kzsec::network n = synthetic(partners, 42);
    std::vector<int> years;
    for (int y = 1990; y <= 2024; ++y) years.push_back(y);
    std::vector<std::string> all;
    for (int i = 0; i < partners; ++i) all.push_back("P" + std::to_string(i));

    struct config {
        const char* name;
        std::vector<std::string> rivals;
        hg::profile_options opt;
    };
    hg::profile_options un;
    un.sources["political"] = hg::parse_affinity_spec("un_agreement");
    hg::profile_options perceived = un;
    perceived.perception = hg::perception_profile{{{"P0", 0.5}}, {{"security", 2.0}}, {}, {}};
    std::vector<config> configs{
        {"pair (P0, P1), relations only", {"P0", "P1"}, {}},
        {"pair (P0, P1), political from UN votes", {"P0", "P1"}, un},
        {"pair, UN votes + perception profile", {"P0", "P1"}, perceived},
        {"all 20 partners as rivals, UN votes", all, un},
    };
    std::printf("hedging evolution: 1 focal, %d partners, 4 domains, %zu years, %zu relations, %zu metrics\n",
                partners, years.size(), n.relations().size(), n.metrics().size());
    std::printf("%-44s %14s %14s %12s\n", "configuration", "index (us)", "per year (us)", "rows");
    std::size_t sink = 0;
    for (const auto& c : configs) {
        std::vector<double> t_index, t_year;
        for (int r = 0; r < repeats; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            const hg::network_index idx(n);
            const auto t1 = std::chrono::steady_clock::now();
            const auto ev = hg::evolution(idx, "F", c.rivals, years, c.opt);
            const auto t2 = std::chrono::steady_clock::now();
            sink += ev.rows.size();
            t_index.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
            t_year.push_back(std::chrono::duration<double, std::micro>(t2 - t1).count() / years.size());
        }
        std::printf("%-44s %14.1f %14.1f %12zu\n", c.name, median(t_index), median(t_year),
                    sink / static_cast<std::size_t>(repeats));
        sink = 0;
    }
    return 0;
}
