// similarity_unga: how often does Kazakhstan vote like China, Russia, the US, Germany
// and Turkey in the UN General Assembly?
//
// What this shows
//   1. Reading a UN vote table with an explicit vote coding (never assumed).
//   2. Three agreement indices for pairs of countries (identical share, Lijphart's
//      half-credit index, the US State Department "votes only" coincidence).
//   3. The Signorino-Ritter S on the same votes, which equals 2 * Lijphart - 1.
//   4. Split votes: when Russia and the US vote opposite, whom does Kazakhstan follow?
//
// Usage: similarity_unga [unvotes_kz_2007_2019.csv.gz]
//   Without an argument it uses a tiny inline table of six made-up roll calls.
//   With the roll calls shipped in examples/data/ (plain or gzip CSV) it reproduces the published
//   finding (Yuneman 2023): KZ votes most like China, then Russia, least like the US.
//
// Expected output: see similarity_unga.expected (run with examples/data/unvotes_kz_2007_2019.csv.gz).
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "kzsec/readers.hpp"
#include "kzsec/similarity.hpp"

static int run(int argc, char** argv) {
    // The vote coding must be chosen: here the R unvotes strings "yes"/"abstain"/"no",
    // with an empty field meaning absent or not a member.
    kzsec::un_votes_read_options opt;
    opt.coding = kzsec::vote_coding::unvotes();

    kzsec::vote_table vt;
    if (argc > 1) {
        vt = kzsec::read_un_votes(argv[1], opt);
    } else {
        const char* inline_votes =
            "rcid,KZ,RU,CN,US,DE,TR\n"
            "1,yes,yes,yes,no,yes,yes\n"
            "2,yes,yes,yes,no,abstain,yes\n"
            "3,abstain,no,abstain,yes,yes,abstain\n"
            "4,yes,yes,yes,yes,yes,yes\n"
            "5,yes,no,yes,no,no,abstain\n"
            "6,,yes,yes,no,no,yes\n";
        vt = kzsec::read_un_votes_text(inline_votes, opt, "inline");
    }
    std::printf("%zu countries, %zu roll calls\n\n", vt.countries.size(), vt.roll_calls.size());

    // Votes are now 1 = yes, 2 = abstain, 3 = no, NaN = did not vote; one row per country.
    const Eigen::VectorXd kz = vt.votes.row(vt.row_of("KZ")).transpose();
    kzsec::s_score_options s_opt;
    s_opt.max_distance = Eigen::VectorXd::Constant(1, 2.0);  // yes..no spans 2

    std::printf("KZ with  common  identical  Lijphart  StateDept  S(votes)\n");
    for (const std::string partner : {"CN", "RU", "TR", "DE", "US"}) {
        const Eigen::VectorXd other = vt.votes.row(vt.row_of(partner)).transpose();
        const kzsec::un_agreement_result r = kzsec::un_agreement(kz, other);
        const double s = kzsec::s_score(kz, other, s_opt).value;  // = 2 * Lijphart - 1
        std::printf("%-6s  %6lld  %9.3f  %8.3f  %9.3f  %8.3f\n", partner.c_str(), static_cast<long long>(r.n_common),
                    r.identical.value, r.lijphart.value, r.state_department.value, s);
    }

    // Split votes: roll calls where Russia and the US voted opposite (yes vs no).
    const Eigen::VectorXd ru = vt.votes.row(vt.row_of("RU")).transpose();
    const Eigen::VectorXd us = vt.votes.row(vt.row_of("US")).transpose();
    const kzsec::split_vote_result sv = kzsec::split_votes(kz, ru, us);
    std::printf("\nRussia vs US split votes: %lld\n", static_cast<long long>(sv.n_split));
    std::printf("  KZ with Russia %lld (%.1f%%), with the US %lld (%.1f%%), abstained %lld, did not vote %lld\n",
                static_cast<long long>(sv.with_a), 100 * sv.share_a.value, static_cast<long long>(sv.with_b),
                100 * sv.share_b.value, static_cast<long long>(sv.abstain), static_cast<long long>(sv.missing));
    std::printf("  tilt toward Russia among votes cast: %+.3f\n", sv.tilt.value);
    return 0;
}

int main(int argc, char** argv) {
    // Every kzsec error derives from std::exception; say what went wrong and exit with 1.
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "similarity_unga: %s\n", e.what());
        return 1;
    }
}
