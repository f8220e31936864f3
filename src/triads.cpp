// Triads around a focal actor (include/kzsec/triads.hpp).
#include "kzsec/triads.hpp"

#include <algorithm>
#include <string>
#include <tuple>

#include "kzsec/errors.hpp"

namespace kzsec {

focal_triads_result focal_triads(const signed_graph& g, std::size_t focal, const focal_triads_options& opt) {
    const std::size_t n = g.num_vertices();
    if (focal >= n)
        throw invalid_input("[kzsec] focal_triads: focal vertex " + std::to_string(focal) + " is not in a graph of " +
                            std::to_string(n) + " vertices");
    const csr_adjacency& a = g.csr();
    focal_triads_result r;
    r.focal = focal;
    std::vector<signed char> tie(n, 0);  // sign of f's tie to each vertex, 0 if none
    for (std::size_t k = a.ptr[focal]; k < a.ptr[focal + 1]; ++k) tie[a.nbr[k]] = a.wt[k] > 0 ? 1 : -1;
    auto add = [&](focal_triad_type t, std::size_t u, std::size_t v) {
        ++r.counts[static_cast<std::size_t>(t)];
        if (!opt.list) return;
        if (r.triads.size() < opt.max_listed)
            r.triads.push_back({u, v, t});
        else
            r.list_truncated = true;
    };
    for (std::size_t k = a.ptr[focal]; k < a.ptr[focal + 1]; ++k) {
        const std::size_t u = a.nbr[k];
        const int su = tie[u];
        for (std::size_t l = a.ptr[u]; l < a.ptr[u + 1]; ++l) {
            const std::size_t v = a.nbr[l];
            if (v == focal) continue;
            const int suv = a.wt[l] > 0 ? 1 : -1;
            const int sv = tie[v];
            if (sv == 0) {  // open path f - u - v
                const auto t = su > 0 ? (suv > 0 ? focal_triad_type::friend_of_friend : focal_triad_type::enemy_of_friend)
                                      : (suv > 0 ? focal_triad_type::friend_of_enemy : focal_triad_type::enemy_of_enemy);
                add(t, u, v);
                ++r.open;
                continue;
            }
            // closed: count each triangle once, from its friend end when the signs differ, else from u < v
            if (su == sv ? u > v : su < 0) continue;
            focal_triad_type t;
            if (su > 0 && sv > 0)
                t = suv > 0 ? focal_triad_type::friends_friendly : focal_triad_type::friends_hostile;
            else if (su < 0 && sv < 0)
                t = suv > 0 ? focal_triad_type::enemies_friendly : focal_triad_type::enemies_hostile;
            else
                t = suv > 0 ? focal_triad_type::friend_enemy_friendly : focal_triad_type::friend_enemy_hostile;
            add(t, u, v);
            ++r.closed;
            if (su * sv * suv < 0) ++r.unbalanced;
        }
    }
    r.unbalanced_weak = r.unbalanced - r.count(focal_triad_type::enemies_hostile);
    if (opt.list)
        std::sort(r.triads.begin(), r.triads.end(), [](const focal_triad& x, const focal_triad& y) {
            return std::tuple(static_cast<int>(x.type) >= 6, x.u, x.v, x.type) <
                   std::tuple(static_cast<int>(y.type) >= 6, y.u, y.v, y.type);
        });
    return r;
}

}  // namespace kzsec
