// Signed clustering coefficient and negativity (include/kzsec/clustering.hpp).
#include "kzsec/clustering.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace kzsec {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
}

signed_clustering_result signed_clustering(const signed_graph& g) {
    const std::size_t n = g.num_vertices();
    const csr_adjacency& a = g.csr();
    signed_clustering_result r;
    r.local.assign(n, 0.0);
    r.local_unsigned.assign(n, 0.0);
    std::vector<long long> sign_at(n, 0);     // Σ σσσ over the triangles through u
    std::vector<std::size_t> tri_at(n, 0);    // triangles through u
    // Orient each tie from the lower to the higher (degree, index) rank; every triangle is then
    // found once, from its lowest-ranked vertex, in O(m^1.5).
    auto deg = [&](std::size_t v) { return a.ptr[v + 1] - a.ptr[v]; };
    auto before = [&](std::size_t u, std::size_t v) { return deg(u) != deg(v) ? deg(u) < deg(v) : u < v; };
    std::vector<signed char> mark(n, 0);  // sign of u's tie to each higher-ranked neighbour, 0 if none
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t k = a.ptr[u]; k < a.ptr[u + 1]; ++k)
            if (before(u, a.nbr[k])) mark[a.nbr[k]] = a.wt[k] > 0 ? 1 : -1;
        for (std::size_t k = a.ptr[u]; k < a.ptr[u + 1]; ++k) {
            const std::size_t v = a.nbr[k];
            if (!before(u, v)) continue;
            const int suv = a.wt[k] > 0 ? 1 : -1;
            for (std::size_t l = a.ptr[v]; l < a.ptr[v + 1]; ++l) {
                const std::size_t w = a.nbr[l];
                if (!before(v, w) || mark[w] == 0) continue;  // u < v < w in rank, w tied to u
                const int s = suv * (a.wt[l] > 0 ? 1 : -1) * mark[w];
                for (const std::size_t x : {u, v, w}) {
                    sign_at[x] += s;
                    ++tri_at[x];
                }
                ++r.triangles;
                r.sign_sum += s;
                if (s > 0) ++r.balanced_triangles;
            }
        }
        for (std::size_t k = a.ptr[u]; k < a.ptr[u + 1]; ++k) mark[a.nbr[k]] = 0;
    }
    for (std::size_t u = 0; u < n; ++u) {
        const std::size_t d = deg(u);
        const std::size_t pairs = d < 2 ? 0 : d * (d - 1) / 2;
        r.wedges += pairs;
        if (pairs == 0) continue;
        r.local[u] = static_cast<double>(sign_at[u]) / static_cast<double>(pairs);
        r.local_unsigned[u] = static_cast<double>(tri_at[u]) / static_cast<double>(pairs);
    }
    if (r.wedges > 0) {
        r.global_signed = 3.0 * static_cast<double>(r.sign_sum) / static_cast<double>(r.wedges);
        r.global_unsigned = 3.0 * static_cast<double>(r.triangles) / static_cast<double>(r.wedges);
    } else {
        r.global_signed = r.global_unsigned = nan;
    }
    r.relative = r.global_unsigned > 0 ? r.global_signed / r.global_unsigned : nan;
    r.average_local = n > 0 ? std::accumulate(r.local.begin(), r.local.end(), 0.0) / static_cast<double>(n) : nan;
    return r;
}

negativity_result negativity(const signed_graph& g) {
    negativity_result r;
    r.edges = g.num_edges();
    r.negative = g.num_negative_edges();
    r.negativity = r.edges > 0 ? static_cast<double>(r.negative) / static_cast<double>(r.edges) : nan;
    return r;
}

}  // namespace kzsec
