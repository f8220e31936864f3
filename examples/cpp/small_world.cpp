// small_world.cpp — build a small world of actors and relations by hand.
//
// What this shows: how to create a kzsec::network, add actors and signed
// relations in two domains over time, ask what holds in a year, and take a
// yearly snapshot as a signed graph (with its adjacency matrix).
//
// Expected output: small_world.expected (compared by ctest).
#include <cstdio>
#include <exception>

#include <kzsec/kzsec.hpp>

static int run() {
    kzsec::network world;
    world.metadata.title = "A small world";

    // Actors: a small state between two great powers, a neighbour at war with one of them.
    world.add_actor({.id = "KAZ", .name = "Kazakhstan"});
    world.add_actor({.id = "RUS", .name = "Russia"});
    world.add_actor({.id = "CHN", .name = "China"});
    world.add_actor({.id = "UKR", .name = "Ukraine"});

    // Relations: value on [-1, 1], years inclusive. Illustrative values only.
    auto tie = [&](const char* a, const char* b, const char* domain, double value, int from, int to) {
        kzsec::relation r;
        r.a = a;
        r.b = b;
        r.domain = domain;
        r.value = value;
        r.years = {from, to};
        r.source = "illustration";
        world.add_relation(r);
    };
    tie("KAZ", "RUS", "security", 0.8, 1992, 2024);
    tie("KAZ", "CHN", "security", 0.3, 1992, 2024);
    tie("KAZ", "RUS", "economic", 0.6, 1992, 2013);
    tie("KAZ", "RUS", "economic", 0.5, 2014, 2024);
    tie("KAZ", "CHN", "economic", 0.4, 1992, 2013);
    tie("KAZ", "CHN", "economic", 0.6, 2014, 2024);
    tie("RUS", "UKR", "security", 0.2, 1992, 2013);
    tie("RUS", "UKR", "security", -0.7, 2014, 2024);
    tie("KAZ", "UKR", "security", 0.1, 1992, 2024);

    for (int year : {2010, 2020}) {
        std::printf("== %d\n", year);
        for (const char* domain : {"security", "economic"}) {
            const double rus = world.value("KAZ", "RUS", domain, year).value_or(0.0);
            const double chn = world.value("KAZ", "CHN", domain, year).value_or(0.0);
            std::printf("%-9s KAZ-RUS %+.2f  KAZ-CHN %+.2f  closer to %s\n", domain, rus, chn,
                        rus > chn ? "RUS" : (chn > rus ? "CHN" : "neither"));
        }
        const kzsec::signed_graph g = world.snapshot(year, "security");
        std::printf("security snapshot: %zu actors, %zu ties (%zu positive, %zu negative)\n", g.num_vertices(),
                    g.num_edges(), g.num_positive_edges(), g.num_negative_edges());
        const Eigen::MatrixXd a = g.adjacency();
        std::printf("     ");
        for (const auto& l : g.labels()) std::printf("%6s", l.c_str());
        std::printf("\n");
        for (Eigen::Index i = 0; i < a.rows(); ++i) {
            std::printf("%5s", g.label(static_cast<std::size_t>(i)).c_str());
            for (Eigen::Index j = 0; j < a.cols(); ++j) std::printf("%+6.1f", a(i, j));
            std::printf("\n");
        }
    }
    return 0;
}

int main() {
    // Every kzsec error derives from std::exception; say what went wrong and exit with 1.
    try {
        return run();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "small_world: %s\n", e.what());
        return 1;
    }
}
