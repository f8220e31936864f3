// Capabilities, concentration, polarity and threat (see include/kzsec/power.hpp, docs/power.md).
#include "kzsec/power.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "kzsec/errors.hpp"

namespace kzsec {

namespace {
constexpr double nan_v = std::numeric_limits<double>::quiet_NaN();

[[noreturn]] void fail(const char* where, const std::string& what) {
    throw invalid_input(std::string("[kzsec] ") + where + ": " + what);
}
}  // namespace

cinc_result cinc(const Eigen::Ref<const Eigen::MatrixXd>& components, const Eigen::Ref<const Eigen::MatrixXd>& totals) {
    constexpr const char* where = "cinc";
    const Eigen::Index n = components.rows();
    if (components.cols() != 6) fail(where, "components must have 6 columns (milex, milper, irst, pec, tpop, upop), got " +
                                                std::to_string(components.cols()));
    if (totals.cols() != 6 || (totals.rows() != 1 && totals.rows() != n))
        fail(where, "system_totals must be 1 x 6 or " + std::to_string(n) + " x 6, got " +
                        std::to_string(totals.rows()) + " x " + std::to_string(totals.cols()));
    cinc_result r;
    r.cinc.resize(n);
    r.shares.resize(n, 6);
    r.n_components.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const Eigen::Index tr = totals.rows() == 1 ? 0 : i;
        double sum = 0;
        int used = 0;
        for (Eigen::Index c = 0; c < 6; ++c) {
            const double v = components(i, c);
            if (std::isnan(v)) {
                r.shares(i, c) = nan_v;
                continue;
            }
            if (v < 0 || std::isinf(v))
                fail(where, "row " + std::to_string(i) + ", " + nmc_component_names[static_cast<std::size_t>(c)] +
                                ": value " + std::to_string(v) + " is negative or infinite (missing must be NaN)");
            const double t = totals(tr, c);
            if (!(t > 0) || std::isinf(t))
                fail(where, std::string("system total of ") + nmc_component_names[static_cast<std::size_t>(c)] +
                                " (row " + std::to_string(tr) + ") is not positive");
            const double s = v / t;
            r.shares(i, c) = s;
            sum += s;
            ++used;
        }
        r.n_components[i] = used;
        r.cinc[i] = used ? sum / used : nan_v;
    }
    return r;
}

cinc_result cinc(const Eigen::Ref<const Eigen::MatrixXd>& components) {
    if (components.cols() != 6) fail("cinc", "components must have 6 columns, got " + std::to_string(components.cols()));
    Eigen::MatrixXd totals = Eigen::MatrixXd::Zero(1, 6);
    for (Eigen::Index c = 0; c < 6; ++c)
        for (Eigen::Index i = 0; i < components.rows(); ++i)
            if (!std::isnan(components(i, c))) totals(0, c) += components(i, c);
    return cinc(components, totals);
}

Eigen::VectorXd shares(const Eigen::Ref<const Eigen::VectorXd>& values) {
    double sum = 0;
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (std::isnan(v)) continue;
        if (v < 0 || std::isinf(v)) fail("shares", "value " + std::to_string(i) + " is negative or infinite");
        sum += v;
    }
    if (!(sum > 0)) fail("shares", "the values sum to 0 (or all are missing)");
    return values / sum;
}

double hhi(const Eigen::Ref<const Eigen::VectorXd>& values) {
    const Eigen::VectorXd s = shares(values);
    double h = 0;
    for (Eigen::Index i = 0; i < s.size(); ++i)
        if (!std::isnan(s[i])) h += s[i] * s[i];
    return h;
}

double effective_number_of_poles(const Eigen::Ref<const Eigen::VectorXd>& values) { return 1.0 / hhi(values); }

double con(const Eigen::Ref<const Eigen::VectorXd>& values) {
    const double h = hhi(values);
    Eigen::Index n = 0;
    for (Eigen::Index i = 0; i < values.size(); ++i) n += !std::isnan(values[i]);
    if (n < 2) return nan_v;
    const double inv = 1.0 / static_cast<double>(n);
    return std::sqrt(std::max(0.0, (h - inv) / (1.0 - inv)));
}

leader_challenger_result leader_challenger(const Eigen::Ref<const Eigen::VectorXd>& values) {
    const Eigen::VectorXd s = shares(values);
    leader_challenger_result r;
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i])) continue;
        if (r.leader < 0 || values[i] > values[r.leader]) {
            r.challenger = r.leader;
            r.leader = i;
        } else if (r.challenger < 0 || values[i] > values[r.challenger]) {
            r.challenger = i;
        }
    }
    if (r.challenger < 0) fail("leader_challenger", "needs at least 2 present values");
    r.leader_share = s[r.leader];
    const double l = values[r.leader], c = values[r.challenger];
    r.ratio = c > 0 ? l / c : std::numeric_limits<double>::infinity();
    r.parity = c / l;
    return r;
}

int count_poles(const Eigen::Ref<const Eigen::VectorXd>& values, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) fail("count_poles", "threshold must be in (0, 1]");
    const Eigen::VectorXd s = shares(values);
    int k = 0;
    for (Eigen::Index i = 0; i < s.size(); ++i)
        if (!std::isnan(s[i]) && s[i] >= threshold) ++k;
    return k;
}

threat_result balance_of_threat(const threat_components& comp, const threat_weights& weights, threat_form form) {
    constexpr const char* where = "balance_of_threat";
    const Eigen::VectorXd* cols[4] = {&comp.aggregate_power, &comp.proximity, &comp.offensive_capability,
                                      &comp.aggressive_intentions};
    const char* names[4] = {"aggregate_power", "proximity", "offensive_capability", "aggressive_intentions"};
    const double w[4] = {weights.aggregate_power, weights.proximity, weights.offensive_capability,
                         weights.aggressive_intentions};
    const Eigen::Index n = comp.aggregate_power.size();
    double wsum = 0;
    for (int c = 0; c < 4; ++c) {
        if (cols[c]->size() != n)
            fail(where, std::string(names[c]) + " has length " + std::to_string(cols[c]->size()) + ", expected " +
                            std::to_string(n));
        if (!(w[c] >= 0) || std::isinf(w[c])) fail(where, std::string("weight of ") + names[c] + " must be >= 0");
        wsum += w[c];
        for (Eigen::Index i = 0; i < n; ++i) {
            const double v = (*cols[c])[i];
            if (!(v >= 0 && v <= 1))
                fail(where, std::string(names[c]) + "[" + std::to_string(i) + "] = " + std::to_string(v) +
                                " is not in [0, 1] (scale the components first)");
        }
    }
    if (!(wsum > 0)) fail(where, "all weights are 0: set the weights explicitly");
    threat_result r;
    r.threat.resize(n);
    r.contributions.resize(n, 4);
    for (Eigen::Index i = 0; i < n; ++i) {
        double t = form == threat_form::additive ? 0.0 : 0.0;
        for (int c = 0; c < 4; ++c) {
            const double a = w[c] / wsum, v = (*cols[c])[i];
            double contrib;
            if (form == threat_form::additive) {
                contrib = a * v;
            } else {
                contrib = a == 0 ? 0.0 : a * std::log(v);  // log(0) = -inf: zero threat
            }
            r.contributions(i, c) = contrib;
            t += contrib;
        }
        r.threat[i] = form == threat_form::additive ? t : std::exp(t);
        if (r.most_threatening < 0 || r.threat[i] > r.threat[r.most_threatening]) r.most_threatening = i;
    }
    return r;
}

}  // namespace kzsec
