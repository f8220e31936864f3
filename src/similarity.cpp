// Foreign-policy similarity measures (see include/kzsec/similarity.hpp and docs/similarity.md).
#include "kzsec/similarity.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "kzsec/errors.hpp"

namespace kzsec {

namespace {

constexpr double nan_v = std::numeric_limits<double>::quiet_NaN();

using row_matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

similarity_value undefined(undefined_reason r, std::int64_t n = 0) { return {nan_v, false, r, n}; }
similarity_value defined_value(double v, std::int64_t n) { return {v, true, undefined_reason::none, n}; }

void check_same_size(Eigen::Index a, Eigen::Index b, const char* where) {
    if (a != b)
        throw invalid_input(std::string("[kzsec] ") + where + ": vectors have different lengths (" +
                            std::to_string(a) + " and " + std::to_string(b) + ")");
}

void check_weights(const Eigen::VectorXd& w, Eigen::Index n, const char* where) {
    if (w.size() == 0) return;
    if (w.size() != n)
        throw invalid_input(std::string("[kzsec] ") + where + ": weights has length " + std::to_string(w.size()) +
                            ", expected " + std::to_string(n));
    for (Eigen::Index k = 0; k < n; ++k)
        if (!std::isfinite(w[k]) || w[k] < 0)
            throw invalid_input(std::string("[kzsec] ") + where + ": weight " + std::to_string(k) +
                                " is negative or not finite");
}

/// Resolves max_distance to one value per dimension; `lo`/`hi` = observed range.
Eigen::VectorXd resolve_max_distance(const Eigen::VectorXd& m, Eigen::Index n, double lo, double hi,
                                     const char* where) {
    Eigen::VectorXd out(n);
    if (m.size() == 0) {
        out.setConstant(hi >= lo ? hi - lo : 0.0);
    } else if (m.size() == 1) {
        out.setConstant(m[0]);
    } else if (m.size() == n) {
        out = m;
    } else {
        throw invalid_input(std::string("[kzsec] ") + where + ": max_distance has length " +
                            std::to_string(m.size()) + ", expected 1 or " + std::to_string(n));
    }
    for (Eigen::Index k = 0; k < n; ++k)
        if (!(out[k] >= 0) || !std::isfinite(out[k]))
            throw invalid_input(std::string("[kzsec] ") + where + ": max_distance " + std::to_string(k) +
                                " is negative or not finite");
    return out;
}

template <class Derived>
void observed_range(const Eigen::DenseBase<Derived>& a, double& lo, double& hi) {
    for (Eigen::Index j = 0; j < a.cols(); ++j)
        for (Eigen::Index i = 0; i < a.rows(); ++i) {
            const double v = a(i, j);
            if (std::isnan(v)) continue;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
}

void check_finite_or_nan(double v, const char* where) {
    if (std::isinf(v)) throw invalid_input(std::string("[kzsec] ") + where + ": infinite position");
}

void check_levels(const Eigen::VectorXd& levels, double v, const char* where) {
    if (levels.size() == 0 || std::isnan(v)) return;
    for (Eigen::Index c = 0; c < levels.size(); ++c)
        if (levels[c] == v) return;
    throw invalid_input(std::string("[kzsec] ") + where + ": value " + std::to_string(v) + " is not one of the levels");
}

/// Checks one coded pair (finite or NaN, on the levels if any); true if both are observed.
bool observed_pair(double x, double y, const Eigen::VectorXd& levels, const char* where) {
    check_finite_or_nan(x, where);
    check_finite_or_nan(y, where);
    check_levels(levels, x, where);
    check_levels(levels, y, where);
    return !std::isnan(x) && !std::isnan(y);
}

template <class Derived>
void check_matrix_levels(const Eigen::MatrixBase<Derived>& a, const Eigen::VectorXd& levels, const char* where) {
    for (Eigen::Index j = 0; j < a.cols(); ++j)
        for (Eigen::Index i = 0; i < a.rows(); ++i) {
            check_finite_or_nan(a(i, j), where);
            check_levels(levels, a(i, j), where);
        }
}

// Distinct values with counts.
using counts = std::map<double, double>;

double pow_abs(double d, double e) {
    d = std::fabs(d);
    if (e == 2.0) return d * d;
    if (e == 1.0) return d;
    return std::pow(d, e);
}

/// Σ_{a in A, b in B} count_a count_b |a − b|^e.
double cross_disagreement(const counts& a, const counts& b, double e) {
    double s = 0;
    for (const auto& [va, ca] : a)
        for (const auto& [vb, cb] : b) s += ca * cb * pow_abs(va - vb, e);
    return s;
}


// ---- exact single-precision fast path for small-integer data (votes, alliance codes)

/// Distinct finite values if all are integers and every sum of products over a row
/// stays below 2^24 (so single-precision matrix products are exact); else empty.
std::vector<double> small_integer_levels(const Eigen::Ref<const Eigen::MatrixXd>& a, std::size_t max_levels) {
    std::vector<double> lv;
    double maxabs = 0;
    for (Eigen::Index j = 0; j < a.cols(); ++j)
        for (Eigen::Index i = 0; i < a.rows(); ++i) {
            const double v = a(i, j);
            if (std::isnan(v)) continue;
            if (v != std::floor(v)) return {};
            maxabs = std::max(maxabs, std::fabs(v));
            if (std::find(lv.begin(), lv.end(), v) == lv.end()) {
                lv.push_back(v);
                if (lv.size() > max_levels) return {};
            }
        }
    if (static_cast<double>(a.cols()) * std::max(1.0, maxabs * maxabs) >= 16777216.0) return {};
    std::sort(lv.begin(), lv.end());
    if (lv.empty()) lv.push_back(0.0);
    return lv;
}

/// A Aᵀ (symmetric) in single precision, returned in double.
Eigen::MatrixXd gram_f(const Eigen::MatrixXf& a) {
    Eigen::MatrixXf g = Eigen::MatrixXf::Zero(a.rows(), a.rows());
    g.selfadjointView<Eigen::Lower>().rankUpdate(a);
    g.triangularView<Eigen::StrictlyUpper>() = g.transpose();
    return g.cast<double>();
}

enum class chance_kind { kappa, pi };

similarity_value chance_corrected(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y,
                                  const chance_agreement_options& opt, chance_kind kind, const char* where) {
    check_same_size(x.size(), y.size(), where);
    if (!(opt.weight_exponent > 0) || !std::isfinite(opt.weight_exponent))
        throw invalid_input(std::string("[kzsec] ") + where + ": weight_exponent must be positive");
    const double e = opt.weight_exponent;
    std::int64_t n = 0;
    double obs = 0, sx = 0, sy = 0, sxx = 0, syy = 0;
    counts cx, cy;
    for (Eigen::Index k = 0; k < x.size(); ++k) {
        if (!observed_pair(x[k], y[k], opt.levels, where)) continue;
        ++n;
        obs += pow_abs(x[k] - y[k], e);
        if (e == 2.0) {
            sx += x[k];
            sy += y[k];
            sxx += x[k] * x[k];
            syy += y[k] * y[k];
        } else {
            cx[x[k]] += 1;
            cy[y[k]] += 1;
        }
    }
    if (n == 0) return undefined(undefined_reason::no_common_dimensions);
    const double N = static_cast<double>(n);
    double expected = 0;
    if (e == 2.0) {
        // Shift-invariant forms: subtract the (pooled or own) means to avoid cancellation.
        if (kind == chance_kind::kappa) {
            const double mx = sx / N, my = sy / N;
            // N·E[(X−Y)^2] = Σ(x−mx)^2 + Σ(y−my)^2 + N (mx − my)^2
            expected = (sxx - N * mx * mx) + (syy - N * my * my) + N * (mx - my) * (mx - my);
        } else {
            const double mz = (sx + sy) / (2 * N);
            expected = (sxx + syy) - 2 * N * mz * mz;  // Σx²+Σy² − (Σx+Σy)²/(2N)
        }
        expected = std::max(expected, 0.0);
    } else if (kind == chance_kind::kappa) {
        expected = cross_disagreement(cx, cy, e) / N;
    } else {
        counts pooled = cx;
        for (const auto& [v, c] : cy) pooled[v] += c;
        expected = cross_disagreement(pooled, pooled, e) / (4 * N);
    }
    const double scale = std::max({1.0, obs});
    if (expected <= 1e-14 * scale) {
        if (opt.zero_denominator_as_zero) return {0.0, true, undefined_reason::zero_expected_disagreement, n};
        return undefined(undefined_reason::zero_expected_disagreement, n);
    }
    return defined_value(1.0 - obs / expected, n);
}

// Tau-b from a contingency table of rank codes (rows: x ranks, cols: y ranks).
similarity_value tau_b_from_table(const std::vector<double>& table, int dx, int dy, std::int64_t n) {
    if (n == 0) return undefined(undefined_reason::no_common_dimensions);
    // suffix sums: S[a][b] = Σ_{a' >= a, b' >= b} n
    std::vector<double> suf(static_cast<std::size_t>(dx + 1) * (dy + 2), 0.0);
    auto at = [&](int a, int b) -> double& { return suf[static_cast<std::size_t>(a) * (dy + 2) + b]; };
    for (int a = dx - 1; a >= 0; --a)
        for (int b = dy - 1; b >= 0; --b)
            at(a, b) = table[static_cast<std::size_t>(a) * dy + b] + at(a + 1, b) + at(a, b + 1) - at(a + 1, b + 1);
    double conc = 0, disc = 0, tie_x = 0, tie_y = 0, tie_xy = 0;
    std::vector<double> row_tot(dx, 0.0), col_tot(dy, 0.0);
    for (int a = 0; a < dx; ++a)
        for (int b = 0; b < dy; ++b) {
            const double c = table[static_cast<std::size_t>(a) * dy + b];
            if (c == 0) continue;
            row_tot[a] += c;
            col_tot[b] += c;
            tie_xy += c * (c - 1) / 2;
            conc += c * at(a + 1, b + 1);
            // a' > a and b' < b: rows a+1.. minus those with b' >= b
            disc += c * (at(a + 1, 0) - at(a + 1, b));
        }
    for (double r : row_tot) tie_x += r * (r - 1) / 2;
    for (double c : col_tot) tie_y += c * (c - 1) / 2;
    const double only_x = tie_x - tie_xy, only_y = tie_y - tie_xy;
    const double d1 = conc + disc + only_x, d2 = conc + disc + only_y;
    if (d1 <= 0 || d2 <= 0) return undefined(undefined_reason::constant_vector, n);
    return defined_value((conc - disc) / std::sqrt(d1 * d2), n);
}

/// Rank codes of the finite values of a vector (−1 for NaN); returns the number of distinct values.
template <class Vec>
int rank_codes(const Vec& v, std::vector<int>& codes) {
    std::vector<double> vals;
    vals.reserve(static_cast<std::size_t>(v.size()));
    for (Eigen::Index k = 0; k < v.size(); ++k)
        if (!std::isnan(v[k])) vals.push_back(v[k]);
    std::sort(vals.begin(), vals.end());
    vals.erase(std::unique(vals.begin(), vals.end()), vals.end());
    codes.assign(static_cast<std::size_t>(v.size()), -1);
    for (Eigen::Index k = 0; k < v.size(); ++k)
        if (!std::isnan(v[k]))
            codes[static_cast<std::size_t>(k)] =
                static_cast<int>(std::lower_bound(vals.begin(), vals.end(), v[k]) - vals.begin());
    return static_cast<int>(vals.size());
}

void check_vote(double v, const char* where) {
    if (std::isnan(v) || v == 1.0 || v == 2.0 || v == 3.0) return;
    throw invalid_input(std::string("[kzsec] ") + where + ": vote value " + std::to_string(v) +
                        " is not 1 (yes), 2 (abstain), 3 (no) or NaN (missing); map raw codes with a vote_coding first");
}

similarity_value ratio(double num, double den, std::int64_t n, undefined_reason if_zero) {
    if (den <= 0) return undefined(if_zero, n);
    return defined_value(num / den, n);
}

}  // namespace

// --------------------------------------------------------------------------- S

similarity_value s_score(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y,
                         const s_score_options& opt) {
    constexpr const char* where = "s_score";
    check_same_size(x.size(), y.size(), where);
    const Eigen::Index n = x.size();
    check_weights(opt.weights, n, where);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (Eigen::Index k = 0; k < n; ++k) {
        check_finite_or_nan(x[k], where);
        check_finite_or_nan(y[k], where);
    }
    observed_range(x, lo, hi);
    observed_range(y, lo, hi);
    const Eigen::VectorXd m = resolve_max_distance(opt.max_distance, n, lo, hi, where);
    double num = 0, den = 0;
    std::int64_t used = 0;
    bool zero_m = false;
    for (Eigen::Index k = 0; k < n; ++k) {
        if (std::isnan(x[k]) || std::isnan(y[k])) continue;
        ++used;
        const double w = opt.weights.size() ? opt.weights[k] : 1.0;
        if (m[k] == 0) {
            zero_m = true;
            continue;
        }
        const double d = std::fabs(x[k] - y[k]) / m[k];
        num += w * (opt.squared ? d * d : d);
        den += w;
    }
    if (used == 0) return undefined(undefined_reason::no_common_dimensions);
    if (zero_m) return undefined(undefined_reason::zero_max_distance, used);
    if (den <= 0) return undefined(undefined_reason::zero_weight, used);
    return defined_value(1.0 - 2.0 * num / den, used);
}

namespace {

/// The S matrix pair by pair with s_score (max distances m, some of them 0), so that each pair
/// gets the right reason for being undefined.
Eigen::MatrixXd s_score_pairwise(const Eigen::Ref<const Eigen::MatrixXd>& positions, const s_score_options& opt,
                                 const Eigen::VectorXd& m) {
    const Eigen::Index n = positions.rows();
    Eigen::MatrixXd out(n, n);
    s_score_options o = opt;
    o.max_distance = m;
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = i; j < n; ++j)
            out(i, j) = out(j, i) = s_score(positions.row(i).transpose(), positions.row(j).transpose(), o).value;
    return out;
}

/// Scaled positions z = x/m with missing set to 0, and the presence mask.
void scaled_positions(const Eigen::Ref<const Eigen::MatrixXd>& positions, const Eigen::VectorXd& m, row_matrix& z,
                      row_matrix& mask) {
    const Eigen::Index n = positions.rows(), N = positions.cols();
    z.resize(n, N);
    mask.resize(n, N);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index k = 0; k < N; ++k) {
            const double v = positions(i, k);
            const bool present = !std::isnan(v);
            mask(i, k) = present ? 1.0 : 0.0;
            z(i, k) = present ? v / m[k] : 0.0;
        }
}

/// Squared distances: num = Σ_k w M_i M_j (z_i − z_j)^2 = (Z²∘M) W Mᵀ + M W (Z²∘M)ᵀ − 2 Z W Zᵀ
/// (Z zero where missing) and den = Σ_k w M_i M_j, as matrix products.
void squared_sums(const row_matrix& z, const row_matrix& mask, const Eigen::VectorXd& w, bool any_missing,
                  Eigen::MatrixXd& num, Eigen::MatrixXd& den) {
    const Eigen::Index n = z.rows();
    const row_matrix zw = z * w.asDiagonal();
    const Eigen::MatrixXd gram = zw * z.transpose();
    if (!any_missing) {
        const Eigen::VectorXd a = gram.diagonal();
        num = (a.replicate(1, n) + a.transpose().replicate(n, 1) - 2.0 * gram);
        den.setConstant(w.sum());
    } else {
        const row_matrix q = z.cwiseProduct(z);
        const row_matrix mw = mask * w.asDiagonal();
        const Eigen::MatrixXd qm = q * mw.transpose();
        num = qm + qm.transpose() - 2.0 * gram;
        den = mw * mask.transpose();
    }
    num = num.cwiseMax(0.0);  // rounding in the Gram identity
}

/// Absolute distances of integer data with few levels lv (uniform weight w0 and max distance
/// m0): |x − y| = Σ_t gap_t |1[x > v_t] − 1[y > v_t]|. With U = 1[present and x > v_t] and
/// V = 1[present and x <= v_t], the masked count is Σ_k M_i M_j |u_i − u_j| = (U Vᵀ)_ij + (U Vᵀ)_ji.
/// Counts are exact in single precision.
void level_sums(const Eigen::Ref<const Eigen::MatrixXd>& positions, const std::vector<double>& lv, double w0, double m0,
                Eigen::MatrixXd& num, Eigen::MatrixXd& den) {
    const Eigen::Index n = positions.rows(), N = positions.cols();
    // Column-major like `positions`: every fill below reads and writes contiguously.
    Eigen::MatrixXf mf(n, N), u(n, N), lo(n, N);
    for (Eigen::Index k = 0; k < N; ++k)
        for (Eigen::Index i = 0; i < n; ++i) mf(i, k) = std::isnan(positions(i, k)) ? 0.f : 1.f;
    num.setZero();
    for (std::size_t t = 0; t + 1 < lv.size(); ++t) {
        for (Eigen::Index k = 0; k < N; ++k)
            for (Eigen::Index i = 0; i < n; ++i) {
                const double v = positions(i, k);
                u(i, k) = (!std::isnan(v) && v > lv[t]) ? 1.f : 0.f;
                lo(i, k) = (!std::isnan(v) && v <= lv[t]) ? 1.f : 0.f;
            }
        const Eigen::MatrixXd uv = (u * lo.transpose()).cast<double>();
        num += (lv[t + 1] - lv[t]) * (uv + uv.transpose());
    }
    num *= w0 / m0;
    den = w0 * gram_f(mf);
}

/// Absolute distances in general: a blocked loop over row pairs (rows are contiguous,
/// row-major), num = Σ_k w M_i M_j |z_i − z_j| and den = Σ_k w M_i M_j.
void blocked_sums(const row_matrix& z, const row_matrix& mask, const Eigen::VectorXd& w, bool any_missing,
                  Eigen::MatrixXd& num, Eigen::MatrixXd& den) {
    const Eigen::Index n = z.rows(), N = z.cols();
    constexpr Eigen::Index block = 32;
    for (Eigen::Index ib = 0; ib < n; ib += block) {
        const Eigen::Index ie = std::min(n, ib + block);
        for (Eigen::Index jb = ib; jb < n; jb += block) {
            const Eigen::Index je = std::min(n, jb + block);
            for (Eigen::Index i = ib; i < ie; ++i) {
                const double* zi = z.row(i).data();
                const double* mi = mask.row(i).data();
                for (Eigen::Index j = std::max(jb, i); j < je; ++j) {
                    const double* zj = z.row(j).data();
                    const double* mj = mask.row(j).data();
                    double s = 0, d = 0;
                    if (!any_missing) {
                        for (Eigen::Index k = 0; k < N; ++k) s += w[k] * std::fabs(zi[k] - zj[k]);
                    } else {
                        for (Eigen::Index k = 0; k < N; ++k) {
                            const double mm = mi[k] * mj[k] * w[k];
                            s += mm * std::fabs(zi[k] - zj[k]);
                            d += mm;
                        }
                    }
                    num(i, j) = num(j, i) = s;
                    den(i, j) = den(j, i) = any_missing ? d : 0.0;
                }
            }
        }
    }
    if (!any_missing) den.setConstant(w.sum());
}

/// S = 1 − 2 num/den for each pair, NaN where den = 0. den = Σ_k w_k M_ik M_jk with w ≥ 0 (checked),
/// so den > 0 exactly when the pair has a common dimension of positive weight: pairs without
/// common dimensions, and zero total weight, give NaN.
Eigen::MatrixXd s_from_sums(const Eigen::MatrixXd& num, const Eigen::MatrixXd& den) {
    return (den.array() > 0).select(1.0 - 2.0 * num.array() / den.array(), nan_v).matrix();
}

}  // namespace

Eigen::MatrixXd s_score_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions, const s_score_options& opt) {
    constexpr const char* where = "s_score_matrix";
    const Eigen::Index n = positions.rows(), N = positions.cols();
    check_weights(opt.weights, N, where);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    bool any_missing = false;
    for (Eigen::Index j = 0; j < N; ++j)
        for (Eigen::Index i = 0; i < n; ++i) {
            check_finite_or_nan(positions(i, j), where);
            if (std::isnan(positions(i, j))) any_missing = true;
        }
    observed_range(positions, lo, hi);
    const Eigen::VectorXd m = resolve_max_distance(opt.max_distance, N, lo, hi, where);
    const Eigen::VectorXd w = opt.weights.size() ? opt.weights : Eigen::VectorXd::Ones(N);
    if (N > 0 && (m.array() == 0).any()) return s_score_pairwise(positions, opt, m);  // rare: a dimension without range

    Eigen::MatrixXd num(n, n), den(n, n);
    std::vector<double> lv_abs;
    if (!opt.squared && N > 0 && (w.array() == w[0]).all() && (m.array() == m[0]).all() &&
        !(lv_abs = small_integer_levels(positions, 8)).empty()) {
        level_sums(positions, lv_abs, w[0], m[0], num, den);
    } else {
        row_matrix z, mask;
        scaled_positions(positions, m, z, mask);
        if (opt.squared)
            squared_sums(z, mask, w, any_missing, num, den);
        else
            blocked_sums(z, mask, w, any_missing, num, den);
    }
    return s_from_sums(num, den);
}

// --------------------------------------------------------- kappa, pi, tau-b

similarity_value cohen_kappa(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y,
                             const chance_agreement_options& opt) {
    return chance_corrected(x, y, opt, chance_kind::kappa, "cohen_kappa");
}

similarity_value scott_pi(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y,
                          const chance_agreement_options& opt) {
    return chance_corrected(x, y, opt, chance_kind::pi, "scott_pi");
}

similarity_value scott_pi_nominal(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y,
                                  const chance_agreement_options& opt) {
    constexpr const char* where = "scott_pi_nominal";
    check_same_size(x.size(), y.size(), where);
    counts pooled;
    std::int64_t n = 0, agree = 0;
    for (Eigen::Index k = 0; k < x.size(); ++k) {
        if (!observed_pair(x[k], y[k], opt.levels, where)) continue;
        ++n;
        if (x[k] == y[k]) ++agree;
        pooled[x[k]] += 1;
        pooled[y[k]] += 1;
    }
    if (n == 0) return undefined(undefined_reason::no_common_dimensions);
    const double N = static_cast<double>(n);
    double pe = 0;
    for (const auto& [v, c] : pooled) pe += (c / (2 * N)) * (c / (2 * N));
    const double po = static_cast<double>(agree) / N;
    if (1.0 - pe <= 1e-15) {
        if (opt.zero_denominator_as_zero) return {0.0, true, undefined_reason::zero_expected_disagreement, n};
        return undefined(undefined_reason::zero_expected_disagreement, n);
    }
    return defined_value((po - pe) / (1.0 - pe), n);
}

similarity_value tau_b(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y) {
    constexpr const char* where = "tau_b";
    check_same_size(x.size(), y.size(), where);
    for (Eigen::Index k = 0; k < x.size(); ++k) {
        check_finite_or_nan(x[k], where);
        check_finite_or_nan(y[k], where);
    }
    // Pairwise deletion first, then rank codes over the common dimensions.
    std::vector<double> xs, ys;
    for (Eigen::Index k = 0; k < x.size(); ++k)
        if (!std::isnan(x[k]) && !std::isnan(y[k])) {
            xs.push_back(x[k]);
            ys.push_back(y[k]);
        }
    const Eigen::Map<const Eigen::VectorXd> xm(xs.data(), static_cast<Eigen::Index>(xs.size()));
    const Eigen::Map<const Eigen::VectorXd> ym(ys.data(), static_cast<Eigen::Index>(ys.size()));
    std::vector<int> cx, cy;
    const int dx = rank_codes(xm, cx), dy = rank_codes(ym, cy);
    std::vector<double> table(static_cast<std::size_t>(dx) * dy, 0.0);
    for (std::size_t k = 0; k < xs.size(); ++k) table[static_cast<std::size_t>(cx[k]) * dy + cy[k]] += 1;
    return tau_b_from_table(table, dx, dy, static_cast<std::int64_t>(xs.size()));
}

namespace {

Eigen::MatrixXd pairwise_matrix(const Eigen::Ref<const Eigen::MatrixXd>& a,
                                const std::function<similarity_value(const Eigen::VectorXd&, const Eigen::VectorXd&)>& f) {
    const Eigen::Index n = a.rows();
    Eigen::MatrixXd out(n, n);
    std::vector<Eigen::VectorXd> rows(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) rows[static_cast<std::size_t>(i)] = a.row(i).transpose();
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = i; j < n; ++j)
            out(i, j) = out(j, i) = f(rows[static_cast<std::size_t>(i)], rows[static_cast<std::size_t>(j)]).value;
    return out;
}

// The four matrix products behind the quadratic kappa and pi of all pairs.
struct chance_products {
    Eigen::MatrixXd sx, sq, cross, cm;
};

chance_products make_chance_products(const Eigen::Ref<const Eigen::MatrixXd>& a) {
    const Eigen::Index n = a.rows(), N = a.cols();
    Eigen::MatrixXd sx, sq, cross, cm;
    if (!small_integer_levels(a, 64).empty()) {
        // Small integers: every product below is an exact integer in single precision.
        // Column-major like `a`: the fill reads and writes contiguously.
        Eigen::MatrixXf x(n, N), x2(n, N), mask(n, N);
        for (Eigen::Index k = 0; k < N; ++k)
            for (Eigen::Index i = 0; i < n; ++i) {
                const double v = a(i, k);
                const bool present = !std::isnan(v);
                mask(i, k) = present ? 1.f : 0.f;
                x(i, k) = present ? static_cast<float>(v) : 0.f;
                x2(i, k) = x(i, k) * x(i, k);
            }
        sx = (x * mask.transpose()).cast<double>();
        sq = (x2 * mask.transpose()).cast<double>();
        cross = gram_f(x);
        cm = gram_f(mask);
    } else {
    // Centre on the global mean (the measures are shift-invariant) to limit cancellation.
    double total = 0;
    std::int64_t cnt = 0;
    for (Eigen::Index j = 0; j < N; ++j)
        for (Eigen::Index i = 0; i < n; ++i)
            if (!std::isnan(a(i, j))) {
                total += a(i, j);
                ++cnt;
            }
    const double c = cnt ? total / static_cast<double>(cnt) : 0.0;
    Eigen::MatrixXd x(n, N), mask(n, N);
    for (Eigen::Index k = 0; k < N; ++k)
        for (Eigen::Index i = 0; i < n; ++i) {
            const double v = a(i, k);
            const bool present = !std::isnan(v);
            mask(i, k) = present ? 1.0 : 0.0;
            x(i, k) = present ? v - c : 0.0;
        }
    sx = x * mask.transpose();                     // Σ_k∈common x_ik
    sq = x.cwiseProduct(x) * mask.transpose();     // Σ_k∈common x_ik²
    cross = x * x.transpose();                     // Σ x_ik x_jk
    cm = mask * mask.transpose();                  // N_ij
    }
    return {std::move(sx), std::move(sq), std::move(cross), std::move(cm)};
}

Eigen::MatrixXd finish_chance(const chance_products& p, chance_kind kind, const chance_agreement_options& opt) {
    const auto& [sx, sq, cross, cm] = p;
    const Eigen::Index n = cm.rows();
    Eigen::MatrixXd out(n, n);
    for (Eigen::Index j = 0; j < n; ++j)
        for (Eigen::Index i = 0; i < n; ++i) {
            const double Nij = cm(i, j);
            if (Nij < 0.5) {
                out(i, j) = nan_v;
                continue;
            }
            const double qi = sq(i, j), qj = sq(j, i), si = sx(i, j), sj = sx(j, i);
            const double obs = std::max(qi + qj - 2.0 * cross(i, j), 0.0);
            double expected;
            if (kind == chance_kind::kappa) {
                const double mi = si / Nij, mj = sj / Nij;
                expected = (qi - Nij * mi * mi) + (qj - Nij * mj * mj) + Nij * (mi - mj) * (mi - mj);
            } else {
                const double mz = (si + sj) / (2 * Nij);
                expected = qi + qj - 2 * Nij * mz * mz;
            }
            if (expected <= 1e-12 * std::max(1.0, qi + qj)) {
                out(i, j) = opt.zero_denominator_as_zero ? 0.0 : nan_v;
            } else {
                out(i, j) = 1.0 - obs / expected;
            }
        }
    return out;
}

void check_chance_options(const Eigen::Ref<const Eigen::MatrixXd>& a, const chance_agreement_options& opt,
                          const char* where) {
    if (!(opt.weight_exponent > 0) || !std::isfinite(opt.weight_exponent))
        throw invalid_input(std::string("[kzsec] ") + where + ": weight_exponent must be positive");
    check_matrix_levels(a, opt.levels, where);
}

Eigen::MatrixXd chance_matrix(const Eigen::Ref<const Eigen::MatrixXd>& a, const chance_agreement_options& opt,
                              chance_kind kind, const char* where) {
    check_chance_options(a, opt, where);
    if (opt.weight_exponent != 2.0) {
        return pairwise_matrix(a, [&](const Eigen::VectorXd& x, const Eigen::VectorXd& y) {
            return chance_corrected(x, y, opt, kind, where);
        });
    }
    return finish_chance(make_chance_products(a), kind, opt);
}

}  // namespace

kappa_pi_matrices kappa_pi_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions,
                                  const chance_agreement_options& opt) {
    constexpr const char* where = "kappa_pi_matrix";
    check_chance_options(positions, opt, where);
    if (opt.weight_exponent != 2.0)
        return {chance_matrix(positions, opt, chance_kind::kappa, where),
                chance_matrix(positions, opt, chance_kind::pi, where)};
    const auto p = make_chance_products(positions);
    return {finish_chance(p, chance_kind::kappa, opt), finish_chance(p, chance_kind::pi, opt)};
}

Eigen::MatrixXd cohen_kappa_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions,
                                   const chance_agreement_options& opt) {
    return chance_matrix(positions, opt, chance_kind::kappa, "cohen_kappa_matrix");
}

Eigen::MatrixXd scott_pi_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions,
                                const chance_agreement_options& opt) {
    return chance_matrix(positions, opt, chance_kind::pi, "scott_pi_matrix");
}

Eigen::MatrixXd scott_pi_nominal_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions,
                                        const chance_agreement_options& opt) {
    constexpr const char* where = "scott_pi_nominal_matrix";
    check_matrix_levels(positions, opt.levels, where);
    const Eigen::Index n = positions.rows(), N = positions.cols();
    std::vector<double> cats;
    for (Eigen::Index j = 0; j < N; ++j)
        for (Eigen::Index i = 0; i < n; ++i)
            if (!std::isnan(positions(i, j))) cats.push_back(positions(i, j));
    std::sort(cats.begin(), cats.end());
    cats.erase(std::unique(cats.begin(), cats.end()), cats.end());
    if (cats.size() > 16) {
        return pairwise_matrix(positions, [&](const Eigen::VectorXd& x, const Eigen::VectorXd& y) {
            return scott_pi_nominal(x, y, opt);
        });
    }
    row_matrix mask(n, N);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index k = 0; k < N; ++k) mask(i, k) = std::isnan(positions(i, k)) ? 0.0 : 1.0;
    const Eigen::MatrixXd cm = mask * mask.transpose();
    Eigen::MatrixXd agree = Eigen::MatrixXd::Zero(n, n), pe = Eigen::MatrixXd::Zero(n, n);
    row_matrix ind(n, N);
    for (double cat : cats) {
        for (Eigen::Index i = 0; i < n; ++i)
            for (Eigen::Index k = 0; k < N; ++k) ind(i, k) = positions(i, k) == cat ? 1.0 : 0.0;
        agree.noalias() += ind * ind.transpose();
        const Eigen::MatrixXd cnt = ind * mask.transpose();  // (i, j): # of cat in row i over common dims
        for (Eigen::Index j = 0; j < n; ++j)
            for (Eigen::Index i = 0; i < n; ++i) {
                const double Nij = cm(i, j);
                if (Nij < 0.5) continue;
                const double p = (cnt(i, j) + cnt(j, i)) / (2 * Nij);
                pe(i, j) += p * p;
            }
    }
    Eigen::MatrixXd out(n, n);
    for (Eigen::Index j = 0; j < n; ++j)
        for (Eigen::Index i = 0; i < n; ++i) {
            const double Nij = cm(i, j);
            if (Nij < 0.5) {
                out(i, j) = nan_v;
            } else if (1.0 - pe(i, j) <= 1e-15) {
                out(i, j) = opt.zero_denominator_as_zero ? 0.0 : nan_v;
            } else {
                out(i, j) = (agree(i, j) / Nij - pe(i, j)) / (1.0 - pe(i, j));
            }
        }
    return out;
}

Eigen::MatrixXd tau_b_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions) {
    constexpr const char* where = "tau_b_matrix";
    const Eigen::Index n = positions.rows(), N = positions.cols();
    for (Eigen::Index j = 0; j < N; ++j)
        for (Eigen::Index i = 0; i < n; ++i) check_finite_or_nan(positions(i, j), where);
    std::vector<std::vector<int>> codes(static_cast<std::size_t>(n));
    std::vector<int> d(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i)
        d[static_cast<std::size_t>(i)] = rank_codes(positions.row(i), codes[static_cast<std::size_t>(i)]);
    Eigen::MatrixXd out(n, n);
    std::vector<double> table;
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = i; j < n; ++j) {
            const auto& ci = codes[static_cast<std::size_t>(i)];
            const auto& cj = codes[static_cast<std::size_t>(j)];
            const int dx = d[static_cast<std::size_t>(i)], dy = d[static_cast<std::size_t>(j)];
            table.assign(static_cast<std::size_t>(dx) * dy, 0.0);
            std::int64_t cnt = 0;
            for (Eigen::Index k = 0; k < N; ++k) {
                const int a = ci[static_cast<std::size_t>(k)], b = cj[static_cast<std::size_t>(k)];
                if (a < 0 || b < 0) continue;
                table[static_cast<std::size_t>(a) * dy + b] += 1;
                ++cnt;
            }
            out(i, j) = out(j, i) = tau_b_from_table(table, dx, dy, cnt).value;
        }
    return out;
}

// -------------------------------------------------------------------- UN votes

un_agreement_result un_agreement(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y) {
    constexpr const char* where = "un_agreement";
    check_same_size(x.size(), y.size(), where);
    un_agreement_result r;
    for (Eigen::Index k = 0; k < x.size(); ++k) {
        check_vote(x[k], where);
        check_vote(y[k], where);
        if (std::isnan(x[k]) || std::isnan(y[k])) continue;
        ++r.n_common;
        const double d = std::fabs(x[k] - y[k]);
        if (d == 0) {
            ++r.n_identical;
            if (x[k] != 2.0) ++r.n_yes_no_identical;
        } else if (d == 1) {
            ++r.n_half;
        } else {
            ++r.n_opposite;
        }
    }
    const double t = static_cast<double>(r.n_common);
    r.identical = ratio(static_cast<double>(r.n_identical), t, r.n_common, undefined_reason::no_common_dimensions);
    r.lijphart = ratio(static_cast<double>(r.n_identical) + 0.5 * static_cast<double>(r.n_half), t, r.n_common,
                       undefined_reason::no_common_dimensions);
    const std::int64_t yn = r.n_yes_no_identical + r.n_opposite;
    r.state_department = ratio(static_cast<double>(r.n_yes_no_identical), static_cast<double>(yn), yn,
                               r.n_common == 0 ? undefined_reason::no_common_dimensions
                                               : undefined_reason::no_opposite_or_identical);
    return r;
}

Eigen::MatrixXd un_agreement_matrix(const Eigen::Ref<const Eigen::MatrixXd>& votes, un_agreement_index index) {
    constexpr const char* where = "un_agreement_matrix";
    const Eigen::Index n = votes.rows(), R = votes.cols();
    row_matrix yes(n, R), abst(n, R), no(n, R);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index k = 0; k < R; ++k) {
            const double v = votes(i, k);
            check_vote(v, where);
            yes(i, k) = v == 1.0;
            abst(i, k) = v == 2.0;
            no(i, k) = v == 3.0;
        }
    const row_matrix present = yes + abst + no;
    const Eigen::MatrixXd t = present * present.transpose();
    Eigen::MatrixXd out(n, n);
    if (index == un_agreement_index::n_common) return t;
    const Eigen::MatrixXd yy = yes * yes.transpose(), nn = no * no.transpose();
    if (index == un_agreement_index::state_department) {
        const Eigen::MatrixXd yn = yes * no.transpose();
        for (Eigen::Index j = 0; j < n; ++j)
            for (Eigen::Index i = 0; i < n; ++i) {
                const double same = yy(i, j) + nn(i, j), opp = yn(i, j) + yn(j, i);
                out(i, j) = same + opp > 0.5 ? same / (same + opp) : nan_v;
            }
        return out;
    }
    const Eigen::MatrixXd identical = yy + nn + abst * abst.transpose();
    if (index == un_agreement_index::identical) {
        for (Eigen::Index j = 0; j < n; ++j)
            for (Eigen::Index i = 0; i < n; ++i) out(i, j) = t(i, j) > 0.5 ? identical(i, j) / t(i, j) : nan_v;
        return out;
    }
    const Eigen::MatrixXd yn = yes * no.transpose();
    for (Eigen::Index j = 0; j < n; ++j)
        for (Eigen::Index i = 0; i < n; ++i) {
            if (t(i, j) < 0.5) {
                out(i, j) = nan_v;
                continue;
            }
            const double opp = yn(i, j) + yn(j, i);
            const double half = t(i, j) - identical(i, j) - opp;
            out(i, j) = (identical(i, j) + 0.5 * half) / t(i, j);
        }
    return out;
}

split_vote_result split_votes(const Eigen::Ref<const Eigen::VectorXd>& state, const Eigen::Ref<const Eigen::VectorXd>& a,
                              const Eigen::Ref<const Eigen::VectorXd>& b) {
    constexpr const char* where = "split_votes";
    check_same_size(state.size(), a.size(), where);
    check_same_size(state.size(), b.size(), where);
    split_vote_result r;
    for (Eigen::Index k = 0; k < state.size(); ++k) {
        check_vote(state[k], where);
        check_vote(a[k], where);
        check_vote(b[k], where);
        const bool split = (a[k] == 1.0 && b[k] == 3.0) || (a[k] == 3.0 && b[k] == 1.0);
        if (!split) continue;
        ++r.n_split;
        const double s = state[k];
        if (std::isnan(s)) ++r.missing;
        else if (s == 2.0) ++r.abstain;
        else if (s == a[k]) ++r.with_a;
        else ++r.with_b;
    }
    const double ns = static_cast<double>(r.n_split);
    r.share_a = ratio(static_cast<double>(r.with_a), ns, r.n_split, undefined_reason::no_split_votes);
    r.share_b = ratio(static_cast<double>(r.with_b), ns, r.n_split, undefined_reason::no_split_votes);
    r.share_abstain = ratio(static_cast<double>(r.abstain), ns, r.n_split, undefined_reason::no_split_votes);
    r.share_missing = ratio(static_cast<double>(r.missing), ns, r.n_split, undefined_reason::no_split_votes);
    const std::int64_t cast = r.with_a + r.with_b + r.abstain;
    r.tilt = ratio(static_cast<double>(r.with_a - r.with_b), static_cast<double>(cast), cast,
                   r.n_split == 0 ? undefined_reason::no_split_votes : undefined_reason::no_common_dimensions);
    return r;
}

}  // namespace kzsec
