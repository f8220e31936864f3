// Directed signed networks (include/kzsec/directed.hpp).
#include "kzsec/directed.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

#include "kzsec/detail/random.hpp"
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

directed_signed_degree_result directed_signed_degree(std::span<const weighted_edge> arcs, std::size_t n,
                                                     const directed_signed_degree_options& opt) {
    const std::vector<weighted_edge> a = detail::checked_arcs(arcs, n, "directed_signed_degree");
    directed_signed_degree_result r;
    r.weighted = opt.weighted;
    for (auto* v : {&r.out_positive, &r.out_negative, &r.in_positive, &r.in_negative}) v->assign(n, 0.0);
    for (const auto& e : a) {
        const double w = opt.weighted ? std::abs(e.weight) : 1.0;
        (e.weight > 0 ? r.out_positive : r.out_negative)[e.u] += w;
        (e.weight > 0 ? r.in_positive : r.in_negative)[e.v] += w;
    }
    auto finish = [n](const std::vector<double>& p, const std::vector<double>& q, std::vector<double>& net,
                      std::vector<double>& ratio) {
        net.resize(n);
        ratio.resize(n);
        for (std::size_t v = 0; v < n; ++v) {
            net[v] = p[v] - q[v];
            ratio[v] = p[v] + q[v] > 0 ? p[v] / (p[v] + q[v]) : nan;
        }
    };
    finish(r.out_positive, r.out_negative, r.out_net, r.out_ratio);
    finish(r.in_positive, r.in_negative, r.in_net, r.in_ratio);
    return r;
}

namespace {

// A labelled triad is coded by the signs of its arcs a->b, b->a, a->c, c->a, b->c, c->b, each a
// base-3 digit (0 no arc, 1 negative, 2 positive), the first the most significant: the numeric
// order of codes is the lexicographic order of their strings under 0 < N < P.
constexpr std::size_t arc_slots = 6;
constexpr std::array<std::array<int, 2>, arc_slots> slot_arc{{{0, 1}, {1, 0}, {0, 2}, {2, 0}, {1, 2}, {2, 1}}};
constexpr std::array<const char*, 16> man_names{"003",  "012",  "102",  "021D", "021U", "021C", "111D", "111U",
                                                "030T", "030C", "201",  "120D", "120U", "120C", "210",  "300"};

using triad_matrix = std::array<std::array<int, 3>, 3>;  // digit of arc i -> j

triad_matrix decode(int code) {
    triad_matrix m{};
    for (int s = static_cast<int>(arc_slots) - 1; s >= 0; --s) {
        m[slot_arc[s][0]][slot_arc[s][1]] = code % 3;
        code /= 3;
    }
    return m;
}

int encode(const triad_matrix& m) {
    int code = 0;
    for (std::size_t s = 0; s < arc_slots; ++s) code = 3 * code + m[slot_arc[s][0]][slot_arc[s][1]];
    return code;
}

/// Index into man_names of the unsigned type of a labelled triad.
std::size_t man_type(const triad_matrix& m) {
    const std::array<std::array<int, 2>, 3> pairs{{{0, 1}, {0, 2}, {1, 2}}};
    int mutual = 0, asym = 0;
    for (const auto& p : pairs) {
        const bool f = m[p[0]][p[1]] != 0, b = m[p[1]][p[0]] != 0;
        if (f && b)
            ++mutual;
        else if (f || b)
            ++asym;
    }
    std::array<int, 3> out{}, in{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            if (i != j && m[i][j] != 0) {
                ++out[i];
                ++in[j];
            }
    const int null = 3 - mutual - asym;
    const int key = 100 * mutual + 10 * asym + null;
    switch (key) {
        case 3: return 0;
        case 12: return 1;
        case 102: return 2;
        case 21:  // two asymmetric arcs: out-star (D), in-star (U) or path (C)
            for (int v = 0; v < 3; ++v) {
                if (out[v] == 2) return 3;
                if (in[v] == 2) return 4;
            }
            return 5;
        case 111:  // the vertex in both linked pairs receives the asymmetric arc (D) or sends it (U)
            for (int v = 0; v < 3; ++v)
                if (out[v] + in[v] == 3) return in[v] == 2 ? 6 : 7;
            return 6;
        case 30:
            for (int v = 0; v < 3; ++v)
                if (out[v] != 1) return 8;  // transitive
            return 9;                       // cycle
        case 201: return 10;
        case 120:  // the vertex outside the mutual pair sends both arcs (D), receives both (U), or one each (C)
            for (int v = 0; v < 3; ++v)
                if (out[v] + in[v] == 2) {
                    if (out[v] == 2) return 11;
                    if (in[v] == 2) return 12;
                    return 13;
                }
            return 13;
        case 210: return 14;
        default: return 15;  // 300
    }
}

struct triad_tables {
    std::array<int, 729> cls{};  // class index of every labelled code
    std::vector<signed_triad_class> classes;
    triad_tables() {
        std::array<int, 729> canon{};
        std::vector<int> reps;
        for (int code = 0; code < 729; ++code) {
            const triad_matrix m = decode(code);
            std::array<int, 3> p{0, 1, 2};
            int best = 729;
            do {
                triad_matrix q{};
                for (int i = 0; i < 3; ++i)
                    for (int j = 0; j < 3; ++j) q[p[i]][p[j]] = m[i][j];
                best = std::min(best, encode(q));
            } while (std::next_permutation(p.begin(), p.end()));
            canon[code] = best;
            if (best == code) reps.push_back(code);
        }
        std::sort(reps.begin(), reps.end(), [](int x, int y) {
            const std::size_t tx = man_type(decode(x)), ty = man_type(decode(y));
            return tx != ty ? tx < ty : x < y;
        });
        std::array<int, 729> index{};
        for (std::size_t i = 0; i < reps.size(); ++i) {
            const triad_matrix m = decode(reps[i]);
            signed_triad_class c;
            c.man = man_names[man_type(m)];
            c.name = c.man + "-";
            for (std::size_t s = 0; s < arc_slots; ++s) c.name += "0NP"[m[slot_arc[s][0]][slot_arc[s][1]]];
            // 3-semicycles: one arc per pair, in either direction; positive with an even number of N.
            std::array<std::array<int, 2>, 3> signs_per_pair{};  // counts of (positive, negative) arcs per pair
            const std::array<std::array<int, 2>, 3> pairs{{{0, 1}, {0, 2}, {1, 2}}};
            for (std::size_t k = 0; k < 3; ++k)
                for (const int d : {m[pairs[k][0]][pairs[k][1]], m[pairs[k][1]][pairs[k][0]]}) {
                    if (d == 2) ++signs_per_pair[k][0];
                    if (d == 1) ++signs_per_pair[k][1];
                }
            std::size_t even = 1, odd = 0;  // semicycles over the pairs so far with an even / odd number of N
            for (const auto& pn : signs_per_pair) {
                const std::size_t p = static_cast<std::size_t>(pn[0]), q = static_cast<std::size_t>(pn[1]);
                const std::size_t e2 = even * p + odd * q, o2 = even * q + odd * p;
                even = e2;
                odd = o2;
            }
            c.semicycles = even + odd;
            c.positive_semicycles = even;
            index[static_cast<std::size_t>(reps[i])] = static_cast<int>(i);
            classes.push_back(std::move(c));
        }
        for (int code = 0; code < 729; ++code) cls[static_cast<std::size_t>(code)] = index[static_cast<std::size_t>(canon[code])];
    }
};

const triad_tables& tables() {
    static const triad_tables t;  // built once (thread-safe initialisation of a local static)
    return t;
}

int digit(double w) { return w == 0.0 ? 0 : (w < 0 ? 1 : 2); }

/// A linked vertex of the underlying undirected graph, with the weight of the arc to it and of
/// the arc from it (0 if none).
struct arc_link {
    std::size_t v;
    double to;
    double from;
};

using link_lists = std::vector<std::vector<arc_link>>;

/// For every vertex its linked vertices, sorted, u->v and v->u merged into one link.
link_lists linked_vertices(const std::vector<weighted_edge>& a, std::size_t n) {
    link_lists adj(n);
    for (const auto& e : a) {
        adj[e.u].push_back({e.v, e.weight, 0.0});
        adj[e.v].push_back({e.u, 0.0, e.weight});
    }
    for (auto& l : adj) {
        std::sort(l.begin(), l.end(), [](const arc_link& x, const arc_link& y) { return x.v < y.v; });
        std::size_t w = 0;  // merge u->v and v->u into one link
        for (std::size_t k = 0; k < l.size(); ++k) {
            if (w > 0 && l[w - 1].v == l[k].v) {
                l[w - 1].to += l[k].to;
                l[w - 1].from += l[k].from;
            } else {
                l[w++] = l[k];
            }
        }
        l.resize(w);
    }
    return adj;
}

/// The link from u to v, or null.
const arc_link* find_link(const link_lists& adj, std::size_t u, std::size_t v) {
    const auto& l = adj[u];
    const auto it = std::lower_bound(l.begin(), l.end(), v, [](const arc_link& x, std::size_t key) { return x.v < key; });
    return it != l.end() && it->v == v ? &*it : nullptr;
}

/// Counts the triples with at least two linked pairs into `count`, from a centre b linked to a
/// and c: a triangle once (from its smallest vertex), an open path from its middle vertex.
void count_linked_triples(const link_lists& adj, const triad_tables& t, std::array<std::size_t, signed_triad_classes>& count) {
    for (std::size_t b = 0; b < adj.size(); ++b) {
        const auto& l = adj[b];
        for (std::size_t i = 0; i < l.size(); ++i)
            for (std::size_t j = i + 1; j < l.size(); ++j) {
                const std::size_t x = l[i].v, y = l[j].v;
                const arc_link* xy = find_link(adj, x, y);
                if (xy != nullptr && (x < b || y < b)) continue;
                // a = b (centre), b' = x, c = y: arcs a->b, b->a, a->c, c->a, b->c, c->b
                const int code = ((((digit(l[i].to) * 3 + digit(l[i].from)) * 3 + digit(l[j].to)) * 3 +
                                   digit(l[j].from)) * 3 + (xy ? digit(xy->to) : 0)) * 3 + (xy ? digit(xy->from) : 0);
                ++count[static_cast<std::size_t>(t.cls[static_cast<std::size_t>(code)])];
            }
    }
}

/// The number of vertices linked to both ends of a pair (a merge of their sorted arc_link lists).
std::size_t common_links(const std::vector<arc_link>& lu, const std::vector<arc_link>& lv) {
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < lu.size() && j < lv.size();) {
        if (lu[i].v < lv[j].v)
            ++i;
        else if (lv[j].v < lu[i].v)
            ++j;
        else {
            ++common;
            ++i;
            ++j;
        }
    }
    return common;
}

/// Counts the triples with exactly one linked pair {u, v} (every third vertex linked to
/// neither) into `count`; returns how many.
std::size_t count_one_pair_triples(const link_lists& adj, const triad_tables& t,
                                   std::array<std::size_t, signed_triad_classes>& count) {
    const std::size_t n = adj.size();
    std::size_t counted = 0;
    for (std::size_t u = 0; u < n; ++u)
        for (const arc_link& l : adj[u]) {
            if (l.v < u) continue;
            const auto& lu = adj[u];
            const auto& lv = adj[l.v];
            const std::size_t touched = (lu.size() - 1) + (lv.size() - 1) - common_links(lu, lv);  // third vertices linked to u or v
            const std::size_t alone = n - 2 - touched;
            const int code = digit(l.to) * 3 + digit(l.from);  // the pair as b, c: arcs b->c, c->b
            count[static_cast<std::size_t>(t.cls[static_cast<std::size_t>(code)])] += alone;
            counted += alone;
        }
    return counted;
}

/// The result from the class counts: the classes, the unsigned (MAN) census, the semicycles and
/// the share of positive ones (NaN without semicycles).
signed_triad_census_result census_result(std::size_t n, const triad_tables& t,
                                         const std::array<std::size_t, signed_triad_classes>& count) {
    signed_triad_census_result r;
    r.n = n;
    r.classes = t.classes;
    for (std::size_t i = 0; i < r.classes.size(); ++i) r.classes[i].count = count[i];
    for (const char* man : man_names) r.unsigned_census.emplace_back(man, 0);
    for (const auto& c : r.classes) {
        for (auto& [name, k] : r.unsigned_census)
            if (name == c.man) k += c.count;
        r.semicycles += c.count * c.semicycles;
        r.positive_semicycles += c.count * c.positive_semicycles;
    }
    r.balance = r.semicycles > 0 ? static_cast<double>(r.positive_semicycles) / static_cast<double>(r.semicycles) : nan;
    return r;
}

}  // namespace

signed_triad_census_result signed_triad_census(std::span<const weighted_edge> arcs, std::size_t n) {
    const std::vector<weighted_edge> a = detail::checked_arcs(arcs, n, "signed_triad_census");
    const triad_tables& t = tables();
    const link_lists adj = linked_vertices(a, n);
    std::array<std::size_t, signed_triad_classes> count{};
    count_linked_triples(adj, t, count);
    std::size_t counted = 0;
    for (const auto c : count) counted += c;
    counted += count_one_pair_triples(adj, t, count);
    // the rest: triples without a linked pair
    const detail::uint128 triples =
        n < 3 ? 0 : static_cast<detail::uint128>(n) * (n - 1) * (n - 2) / 6;
    if (triples > std::numeric_limits<std::size_t>::max())
        throw invalid_input("[kzsec] signed_triad_census: C(n, 3) overflows with n = " + std::to_string(n));
    count[static_cast<std::size_t>(t.cls[0])] = static_cast<std::size_t>(triples) - counted;
    return census_result(n, t, count);
}

}  // namespace kzsec
