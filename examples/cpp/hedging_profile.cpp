// hedging_profile: Kazakhstan between Russia and China.
//
// What this shows:
//   1. the per-domain affinities, tilts and tilt bands of Kazakhstan, its stance toward each power on Kuik's spectrum, toward
//      Russia vs China in the embedded dataset, with the strategy and its reasons;
//   2. the evolution of the domain split (security toward Russia, economy toward China);
//   3. the political-domain tilt computed from UN General Assembly roll calls
//      (Voeten et al., CC0; ../shared/reference/unga/unvotes_subset_2007_2019.csv,
//      passed as the first argument), with the Russia-US split votes.
//
// Expected output: hedging_profile.expected (compared by ctest).
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <kzsec/datasets.hpp>
#include <kzsec/hedging.hpp>

namespace hg = kzsec::hedging;

namespace {

std::vector<std::string> split_csv_line(const std::string& line) {
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            out.push_back(cur);
            cur.clear();
        } else if (c != '\r') {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

/// Adds the UN votes of KZ, RU, CN, US as metrics "unga_vote_voeten" (+1 yes, 0 abstain, -1 no).
int add_un_votes(kzsec::network& net, const std::string& path) {
    std::ifstream in(path);
    if (!in) return -1;
    std::string line;
    std::getline(in, line);
    const auto header = split_csv_line(line);
    const std::map<std::string, std::string> ids{{"KZ", "KAZ"}, {"RU", "RUS"}, {"CN", "CHN"}, {"US", "USA"}};
    std::map<std::string, std::size_t> col;
    for (std::size_t i = 0; i < header.size(); ++i) col[header[i]] = i;
    const std::map<std::string, double> code{{"yes", 1.0}, {"abstain", 0.0}, {"no", -1.0}};
    int n = 0;
    while (std::getline(in, line)) {
        const auto f = split_csv_line(line);
        const int year = std::stoi(f[col.at("date")].substr(0, 4));
        for (const auto& [iso2, id] : ids) {
            const std::string& v = f[col.at(iso2)];
            auto it = code.find(v);
            if (it == code.end()) continue;  // absent or not a member
            kzsec::metric m;
            m.name = "unga_vote_voeten";
            m.a = id;
            m.item = f[col.at("rcid")];
            m.year = year;
            m.value = it->second;
            net.add_metric(m);
            ++n;
        }
    }
    return n;
}

}  // namespace

int main(int argc, char** argv) {
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
    if (added < 0) {
        std::printf("\ncannot read %s\n", argv[1]);
        return 1;
    }
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
