// Tests of include/kzsec/similarity.hpp against published values (Signorino & Ritter
// 1999 via r-strat, Häge 2011 formulas as computed in the research note), hand-worked
// cases and brute force (all-pairs matrices vs pairwise calls).
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "kzsec/detail/csv_reader.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/readers.hpp"
#include "kzsec/similarity.hpp"
#include "test_support.hpp"

using kzsec::similarity_value;
using kzsec::undefined_reason;
using Eigen::VectorXd;

namespace {

VectorXd vec(std::initializer_list<double> v) {
    VectorXd x(static_cast<Eigen::Index>(v.size()));
    Eigen::Index i = 0;
    for (double d : v) x[i++] = d;
    return x;
}

VectorXd column(const kzsec::detail::csv_table& t, const std::string& name) {
    const int c = t.require_column(name);
    VectorXd v(static_cast<Eigen::Index>(t.rows.size()));
    for (std::size_t r = 0; r < t.rows.size(); ++r) v[static_cast<Eigen::Index>(r)] = std::stod(t.rows[r][c]);
    return v;
}

// Published / independently computed values from reference_values_similarity_toy.csv.
std::map<std::string, double> toy_values() {
    const auto t = kzsec::detail::read_csv_file(kzsec_test::reference("similarity/reference_values_similarity_toy.csv"));
    std::map<std::string, double> out;
    for (const auto& r : t.rows)
        if (r[3] != "NA") out[r[0] + "|" + r[1] + "|" + r[2]] = std::stod(r[3]);
    return out;
}

const double nan_v = std::numeric_limits<double>::quiet_NaN();

}  // namespace

TEST_SUITE("similarity") {

TEST_CASE("S: Signorino & Ritter 1999 Table 6, Germany-Russia 1914") {
    const auto t = kzsec::detail::read_csv_file(kzsec_test::reference("similarity/sr1999_table6_gmyrus1914.csv"));
    const VectorXd gmy = column(t, "gmy"), rus = column(t, "rus"), cap = column(t, "syscap");
    const auto ref = toy_values();
    kzsec::s_score_options o;
    o.max_distance = vec({3});
    // Published unweighted S = 0.40 (SR 1999 Table 6).
    CHECK(kzsec::s_score(gmy, rus, o).value == doctest::Approx(0.40).epsilon(1e-12));
    CHECK(kzsec::s_score(gmy, rus, o).n == 20);
    // Capability-weighted: -0.46 from the 2-decimal capabilities (printed -0.45).
    o.weights = cap;
    const double sw = kzsec::s_score(gmy, rus, o).value;
    CHECK(std::round(sw * 100) / 100 == doctest::Approx(-0.46));
    CHECK(sw == doctest::Approx(-0.45).epsilon(0.03));
    // Squared, unweighted (Häge).
    o.weights.resize(0);
    o.squared = true;
    CHECK(kzsec::s_score(gmy, rus, o).value == doctest::Approx(ref.at("SR1999_T6_1914|GMY-RUS|S_sq_unweighted")).epsilon(1e-6));
    // Default max distance = observed range 0..3 gives the same value.
    o.max_distance.resize(0);
    o.squared = false;
    CHECK(kzsec::s_score(gmy, rus, o).value == doctest::Approx(0.40));
}

TEST_CASE("kappa, pi, tau-b: Germany-Russia 1914 (Häge formulas, fpsim, R cor)") {
    const auto t = kzsec::detail::read_csv_file(kzsec_test::reference("similarity/sr1999_table6_gmyrus1914.csv"));
    const VectorXd gmy = column(t, "gmy"), rus = column(t, "rus");
    const auto ref = toy_values();
    auto near = [](double a, double b) { return std::fabs(a - b) < 5e-7; };
    CHECK(near(kzsec::cohen_kappa(gmy, rus).value, ref.at("SR1999_T6_1914|GMY-RUS|kappa_quadratic_Haege")));
    CHECK(near(kzsec::cohen_kappa(rus, gmy).value, ref.at("SR1999_T6_1914|GMY-RUS|cohenk_fpsim_wexp2_levels0_3")));
    kzsec::chance_agreement_options lin;
    lin.weight_exponent = 1;
    lin.levels = vec({0, 1, 2, 3});
    CHECK(near(kzsec::cohen_kappa(gmy, rus, lin).value, ref.at("SR1999_T6_1914|GMY-RUS|cohenk_fpsim_wexp1_levels0_3")));
    CHECK(near(kzsec::scott_pi(gmy, rus).value, ref.at("SR1999_T6_1914|GMY-RUS|pi_quadratic_Haege")));
    kzsec::chance_agreement_options lv;
    lv.levels = vec({0, 1, 2, 3});
    CHECK(near(kzsec::scott_pi_nominal(gmy, rus, lv).value, ref.at("SR1999_T6_1914|GMY-RUS|spi_nominal_fpsim_levels0_3")));
    CHECK(near(kzsec::tau_b(gmy, rus).value, ref.at("SR1999_T6_1914|GMY-RUS|tau_b")));
    // A value outside the declared levels is an error.
    lv.levels = vec({0, 1, 2});
    CHECK_THROWS_AS(kzsec::cohen_kappa(gmy, rus, lv), kzsec::invalid_input);
}

TEST_CASE("S and tau-b: Signorino & Ritter 1999 Table 5 toy portfolios") {
    // The eight pairs of portfolios of SR 1999 Table 5 (as in r-strat's unit tests), scale 0..3.
    struct toy { const char* name; std::vector<double> x, y; double s, tau; };
    auto rep = [](std::vector<double> v, double a, int n) { v.insert(v.end(), static_cast<std::size_t>(n), a); return v; };
    std::vector<toy> cases = {
        {"a", {0, 1, 2, 3}, {3, 2, 1, 0}, -1.0 / 3, -1},
        {"b", {1, 2, 2, 3}, {3, 2, 2, 1}, 1.0 / 3, -1},
        {"c", {2, 2, 3, 3}, {3, 3, 2, 2}, 1.0 / 3, -1},
        {"d", {3, 3, 3, 3}, {3, 3, 3, 3}, 1, nan_v},
        {"e", rep({}, 0, 10), rep({}, 0, 10), 2.0 / 3, -0.090909},
        {"f", {0}, {3}, 2.0 / 3, -1},
        {"g", {0}, {3}, 2.0 / 3, -1},
        {"h", {0, 3}, {3, 0}, 2.0 / 3, -0.090909},
    };
    cases[4].x.insert(cases[4].x.end(), {0, 3});
    cases[4].y.insert(cases[4].y.end(), {3, 0});
    cases[5].x = rep(cases[5].x, 1, 10); cases[5].x.push_back(3);
    cases[5].y = rep(cases[5].y, 1, 10); cases[5].y.push_back(0);
    cases[6].x = rep(cases[6].x, 2, 10); cases[6].x.push_back(3);
    cases[6].y = rep(cases[6].y, 2, 10); cases[6].y.push_back(0);
    cases[7].x = rep(cases[7].x, 3, 10);
    cases[7].y = rep(cases[7].y, 3, 10);
    const auto ref = toy_values();
    kzsec::s_score_options o;
    o.max_distance = vec({3});
    for (const auto& c : cases) {
        CAPTURE(c.name);
        const Eigen::Map<const VectorXd> x(c.x.data(), static_cast<Eigen::Index>(c.x.size()));
        const Eigen::Map<const VectorXd> y(c.y.data(), static_cast<Eigen::Index>(c.y.size()));
        CHECK(kzsec::s_score(x, y, o).value == doctest::Approx(c.s).epsilon(1e-12));
        CHECK(kzsec::s_score(x, y, o).value ==
              doctest::Approx(ref.at(std::string("SR1999_T5|") + c.name + "|S_abs_unweighted_delta3")).epsilon(1e-5));
        const similarity_value tb = kzsec::tau_b(x, y);
        if (std::isnan(c.tau)) {
            CHECK_FALSE(tb.defined);
            CHECK(tb.reason == undefined_reason::constant_vector);
            CHECK(std::isnan(tb.value));
        } else {
            CHECK(tb.value == doctest::Approx(c.tau).epsilon(1e-5));
        }
    }
}

TEST_CASE("S: r-strat example with per-dimension weights and maximum distances") {
    // Worked: |A-B| = 1,1,3,3,0,0,0,1; Σ w|d|/m = (.5+.4+.15+.15)/3 + .25/2 = .525; Σw = 2;
    // S = 1 - 2(.525)/2 = 0.475.
    kzsec::s_score_options o;
    o.weights = vec({.5, .4, .05, .05, .25, .25, .25, .25});
    o.max_distance = vec({3, 3, 3, 3, 2, 2, 2, 2});
    const auto s = kzsec::s_score(vec({3, 2, 3, 0, 3, 3, 1, 2}), vec({2, 3, 0, 3, 3, 3, 1, 3}), o);
    CHECK(s.value == doctest::Approx(0.475).epsilon(1e-12));
}

TEST_CASE("S: 1947 alliances and UN votes (SR 1999 Tables 7-8)") {
    const auto al = kzsec::detail::read_csv_file(kzsec_test::reference("similarity/sr1999_table7a_alliances1947.csv"));
    const auto un = kzsec::detail::read_csv_file(kzsec_test::reference("similarity/sr1999_unvotes1947.csv"));
    const auto ref = toy_values();
    const VectorXd cap = column(al, "SysCap");
    const char* states[4] = {"USA", "UK", "FRN", "RUS"};
    // Printed SR Table 8 values (alliances + UN), 2-decimal rounding: ±0.03 only.
    const std::map<std::string, double> printed = {{"USA-UK", -0.01}, {"USA-FRN", 0.10}, {"USA-RUS", -0.60},
                                                   {"UK-FRN", 0.73},  {"UK-RUS", 0.19},  {"FRN-RUS", 0.30}};
    for (int i = 0; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j) {
            const std::string pair = std::string(states[i]) + "-" + states[j];
            CAPTURE(pair);
            const VectorXd a = column(al, states[i]), b = column(al, states[j]);
            const VectorXd va = column(un, states[i]), vb = column(un, states[j]);
            kzsec::s_score_options o;
            o.max_distance = vec({3});
            CHECK(kzsec::s_score(a, b, o).value == doctest::Approx(ref.at("SR1999_T7_1947_alliances|" + pair + "|S_abs_unweighted")).epsilon(1e-5));
            o.weights = cap;
            CHECK(kzsec::s_score(a, b, o).value == doctest::Approx(ref.at("SR1999_T7_1947_alliances|" + pair + "|S_abs_weighted_syscap")).epsilon(1e-5));
            CHECK(kzsec::tau_b(a, b).value == doctest::Approx(ref.at("SR1999_T7_1947_alliances|" + pair + "|tau_b")).epsilon(1e-5));
            kzsec::s_score_options ov;
            ov.max_distance = vec({2});
            CHECK(kzsec::s_score(va, vb, ov).value == doctest::Approx(ref.at("SR1999_T7_1947_UNvotes|" + pair + "|S_abs_unweighted_delta2")).epsilon(1e-5));
            // Mixed: alliances (m = 3, w = SysCap) then 32 votes (m = 2, w = 1/32).
            const Eigen::Index na = a.size(), nv = va.size();
            VectorXd x(na + nv), y(na + nv), w(na + nv), m(na + nv);
            x << a, va;
            y << b, vb;
            w << cap, VectorXd::Constant(nv, 1.0 / static_cast<double>(nv));
            m << VectorXd::Constant(na, 3), VectorXd::Constant(nv, 2);
            kzsec::s_score_options om;
            om.weights = w;
            om.max_distance = m;
            const double s = kzsec::s_score(x, y, om).value;
            CHECK(s == doctest::Approx(ref.at("SR1999_T8_1947_allies_plus_UN|" + pair + "|S_abs_weighted_mixed_maxdist")).epsilon(1e-5));
            CHECK(std::fabs(s - printed.at(pair)) < 0.03);
        }
}

TEST_CASE("kappa, pi, nominal pi, tau-b: hand-worked case") {
    // x = (1,1,2,3), y = (2,2,3,3), N = 4.
    // Observed Σ(x-y)^2 = 1+1+1+0 = 3.
    // Kappa: Σx=7, Σy=10, Σx²=15, Σy²=26; expected = 15+26 - (2/4)(7)(10) = 41 - 35 = 6; κ = 1 - 3/6 = 0.5.
    //   (Check by enumeration: (1/4) Σ_a Σ_b (x_a-y_b)^2 = (2·10 + 2 + 2)/4 = 6.)
    // Pi: expected = 41 - 17²/8 = 4.875; π = 1 - 3/4.875 = 5/13.
    // Linear kappa: observed Σ|x-y| = 3; expected (1/4) Σ_a Σ_b |x_a-y_b| = (2·6 + 2 + 2)/4 = 4; κ = 1 - 3/4 = 0.25.
    // Nominal pi: p_o = 1/4; pooled counts 1:2, 2:3, 3:3 of 8 -> p_e = (4+9+9)/64 = 11/32;
    //   π = (1/4 - 11/32)/(1 - 11/32) = (-3/32)/(21/32) = -1/7.
    // Tau-b: pairs (1,2) tied on both; (1,3),(1,4),(2,3),(2,4) concordant; (3,4) tied on y only:
    //   C = 4, D = 0, Tx = 0, Ty = 1 -> τ = 4/sqrt(4·5) = 0.894427.
    const VectorXd x = vec({1, 1, 2, 3}), y = vec({2, 2, 3, 3});
    CHECK(kzsec::cohen_kappa(x, y).value == doctest::Approx(0.5));
    CHECK(kzsec::scott_pi(x, y).value == doctest::Approx(5.0 / 13));
    kzsec::chance_agreement_options lin;
    lin.weight_exponent = 1;
    CHECK(kzsec::cohen_kappa(x, y, lin).value == doctest::Approx(0.25));
    CHECK(kzsec::scott_pi_nominal(x, y).value == doctest::Approx(-1.0 / 7));
    CHECK(kzsec::tau_b(x, y).value == doctest::Approx(4.0 / std::sqrt(20.0)));
    // Pi with general exponent 2 through the enumeration branch equals the closed form.
    kzsec::chance_agreement_options e2;
    e2.weight_exponent = 2.0000000001;
    CHECK(kzsec::scott_pi(x, y, e2).value == doctest::Approx(5.0 / 13).epsilon(1e-6));
}

TEST_CASE("undefined values carry a reason") {
    const VectorXd c = vec({2, 2, 2}), nanv = vec({nan_v, nan_v, nan_v});
    auto k = kzsec::cohen_kappa(c, c);
    CHECK_FALSE(k.defined);
    CHECK(k.reason == undefined_reason::zero_expected_disagreement);
    kzsec::chance_agreement_options h;
    h.zero_denominator_as_zero = true;  // Häge's UN convention
    k = kzsec::cohen_kappa(c, c, h);
    CHECK(k.defined);
    CHECK(k.value == 0.0);
    CHECK(kzsec::scott_pi(c, nanv).reason == undefined_reason::no_common_dimensions);
    CHECK(kzsec::s_score(c, nanv).reason == undefined_reason::no_common_dimensions);
    CHECK(kzsec::s_score(c, c).reason == undefined_reason::zero_max_distance);  // range 0, none given
    kzsec::s_score_options w0;
    w0.weights = VectorXd::Zero(3);
    w0.max_distance = vec({1});
    CHECK(kzsec::s_score(c, c, w0).reason == undefined_reason::zero_weight);
    CHECK(kzsec::to_string(undefined_reason::constant_vector) == "constant_vector");
    CHECK_THROWS_AS(kzsec::s_score(vec({1, 2}), vec({1})), kzsec::invalid_input);
    w0.weights = vec({1, -1, 1});
    CHECK_THROWS_AS(kzsec::s_score(c, c, w0), kzsec::invalid_input);
    // Pairwise deletion: the NaN dimension is ignored.
    kzsec::s_score_options o;
    o.max_distance = vec({2});
    const auto s = kzsec::s_score(vec({1, nan_v, 3}), vec({1, 1, 1}), o);
    CHECK(s.n == 2);
    CHECK(s.value == doctest::Approx(1 - 2.0 * (0 + 1) / 2));
}

TEST_CASE("UN agreement indices: hand-worked case and S = 2 IA - 1") {
    // x = yes, yes, abstain, no, no, —;  y = yes, no, yes, no, abstain, yes
    // common t = 5: identical (yes,yes),(no,no) f = 2; half (abstain,yes),(no,abstain) g = 2; opposite 1.
    // identical share 2/5; IA = (2 + 2/2)/5 = 0.6; State Dept: both yes/no on 3 votes, 2 identical -> 2/3.
    const VectorXd x = vec({1, 1, 2, 3, 3, nan_v}), y = vec({1, 3, 1, 3, 2, 1});
    const auto r = kzsec::un_agreement(x, y);
    CHECK(r.n_common == 5);
    CHECK(r.n_identical == 2);
    CHECK(r.n_half == 2);
    CHECK(r.n_opposite == 1);
    CHECK(r.identical.value == doctest::Approx(0.4));
    CHECK(r.lijphart.value == doctest::Approx(0.6));
    CHECK(r.state_department.value == doctest::Approx(2.0 / 3));
    kzsec::s_score_options o;
    o.max_distance = vec({2});
    CHECK(kzsec::s_score(x, y, o).value == doctest::Approx(2 * 0.6 - 1));
    CHECK_THROWS_AS(kzsec::un_agreement(vec({1, 8}), vec({1, 1})), kzsec::invalid_input);
    // No yes/no vote in common -> State Dept index undefined with its reason.
    const auto a = kzsec::un_agreement(vec({2, 2}), vec({1, 2}));
    CHECK(a.state_department.reason == undefined_reason::no_opposite_or_identical);
}

TEST_CASE("UN agreement on the 2007-2019 reference votes") {
    kzsec::un_votes_read_options opt;
    opt.coding = kzsec::vote_coding::unvotes();
    const auto vt = kzsec::read_un_votes(kzsec_test::reference("unga/unvotes_subset_2007_2019.csv"), opt);
    REQUIRE(vt.countries.size() == 10);
    const Eigen::MatrixXd ia = kzsec::un_agreement_matrix(vt.votes, kzsec::un_agreement_index::lijphart);
    kzsec::s_score_options o;
    o.max_distance = vec({2});
    const Eigen::MatrixXd s = kzsec::s_score_matrix(vt.votes, o);
    // S_abs = 2 IA - 1 on every dyad (two different computations: distances vs counts).
    for (Eigen::Index i = 0; i < ia.rows(); ++i)
        for (Eigen::Index j = 0; j < ia.cols(); ++j) CHECK(s(i, j) == doctest::Approx(2 * ia(i, j) - 1).epsilon(1e-12));
    // Published finding (Yuneman 2023), in direction: Kazakhstan votes most like China, then
    // Russia, then Turkey and Germany, least like the United States.
    const auto kz = vt.row_of("KZ");
    const double cn = ia(kz, vt.row_of("CN")), ru = ia(kz, vt.row_of("RU")), tr = ia(kz, vt.row_of("TR")),
                 de = ia(kz, vt.row_of("DE")), us = ia(kz, vt.row_of("US"));
    CHECK(cn > ru);
    CHECK(ru > std::max(tr, de));
    CHECK(std::min(tr, de) > us);
    // Research note §6: Turkmenistan was absent on 165 of the 625 Russia-US split votes.
    const auto sv = kzsec::split_votes(vt.votes.row(vt.row_of("TM")).transpose(), vt.votes.row(vt.row_of("RU")).transpose(),
                                       vt.votes.row(vt.row_of("US")).transpose());
    CHECK(sv.n_split == 625);
    CHECK(sv.missing == 165);
    CHECK(sv.with_a + sv.with_b + sv.abstain + sv.missing == sv.n_split);
}

TEST_CASE("split votes: hand-worked case") {
    // A and B split (yes/no) on roll calls 0-4; 5 is not split (both yes).
    // state: with A (yes), with B (yes when B yes), abstain, missing, with A (no).
    const VectorXd a = vec({1, 3, 1, 1, 3, 1}), b = vec({3, 1, 3, 3, 1, 1}), s = vec({1, 1, 2, nan_v, 3, 1});
    const auto r = kzsec::split_votes(s, a, b);
    CHECK(r.n_split == 5);
    CHECK(r.with_a == 2);
    CHECK(r.with_b == 1);
    CHECK(r.abstain == 1);
    CHECK(r.missing == 1);
    CHECK(r.share_a.value == doctest::Approx(0.4));
    CHECK(r.tilt.value == doctest::Approx((2.0 - 1.0) / 4));
    const auto none = kzsec::split_votes(vec({1}), vec({1}), vec({1}));
    CHECK(none.share_a.reason == undefined_reason::no_split_votes);
}

TEST_CASE("all-pairs matrices equal pairwise calls (brute force, random data with missing values)") {
    std::mt19937_64 rng(20240607);
    std::uniform_int_distribution<int> vote(1, 3), miss(0, 9);
    std::uniform_real_distribution<double> unif(0.0, 1.0);
    const Eigen::Index n = 9, N = 40;
    Eigen::MatrixXd v(n, N);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index k = 0; k < N; ++k) v(i, k) = miss(rng) == 0 ? nan_v : vote(rng);
    v.row(3).setConstant(2.0);  // a constant row: kappa/tau-b undefined against some rows
    v.row(5).setConstant(nan_v);
    v(5, 0) = 1;  // a row with a single vote
    VectorXd w(N), m(N);
    for (Eigen::Index k = 0; k < N; ++k) {
        w[k] = unif(rng);
        m[k] = k % 2 ? 2.0 : 3.0;
    }
    auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || std::fabs(a - b) < 1e-10; };
    auto check_all = [&](const Eigen::MatrixXd& mat, auto f) {
        for (Eigen::Index i = 0; i < n; ++i)
            for (Eigen::Index j = 0; j < n; ++j) {
                CAPTURE(i);
                CAPTURE(j);
                CHECK(same(mat(i, j), f(v.row(i).transpose(), v.row(j).transpose())));
            }
    };
    for (bool squared : {false, true})
        for (bool weighted : {false, true}) {
            kzsec::s_score_options o;
            o.squared = squared;
            o.max_distance = m;
            if (weighted) o.weights = w;
            check_all(kzsec::s_score_matrix(v, o), [&](const VectorXd& a, const VectorXd& b) { return kzsec::s_score(a, b, o).value; });
        }
    for (bool squared : {false, true}) {
        // Row 5's only vote is on dimension 0: with weight 0 there, its pairs have no weighted
        // common dimension and must be NaN in the matrix as pairwise (den = 0, not a common count).
        kzsec::s_score_options o;
        o.squared = squared;
        o.max_distance = m;
        o.weights = w;
        o.weights[0] = 0;
        const Eigen::MatrixXd s0 = kzsec::s_score_matrix(v, o);
        CHECK(std::isnan(s0(5, 0)));
        check_all(s0, [&](const VectorXd& a, const VectorXd& b) { return kzsec::s_score(a, b, o).value; });
    }
    {
        // One scale and uniform weights: the integer indicator-product path of s_score_matrix.
        kzsec::s_score_options o;
        o.max_distance = vec({2});
        check_all(kzsec::s_score_matrix(v, o), [&](const VectorXd& a, const VectorXd& b) { return kzsec::s_score(a, b, o).value; });
        o.weights = VectorXd::Constant(N, 0.3);
        check_all(kzsec::s_score_matrix(v, o), [&](const VectorXd& a, const VectorXd& b) { return kzsec::s_score(a, b, o).value; });
        Eigen::MatrixXd v5 = v;  // five levels with uneven gaps
        for (Eigen::Index k = 0; k < N; k += 3) v5(0, k) = 7;
        o.max_distance = vec({6});
        const Eigen::MatrixXd s5 = kzsec::s_score_matrix(v5, o);
        for (Eigen::Index j = 0; j < n; ++j)
            CHECK(same(s5(0, j), kzsec::s_score(v5.row(0).transpose(), v5.row(j).transpose(), o).value));
    }
    kzsec::chance_agreement_options c;
    check_all(kzsec::cohen_kappa_matrix(v, c), [&](const VectorXd& a, const VectorXd& b) { return kzsec::cohen_kappa(a, b, c).value; });
    check_all(kzsec::scott_pi_matrix(v, c), [&](const VectorXd& a, const VectorXd& b) { return kzsec::scott_pi(a, b, c).value; });
    check_all(kzsec::scott_pi_nominal_matrix(v, c), [&](const VectorXd& a, const VectorXd& b) { return kzsec::scott_pi_nominal(a, b, c).value; });
    check_all(kzsec::tau_b_matrix(v), [&](const VectorXd& a, const VectorXd& b) { return kzsec::tau_b(a, b).value; });
    c.weight_exponent = 1;
    check_all(kzsec::cohen_kappa_matrix(v, c), [&](const VectorXd& a, const VectorXd& b) { return kzsec::cohen_kappa(a, b, c).value; });
    using ix = kzsec::un_agreement_index;
    check_all(kzsec::un_agreement_matrix(v, ix::identical), [](const VectorXd& a, const VectorXd& b) { return kzsec::un_agreement(a, b).identical.value; });
    check_all(kzsec::un_agreement_matrix(v, ix::lijphart), [](const VectorXd& a, const VectorXd& b) { return kzsec::un_agreement(a, b).lijphart.value; });
    check_all(kzsec::un_agreement_matrix(v, ix::state_department), [](const VectorXd& a, const VectorXd& b) { return kzsec::un_agreement(a, b).state_department.value; });
    check_all(kzsec::un_agreement_matrix(v, ix::n_common), [](const VectorXd& a, const VectorXd& b) { return static_cast<double>(kzsec::un_agreement(a, b).n_common); });
    // Tau-b brute force by enumerating pairs of dimensions on complete rows.
    for (Eigen::Index i = 0; i < 3; ++i) {
        const VectorXd a = v.row(i).transpose(), b = v.row(i + 6).transpose();
        double C = 0, D = 0, tx = 0, ty = 0;
        for (Eigen::Index p = 0; p < N; ++p)
            for (Eigen::Index q = p + 1; q < N; ++q) {
                if (std::isnan(a[p]) || std::isnan(a[q]) || std::isnan(b[p]) || std::isnan(b[q])) continue;
                const double s = (a[p] - a[q]) * (b[p] - b[q]);
                if (s > 0) C += 1;
                else if (s < 0) D += 1;
                else if (a[p] == a[q] && b[p] != b[q]) tx += 1;
                else if (b[p] == b[q] && a[p] != a[q]) ty += 1;
            }
        CHECK(kzsec::tau_b(a, b).value == doctest::Approx((C - D) / std::sqrt((C + D + tx) * (C + D + ty))));
    }
}

TEST_CASE("all-pairs S on continuous data without missing values (squared via the Gram identity)") {
    std::mt19937_64 rng(7);
    std::normal_distribution<double> g(0.0, 1.0);
    Eigen::MatrixXd x(12, 30);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index k = 0; k < x.cols(); ++k) x(i, k) = g(rng);
    for (bool squared : {false, true}) {
        kzsec::s_score_options o;
        o.squared = squared;
        const Eigen::MatrixXd s = kzsec::s_score_matrix(x, o);
        // default max distance of the matrix = global range; pass it explicitly pairwise
        o.max_distance = vec({x.maxCoeff() - x.minCoeff()});
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            for (Eigen::Index j = 0; j < x.rows(); ++j)
                CHECK(s(i, j) == doctest::Approx(kzsec::s_score(x.row(i).transpose(), x.row(j).transpose(), o).value).epsilon(1e-10));
        CHECK((s - s.transpose()).cwiseAbs().maxCoeff() < 1e-12);
    }
    const Eigen::MatrixXd k = kzsec::cohen_kappa_matrix(x);
    CHECK(k(0, 1) == doctest::Approx(kzsec::cohen_kappa(x.row(0).transpose(), x.row(1).transpose()).value).epsilon(1e-10));
    CHECK(k(0, 0) == doctest::Approx(1.0));
}

TEST_CASE("kappa_pi_matrix equals the two separate all-pairs calls") {
    // seeded votes with missing values; the combined call shares the four products
    Eigen::MatrixXd v(7, 40);
    std::uint64_t state = 12345;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state >> 33) % 4);
    };
    for (Eigen::Index i = 0; i < v.rows(); ++i)
        for (Eigen::Index k = 0; k < v.cols(); ++k) {
            const int r = next();
            v(i, k) = r == 3 ? std::nan("") : static_cast<double>(r);
        }
    const auto both = kzsec::kappa_pi_matrix(v);
    const Eigen::MatrixXd k = kzsec::cohen_kappa_matrix(v), p = kzsec::scott_pi_matrix(v);
    int defined = 0;
    for (Eigen::Index i = 0; i < v.rows(); ++i)
        for (Eigen::Index j = 0; j < v.rows(); ++j) {
            CHECK(std::isnan(both.kappa(i, j)) == std::isnan(k(i, j)));
            CHECK(std::isnan(both.pi(i, j)) == std::isnan(p(i, j)));
            if (!std::isnan(k(i, j))) {
                CHECK(both.kappa(i, j) == k(i, j));
                ++defined;
            }
            if (!std::isnan(p(i, j))) CHECK(both.pi(i, j) == p(i, j));
        }
    CHECK(defined > 40);
}

}  // TEST_SUITE
