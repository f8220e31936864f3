// Validation of the strategy classifier on the world network against the
// literature (tests/data/validation/alignment_cases.csv, assembled from the
// literature before the classifier was run on it; docs/validation.md).
//
// Every row's prediction is asserted against the recorded predictions
// (tests/data/validation/predictions.csv), the accuracy against the target label
// must be at least 85 % with every class hit, the rows where the treaty or
// dispute record contradicts an author's headline must NOT get that headline,
// and the confusion matrices in docs/validation.md must be the ones computed
// here. Run with KZSEC_UPDATE_GOLDEN=1 to rewrite the recorded files after a
// deliberate change (and explain the change in docs/validation.md).
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "kzsec/datasets.hpp"
#include "kzsec/detail/csv_reader.hpp"
#include "kzsec/hedging.hpp"
#include "test_support.hpp"

namespace {

using kzsec_test::slurp;

struct case_row {
    std::string iso3, r1, r2, literature, lit_aligned, record, rec_aligned, citation;
    int year = 0;
    std::string target() const { return record.empty() ? literature : record; }
    std::string target_aligned() const { return record.empty() ? lit_aligned : rec_aligned; }
};

std::vector<case_row> read_cases() {
    const std::string text = slurp(kzsec_test::source_dir() / "tests/data/validation/alignment_cases.csv");
    const kzsec::detail::csv_table t = kzsec::detail::parse_csv(text, "alignment_cases.csv");
    const int ci = t.require_column("iso3"), cy = t.require_column("year"), c1 = t.require_column("rival1"),
              c2 = t.require_column("rival2"), ce = t.require_column("expected"), ca = t.require_column("aligned_with"),
              cr = t.require_column("record_label"), cra = t.require_column("record_aligned_with"),
              cc = t.require_column("citation");
    std::vector<case_row> out;
    for (const auto& f : t.rows) {
        const auto at = [&](int c) { return f[static_cast<std::size_t>(c)]; };
        out.push_back({at(ci), at(c1), at(c2), at(ce), at(ca), at(cr), at(cra), at(cc), std::stoi(at(cy))});
    }
    return out;
}

const std::vector<std::string> labels = {"balancing", "bandwagoning", "hedging", "neutrality", "collective_security"};

std::string confusion(const std::vector<case_row>& rows, const std::vector<std::string>& pred, bool literature) {
    std::map<std::pair<std::string, std::string>, int> m;
    int correct = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string exp = literature ? rows[i].literature : rows[i].target();
        ++m[{exp, pred[i]}];
        correct += exp == pred[i];
    }
    // short column heads so that the table fits the page
    const auto head = [](const std::string& l) { return l == "collective_security" ? std::string("coll. sec.") : l; };
    std::string out = "Rows: the expected label; columns: the predicted label.\n\n| |";
    for (const auto& l : labels) out += " " + head(l) + " |";
    out += " total | recall |\n|---|";
    for (std::size_t i = 0; i < labels.size(); ++i) out += "---:|";
    out += "---:|---:|\n";
    for (const auto& e : labels) {
        int tot = 0;
        for (const auto& p : labels) tot += m[{e, p}];
        if (tot == 0) continue;
        out += "| " + e + " |";
        for (const auto& p : labels) out += fmt::format(" {} |", m[{e, p}]);
        out += fmt::format(" {} | {:.0f} % |\n", tot, 100.0 * m[{e, e}] / tot);
    }
    out += fmt::format("\nLabels correct: {} of {} ({:.1f} %).\n", correct, rows.size(), 100.0 * correct / rows.size());
    return out;
}

}  // namespace

TEST_SUITE("validation") {

TEST_CASE("the classifier on the literature's cases (world network, docs/validation.md)") {
    const auto rows = read_cases();
    REQUIRE(rows.size() >= 40);
    int min_year = 3000, max_year = 0;
    for (const auto& r : rows) min_year = std::min(min_year, r.year), max_year = std::max(max_year, r.year);
    kzsec::world::world_options wo;
    wo.first_year = min_year;
    wo.last_year = max_year;
    const auto net = kzsec::datasets::world(wo);
    const kzsec::hedging::network_index idx(net);
    kzsec::hedging::profile_options po;
    po.domains = {"security", "political", "economic", "institutional"};
    po.robustness_draws = 200;

    std::vector<std::string> pred, pred_aligned, robustness, rules;
    std::string table = "iso3,year,frame,literature,record,target,target_aligned_with,predicted,predicted_aligned_with,rule,robustness,correct\n";
    int correct = 0, headline_avoided = 0, headline_rows = 0;
    std::map<std::string, int> hits;
    std::map<std::string, int> frames;
    for (const auto& r : rows) {
        ++frames[r.r1 + "-" + r.r2];
        const auto p = kzsec::hedging::profile(idx, r.iso3, {r.r1, r.r2}, r.year, po);
        const auto& st = p.structure.strategy;
        const std::string label(kzsec::hedging::to_string(st.primary));
        pred.push_back(label);
        pred_aligned.push_back(st.aligned_with);
        robustness.push_back(fmt::format("{:.2f}", st.robustness));
        rules.push_back(st.reasons.empty() ? "" : st.reasons.front().code);
        const bool ok = label == r.target() && (r.target_aligned().empty() || st.aligned_with == r.target_aligned());
        correct += ok;
        if (ok) ++hits[label];
        if (!r.record.empty() && r.record != r.literature) {
            ++headline_rows;
            headline_avoided += label != r.literature;
        }
        table += fmt::format("{},{},{}-{},{},{},{},{},{},{},{},{:.2f},{}\n", r.iso3, r.year, r.r1, r.r2, r.literature, r.record,
                             r.target(), r.target_aligned(), label, st.aligned_with,
                             st.reasons.empty() ? "" : st.reasons.front().code, st.robustness, ok ? "yes" : "no");
    }
    const double accuracy = static_cast<double>(correct) / static_cast<double>(rows.size());
    MESSAGE(fmt::format("validation: {} of {} correct ({:.1f} %)", correct, rows.size(), 100 * accuracy));
    CHECK(frames.size() >= 3);
    CHECK(accuracy >= 0.85);
    for (const char* l : {"balancing", "bandwagoning", "hedging", "neutrality"}) CHECK_MESSAGE(hits[l] > 0, l);
    // where the record contradicts an author's headline, the headline must not come out
    CHECK(headline_rows >= 10);
    CHECK(headline_avoided == headline_rows);

    std::string cases = "| state | year | frame | literature | target | predicted | robustness | rule | source |\n"
                        "|---|---:|---|---|---|---|---:|---|---|\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const auto with = [](const std::string& l, const std::string& a) { return a.empty() ? l : l + " (" + a + ")"; };
        const bool ok = pred[i] == r.target() && (r.target_aligned().empty() || pred_aligned[i] == r.target_aligned());
        std::string cite = r.citation.substr(0, r.citation.find(';'));
        if (cite.size() > 70) cite = cite.substr(0, 67) + "...";
        cases += fmt::format("| {} | {} | {}-{} | {} | {} | {}{} | {} | {} | {} |\n", r.iso3, r.year, r.r1, r.r2,
                             with(r.literature, r.lit_aligned), with(r.target(), r.target_aligned()),
                             with(pred[i], pred_aligned[i]), ok ? "" : " **(miss)**", robustness[i], rules[i], cite);
    }
    std::string docs_block = "### Against the target label (the record where it contradicts the headline)\n\n" +
                             confusion(rows, pred, false) +
                             "\n### Against the literature's headline label\n\n" + confusion(rows, pred, true) +
                             "\n### Every case\n\n" + cases;
    const auto golden = kzsec_test::source_dir() / "tests/data/validation/predictions.csv";
    if (kzsec_test::update_golden()) std::ofstream(golden, std::ios::binary) << table;
    CHECK_MESSAGE(slurp(golden) == table, "predictions changed: compare with tests/data/validation/predictions.csv "
                                          "(KZSEC_UPDATE_GOLDEN=1 rewrites it)");
    const std::string in_docs = kzsec_test::generated_block(
        kzsec_test::source_dir() / "docs/validation.md",
        "<!-- confusion:begin (generated by tests/cpp/test_validation.cpp) -->\n", "<!-- confusion:end -->", docs_block);
    CHECK_MESSAGE(in_docs == docs_block, "the confusion matrices in docs/validation.md are stale");
}

}  // TEST_SUITE
