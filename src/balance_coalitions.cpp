// The part of a signed graph that can be unbalanced (the graph minus its bridges) and every
// optimal coalition of the frustration index (see include/kzsec/balance.hpp, docs/balance.md).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "kzsec/balance.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

cycle_part_result cycle_part(const signed_graph& g) {
    const std::size_t n = g.num_vertices();
    const auto& a = g.csr();
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> disc(n, none), low(n, 0);
    std::vector<std::pair<std::size_t, std::size_t>> bridges;
    // iterative DFS: stack of (vertex, parent, next neighbour position)
    struct frame {
        std::size_t v, parent, k;
    };
    std::vector<frame> stack;
    std::size_t time = 0;
    for (std::size_t r = 0; r < n; ++r) {
        if (disc[r] != none) continue;
        disc[r] = low[r] = time++;
        stack.push_back({r, none, a.ptr[r]});
        while (!stack.empty()) {
            frame& f = stack.back();
            if (f.k < a.ptr[f.v + 1]) {
                const std::size_t x = a.nbr[f.k++];
                if (x == f.parent) continue;  // simple graph: the one tie to the parent
                if (disc[x] == none) {
                    disc[x] = low[x] = time++;
                    stack.push_back({x, f.v, a.ptr[x]});
                } else {
                    low[f.v] = std::min(low[f.v], disc[x]);
                }
            } else {
                const std::size_t v = f.v, p = f.parent;
                stack.pop_back();
                if (p != none) {
                    low[p] = std::min(low[p], low[v]);
                    if (low[v] > disc[p]) bridges.emplace_back(std::min(p, v), std::max(p, v));
                }
            }
        }
    }
    std::sort(bridges.begin(), bridges.end());
    cycle_part_result res;
    res.graph = g;
    for (const auto& [u, v] : bridges) {
        res.removed.push_back({u, v, g.weight(u, v)});
        res.graph.remove_edge(u, v);
    }
    const auto& c = res.graph.csr();
    for (std::size_t v = 0; v < n; ++v)
        if (c.ptr[v + 1] > c.ptr[v]) ++res.vertices_on_cycles;
    return res;
}

namespace {

using clock_type = std::chrono::steady_clock;

/// One connected component with local ids (0 = its smallest vertex) and costs ω ≥ 0.
struct component_problem {
    std::size_t n = 0;
    std::vector<std::size_t> ptr;
    std::vector<std::uint32_t> nbr;
    std::vector<double> sign, cost;  // per adjacency entry
};

struct search_state {
    const component_problem* p = nullptr;
    double target = 0.0, eps = 0.0;
    std::size_t cap = 0;
    clock_type::time_point deadline;
    bool timed_out = false, capped = false;
    std::size_t nodes = 0;
    std::vector<std::vector<int>> found;
};

void enumerate(search_state& st) {
    const auto& p = *st.p;
    const std::size_t n = p.n;
    std::vector<int> s(n, 1);
    const std::uint64_t total = std::uint64_t{1} << (n - 1);
    for (std::uint64_t mask = 0; mask < total; ++mask) {
        if ((mask & 4095u) == 0 && clock_type::now() > st.deadline) {
            st.timed_out = true;
            return;
        }
        for (std::size_t k = 1; k < n; ++k) s[k] = (mask >> (k - 1)) & 1u ? -1 : 1;
        double c = 0;
        bool over = false;
        for (std::size_t v = 0; v < n && !over; ++v)
            for (std::size_t k = p.ptr[v]; k < p.ptr[v + 1]; ++k) {
                const std::size_t x = p.nbr[k];
                if (x < v || p.sign[k] * s[v] * s[x] > 0) continue;
                c += p.cost[k];
                if (c > st.target + st.eps) {
                    over = true;
                    break;
                }
            }
        if (over) continue;
        if (st.found.size() >= st.cap) {
            st.capped = true;
            return;
        }
        st.found.push_back(s);
    }
}

void branch(search_state& st) {
    const auto& p = *st.p;
    const std::size_t n = p.n;
    // breadth-first order from vertex 0, so that every vertex after the first has a fixed neighbour
    std::vector<std::size_t> order{0};
    std::vector<char> seen(n, 0);
    seen[0] = 1;
    for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t k = p.ptr[order[i]]; k < p.ptr[order[i] + 1]; ++k)
            if (!seen[p.nbr[k]]) {
                seen[p.nbr[k]] = 1;
                order.push_back(p.nbr[k]);
            }
    std::vector<double> a(n, 0.0), b(n, 0.0);  // frustrated weight to fixed vertices if s_v = +1 / -1
    std::vector<int> s(n, 0);
    double cost = 0.0, free_bound = 0.0;
    auto fix = [&](std::size_t v, int x, double sgn_undo) {
        // sgn_undo = +1 to fix, -1 to undo
        for (std::size_t k = p.ptr[v]; k < p.ptr[v + 1]; ++k) {
            const std::size_t y = p.nbr[k];
            if (s[y] != 0 && y != v) continue;  // fixed neighbour (already counted in cost)
            free_bound -= std::min(a[y], b[y]);
            // tie v-y is frustrated for s_y = +1 iff sign * x < 0
            (p.sign[k] * x < 0 ? a[y] : b[y]) += sgn_undo * p.cost[k];
            free_bound += std::min(a[y], b[y]);
        }
    };
    // recursive lambda through an explicit function object
    struct rec {
        static void go(search_state& st, std::size_t d, const std::vector<std::size_t>& order, std::vector<int>& s,
                       std::vector<double>& a, std::vector<double>& b, double& cost, double& free_bound,
                       const decltype(fix)& fix) {
            if (st.timed_out || st.capped) return;
            if ((++st.nodes & 1023u) == 0 && clock_type::now() > st.deadline) {
                st.timed_out = true;
                return;
            }
            if (d == order.size()) {
                if (st.found.size() >= st.cap) {
                    st.capped = true;
                    return;
                }
                st.found.push_back(s);
                return;
            }
            const std::size_t v = order[d];
            for (int x : {1, -1}) {
                if (d == 0 && x == -1) break;  // normalisation: the first vertex on +1
                const double add = x > 0 ? a[v] : b[v];
                const double mv = std::min(a[v], b[v]);
                // fix v
                free_bound -= mv;
                cost += add;
                s[v] = x;
                fix(v, x, 1.0);
                if (cost + free_bound <= st.target + st.eps)
                    go(st, d + 1, order, s, a, b, cost, free_bound, fix);
                fix(v, x, -1.0);
                s[v] = 0;
                cost -= add;
                free_bound += mv;
                if (st.timed_out || st.capped) return;
            }
        }
    };
    rec::go(st, 0, order, s, a, b, cost, free_bound, fix);
}

}  // namespace

namespace {

/// The component `mem` (graph vertices) as a search problem with local ids 0..|mem|-1:
/// neighbours, signs and costs (1 or |w|) in CSR order. `local` is scratch of size n.
component_problem make_component_problem(const csr_adjacency& csr, const std::vector<std::size_t>& mem,
                                         std::vector<std::size_t>& local, bool weighted) {
    component_problem p;
    p.n = mem.size();
    for (std::size_t i = 0; i < mem.size(); ++i) local[mem[i]] = i;
    p.ptr.assign(p.n + 1, 0);
    for (std::size_t i = 0; i < mem.size(); ++i) {
        const std::size_t v = mem[i];
        for (std::size_t k = csr.ptr[v]; k < csr.ptr[v + 1]; ++k) {
            p.nbr.push_back(static_cast<std::uint32_t>(local[csr.nbr[k]]));
            p.sign.push_back(csr.wt[k] > 0 ? 1.0 : -1.0);
            p.cost.push_back(weighted ? std::abs(csr.wt[k]) : 1.0);
        }
        p.ptr[i + 1] = p.nbr.size();
    }
    return p;
}

/// The partitions of the whole graph: the product of the components' lists (the first
/// component varying slowest), at most `max_count`; none if a component has none.
std::vector<std::vector<int>> list_product(const std::vector<std::vector<std::size_t>>& members,
                                           const std::vector<std::vector<std::vector<int>>>& lists, std::size_t n,
                                           std::size_t max_count) {
    std::vector<std::vector<int>> out;
    std::vector<std::size_t> idx(members.size(), 0);
    const bool any_empty = std::any_of(lists.begin(), lists.end(), [](const auto& l) { return l.empty(); });
    while (!any_empty && out.size() < max_count) {
        std::vector<int> s(n, 1);
        for (std::size_t c = 0; c < members.size(); ++c)
            for (std::size_t i = 0; i < members[c].size(); ++i) s[members[c][i]] = lists[c][idx[c]][i];
        out.push_back(std::move(s));
        bool done = true;
        for (std::size_t c = members.size(); c-- > 0;) {
            if (++idx[c] < lists[c].size()) {
                done = false;
                break;
            }
            idx[c] = 0;
        }
        if (done) break;
    }
    return out;
}

/// All optimal partitions of one component (`mem`, as the problem `p`): its exact L first
/// (added to `res.frustration`), then enumeration or branch and bound as `opt` says. Marks
/// `res` incomplete on a time-out, a cap or an unproven L; records the method used.
search_state solve_component(const signed_graph& g, const std::vector<std::size_t>& mem, const component_problem& p,
                             const partitions_options& opt, clock_type::time_point deadline, double eps,
                             partitions_result& res, bool& used_enum, bool& used_bb) {
    search_state st;
    st.p = &p;
    st.eps = eps;
    st.cap = opt.max_count;
    st.deadline = deadline;
    if (p.n == 1) {
        st.found.push_back({1});
    } else {
        const auto sub = g.induced_subgraph(mem);
        frustration_options fo;
        fo.method = frustration_method::exact;
        fo.weighted = opt.weighted;
        const double left = std::chrono::duration<double>(deadline - clock_type::now()).count();
        fo.time_limit = std::max(left, 1e-3);
        const auto fr = frustration(sub, fo);
        if (!fr.optimal) res.complete = false;
        res.frustration += fr.frustration;
        st.target = fr.frustration;
        const bool do_enum = opt.method == partitions_method::enumeration ||
                             (opt.method == partitions_method::automatic && p.n <= opt.enumerate_max_vertices);
        if (do_enum) {
            if (p.n > 24)
                throw invalid_input(fmt::format(
                    "[kzsec] optimal_partitions: enumeration of a component of {} vertices (at most 24)", p.n));
            used_enum = true;
            enumerate(st);
        } else {
            used_bb = true;
            branch(st);
        }
        if (st.timed_out || st.capped) res.complete = false;
    }
    return st;
}

}  // namespace

partitions_result optimal_partitions(const signed_graph& g, const partitions_options& opt) {
    if (!(opt.time_limit > 0)) throw invalid_input("[kzsec] optimal_partitions: time_limit must be positive");
    if (opt.max_count == 0) throw invalid_input("[kzsec] optimal_partitions: max_count must be at least 1");
    const auto t0 = clock_type::now();
    const auto deadline = t0 + std::chrono::duration_cast<clock_type::duration>(
                                   std::chrono::duration<double>(std::min(opt.time_limit, 1e9)));
    partitions_result res;
    res.weighted = opt.weighted;
    const std::size_t n = g.num_vertices();
    std::size_t ncomp = 0;
    const auto comp = g.components(&ncomp);
    // components in order of their first vertex
    std::vector<std::vector<std::size_t>> members(ncomp);
    for (std::size_t v = 0; v < n; ++v) members[comp[v]].push_back(v);
    std::sort(members.begin(), members.end(), [](const auto& x, const auto& y) { return x.front() < y.front(); });
    double wmax = 0;
    for (const auto& e : g.edges()) wmax = std::max(wmax, std::abs(e.weight));
    const double eps = 1e-9 * std::max(1.0, opt.weighted ? wmax : 1.0);
    const auto& csr = g.csr();
    std::vector<std::size_t> local(n, 0);
    std::vector<std::vector<std::vector<int>>> lists;
    bool used_enum = false, used_bb = false;
    res.count = 1;
    bool overflow = false;
    for (const auto& mem : members) {
        const component_problem p = make_component_problem(csr, mem, local, opt.weighted);
        search_state st = solve_component(g, mem, p, opt, deadline, eps, res, used_enum, used_bb);
        res.component_counts.push_back(st.found.size());
        if (!overflow) {
            if (st.found.size() != 0 && res.count > std::numeric_limits<std::size_t>::max() / st.found.size())
                overflow = true;
            else
                res.count *= st.found.size();
        }
        // back to graph ids
        std::vector<std::vector<int>> lst;
        for (const auto& loc : st.found) {
            std::vector<int> x(mem.size());
            for (std::size_t i = 0; i < mem.size(); ++i) x[i] = loc[i];
            lst.push_back(std::move(x));
        }
        lists.push_back(std::move(lst));
    }
    if (overflow) {
        res.count = std::numeric_limits<std::size_t>::max();
        res.complete = false;
    }
    if (n == 0) res.count = 1;
    res.partitions = list_product(members, lists, n, opt.max_count);
    res.unique = res.complete && res.count == 1;
    res.method = used_enum && used_bb ? "enumeration + branch and bound"
                 : used_bb            ? "branch and bound"
                                      : "enumeration";
    return res;
}

coalition_shares shares_with(const signed_graph& g, std::size_t focal, const std::vector<std::vector<int>>& partitions) {
    const std::size_t n = g.num_vertices();
    if (focal >= n)
        throw invalid_input(fmt::format("[kzsec] shares_with: focal index {} out of range (n = {})", focal, n));
    const auto comp = g.components();
    coalition_shares out;
    std::vector<std::size_t> with(n, 0);
    for (const auto& s : partitions) {
        if (s.size() != n)
            throw invalid_input(fmt::format("[kzsec] shares_with: a partition has {} entries, the graph {} vertices",
                                            s.size(), n));
        for (std::size_t v = 0; v < n; ++v)
            if (s[v] == s[focal]) ++with[v];
    }
    for (std::size_t v = 0; v < n; ++v) {
        if (comp[v] != comp[focal]) continue;
        out.actors.push_back(g.label(v));
        out.share.push_back(partitions.empty() ? std::nan("")
                                               : static_cast<double>(with[v]) / static_cast<double>(partitions.size()));
    }
    return out;
}

}  // namespace kzsec
