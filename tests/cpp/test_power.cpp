// Tests of include/kzsec/power.hpp: CINC against every row of the published COW NMC
// v6.0 and v7.0 extracts, and hand-worked concentration and threat cases.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "kzsec/errors.hpp"
#include "kzsec/power.hpp"
#include "kzsec/readers.hpp"
#include "test_support.hpp"

namespace {
const double nan_v = std::numeric_limits<double>::quiet_NaN();

Eigen::VectorXd vec(std::initializer_list<double> v) {
    Eigen::VectorXd x(static_cast<Eigen::Index>(v.size()));
    Eigen::Index i = 0;
    for (double d : v) x[i++] = d;
    return x;
}

void check_every_row(const char* subset, const char* totals_file) {
    const auto d = kzsec::read_nmc_csv(kzsec_test::reference(subset));
    const auto t = kzsec::read_nmc_totals_csv(kzsec_test::reference(totals_file));
    const auto r = kzsec::cinc(d.components, t.for_years(d.year));
    REQUIRE(r.cinc.size() == d.cinc.size());
    int with_missing = 0;
    double max_err = 0;
    for (Eigen::Index i = 0; i < r.cinc.size(); ++i) {
        CAPTURE(d.ccode[static_cast<std::size_t>(i)]);
        CAPTURE(d.year[static_cast<std::size_t>(i)]);
        REQUIRE_FALSE(std::isnan(d.cinc[i]));
        CHECK(std::fabs(r.cinc[i] - d.cinc[i]) < 1e-7);
        max_err = std::max(max_err, std::fabs(r.cinc[i] - d.cinc[i]));
        if (r.n_components[i] < 6) ++with_missing;
    }
    MESSAGE(std::string(subset) << ": max |cinc - published| = " << max_err);
    CHECK(with_missing > 0);  // the missing-component rule is exercised
}
}  // namespace

TEST_SUITE("power") {

TEST_CASE("CINC reproduces the published cinc of every NMC v6.0 row") {
    check_every_row("capabilities/nmc_v6_subset_1992_2016.csv", "capabilities/nmc_v6_system_totals_1992_2016.csv");
}

TEST_CASE("CINC reproduces the published cinc of every NMC v7.0 row") {
    check_every_row("capabilities/nmc_v7_subset_1992_2022.csv", "capabilities/nmc_v7_system_totals_1992_2022.csv");
}

TEST_CASE("CINC: Kazakhstan 2016 (NMC v6) by hand, and the divide-by-6 error") {
    // Components (milex, milper, irst, pec, tpop, upop) and 2016 system totals from the research note.
    Eigen::MatrixXd c(1, 6), t(1, 6);
    c << 1101000, 39, 4289, 159332, 17988, 5785;
    t << 1503924000, 19700, 1626954, 21884250, 7448156, 2344974;
    const auto r = kzsec::cinc(c, t);
    CHECK(r.cinc[0] == doctest::Approx(0.0029184562).epsilon(1e-8));
    CHECK(r.n_components[0] == 6);
    // Missing milex: mean over the 5 present shares, not their sum / 6.
    c(0, 0) = nan_v;
    const auto m = kzsec::cinc(c, t);
    CHECK(m.n_components[0] == 5);
    const double five = (39.0 / 19700 + 4289.0 / 1626954 + 159332.0 / 21884250 + 17988.0 / 7448156 + 5785.0 / 2344974);
    CHECK(m.cinc[0] == doctest::Approx(five / 5));
    CHECK(std::isnan(m.shares(0, 0)));
    // No component at all -> NaN.
    c.setConstant(nan_v);
    CHECK(std::isnan(kzsec::cinc(c, t).cinc[0]));
    CHECK_THROWS_AS(kzsec::cinc(Eigen::MatrixXd::Ones(1, 5), t), kzsec::invalid_input);
    Eigen::MatrixXd neg = Eigen::MatrixXd::Ones(1, 6);
    neg(0, 2) = -9;  // -9 must be mapped to NaN by the reader, not passed as a value
    CHECK_THROWS_AS(kzsec::cinc(neg, t), kzsec::invalid_input);
}

TEST_CASE("CINC of a whole system sums to 1 with complete data") {
    Eigen::MatrixXd c(3, 6);
    c << 1, 2, 3, 4, 5, 6,  //
        2, 2, 3, 4, 5, 6,  //
        1, 4, 2, 4, 5, 12;
    const auto r = kzsec::cinc(c);
    CHECK(r.cinc.sum() == doctest::Approx(1.0));
    // Row 0: shares 1/4, 2/8, 3/8, 4/12, 5/15, 6/24.
    CHECK(r.cinc[0] == doctest::Approx((0.25 + 0.25 + 0.375 + 1.0 / 3 + 1.0 / 3 + 0.25) / 6));
}

TEST_CASE("shares, HHI, effective number of poles, CON, leader/challenger: hand-worked") {
    // values (2, 1, 1): shares .5, .25, .25; HHI = .25 + .0625 + .0625 = .375; N_eff = 8/3;
    // CON = sqrt((.375 - 1/3) / (1 - 1/3)) = sqrt(.0625) = .25.
    const Eigen::VectorXd v = vec({2, 1, 1});
    CHECK(kzsec::shares(v)[0] == doctest::Approx(0.5));
    CHECK(kzsec::hhi(v) == doctest::Approx(0.375));
    CHECK(kzsec::effective_number_of_poles(v) == doctest::Approx(8.0 / 3));
    CHECK(kzsec::con(v) == doctest::Approx(0.25));
    CHECK(kzsec::con(vec({1, 1, 1, 1})) == doctest::Approx(0.0).epsilon(1e-12));
    CHECK(kzsec::con(vec({1, 0, 0})) == doctest::Approx(1.0));
    CHECK(std::isnan(kzsec::con(vec({1, nan_v}))));
    CHECK(kzsec::hhi(vec({2, nan_v, 1, 1})) == doctest::Approx(0.375));  // NaN skipped
    const auto lc = kzsec::leader_challenger(vec({1, 4, 3}));
    CHECK(lc.leader == 1);
    CHECK(lc.challenger == 2);
    CHECK(lc.ratio == doctest::Approx(4.0 / 3));
    CHECK(lc.parity == doctest::Approx(0.75));
    CHECK(lc.leader_share == doctest::Approx(0.5));
    CHECK(kzsec::count_poles(vec({5, 3, 1, 1}), 0.3) == 2);  // shares .5 .3 .1 .1
    CHECK_THROWS_AS(kzsec::shares(vec({1, -1})), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::leader_challenger(vec({1})), kzsec::invalid_input);
}

TEST_CASE("concentration of CINC among USA, Russia, China (NMC v6, 2016) equals the formula") {
    const auto d = kzsec::read_nmc_csv(kzsec_test::reference("capabilities/nmc_v6_subset_1992_2016.csv"));
    Eigen::VectorXd v(3);
    int k = 0;
    for (std::size_t i = 0; i < d.year.size(); ++i)
        if (d.year[i] == 2016 && (d.ccode[i] == 2 || d.ccode[i] == 365 || d.ccode[i] == 710))
            v[k++] = d.cinc[static_cast<Eigen::Index>(i)];
    REQUIRE(k == 3);
    const double s = v.sum();
    double h = 0;
    for (int i = 0; i < 3; ++i) h += (v[i] / s) * (v[i] / s);
    CHECK(kzsec::hhi(v) == doctest::Approx(h));
    CHECK(kzsec::con(v) == doctest::Approx(std::sqrt((h - 1.0 / 3) / (2.0 / 3))));
    // China leads the three by CINC in 2016 (NMC v6).
    CHECK(kzsec::leader_challenger(v).leader == 2);
}

TEST_CASE("balance of threat: explicit weights, additive and multiplicative forms") {
    kzsec::threat_components c;
    c.aggregate_power = vec({0.8, 0.4});
    c.proximity = vec({1.0, 0.5});
    c.offensive_capability = vec({0.6, 0.2});
    c.aggressive_intentions = vec({0.0, 0.5});
    kzsec::threat_weights w;
    CHECK_THROWS_AS(kzsec::balance_of_threat(c, w, kzsec::threat_form::additive), kzsec::invalid_input);  // all zero
    w.aggregate_power = 1;
    w.proximity = 1;
    w.offensive_capability = 1;
    w.aggressive_intentions = 1;
    // Additive: mean of the four: (0.8+1+0.6+0)/4 = 0.6; (0.4+0.5+0.2+0.5)/4 = 0.4.
    const auto a = kzsec::balance_of_threat(c, w, kzsec::threat_form::additive);
    CHECK(a.threat[0] == doctest::Approx(0.6));
    CHECK(a.threat[1] == doctest::Approx(0.4));
    CHECK(a.most_threatening == 0);
    CHECK(a.contributions.row(0).sum() == doctest::Approx(0.6));
    // Multiplicative: geometric mean; actor 0 has no aggressive intentions -> 0;
    // actor 1: (0.4·0.5·0.2·0.5)^(1/4) = 0.02^(1/4).
    const auto m = kzsec::balance_of_threat(c, w, kzsec::threat_form::multiplicative);
    CHECK(m.threat[0] == 0.0);
    CHECK(m.threat[1] == doctest::Approx(std::pow(0.02, 0.25)));
    CHECK(m.most_threatening == 1);
    // A zero weight removes a component from the geometric mean.
    w.aggressive_intentions = 0;
    const auto m2 = kzsec::balance_of_threat(c, w, kzsec::threat_form::multiplicative);
    CHECK(m2.threat[0] == doctest::Approx(std::cbrt(0.8 * 1.0 * 0.6)));
    c.proximity[0] = 1.5;
    CHECK_THROWS_AS(kzsec::balance_of_threat(c, w, kzsec::threat_form::additive), kzsec::invalid_input);
}

}  // TEST_SUITE
