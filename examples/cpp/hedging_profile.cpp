// hedging_profile: Kazakhstan between Russia and China.
//
// What this shows:
//   1. the per-domain affinities, tilts and tilt bands of Kazakhstan, its stance toward each power on Kuik's spectrum, toward
//      Russia vs China in the embedded dataset, with the strategy and its reasons;
//   2. the evolution of the domain split (security toward Russia, economy toward China);
//   3. the political-domain tilt computed from UN General Assembly roll calls
//      (Voeten et al., CC0; examples/data/unvotes_kz_2007_2019.csv.gz, shipped with
//      kzsec, passed as the first argument), with the Russia-US split votes.
//
// Usage: hedging_profile [unvotes_kz_2007_2019.csv.gz]   (part 3 needs the file)
//
// Expected output: hedging_profile.expected (compared by ctest).
#include <cmath>
#include <cstdio>
#include <exception>
#include <map>
#include <string>
#include <vector>

#include <kzsec/datasets.hpp>
#include <kzsec/hedging.hpp>
#include <kzsec/readers.hpp>

namespace hg = kzsec::hedging;

namespace {

/// Adds the UN votes of KZ, RU, CN, US as metrics "unga_vote_voeten" (+1 yes, 0 abstain, -1 no).
/// kzsec::read_un_votes reads the file (plain or gzip CSV) with the R unvotes coding
/// (1 yes, 2 abstain, 3 no, NaN absent); 2 - v turns that into +1 / 0 / -1.
/// Throws file_not_found or parse_error (with the file and line) on a bad file.
int add_un_votes(kzsec::network& net, const std::string& path) {
    kzsec::un_votes_read_options read;
    read.coding = kzsec::vote_coding::unvotes();
    read.countries = {"KZ", "RU", "CN", "US"};
    const kzsec::vote_table vt = kzsec::read_un_votes(path, read);
    const std::map<std::string, std::string> ids{{"KZ", "KAZ"}, {"RU", "RUS"}, {"CN", "CHN"}, {"US", "USA"}};
    int n = 0;
    for (Eigen::Index c = 0; c < vt.votes.cols(); ++c) {
        const int year = std::stoi(vt.date[static_cast<std::size_t>(c)].substr(0, 4));
        for (Eigen::Index r = 0; r < vt.votes.rows(); ++r) {
            const double v = vt.votes(r, c);
            if (std::isnan(v)) continue;  // absent or not a member
            kzsec::metric m;
            m.name = "unga_vote_voeten";
            m.a = ids.at(vt.countries[static_cast<std::size_t>(r)]);
            m.item = vt.roll_calls[static_cast<std::size_t>(c)];
            m.year = year;
            m.value = 2.0 - v;
            net.add_metric(m);
            ++n;
        }
    }
    return n;
}

}  // namespace

static int run(int argc, char** argv) {
    kzsec::network net = kzsec::datasets::kazakhstan();
    hg::profile_options opt;
    opt.domains = {"security", "economic", "political"};

    std::printf("1. Kazakhstan between Russia (reference) and China, 2022, from the network\n");
    const hg::network_index idx(net);
    const auto p = hg::profile(idx, "KAZ", {"RUS", "CHN"}, 2022, opt);
    std::printf("%-10s %6s %6s %7s %9s  %s\n", "domain", "RUS", "CHN", "tilt", "hedging", "tilt band");
    for (const auto& r : p.structure.domains)
        std::printf("%-10s %6.2f %6.2f %7.2f %9.3f  %s\n", r.domain.c_str(), r.affinity[0], r.affinity[1], r.tilt,
                    r.hedging, std::string(hg::to_string(r.band)).c_str());
    const auto& ag = p.structure.aggregate;
    std::printf("aggregate  %6.3f %6.3f %7.3f %9.3f  %s\n", ag.affinity[0], ag.affinity[1], ag.tilt, ag.hedging,
                std::string(hg::to_string(ag.band)).c_str());
    std::printf("spread %.2f, split %s\n", ag.spread, ag.split ? "yes" : "no");
    std::printf("stance on Kuik's spectrum (security s, mean of the other domains o):\n");
    for (const auto& st : p.structure.stances)
        std::printf("  toward %s: %s (s %+.3f, o %+.3f; rule %s)\n", st.power.c_str(),
                    std::string(hg::to_string(st.position)).c_str(), st.security, st.other, st.rule.c_str());
    std::printf("strategy: %s (aligned with %s); components:", std::string(hg::to_string(p.structure.strategy.primary)).c_str(),
                p.structure.strategy.aligned_with.empty() ? "none" : p.structure.strategy.aligned_with.c_str());
    for (auto c : p.structure.strategy.components) std::printf(" %s", std::string(hg::to_string(c)).c_str());
    std::printf("\n");
    for (const auto& r : p.structure.strategy.reasons) std::printf("  [%s] %s\n", r.code.c_str(), r.text.c_str());
    std::printf("cross-pressure: %d triads, exposure %.3f\n\n", p.cross_pressure.triads, p.cross_pressure.exposure);

    std::printf("2. Evolution of the security and economic tilts (RUS - CHN)\n");
    std::printf("%5s %9s %9s %7s %6s  %s\n", "year", "security", "economic", "spread", "split", "strategy");
    const auto ev = hg::evolution(idx, "KAZ", {"RUS", "CHN"}, {1995, 2005, 2013, 2014, 2018, 2021, 2022, 2024}, opt);
    const auto c = ev.columns();
    for (std::size_t i = 0; i < c.year.size(); i += 3)
        std::printf("%5d %9.2f %9.2f %7.2f %6s  %s\n", c.year[i], c.tilt[i], c.tilt[i + 1], c.spread[i],
                    c.split[i] ? "yes" : "no", c.strategy[i].c_str());

    if (argc < 2) return 0;
    const int added = add_un_votes(net, argv[1]);
    std::printf("\n3. Political affinity from UN roll calls (%d votes; 2 IA - 1, Lijphart)\n", added);
    const hg::network_index idx2(net);
    hg::profile_options un = opt;
    un.domains = {"political"};
    auto spec = hg::parse_affinity_spec("un_agreement");
    spec.metric = "unga_vote_voeten";
    un.sources["political"] = spec;
    un.vote_metric = "unga_vote_voeten";
    std::printf("%5s %7s %7s %7s %7s  %s\n", "year", "RUS", "CHN", "USA", "RUS-CHN", "RUS-USA splits: with RUS / USA / abstain");
    for (int y = 2007; y <= 2019; y += 3) {
        const auto q = hg::profile(idx2, "KAZ", {"RUS", "CHN", "USA"}, y, un);
        const auto& r = q.structure.domains[0];
        const auto sv = hg::split_votes(idx2, "KAZ", "RUS", "USA", y, "unga_vote_voeten");
        std::printf("%5d %7.3f %7.3f %7.3f %7.3f  %d / %d / %d of %d\n", y, r.affinity[0], r.affinity[1], r.affinity[2],
                    r.affinity[0] - r.affinity[1], sv.with_a, sv.with_b, sv.abstain, sv.n_split);
    }
    return 0;
}

int main(int argc, char** argv) {
    // Every kzsec error derives from std::exception; say what went wrong and exit with 1.
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "hedging_profile: %s\n", e.what());
        return 1;
    }
}
