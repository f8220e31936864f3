// Directed signed networks (include/kzsec/directed.hpp).
#include "kzsec/directed.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "kzsec/errors.hpp"

namespace kzsec {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::string arc_text(const weighted_edge& e) {
    return std::to_string(e.u) + " -> " + std::to_string(e.v);
}
}  // namespace

namespace detail {

std::vector<weighted_edge> checked_arcs(std::span<const weighted_edge> arcs, std::size_t& n, const char* where) {
    const std::string w = std::string("[kzsec] ") + where + ": ";
    std::size_t top = 0;
    for (const auto& e : arcs) {
        top = std::max({top, e.u + 1, e.v + 1});
        if (e.u == e.v) throw invalid_input(w + "arc " + arc_text(e) + " is a self-loop");
        if (!std::isfinite(e.weight) || e.weight == 0.0)
            throw invalid_input(w + "arc " + arc_text(e) + " has weight " + std::to_string(e.weight) +
                                " (must be finite and non-zero)");
    }
    if (n == 0)
        n = top;
    else if (top > n)
        throw invalid_input(w + "a vertex index " + std::to_string(top - 1) + " is not below n = " + std::to_string(n));
    std::vector<weighted_edge> out(arcs.begin(), arcs.end());
    std::sort(out.begin(), out.end(), [](const weighted_edge& x, const weighted_edge& y) {
        return x.u != y.u ? x.u < y.u : x.v < y.v;
    });
    for (std::size_t k = 1; k < out.size(); ++k)
        if (out[k].u == out[k - 1].u && out[k].v == out[k - 1].v)
            throw invalid_input(w + "arc " + arc_text(out[k]) + " is given twice");
    return out;
}

}  // namespace detail

dyadic_conflict_result dyadic_conflict(std::span<const weighted_edge> arcs, std::size_t n) {
    dyadic_conflict_result r;
    const std::vector<weighted_edge> a = detail::checked_arcs(arcs, n, "dyadic_conflict");
    r.n = n;
    r.arcs = a.size();
    auto less = [](const weighted_edge& x, std::size_t u, std::size_t v) { return x.u != u ? x.u < u : x.v < v; };
    for (const auto& e : a) {
        if (e.weight < 0) ++r.negative_arcs;
        if (e.u > e.v) continue;  // each pair once, from its arc u -> v with u < v
        const auto it = std::lower_bound(a.begin(), a.end(), e,
                                         [&](const weighted_edge& x, const weighted_edge& key) {
                                             return less(x, key.v, key.u);
                                         });
        if (it == a.end() || it->u != e.v || it->v != e.u) continue;
        ++r.reciprocated;
        if ((e.weight > 0) != (it->weight > 0)) {
            ++r.conflicting;
            r.conflicting_pairs.emplace_back(e.u, e.v);
        }
    }
    r.negativity = r.arcs > 0 ? static_cast<double>(r.negative_arcs) / static_cast<double>(r.arcs) : nan;
    r.conflict = r.reciprocated > 0 ? static_cast<double>(r.conflicting) / static_cast<double>(r.reciprocated) : nan;
    return r;
}

}  // namespace kzsec
