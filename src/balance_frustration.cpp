// Frustration index: exact branch and bound and heuristic (see include/kzsec/balance.hpp).
//
// Pipeline: (1) signed multigraph with weights ω (1 or |w|) and signs; (2) exact
// elimination of vertices of degree <= 2 (series reduction; opposite parallel
// edges cancel into a constant); (3) blocks (2-connected pieces) of what is left,
// by boost::biconnected_components, solved independently: upper bound by tabu search / iterated descent, lower
// bound by packings of edge-disjoint negative cycles (BFS in the signed double
// cover), exact branch and bound; (4) the block solutions are glued along the
// block-cut tree and the eliminated vertices are put back in reverse order.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <deque>
#include <functional>
#include <tuple>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/property_map/property_map.hpp>

#include "kzsec/balance.hpp"
#include "kzsec/detail/eigen_solvers.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

double frustration_of(const signed_graph& g, const std::vector<int>& s, bool weighted) {
    if (s.size() != g.num_vertices())
        throw invalid_input("[kzsec] frustration_of: partition has " + std::to_string(s.size()) +
                            " entries, the graph " + std::to_string(g.num_vertices()) + " vertices");
    for (int x : s)
        if (x != 1 && x != -1) throw invalid_input("[kzsec] frustration_of: partition entries must be +1 or -1");
    double total = 0;
    for (const auto& e : g.edges())
        if (e.weight * s[e.u] * s[e.v] < 0) total += weighted ? std::abs(e.weight) : 1.0;
    return total;
}

namespace {

using clock_type = std::chrono::steady_clock;

// ----------------------------------------------------------- a block problem

/// A small signed graph with local vertex ids; w = signed weight (sign = tie sign, |w| = cost).
struct block_graph {
    std::size_t n = 0;
    std::vector<std::uint32_t> eu, ev;
    std::vector<double> w;
    std::vector<std::size_t> ptr;
    std::vector<std::uint32_t> nbr;  // neighbour
    std::vector<std::uint32_t> eid;  // edge id
    void build() {
        ptr.assign(n + 1, 0);
        for (std::size_t e = 0; e < eu.size(); ++e) {
            ++ptr[eu[e] + 1];
            ++ptr[ev[e] + 1];
        }
        for (std::size_t v = 0; v < n; ++v) ptr[v + 1] += ptr[v];
        nbr.resize(ptr[n]);
        eid.resize(ptr[n]);
        std::vector<std::size_t> pos(ptr.begin(), ptr.end() - 1);
        for (std::size_t e = 0; e < eu.size(); ++e) {
            nbr[pos[eu[e]]] = ev[e];
            eid[pos[eu[e]]++] = static_cast<std::uint32_t>(e);
            nbr[pos[ev[e]]] = eu[e];
            eid[pos[ev[e]]++] = static_cast<std::uint32_t>(e);
        }
    }
    double cost(const std::vector<int>& s) const {
        double c = 0;
        for (std::size_t e = 0; e < w.size(); ++e)
            if (w[e] * s[eu[e]] * s[ev[e]] < 0) c += std::abs(w[e]);
        return c;
    }
};

// --------------------------------------------------- negative-cycle packing

/// Greedy packing of edge-disjoint (capacity-respecting) negative cycles.
/// `for_each(x, f)` calls f(y, edge, sign) for every usable edge x-y; `cap[edge]` is
/// consumed. Each round allows cycles up to `len` edges; returns the packed weight.
class cycle_packer {
public:
    explicit cycle_packer(std::size_t nv) : dist_(2 * nv, inf), par_(2 * nv), pedge_(2 * nv), onpath_(nv, -1) {}

    template <class Nbrs>
    double pack(const std::vector<std::uint32_t>& verts, Nbrs&& for_each, std::vector<double>& cap,
                const std::vector<std::size_t>& lens, double eps, std::size_t& budget) {
        double total = 0;
        for (std::size_t len : lens) {
            for (std::uint32_t v : verts) {
                while (budget > 0) {
                    const double got = find_and_take(v, for_each, cap, len, eps, budget);
                    if (got <= 0) break;
                    total += got;
                }
            }
        }
        return total;
    }

private:
    std::vector<std::uint32_t> dist_;
    std::vector<std::uint32_t> par_;
    std::vector<std::uint32_t> pedge_;
    std::vector<std::uint32_t> touched_;
    std::vector<std::uint32_t> queue_;
    std::vector<long> onpath_;
    static constexpr std::uint32_t inf = std::numeric_limits<std::uint32_t>::max();

    template <class Nbrs>
    double find_and_take(std::uint32_t src, Nbrs& for_each, std::vector<double>& cap, std::size_t len,
                         double eps, std::size_t& budget) {
        // BFS on states 2x + parity.
        for (auto t : touched_) dist_[t] = inf;
        touched_.clear();
        queue_.clear();
        const std::uint32_t start = 2 * src, goal = 2 * src + 1;
        if (dist_.size() <= goal) return 0;
        dist_[start] = 0;
        touched_.push_back(start);
        queue_.push_back(start);
        bool found = false;
        for (std::size_t qi = 0; qi < queue_.size() && !found; ++qi) {
            const std::uint32_t st = queue_[qi];
            const std::uint32_t x = st / 2, p = st % 2;
            if (dist_[st] >= len) break;
            for_each(x, [&](std::uint32_t y, std::uint32_t e, int sign) {
                if (found || cap[e] <= eps) return;
                if (budget > 0) --budget;
                const std::uint32_t ns = 2 * y + (p ^ (sign < 0 ? 1u : 0u));
                if (dist_[ns] != inf) return;
                dist_[ns] = dist_[st] + 1;
                par_[ns] = st;
                pedge_[ns] = e;
                touched_.push_back(ns);
                queue_.push_back(ns);
                if (ns == goal) found = true;
            });
        }
        if (!found) return 0;
        // Walk back: vertices and edges of a negative closed walk src -> ... -> src.
        std::vector<std::uint32_t> vs{src}, es;
        for (std::uint32_t st = goal; st != start; st = par_[st]) {
            es.push_back(pedge_[st]);
            vs.push_back(par_[st] / 2);
        }
        // Decompose the closed walk into simple cycles; keep a negative one.
        // vs[0] = src = vs.back(); edge es[i] joins vs[i] and vs[i+1].
        std::vector<std::uint32_t> stack_v{vs[0]};
        std::vector<std::uint32_t> stack_e;
        std::vector<std::uint32_t> best;  // edges of the chosen cycle
        onpath_[vs[0]] = 0;
        std::vector<std::uint32_t> used_vertices{vs[0]};
        for (std::size_t i = 0; i < es.size() && best.empty(); ++i) {
            const std::uint32_t y = vs[i + 1];
            stack_e.push_back(es[i]);
            if (onpath_[y] >= 0) {
                const std::size_t at = static_cast<std::size_t>(onpath_[y]);
                std::vector<std::uint32_t> cyc(stack_e.begin() + static_cast<long>(at), stack_e.end());
                int sign = 1;
                for (auto e : cyc) sign *= sign_of_(e);
                if (sign < 0 && cyc.size() >= 2) {
                    best = cyc;
                    break;
                }
                for (std::size_t k = at + 1; k < stack_v.size(); ++k) onpath_[stack_v[k]] = -1;
                stack_v.resize(at + 1);
                stack_e.resize(at);
            } else {
                onpath_[y] = static_cast<long>(stack_v.size());
                stack_v.push_back(y);
                used_vertices.push_back(y);
            }
        }
        for (auto u : used_vertices) onpath_[u] = -1;
        if (best.empty()) return 0;  // cannot happen for a negative walk
        double delta = std::numeric_limits<double>::infinity();
        for (auto e : best) delta = std::min(delta, cap[e]);
        for (auto e : best) cap[e] -= delta;
        return delta;
    }

public:
    std::function<int(std::uint32_t)> sign_of_;
};

// ------------------------------------------------------------- local search

struct local_search {
    const block_graph& g;
    std::mt19937_64 rng;
    double eps;

    local_search(const block_graph& bg, std::uint64_t seed, double e) : g(bg), rng(seed), eps(e) {}

    std::vector<double> fields(const std::vector<int>& s) const {
        std::vector<double> h(g.n, 0.0);
        for (std::size_t e = 0; e < g.w.size(); ++e) {
            h[g.eu[e]] += g.w[e] * s[g.ev[e]];
            h[g.ev[e]] += g.w[e] * s[g.eu[e]];
        }
        return h;
    }
    void flip(std::vector<int>& s, std::vector<double>& h, std::uint32_t v) const {
        s[v] = -s[v];
        for (std::size_t k = g.ptr[v]; k < g.ptr[v + 1]; ++k) h[g.nbr[k]] += 2.0 * g.w[g.eid[k]] * s[v];
    }
    /// Start: switching along a random-rooted BFS tree (random neighbour order).
    std::vector<int> tree_start() {
        std::vector<int> s(g.n, 0);
        std::vector<std::uint32_t> verts(g.n);
        std::iota(verts.begin(), verts.end(), 0u);
        std::shuffle(verts.begin(), verts.end(), rng);
        for (auto r : verts) {
            if (s[r] != 0) continue;
            s[r] = 1;
            std::deque<std::uint32_t> q{r};
            while (!q.empty()) {
                auto x = q.front();
                q.pop_front();
                std::vector<std::size_t> ks;
                for (std::size_t k = g.ptr[x]; k < g.ptr[x + 1]; ++k) ks.push_back(k);
                std::shuffle(ks.begin(), ks.end(), rng);
                for (auto k : ks) {
                    auto y = g.nbr[k];
                    if (s[y] != 0) continue;
                    s[y] = g.w[g.eid[k]] > 0 ? s[x] : -s[x];
                    q.push_back(y);
                }
            }
        }
        return s;
    }
    /// Steepest-improvement-free first-improvement descent; returns the cost change.
    double descend(std::vector<int>& s, std::vector<double>& h) {
        double change = 0;
        std::vector<std::uint32_t> q(g.n);
        std::iota(q.begin(), q.end(), 0u);
        std::vector<char> inq(g.n, 1);
        for (std::size_t qi = 0; qi < q.size(); ++qi) {
            const auto v = q[qi];
            inq[v] = 0;
            const double d = s[v] * h[v];
            if (d < -eps) {
                flip(s, h, v);
                change += d;
                for (std::size_t k = g.ptr[v]; k < g.ptr[v + 1]; ++k)
                    if (!inq[g.nbr[k]]) {
                        inq[g.nbr[k]] = 1;
                        q.push_back(g.nbr[k]);
                    }
            }
            if (q.size() > 64 * g.n + 1024 && qi > q.size() / 2) {  // compact the queue
                q.erase(q.begin(), q.begin() + static_cast<long>(qi) + 1);
                qi = static_cast<std::size_t>(-1);
            }
        }
        return change;
    }
    /// Tabu search from s for `steps` flips; returns the best solution found.
    void tabu(std::vector<int>& s, std::size_t steps, clock_type::time_point deadline, std::vector<int>& best,
              double& best_cost, double target) {
        auto h = fields(s);
        double cost = g.cost(s);
        descend(s, h);
        cost = g.cost(s);
        if (cost < best_cost - eps) {
            best_cost = cost;
            best = s;
        }
        std::vector<std::size_t> tabu_until(g.n, 0);
        const std::size_t span = std::max<std::size_t>(1, g.n / 8);
        for (std::size_t it = 1; it <= steps; ++it) {
            if (best_cost <= target + eps) break;
            if ((it & 255) == 0 && clock_type::now() > deadline) break;
            double bd = std::numeric_limits<double>::infinity();
            std::uint32_t bv = 0;
            std::size_t ties = 0;
            for (std::uint32_t v = 0; v < g.n; ++v) {
                const double d = s[v] * h[v];
                const bool allowed = tabu_until[v] < it || cost + d < best_cost - eps;
                if (!allowed) continue;
                if (d < bd - eps) {
                    bd = d;
                    bv = v;
                    ties = 1;
                } else if (d <= bd + eps && (rng() % ++ties) == 0) {
                    bv = v;
                }
            }
            if (!std::isfinite(bd)) continue;
            flip(s, h, bv);
            cost += bd;
            tabu_until[bv] = it + 2 + rng() % span;
            if (cost < best_cost - eps) {
                best_cost = g.cost(s);  // exact recomputation avoids drift
                cost = best_cost;
                best = s;
            }
        }
    }
    /// Iterated descent with random kicks (for large blocks).
    void iterated(std::vector<int>& s, std::size_t rounds, clock_type::time_point deadline, std::vector<int>& best,
                  double& best_cost, double target) {
        auto h = fields(s);
        descend(s, h);
        double cost = g.cost(s);
        if (cost < best_cost - eps) {
            best_cost = cost;
            best = s;
        }
        const std::size_t kick = std::max<std::size_t>(2, g.n / 100);
        for (std::size_t r = 0; r < rounds && best_cost > target + eps && clock_type::now() < deadline; ++r) {
            std::vector<int> t = best;
            auto ht = fields(t);
            for (std::size_t k = 0; k < kick; ++k) flip(t, ht, static_cast<std::uint32_t>(rng() % g.n));
            descend(t, ht);
            const double c = g.cost(t);
            if (c <= best_cost + eps) {
                best_cost = std::min(best_cost, c);
                best = t;
            }
        }
    }
};

// ----------------------------------------------------------- block solving

struct block_solution {
    std::vector<int> s;
    double lower = 0, upper = 0;
    double spectral = 0;  // lambda_min(L) n / 4 of the block (0 if not computed)
    bool optimal = false;
    std::size_t nodes = 0;
};

/// Spectral lower bound of a block: for s in {-1, 1}^n, s^T L s = 4 * (cost of s) with
/// L = D - A the signed Laplacian of the block's (cost-)weighted edges, so every cost is at
/// least lambda_min(L) n / 4. lambda_min by LAPACK for small blocks, else by Lanczos, minus
/// the residual norm of the computed pair (a Ritz value of the smallest eigenvalue is within
/// its residual of it).
double spectral_bound(const block_graph& g) {
    detail::sym_csr l;
    l.n = g.n;
    l.ptr = g.ptr;
    l.idx = g.nbr;
    l.val.resize(g.eid.size());
    l.diag.assign(g.n, 0.0);
    for (std::size_t v = 0; v < g.n; ++v)
        for (std::size_t k = g.ptr[v]; k < g.ptr[v + 1]; ++k) {
            const double w = g.w[g.eid[k]];
            l.val[k] = -w;
            l.diag[v] += std::abs(w);
        }
    double lambda = 0.0;
    if (g.n <= 300) {
        Eigen::MatrixXd dense = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(g.n), static_cast<Eigen::Index>(g.n));
        for (std::size_t v = 0; v < g.n; ++v) {
            dense(static_cast<Eigen::Index>(v), static_cast<Eigen::Index>(v)) = l.diag[v];
            for (std::size_t k = l.ptr[v]; k < l.ptr[v + 1]; ++k)
                dense(static_cast<Eigen::Index>(l.idx[k]), static_cast<Eigen::Index>(v)) += l.val[k];
        }
        const double scale = dense.cwiseAbs().rowwise().sum().maxCoeff();
        lambda = detail::dense_symmetric(dense, {}, "frustration").values(0) - 1e-12 * scale * static_cast<double>(g.n);
    } else {
        const auto eig = detail::sparse_symmetric(l, 1, detail::spectrum_end::smallest_algebraic, true, 1e-8);
        if (!eig.converged) return 0.0;
        const Eigen::VectorXd v = eig.vectors.col(0);
        Eigen::VectorXd r(static_cast<Eigen::Index>(g.n));
        for (std::size_t i = 0; i < g.n; ++i) {
            double y = (l.diag[i] - eig.values(0)) * v(static_cast<Eigen::Index>(i));
            for (std::size_t k = l.ptr[i]; k < l.ptr[i + 1]; ++k) y += l.val[k] * v(l.idx[k]);
            r(static_cast<Eigen::Index>(i)) = y;
        }
        lambda = eig.values(0) - r.norm() / v.norm();
    }
    return std::max(0.0, lambda * static_cast<double>(g.n) / 4.0);
}

bool all_integer(const block_graph& g) {
    for (double x : g.w)
        if (std::abs(x - std::round(x)) > 1e-9) return false;
    return true;
}

double packing_bound(const block_graph& g, const std::vector<char>& alive, const std::vector<std::size_t>& lens,
                     std::size_t budget, double eps) {
    cycle_packer pk(g.n);
    pk.sign_of_ = [&](std::uint32_t e) { return g.w[e] > 0 ? 1 : -1; };
    std::vector<double> cap(g.w.size());
    for (std::size_t e = 0; e < cap.size(); ++e) cap[e] = std::abs(g.w[e]);
    std::vector<std::uint32_t> verts;
    for (std::uint32_t v = 0; v < g.n; ++v)
        if (alive[v]) verts.push_back(v);
    auto nb = [&](std::uint32_t x, auto&& f) {
        for (std::size_t k = g.ptr[x]; k < g.ptr[x + 1]; ++k)
            if (alive[g.nbr[k]]) f(g.nbr[k], g.eid[k], g.w[g.eid[k]] > 0 ? 1 : -1);
    };
    return pk.pack(verts, nb, cap, lens, eps, budget);
}

class branch_and_bound {
public:
    branch_and_bound(const block_graph& g, double ub, std::vector<int> incumbent, clock_type::time_point deadline,
                     double eps)
        : g_(g), ub_(ub), best_(std::move(incumbent)), deadline_(deadline), eps_(eps), packer_(g.n + 1) {
        integer_ = all_integer(g);
        packer_.sign_of_ = [this](std::uint32_t e) { return esign_[e]; };
    }

    /// Runs the search; returns true if it finished (the incumbent is optimal).
    bool run() {
        const std::size_t n = g_.n;
        // Static order: heaviest vertex first, then most weight to the ordered set.
        std::vector<double> deg(n, 0), conn(n, 0);
        for (std::size_t e = 0; e < g_.w.size(); ++e) {
            deg[g_.eu[e]] += std::abs(g_.w[e]);
            deg[g_.ev[e]] += std::abs(g_.w[e]);
        }
        std::vector<char> placed(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            std::uint32_t bv = 0;
            double bc = -1, bd = -1;
            for (std::uint32_t v = 0; v < n; ++v) {
                if (placed[v]) continue;
                if (conn[v] > bc + 1e-12 || (std::abs(conn[v] - bc) <= 1e-12 && deg[v] > bd)) {
                    bv = v;
                    bc = conn[v];
                    bd = deg[v];
                }
            }
            placed[bv] = 1;
            order_.push_back(bv);
            for (std::size_t k = g_.ptr[bv]; k < g_.ptr[bv + 1]; ++k) conn[g_.nbr[k]] += std::abs(g_.w[g_.eid[k]]);
        }
        // Packings of the free parts G[order[d..]], computed lazily (see suffix()).
        suffix_.assign(n + 1, -1.0);
        suffix_[n] = 0.0;
        step_ = std::max<std::size_t>(1, n / 60);
        root_bound_ = suffix(0);
        // Contracted-graph packing data: edges 0..m-1 plus one edge v-R (id m + v).
        esign_.assign(g_.w.size() + n, 1);
        for (std::size_t e = 0; e < g_.w.size(); ++e) esign_[e] = g_.w[e] > 0 ? 1 : -1;
        cap_.assign(g_.w.size() + n, 0.0);
        s_.assign(n, 0);
        a_.assign(n, 0.0);
        b_.assign(n, 0.0);
        summin_ = 0;
        cost_ = 0;
        finished_ = true;
        fix(order_[0], 1);
        dfs(1);
        return finished_;
    }

    double upper() const { return ub_; }
    const std::vector<int>& best() const { return best_; }
    std::size_t nodes() const { return nodes_; }
    double root_bound() const { return root_bound_; }

private:
    const block_graph& g_;
    double ub_;
    std::vector<int> best_;
    clock_type::time_point deadline_;
    double eps_;
    cycle_packer packer_;
    bool integer_ = true;
    std::vector<std::uint32_t> order_;
    std::vector<double> suffix_;
    std::vector<int> s_;
    std::vector<double> a_, b_;  // weight satisfied if s=+1 / s=-1, to fixed vertices
    double summin_ = 0, cost_ = 0;
    std::size_t nodes_ = 0;
    bool finished_ = true;
    double root_bound_ = 0;
    std::vector<int> esign_;
    std::vector<double> cap_;

    std::size_t step_ = 1;
    /// Packing of negative cycles in G[order[d'..]] for the first multiple d' >= d of step_
    /// (valid at depth d, since G[order[d'..]] is a subgraph of the free part).
    double suffix(std::size_t d) {
        const std::size_t n = g_.n;
        const std::size_t dd = std::min(n, (d + step_ - 1) / step_ * step_);
        if (suffix_[dd] < 0) {
            std::vector<char> alive(n, 0);
            for (std::size_t i = dd; i < n; ++i) alive[order_[i]] = 1;
            suffix_[dd] = packing_bound(g_, alive, {3, 4, 5, 6, 8, n + 1}, 50'000'000, eps_);
        }
        return suffix_[dd];
    }
    bool prunes(double lb) const {
        return integer_ ? lb > ub_ - 1.0 + 1e-7 : lb >= ub_ - eps_;
    }
    void fix(std::uint32_t x, int t) {
        cost_ += t > 0 ? b_[x] : a_[x];
        summin_ -= std::min(a_[x], b_[x]);
        s_[x] = t;
        for (std::size_t k = g_.ptr[x]; k < g_.ptr[x + 1]; ++k) {
            const auto y = g_.nbr[k];
            if (s_[y] != 0) continue;
            const double w = g_.w[g_.eid[k]];
            const double old = std::min(a_[y], b_[y]);
            if ((w > 0) == (t > 0)) a_[y] += std::abs(w); else b_[y] += std::abs(w);
            summin_ += std::min(a_[y], b_[y]) - old;
        }
    }
    void unfix(std::uint32_t x) {
        const int t = s_[x];
        s_[x] = 0;
        for (std::size_t k = g_.ptr[x]; k < g_.ptr[x + 1]; ++k) {
            const auto y = g_.nbr[k];
            if (s_[y] != 0) continue;
            const double w = g_.w[g_.eid[k]];
            const double old = std::min(a_[y], b_[y]);
            if ((w > 0) == (t > 0)) a_[y] -= std::abs(w); else b_[y] -= std::abs(w);
            summin_ += std::min(a_[y], b_[y]) - old;
        }
        summin_ += std::min(a_[x], b_[x]);
        cost_ -= t > 0 ? b_[x] : a_[x];
    }
    /// Packing in the graph where all fixed vertices are merged into one root R (switched to +).
    double contracted_packing(std::size_t depth) {
        const std::size_t m = g_.w.size(), n = g_.n;
        const std::uint32_t root = static_cast<std::uint32_t>(n);
        std::vector<std::uint32_t> verts;
        for (std::size_t d = depth; d < n; ++d) verts.push_back(order_[d]);
        for (std::size_t e = 0; e < m; ++e) cap_[e] = std::abs(g_.w[e]);
        std::vector<std::uint32_t> rn;
        for (auto v : verts) {
            const double diff = a_[v] - b_[v];
            cap_[m + v] = std::abs(diff);
            esign_[m + v] = diff > 0 ? 1 : -1;
            if (std::abs(diff) > eps_) rn.push_back(v);
        }
        auto nb = [&](std::uint32_t x, auto&& f) {
            if (x == root) {
                for (auto v : rn) f(v, static_cast<std::uint32_t>(m + v), esign_[m + v]);
                return;
            }
            for (std::size_t k = g_.ptr[x]; k < g_.ptr[x + 1]; ++k)
                if (s_[g_.nbr[k]] == 0) f(g_.nbr[k], g_.eid[k], esign_[g_.eid[k]]);
            if (cap_[m + x] > eps_) f(root, static_cast<std::uint32_t>(m + x), esign_[m + x]);
        };
        verts.insert(verts.begin(), root);
        std::size_t budget = std::numeric_limits<std::size_t>::max();
        return packer_.pack(verts, nb, cap_, {n + 2}, eps_, budget);
    }
    void dfs(std::size_t depth) {
        ++nodes_;
        if ((nodes_ & 1023) == 0 && clock_type::now() > deadline_) {
            finished_ = false;
            return;
        }
        if (!finished_) return;
        const std::size_t n = g_.n;
        if (depth == n) {
            if (cost_ < ub_ - eps_) {
                ub_ = cost_;
                best_ = s_;
            }
            return;
        }
        const std::uint32_t x = order_[depth];
        // Try the cheaper side first.
        const int first = a_[x] >= b_[x] ? 1 : -1;
        for (int t : {first, -first}) {
            fix(x, t);
            double lb = cost_ + summin_ + suffix(depth + 1);
            if (!prunes(lb)) {
                const double strong = cost_ + summin_ + contracted_packing(depth + 1);
                if (!prunes(strong)) dfs(depth + 1);
            }
            unfix(x);
            if (!finished_) return;
        }
    }
};

block_solution solve_block(const block_graph& g, bool exact, std::size_t restarts, std::uint64_t seed,
                           clock_type::time_point deadline, double eps) {
    block_solution sol;
    // Lower bound first: the local search stops as soon as it meets it.
    std::vector<char> alive(g.n, 1);
    const bool big = g.w.size() > 200'000;
    const std::vector<std::size_t> lens = big ? std::vector<std::size_t>{3, 4, 5}
                                              : std::vector<std::size_t>{3, 4, 5, 6, 8, g.n + 1};
    sol.lower = packing_bound(g, alive, lens, big ? 40 * g.w.size() : std::numeric_limits<std::size_t>::max(), eps);
    const bool integer = all_integer(g);
    if (integer) sol.lower = std::ceil(sol.lower - 1e-7);
    local_search ls(g, seed, eps);
    sol.s.assign(g.n, 1);
    sol.upper = g.cost(sol.s);
    const bool small = g.n <= 3000;
    for (std::size_t r = 0; r < std::max<std::size_t>(1, restarts); ++r) {
        if (sol.upper <= sol.lower + eps) break;
        if (r > 0 && clock_type::now() > deadline) break;
        std::vector<int> s = r == 0 ? std::vector<int>(g.n, 1) : ls.tree_start();
        if (small) {
            const std::size_t steps = std::min<std::size_t>(50 * g.n + 500, 20'000'000 / (g.n + 1) + 100);
            ls.tabu(s, steps, deadline, sol.s, sol.upper, sol.lower);
        } else {
            ls.iterated(s, 20, deadline, sol.s, sol.upper, sol.lower);
        }
    }
    if (sol.lower < sol.upper - eps && !exact) {
        sol.spectral = spectral_bound(g);
        sol.lower = std::max(sol.lower, integer ? std::ceil(sol.spectral - 1e-7) : sol.spectral);
    }
    if (sol.lower >= sol.upper - eps) {
        sol.lower = sol.upper;
        sol.optimal = true;
        return sol;
    }
    if (!exact) return sol;
    branch_and_bound bb(g, sol.upper, sol.s, deadline, eps);
    const bool done = bb.run();
    sol.nodes = bb.nodes();
    sol.s = bb.best();
    sol.upper = bb.upper();
    sol.lower = std::max(sol.lower, integer ? std::ceil(bb.root_bound() - 1e-7) : bb.root_bound());
    if (done) {
        sol.lower = sol.upper;
        sol.optimal = true;
    }
    return sol;
}

// -------------------------------------------------------------- reduction

struct elimination {
    std::uint32_t v;
    int kind;  // 0 isolated, 1 pendant, 2 series
    std::uint32_t u = 0, x = 0;
    double a = 0, b = 0;  // signed weights v-u, v-x
};

/// Steps (1) and (2): the graph as a multigraph of hash maps of signed weights (ω with the
/// tie's sign), with the vertices of degree <= 2 eliminated exactly. `adj` holds what is left,
/// `constant` the cost that cancelled parallel ties of opposite sign fix, `elim` the
/// eliminations in order (undone in reverse by `restore_eliminated`).
struct reduced_graph {
    std::vector<std::unordered_map<std::uint32_t, double>> adj;
    double constant = 0;
    std::vector<elimination> elim;
    double eps = 0;

    /// Adds the tie u-v of signed weight w to the multigraph: parallel ties add up, and
    /// when their signs differ the smaller weight is frustrated whatever the partition.
    void add_edge(std::uint32_t u, std::uint32_t v, double w) {
        auto it = adj[u].find(v);
        if (it == adj[u].end()) {
            adj[u][v] = w;
            adj[v][u] = w;
            return;
        }
        const double old = it->second;
        if ((old > 0) != (w > 0)) constant += std::min(std::abs(old), std::abs(w));
        const double nw = old + w;
        if (std::abs(nw) <= eps) {
            adj[u].erase(v);
            adj[v].erase(u);
        } else {
            adj[u][v] = nw;
            adj[v][u] = nw;
        }
    }

    /// Eliminates vertices of degree <= 2 until none is left: a pendant vertex follows its
    /// neighbour, a vertex with ties a to u and b to x becomes one tie u-x of sign σ_aσ_b and
    /// weight min(|a|, |b|).
    void eliminate_low_degree() {
        const std::size_t n = adj.size();
        std::vector<char> gone(n, 0);
        std::deque<std::uint32_t> q;
        for (std::uint32_t v = 0; v < n; ++v)
            if (adj[v].size() <= 2) q.push_back(v);
        while (!q.empty()) {
            const std::uint32_t v = q.front();
            q.pop_front();
            if (gone[v] || adj[v].size() > 2) continue;
            gone[v] = 1;
            elimination el{v, static_cast<int>(adj[v].size())};
            std::vector<std::pair<std::uint32_t, double>> nb(adj[v].begin(), adj[v].end());
            std::sort(nb.begin(), nb.end());
            for (const auto& [u, w] : nb) adj[u].erase(v);
            adj[v].clear();
            if (el.kind >= 1) {
                el.u = nb[0].first;
                el.a = nb[0].second;
            }
            if (el.kind == 2) {
                el.x = nb[1].first;
                el.b = nb[1].second;
                const double w = (el.a > 0) == (el.b > 0) ? std::min(std::abs(el.a), std::abs(el.b))
                                                          : -std::min(std::abs(el.a), std::abs(el.b));
                add_edge(el.u, el.x, w);
            }
            for (const auto& [u, w] : nb)
                if (adj[u].size() <= 2) q.push_back(u);
            elim.push_back(el);
        }
    }
};

reduced_graph reduce(const std::vector<weighted_edge>& edges, std::size_t n, bool weighted, double eps) {
    reduced_graph r;
    r.adj.resize(n);
    r.eps = eps;
    for (const auto& e : edges) {
        const double w = weighted ? e.weight : (e.weight > 0 ? 1.0 : -1.0);
        r.add_edge(static_cast<std::uint32_t>(e.u), static_cast<std::uint32_t>(e.v), w);
    }
    r.eliminate_low_degree();
    return r;
}

// ------------------------------------------------------------------ blocks

/// A block (2-connected piece, or a bridge) of the reduced graph: its vertices (increasing)
/// and its ties (u, v, signed weight), in the order in which the block's search popped them.
struct block {
    std::vector<std::uint32_t> vertices;
    std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> edges;
};

/// Writable edge property map for `boost::biconnected_components` that records every
/// (edge, component) it is given, in order: the algorithm pops each block's edges off its
/// stack and labels them one by one, so the record lists the blocks in the order they
/// complete and each block's edges in pop order.
template <class Edge>
struct component_recorder {
    using key_type = Edge;
    using value_type = std::size_t;
    using reference = std::size_t;
    using category = boost::writable_property_map_tag;
    std::vector<std::pair<Edge, std::size_t>>* record;
    friend void put(const component_recorder& m, const Edge& e, std::size_t c) { m.record->emplace_back(e, c); }
};

/// Step (3): the blocks of the reduced graph, by `boost::biconnected_components` (Hopcroft &
/// Tarjan's depth-first search with an edge stack). L is additive over blocks: two blocks share
/// at most a cut vertex, and switching one block's side (s -> -s on its vertices) changes none
/// of its own costs, so each block's optimum can be aligned with the others' at the cut vertices.
/// The search runs on a graph whose out-edges are sorted by neighbour, from the vertices in
/// increasing order, so the blocks and their edge order are deterministic.
std::vector<block> split_blocks(const std::vector<std::unordered_map<std::uint32_t, double>>& adj) {
    const std::size_t n = adj.size();
    using graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, double>;
    std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> ties;
    for (std::uint32_t v = 0; v < n; ++v)
        for (const auto& [y, w] : adj[v])
            if (v < y) ties.emplace_back(v, y, w);
    std::sort(ties.begin(), ties.end());
    // Adding the ties in lexicographic order leaves every out-edge list sorted by neighbour.
    graph h(n);
    for (const auto& [u, v, w] : ties) boost::add_edge(u, v, w, h);
    std::vector<std::pair<graph::edge_descriptor, std::size_t>> record;
    boost::biconnected_components(h, component_recorder<graph::edge_descriptor>{&record});
    std::vector<block> blocks;
    for (const auto& [e, c] : record) {
        if (c >= blocks.size()) blocks.resize(c + 1);
        blocks[c].edges.emplace_back(static_cast<std::uint32_t>(boost::source(e, h)),
                                     static_cast<std::uint32_t>(boost::target(e, h)), h[e]);
    }
    for (auto& b : blocks) {
        for (const auto& [u, v, w] : b.edges) {
            b.vertices.push_back(u);
            b.vertices.push_back(v);
        }
        std::sort(b.vertices.begin(), b.vertices.end());
        b.vertices.erase(std::unique(b.vertices.begin(), b.vertices.end()), b.vertices.end());
    }
    return blocks;
}

// ------------------------------------------------------------ solve and glue

/// The per-block solutions and what they prove.
struct block_solutions {
    std::vector<std::vector<int>> s;  // per block, ±1 per block vertex
    double lower = 0;                 // Σ lower bounds (+ the reduction's constant)
    double expected = 0;              // value of the glued solution if the pieces are solved as reported
    bool all_optimal = true;
};

/// Solves every block (bridges need no search: never frustrated) and accumulates the
/// bounds, the spectral bound, the node count and the reduced size into `res`.
block_solutions solve_blocks(const std::vector<block>& blocks, std::size_t n, bool exact,
                             const frustration_options& opt, clock_type::time_point deadline, double eps,
                             double constant, frustration_result& res) {
    block_solutions out;
    out.s.resize(blocks.size());
    out.lower = constant;
    out.expected = constant;
    std::vector<std::uint32_t> local(n, 0);
    for (std::size_t bi = 0; bi < blocks.size(); ++bi) {
        const auto& vs = blocks[bi].vertices;
        block_graph bg;
        bg.n = vs.size();
        for (std::uint32_t i = 0; i < vs.size(); ++i) local[vs[i]] = i;
        for (const auto& [a, b, w] : blocks[bi].edges) {
            bg.eu.push_back(local[a]);
            bg.ev.push_back(local[b]);
            bg.w.push_back(w);
        }
        bg.build();
        res.reduced_vertices += bg.n;
        if (bg.w.size() < 3) {  // a single edge (bridge) or less: never frustrated
            out.s[bi] = local_search(bg, 0, eps).tree_start();
            continue;
        }
        ++res.blocks;
        const auto sol = solve_block(bg, exact, opt.restarts, opt.seed + 7919 * bi, deadline, eps);
        out.s[bi] = sol.s;
        out.lower += sol.lower;
        res.spectral_bound += sol.spectral;
        out.expected += sol.upper;
        out.all_optimal = out.all_optimal && sol.optimal;
        res.nodes += sol.nodes;
    }
    return out;
}

/// Step (4): glues the block solutions along the block-cut tree (breadth first; each block is
/// switched to agree with an already placed cut vertex). Vertices in no block stay 0.
std::vector<int> glue_blocks(const std::vector<block>& blocks, const std::vector<std::vector<int>>& block_s,
                             std::size_t n) {
    std::vector<int> s(n, 0);
    std::vector<std::vector<std::size_t>> blocks_of(n);
    for (std::size_t bi = 0; bi < blocks.size(); ++bi)
        for (auto v : blocks[bi].vertices) blocks_of[v].push_back(bi);
    std::vector<char> done(blocks.size(), 0);
    for (std::size_t b0 = 0; b0 < blocks.size(); ++b0) {
        if (done[b0]) continue;
        std::deque<std::size_t> bq{b0};
        done[b0] = 1;
        while (!bq.empty()) {
            const std::size_t bi = bq.front();
            bq.pop_front();
            const auto& vs = blocks[bi].vertices;
            int flip = 1;
            for (std::size_t i = 0; i < vs.size(); ++i)
                if (s[vs[i]] != 0) {
                    flip = s[vs[i]] == block_s[bi][i] ? 1 : -1;
                    break;
                }
            for (std::size_t i = 0; i < vs.size(); ++i) s[vs[i]] = flip * block_s[bi][i];
            for (auto v : vs)
                for (auto bj : blocks_of[v])
                    if (!done[bj]) {
                        done[bj] = 1;
                        bq.push_back(bj);
                    }
        }
    }
    return s;
}

/// Puts the eliminated vertices back in reverse order (each takes the side its ties to the
/// already placed vertices prefer), sets the rest to +1 and normalises: the smallest vertex of
/// each connected component of `g` on side +1.
void restore_eliminated(const std::vector<elimination>& elim, const signed_graph& g, std::vector<int>& s) {
    for (auto it = elim.rbegin(); it != elim.rend(); ++it) {
        const auto& el = *it;
        if (el.kind == 0) {
            s[el.v] = 1;
        } else if (el.kind == 1) {
            s[el.v] = (el.a > 0 ? 1 : -1) * s[el.u];
        } else {
            const int via_u = (el.a > 0 ? 1 : -1) * s[el.u], via_x = (el.b > 0 ? 1 : -1) * s[el.x];
            s[el.v] = (via_u == via_x || std::abs(el.a) >= std::abs(el.b)) ? via_u : via_x;
        }
    }
    for (auto& x : s)
        if (x == 0) x = 1;
    std::size_t count = 0;
    const auto comp = g.components(&count);
    std::vector<int> flip(count, 0);
    for (std::size_t v = 0; v < s.size(); ++v)
        if (flip[comp[v]] == 0) flip[comp[v]] = s[v];
    for (std::size_t v = 0; v < s.size(); ++v) s[v] *= flip[comp[v]];
}

}  // namespace

frustration_result frustration(const signed_graph& g, const frustration_options& opt) {
    if (!(opt.time_limit > 0)) throw invalid_input("[kzsec] frustration: time_limit must be positive");
    const auto t0 = clock_type::now();
    const auto deadline = t0 + std::chrono::duration_cast<clock_type::duration>(
                                   std::chrono::duration<double>(std::min(opt.time_limit, 1e9)));
    const std::size_t n = g.num_vertices();
    frustration_result res;
    res.weighted = opt.weighted;
    const auto edges = g.edges();
    double total_weight = 0;
    double wmax = 0;
    for (const auto& e : edges) {
        total_weight += opt.weighted ? std::abs(e.weight) : 1.0;
        wmax = std::max(wmax, std::abs(e.weight));
    }
    const double eps = 1e-9 * std::max(1.0, opt.weighted ? wmax : 1.0);

    const reduced_graph reduced = reduce(edges, n, opt.weighted, eps);   // (1), (2)
    const std::vector<block> blocks = split_blocks(reduced.adj);         // (3)
    bool exact = opt.method == frustration_method::exact;
    if (opt.method == frustration_method::automatic) {
        exact = true;
        for (const auto& b : blocks)
            if (b.vertices.size() > opt.auto_exact_max_vertices) exact = false;
    }
    res.method = exact ? frustration_method::exact : frustration_method::heuristic;
    const block_solutions sol = solve_blocks(blocks, n, exact, opt, deadline, eps, reduced.constant, res);
    std::vector<int> s = glue_blocks(blocks, sol.s, n);                  // (4)
    restore_eliminated(reduced.elim, g, s);

    res.partition = s;
    res.frustration = frustration_of(g, s, opt.weighted);
    res.upper_bound = res.frustration;
    if (res.frustration > sol.expected + 1e-6 * std::max(1.0, sol.expected))
        throw numerical_error("[kzsec] frustration: internal error, glued partition has value " +
                              std::to_string(res.frustration) + " > " + std::to_string(sol.expected));
    for (const auto& e : edges)
        if (e.weight * s[e.u] * s[e.v] < 0) res.frustrated_edges.emplace_back(e.u, e.v);
    res.optimal = sol.all_optimal;
    res.lower_bound = sol.all_optimal ? res.frustration : std::min(sol.lower, res.frustration);
    res.certified_gap = res.frustration == 0 ? 1.0
                        : res.lower_bound > 0 ? res.frustration / res.lower_bound
                                              : std::numeric_limits<double>::infinity();
    res.normalised = total_weight > 0 ? 1.0 - 2.0 * res.frustration / total_weight : 1.0;
    res.seconds = std::chrono::duration<double>(clock_type::now() - t0).count();
    res.convention = std::string(opt.weighted ? "weighted: cost |w| per frustrated edge, F = 1 - 2L/sum|w|"
                                              : "unweighted: one per frustrated edge, F = 1 - 2L/m") +
                     ", method " + std::string(to_string(res.method)) +
                     (res.optimal ? ", proven optimal" : ", bounds only");
    return res;
}

}  // namespace kzsec
