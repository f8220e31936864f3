// Generalised signed blockmodel with a given image (include/kzsec/blockmodel_general.hpp).
#include "kzsec/blockmodel_general.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "kzsec/detail/random.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

namespace {

struct problem {
    const csr_adjacency* a = nullptr;
    std::size_t n = 0;
    std::size_t k = 0;
    std::vector<signed char> image;  // k × k, row-major
    double alpha = 0.5;
    bool weighted = false;

    double w(std::size_t e) const { return weighted ? std::abs(a->wt[e]) : 1.0; }
    /// Cost of tie e (stored at position e of the CSR) between blocks x and y.
    double cost(std::size_t e, std::size_t x, std::size_t y) const {
        const signed char b = image[x * k + y];
        if (a->wt[e] < 0) return b > 0 ? alpha * w(e) : 0.0;
        return b < 0 ? (1.0 - alpha) * w(e) : 0.0;
    }
    /// Cost of the ties of v if v were in block b (the others where `c` puts them).
    double vertex_cost(std::size_t v, std::size_t b, const std::vector<std::size_t>& c) const {
        double s = 0.0;
        for (std::size_t e = a->ptr[v]; e < a->ptr[v + 1]; ++e) s += cost(e, b, c[a->nbr[e]]);
        return s;
    }
    double total(const std::vector<std::size_t>& c) const {
        double s = 0.0;
        for (std::size_t v = 0; v < n; ++v)
            for (std::size_t e = a->ptr[v]; e < a->ptr[v + 1]; ++e)
                if (v < a->nbr[e]) s += cost(e, c[v], c[a->nbr[e]]);
        return s;
    }
};

bool better(double x, double best) { return x < best - 1e-9 * (1.0 + std::abs(best)); }

/// k^n, or max + 1 if it exceeds max.
std::uint64_t assignments(std::size_t k, std::size_t n, std::uint64_t max) {
    std::uint64_t r = 1;
    for (std::size_t i = 0; i < n; ++i) {
        if (r > max / k) return max + 1;
        r *= k;
    }
    return r;
}

}  // namespace

namespace {

/// The problem of `g` under `image` with the checks shared by blockmodel_general and blockmodel_evaluate.
problem make_problem(const signed_graph& g, const Eigen::Ref<const Eigen::MatrixXd>& image,
                     const blockmodel_general_options& opt, const std::string& where) {
    if (image.rows() == 0 || image.rows() != image.cols())
        throw invalid_input(where + "the image must be a non-empty square matrix, got " + std::to_string(image.rows()) +
                            " x " + std::to_string(image.cols()));
    if (!(opt.alpha >= 0.0 && opt.alpha <= 1.0))
        throw invalid_input(where + "alpha " + std::to_string(opt.alpha) + " is outside [0, 1]");
    problem p;
    p.a = &g.csr();
    p.n = g.num_vertices();
    p.k = static_cast<std::size_t>(image.rows());
    p.alpha = opt.alpha;
    p.weighted = opt.weighted;
    p.image.resize(p.k * p.k);
    for (std::size_t x = 0; x < p.k; ++x)
        for (std::size_t y = 0; y < p.k; ++y) {
            const double b = image(static_cast<Eigen::Index>(x), static_cast<Eigen::Index>(y));
            if (b != 1.0 && b != -1.0)
                throw invalid_input(where + "image entry (" + std::to_string(x) + ", " + std::to_string(y) + ") is " +
                                    std::to_string(b) + ", not +1 or -1");
            if (b != image(static_cast<Eigen::Index>(y), static_cast<Eigen::Index>(x)))
                throw invalid_input(where + "the image is not symmetric at (" + std::to_string(x) + ", " +
                                    std::to_string(y) + "); the graph is undirected");
            p.image[x * p.k + y] = b > 0 ? 1 : -1;
        }
    return p;
}

/// Checks that membership c has one block, below k, per vertex of the graph.
void check_membership(const problem& p, std::span<const std::size_t> c, const std::string& where, const char* what) {
    if (c.size() != p.n)
        throw invalid_input(where + what + " has " + std::to_string(c.size()) + " entries, the graph " +
                            std::to_string(p.n) + " vertices");
    for (std::size_t v = 0; v < p.n; ++v)
        if (c[v] >= p.k)
            throw invalid_input(where + what + " puts vertex " + std::to_string(v) + " in block " +
                                std::to_string(c[v]) + ", not below k = " + std::to_string(p.k));
}

/// The result fields of membership c: N, P, violations, block sizes, criterion.
void fill_result(const problem& p, std::span<const std::size_t> c, blockmodel_general_result& r) {
    r.k = p.k;
    r.alpha = p.alpha;
    r.membership.assign(c.begin(), c.end());
    r.block_sizes.assign(p.k, 0);
    for (const std::size_t b : c) ++r.block_sizes[b];
    const csr_adjacency& a = *p.a;
    for (std::size_t v = 0; v < p.n; ++v)
        for (std::size_t e = a.ptr[v]; e < a.ptr[v + 1]; ++e) {
            const std::size_t u = a.nbr[e];
            if (u < v) continue;
            const signed char b = p.image[c[v] * p.k + c[u]];
            if (a.wt[e] < 0 && b > 0)
                r.negative_in_positive += p.w(e);
            else if (a.wt[e] > 0 && b < 0)
                r.positive_in_negative += p.w(e);
            else
                continue;
            r.violations.push_back({v, u, a.wt[e]});
        }
    r.criterion = 2.0 * (p.alpha * r.negative_in_positive + (1.0 - p.alpha) * r.positive_in_negative);
}

}  // namespace

blockmodel_general_result blockmodel_evaluate(const signed_graph& g, const Eigen::Ref<const Eigen::MatrixXd>& image,
                                              std::span<const std::size_t> membership,
                                              const blockmodel_general_options& opt) {
    const std::string where = "[kzsec] blockmodel_evaluate: ";
    const problem p = make_problem(g, image, opt, where);
    check_membership(p, membership, where, "the membership");
    blockmodel_general_result r;
    r.method = "given";
    r.evaluated = 1;
    fill_result(p, membership, r);
    return r;
}

namespace {

/// The best assignment by mixed-radix enumeration of every assignment, the cost updated per
/// relabelled vertex; counts the assignments evaluated.
std::vector<std::size_t> exact_search(const problem& p, std::uint64_t& evaluated) {
    std::vector<std::size_t> best(p.n, 0), c(p.n, 0);
    double cur = p.total(c);
    double best_cost = cur;
    evaluated = 1;
    while (true) {
        std::size_t i = 0;
        for (; i < p.n; ++i) {
            const std::size_t to = c[i] + 1 == p.k ? 0 : c[i] + 1;
            cur += p.vertex_cost(i, to, c) - p.vertex_cost(i, c[i], c);
            c[i] = to;
            if (to != 0) break;  // no carry
        }
        if (i == p.n) break;  // wrapped around: every assignment seen
        ++evaluated;
        if (better(cur, best_cost)) {
            best_cost = cur;
            best = c;
        }
    }
    return best;
}

/// Moves each vertex in turn to its cheapest block until no move lowers the cost; counts the moves.
void improve_locally(const problem& p, std::vector<std::size_t>& c, std::uint64_t& evaluated) {
    for (bool moved = true; moved;) {
        moved = false;
        for (std::size_t v = 0; v < p.n; ++v) {
            const double now = p.vertex_cost(v, c[v], c);
            std::size_t arg = c[v];
            double low = now;
            for (std::size_t b = 0; b < p.k; ++b) {
                const double x = p.vertex_cost(v, b, c);
                if (better(x, low)) {
                    low = x;
                    arg = b;
                }
            }
            if (arg != c[v]) {
                c[v] = arg;
                moved = true;
                ++evaluated;
            }
        }
    }
}

/// The best of the local searches: one from the start membership if given, else one from a
/// seeded random assignment per restart; counts the moves.
std::vector<std::size_t> heuristic_search(const problem& p, const blockmodel_general_options& opt,
                                          std::uint64_t& evaluated) {
    std::vector<std::size_t> best(p.n, 0), c(p.n);
    double best_cost = std::numeric_limits<double>::infinity();
    const std::size_t starts = opt.start.empty() ? opt.restarts : 1;
    for (std::size_t s = 0; s < starts; ++s) {
        if (opt.start.empty()) {
            detail::rng rng(detail::draw_seed(opt.seed, s));
            for (auto& x : c) x = static_cast<std::size_t>(rng.below(p.k));
        } else {
            c = opt.start;
        }
        improve_locally(p, c, evaluated);
        const double cost = p.total(c);
        if (s == 0 || better(cost, best_cost)) {
            best_cost = cost;
            best = c;
        }
    }
    return best;
}

}  // namespace

blockmodel_general_result blockmodel_general(const signed_graph& g, const Eigen::Ref<const Eigen::MatrixXd>& image,
                                             const blockmodel_general_options& opt) {
    const std::string where = "[kzsec] blockmodel_general: ";
    const problem p = make_problem(g, image, opt, where);
    if (opt.restarts == 0) throw invalid_input(where + "restarts must be at least 1");
    if (!opt.start.empty()) {
        if (opt.method == blockmodel_method::exact)
            throw invalid_input(where + "a start membership is for the heuristic, not method 'exact'");
        check_membership(p, opt.start, where, "the start membership");
    }
    const std::uint64_t count = assignments(p.k, p.n, opt.max_exact_assignments);
    const bool exact = opt.start.empty() && (opt.method == blockmodel_method::exact ||
                                             (opt.method == blockmodel_method::automatic &&
                                              count <= opt.max_exact_assignments));
    if (exact && count > opt.max_exact_assignments)
        throw invalid_input(where + "exact enumeration of " + std::to_string(p.k) + "^" + std::to_string(p.n) +
                            " assignments exceeds max_exact_assignments = " +
                            std::to_string(opt.max_exact_assignments));

    blockmodel_general_result r;
    std::vector<std::size_t> best;
    if (exact) {
        best = exact_search(p, r.evaluated);
        r.optimal = true;
        r.method = "exact";
    } else {
        best = heuristic_search(p, opt, r.evaluated);
        r.method = "heuristic";
    }
    fill_result(p, best, r);
    return r;
}

}  // namespace kzsec
