#include "kzsec/signed_graph.hpp"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <cmath>
#include <numeric>
#include <utility>

#include <boost/graph/connected_components.hpp>
#include <fmt/format.h>

#include "kzsec/detail/generic_graph.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

namespace {

std::vector<std::string> default_labels(std::size_t n) {
    std::vector<std::string> labels(n);
    for (std::size_t i = 0; i < n; ++i) labels[i] = std::to_string(i);
    return labels;
}

double reduce_nonempty(symmetrize_rule rule, const std::vector<double>& w) {
    switch (rule) {
        case symmetrize_rule::sum:
        case symmetrize_rule::error: {
            double s = 0.0;
            for (double x : w) s += x;
            return s;
        }
        case symmetrize_rule::sign_sum: {
            int s = 0;
            for (double x : w) s += (x > 0) - (x < 0);
            return static_cast<double>((s > 0) - (s < 0));
        }
        case symmetrize_rule::min: return *std::min_element(w.begin(), w.end());
        case symmetrize_rule::max: return *std::max_element(w.begin(), w.end());
        case symmetrize_rule::negative_wins: {
            double lo = *std::min_element(w.begin(), w.end());
            return lo < 0 ? lo : *std::max_element(w.begin(), w.end());
        }
    }
    return 0.0;
}

/// Sorts ties (u < v) by (u, v), keeping the input order of equal pairs: two stable counting
/// passes (by v, then by u); O(m + n) time, one extra copy of the ties.
void sort_pairs_stable(std::vector<weighted_edge>& ties, std::size_t n) {
    std::vector<weighted_edge> tmp(ties.size());
    std::vector<std::size_t> count(n + 1);
    for (auto key : {&weighted_edge::v, &weighted_edge::u}) {
        std::fill(count.begin(), count.end(), 0);
        for (const auto& t : ties) ++count[t.*key + 1];
        for (std::size_t i = 0; i < n; ++i) count[i + 1] += count[i];
        for (const auto& t : ties) tmp[count[t.*key]++] = t;
        ties.swap(tmp);
    }
}

/// The sorted CSR of the pairs `kept` (u < v, sorted by (u, v), distinct): scanning them in
/// order appends to each vertex first its smaller neighbours, in increasing order, then its
/// larger ones, so every row comes out sorted. O(n + m).
csr_adjacency csr_of_sorted(const std::vector<weighted_edge>& kept, std::size_t n) {
    csr_adjacency c;
    c.ptr.assign(n + 1, 0);
    for (const auto& e : kept) {
        ++c.ptr[e.u + 1];
        ++c.ptr[e.v + 1];
    }
    for (std::size_t i = 0; i < n; ++i) c.ptr[i + 1] += c.ptr[i];
    c.nbr.resize(c.ptr[n]);
    c.wt.resize(c.ptr[n]);
    std::vector<std::size_t> at(c.ptr.begin(), c.ptr.end() - 1);
    for (const auto& e : kept) {
        c.nbr[at[e.u]] = static_cast<std::uint32_t>(e.v);
        c.wt[at[e.u]++] = e.weight;
        c.nbr[at[e.v]] = static_cast<std::uint32_t>(e.u);
        c.wt[at[e.v]++] = e.weight;
    }
    return c;
}

}  // namespace

double reduce_ties(symmetrize_rule rule, std::span<const double> weights) {
    std::vector<double> w;
    for (double x : weights)
        if (x != 0.0) w.push_back(x);
    if (w.empty()) return 0.0;
    return reduce_nonempty(rule == symmetrize_rule::error ? symmetrize_rule::sum : rule, w);
}

namespace {
/// The state of every empty graph (default-constructed or moved-from); never modified in place,
/// since this holder keeps its use count above 1.
const std::shared_ptr<detail::signed_graph_state>& empty_state() noexcept {
    static const auto empty = std::make_shared<detail::signed_graph_state>();
    return empty;
}
}  // namespace

signed_graph::signed_graph() noexcept : s_(empty_state()) {}

signed_graph::signed_graph(signed_graph&& other) noexcept : s_(std::exchange(other.s_, empty_state())) {}

signed_graph& signed_graph::operator=(signed_graph&& other) noexcept {
    if (this != &other) s_ = std::exchange(other.s_, empty_state());
    return *this;
}

detail::signed_graph_state& signed_graph::edit() {
    if (s_.use_count() != 1) {
        s_ = std::make_shared<detail::signed_graph_state>(*s_);
    } else {
        // The last other owner released the state (its release is an acq_rel decrement);
        // this fence orders its earlier reads before the writes that follow.
        std::atomic_thread_fence(std::memory_order_acquire);
        s_->csr_valid = false;
        s_->csr = {};
    }
    return *s_;
}

signed_graph::signed_graph(std::size_t n) : signed_graph(default_labels(n)) {}

signed_graph::signed_graph(std::vector<std::string> labels) : s_(std::make_shared<detail::signed_graph_state>()) {
    auto& st = *s_;
    st.g = signed_adjacency_list(labels.size());
    st.index.reserve(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!st.index.emplace(labels[i], i).second)
            throw invalid_input(fmt::format("[kzsec] signed_graph: duplicate vertex label '{}'", labels[i]));
        st.g[i].label = labels[i];
    }
    st.labels = std::move(labels);
}

signed_graph signed_graph::from_edges(std::span<const weighted_edge> edges, std::size_t n,
                                      std::vector<std::string> labels, const from_edges_options& opt) {
    std::size_t need = 0;
    for (const auto& e : edges) need = std::max({need, e.u + 1, e.v + 1});
    if (n == 0) n = labels.empty() ? need : labels.size();
    if (!labels.empty() && labels.size() != n)
        throw invalid_input(fmt::format("[kzsec] signed_graph::from_edges: {} labels for {} vertices",
                                        labels.size(), n));
    if (need > n)
        throw invalid_input(fmt::format("[kzsec] signed_graph::from_edges: vertex index {} out of range (n = {})",
                                        need - 1, n));
    signed_graph g(labels.empty() ? default_labels(n) : std::move(labels));
    reduction_report rep;
    rep.rule = opt.symmetrize;
    rep.directed_input = opt.directed;
    rep.input_ties = edges.size();

    std::vector<weighted_edge> ties;  // (min, max, weight) in input order
    ties.reserve(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const auto& e = edges[i];
        if (!std::isfinite(e.weight))
            throw invalid_input(fmt::format("[kzsec] signed_graph::from_edges: tie {} ({} - {}) has non-finite weight {}",
                                            i, g.label(e.u), g.label(e.v), e.weight));
        if (e.u == e.v) {
            if (opt.self_loops == self_loop_policy::error)
                throw invalid_input(fmt::format(
                    "[kzsec] signed_graph::from_edges: tie {} is a self-loop on '{}' (use self_loops='drop' to drop them)",
                    i, g.label(e.u)));
            ++rep.self_loops_dropped;
            continue;
        }
        if (e.weight == 0.0) {
            ++rep.zero_weight_ties;
            continue;
        }
        ties.push_back({std::min(e.u, e.v), std::max(e.u, e.v), e.weight});
    }
    sort_pairs_stable(ties, n);
    std::vector<weighted_edge> kept;  // one tie per pair, sorted by (u, v)
    kept.reserve(ties.size());
    std::vector<double> group;
    for (std::size_t i = 0; i < ties.size();) {
        std::size_t j = i;
        group.clear();
        while (j < ties.size() && ties[j].u == ties[i].u && ties[j].v == ties[i].v) group.push_back(ties[j++].weight);
        if (group.size() > 1) {
            ++rep.merged_pairs;
            if (opt.symmetrize == symmetrize_rule::error)
                throw invalid_input(fmt::format(
                    "[kzsec] signed_graph::from_edges: {} ties between '{}' and '{}' (symmetrize='error'); "
                    "choose a rule such as 'sum'",
                    group.size(), g.label(ties[i].u), g.label(ties[i].v)));
        }
        const double w = reduce_nonempty(opt.symmetrize, group);
        if (!std::isfinite(w)) {  // finite inputs: only a sum can leave the doubles
            std::string ws;
            for (double x : group) ws += fmt::format("{}{}", ws.empty() ? "" : ", ", x);
            throw invalid_input(fmt::format(
                "[kzsec] signed_graph::from_edges: the ties between '{}' and '{}' ({}) add up past the largest "
                "double (symmetrize='{}'); rescale the weights or choose another rule",
                g.label(ties[i].u), g.label(ties[i].v), ws, to_string(opt.symmetrize)));
        }
        if (w == 0.0)
            rep.cancelled.push_back({ties[i].u, ties[i].v, group});
        else
            kept.push_back({ties[i].u, ties[i].v, w});
        i = j;
    }
    ties = {};
    auto& st = *g.s_;  // g is not shared yet
    for (const auto& e : kept) boost::add_edge(e.u, e.v, edge_props{e.weight}, st.g);
    st.csr = csr_of_sorted(kept, n);  // the cache csr() would build, from the sorted pairs directly
    st.csr_valid = true;
    g.s_->report = std::move(rep);
    return g;
}

signed_graph signed_graph::from_labelled_edges(std::span<const labelled_edge> edges, const from_edges_options& opt) {
    std::vector<std::string> labels;
    std::unordered_map<std::string, std::size_t> idx;
    std::vector<weighted_edge> ix;
    ix.reserve(edges.size());
    auto id = [&](const std::string& s) {
        auto [it, fresh] = idx.emplace(s, labels.size());
        if (fresh) labels.push_back(s);
        return it->second;
    };
    for (const auto& e : edges) {
        const std::size_t u = id(e.u);
        const std::size_t v = id(e.v);
        ix.push_back({u, v, e.weight});
    }
    const std::size_t n = labels.size();
    return from_edges(ix, n, std::move(labels), opt);
}

signed_graph signed_graph::from_matrix(const Eigen::Ref<const Eigen::MatrixXd>& a, std::vector<std::string> labels,
                                       const from_edges_options& opt) {
    if (a.rows() != a.cols())
        throw invalid_input(fmt::format("[kzsec] signed_graph::from_matrix: matrix is {}x{}, not square", a.rows(),
                                        a.cols()));
    const auto n = static_cast<std::size_t>(a.rows());
    if (!labels.empty() && labels.size() != n)
        throw invalid_input(fmt::format("[kzsec] signed_graph::from_matrix: {} labels for a {}x{} matrix",
                                        labels.size(), n, n));
    std::vector<weighted_edge> edges;
    for (Eigen::Index i = 0; i < a.rows(); ++i)
        for (Eigen::Index j = 0; j < a.cols(); ++j) {
            const double x = a(i, j);
            if (!std::isfinite(x))
                throw invalid_input(fmt::format("[kzsec] signed_graph::from_matrix: entry ({}, {}) is {}", i, j, x));
            if (!opt.directed && j > i && x != a(j, i))
                throw invalid_input(fmt::format(
                    "[kzsec] signed_graph::from_matrix: matrix is not symmetric at ({}, {}): {} != {}; pass "
                    "directed=true and a symmetrize rule to reduce directed ties",
                    i, j, x, a(j, i)));
            const bool take = opt.directed ? (x != 0.0 || i == j) : (j >= i);
            if (take && x != 0.0)
                edges.push_back({static_cast<std::size_t>(i), static_cast<std::size_t>(j), x});
        }
    return from_edges(edges, n, std::move(labels), opt);
}

std::size_t signed_graph::num_positive_edges() const noexcept {
    std::size_t k = 0;
    const auto& g = s_->g;
    for (auto [it, end] = boost::edges(g); it != end; ++it) k += g[*it].weight > 0;
    return k;
}

std::size_t signed_graph::num_negative_edges() const noexcept { return num_edges() - num_positive_edges(); }

std::size_t signed_graph::add_vertex(std::string label) {
    const std::size_t i = num_vertices();
    if (contains(label))
        throw invalid_input(fmt::format("[kzsec] signed_graph::add_vertex: duplicate vertex label '{}'", label));
    auto& st = edit();
    st.index.emplace(label, i);
    boost::add_vertex(vertex_props{label}, st.g);
    st.labels.push_back(std::move(label));
    return i;
}

signed_graph signed_graph::from_parts(std::vector<std::string> labels, std::span<const weighted_edge> edges,
                                      reduction_report report) {
    signed_graph g(std::move(labels));
    for (const auto& e : edges) {
        if (e.u < g.num_vertices() && e.v < g.num_vertices() && boost::edge(e.u, e.v, g.graph()).second)
            throw invalid_input(fmt::format("[kzsec] signed_graph::from_parts: the pair '{}' - '{}' is given twice",
                                            g.label(e.u), g.label(e.v)));
        g.set_edge(e.u, e.v, e.weight);
    }
    for (const auto& c : report.cancelled)
        if (c.u >= g.num_vertices() || c.v >= g.num_vertices())
            throw invalid_input(fmt::format("[kzsec] signed_graph::from_parts: cancelled pair ({}, {}) out of range (n = {})",
                                            c.u, c.v, g.num_vertices()));
    g.edit().report = std::move(report);
    return g;
}

void signed_graph::set_edge(std::size_t u, std::size_t v, double weight) {
    const std::size_t n = num_vertices();
    if (u >= n || v >= n)
        throw invalid_input(fmt::format("[kzsec] signed_graph::set_edge: vertex {} out of range (n = {})",
                                        std::max(u, v), n));
    if (u == v) throw invalid_input(fmt::format("[kzsec] signed_graph::set_edge: self-loop on '{}'", label(u)));
    if (!std::isfinite(weight) || weight == 0.0)
        throw invalid_input(fmt::format("[kzsec] signed_graph::set_edge: weight {} of '{}' - '{}' must be finite and non-zero",
                                        weight, label(u), label(v)));
    auto& g = edit().g;
    auto [e, found] = boost::edge(u, v, g);
    if (found)
        g[e].weight = weight;
    else
        boost::add_edge(u, v, edge_props{weight}, g);
}

bool signed_graph::remove_edge(std::size_t u, std::size_t v) {
    if (u >= num_vertices() || v >= num_vertices()) return false;
    if (!boost::edge(u, v, s_->g).second) return false;
    auto& g = edit().g;
    boost::remove_edge(boost::edge(u, v, g).first, g);
    return true;
}

double signed_graph::weight(std::size_t u, std::size_t v) const {
    if (u >= num_vertices() || v >= num_vertices()) return 0.0;
    const auto& g = s_->g;
    auto [e, found] = boost::edge(u, v, g);
    return found ? g[e].weight : 0.0;
}

std::size_t signed_graph::index(std::string_view label) const {
    auto it = s_->index.find(std::string(label));
    if (it == s_->index.end()) throw unknown_actor(fmt::format("[kzsec] signed_graph: no vertex labelled '{}'", label));
    return it->second;
}

bool signed_graph::contains(std::string_view label) const noexcept {
    return s_->index.find(std::string(label)) != s_->index.end();
}

sign_view signed_graph::positive_view() const { return sign_view(s_->g, sign_filter{&s_->g, +1}); }
sign_view signed_graph::negative_view() const { return sign_view(s_->g, sign_filter{&s_->g, -1}); }

std::vector<weighted_edge> signed_graph::edges() const {
    const auto& g = s_->g;
    std::vector<weighted_edge> out;
    out.reserve(num_edges());
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        std::size_t u = boost::source(*it, g), v = boost::target(*it, g);
        if (u > v) std::swap(u, v);
        out.push_back({u, v, g[*it].weight});
    }
    std::sort(out.begin(), out.end(),
              [](const weighted_edge& a, const weighted_edge& b) { return a.u != b.u ? a.u < b.u : a.v < b.v; });
    return out;
}

Eigen::MatrixXd signed_graph::adjacency() const {
    const auto& g = s_->g;
    const auto n = static_cast<Eigen::Index>(num_vertices());
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const auto u = static_cast<Eigen::Index>(boost::source(*it, g));
        const auto v = static_cast<Eigen::Index>(boost::target(*it, g));
        a(u, v) = a(v, u) = g[*it].weight;
    }
    return a;
}

Eigen::SparseMatrix<double> signed_graph::sparse_adjacency() const {
    const auto& g = s_->g;
    const auto n = static_cast<Eigen::Index>(num_vertices());
    std::vector<Eigen::Triplet<double>> t;
    t.reserve(2 * num_edges());
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const auto u = static_cast<Eigen::Index>(boost::source(*it, g));
        const auto v = static_cast<Eigen::Index>(boost::target(*it, g));
        t.emplace_back(u, v, g[*it].weight);
        t.emplace_back(v, u, g[*it].weight);
    }
    Eigen::SparseMatrix<double> a(n, n);
    a.setFromTriplets(t.begin(), t.end());
    return a;
}

template csr_adjacency detail::csr_of<signed_adjacency_list, detail::bundled_weight_map, detail::bundled_index_map>(
    const signed_adjacency_list&, const detail::bundled_weight_map&, const detail::bundled_index_map&,
    std::string_view);

const csr_adjacency& signed_graph::csr() const {
    // Thread safety (docs/developer-guide.md#thread-safety): concurrent const calls, on this
    // graph or on copies sharing its state, may arrive here together; the flag and the cache
    // are only read and written under the state's lock.
    const auto& st = *s_;
    std::lock_guard lock(st.csr_lock);
    if (!st.csr_valid) {
        st.csr = detail::csr_of(st.g, boost::get(&edge_props::weight, st.g), boost::get(boost::vertex_index, st.g),
                                "signed_graph::csr");
        st.csr_valid = true;
    }
    return st.csr;
}


signed_graph signed_graph::induced_subgraph(std::span<const std::size_t> vertices) const {
    std::vector<std::string> labels;
    labels.reserve(vertices.size());
    std::vector<std::size_t> pos(num_vertices(), SIZE_MAX);
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        if (vertices[i] >= num_vertices())
            throw invalid_input(fmt::format("[kzsec] signed_graph::induced_subgraph: vertex {} out of range (n = {})",
                                            vertices[i], num_vertices()));
        if (pos[vertices[i]] != SIZE_MAX)
            throw invalid_input(fmt::format("[kzsec] signed_graph::induced_subgraph: vertex {} listed twice",
                                            vertices[i]));
        pos[vertices[i]] = i;
        labels.push_back(label(vertices[i]));
    }
    signed_graph h(std::move(labels));
    auto& hg = h.s_->g;  // h is not shared yet
    for (const auto& e : edges())
        if (pos[e.u] != SIZE_MAX && pos[e.v] != SIZE_MAX)
            boost::add_edge(pos[e.u], pos[e.v], edge_props{e.weight}, hg);
    return h;
}

std::vector<std::size_t> signed_graph::components(std::size_t* count) const {
    std::vector<std::size_t> comp(num_vertices());
    const auto k = num_vertices() ? boost::connected_components(s_->g, comp.data()) : 0;
    if (count) *count = static_cast<std::size_t>(k);
    return comp;
}

bool operator==(const signed_graph& x, const signed_graph& y) {
    if (x.s_ == y.s_) return true;
    if (x.labels() != y.labels()) return false;
    const auto ex = x.edges(), ey = y.edges();
    if (ex.size() != ey.size()) return false;
    for (std::size_t i = 0; i < ex.size(); ++i)
        if (ex[i].u != ey[i].u || ex[i].v != ey[i].v || ex[i].weight != ey[i].weight) return false;
    return true;
}

}  // namespace kzsec
