#include "kzsec/signed_graph.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <cmath>
#include <numeric>

#include <boost/graph/connected_components.hpp>
#include <fmt/format.h>

#include "kzsec/detail/generic_graph.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

std::string_view to_string(symmetrize_rule r) noexcept {
    switch (r) {
        case symmetrize_rule::sum: return "sum";
        case symmetrize_rule::sign_sum: return "sign_sum";
        case symmetrize_rule::min: return "min";
        case symmetrize_rule::max: return "max";
        case symmetrize_rule::negative_wins: return "negative_wins";
        case symmetrize_rule::error: return "error";
    }
    return "sum";
}

symmetrize_rule parse_symmetrize_rule(std::string_view s) {
    if (s == "sum") return symmetrize_rule::sum;
    if (s == "sign_sum") return symmetrize_rule::sign_sum;
    if (s == "min") return symmetrize_rule::min;
    if (s == "max") return symmetrize_rule::max;
    if (s == "negative_wins") return symmetrize_rule::negative_wins;
    if (s == "error") return symmetrize_rule::error;
    throw invalid_input(fmt::format(
        "[kzsec] symmetrize rule '{}' is not one of 'sum', 'sign_sum', 'min', 'max', 'negative_wins', 'error'", s));
}

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

}  // namespace

double reduce_ties(symmetrize_rule rule, std::span<const double> weights) {
    std::vector<double> w;
    for (double x : weights)
        if (x != 0.0) w.push_back(x);
    if (w.empty()) return 0.0;
    return reduce_nonempty(rule == symmetrize_rule::error ? symmetrize_rule::sum : rule, w);
}

signed_graph::signed_graph(std::size_t n) : signed_graph(default_labels(n)) {}

signed_graph::signed_graph(std::vector<std::string> labels) : g_(labels.size()) {
    index_.reserve(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!index_.emplace(labels[i], i).second)
            throw invalid_input(fmt::format("[kzsec] signed_graph: duplicate vertex label '{}'", labels[i]));
        g_[i].label = labels[i];
    }
    labels_ = std::move(labels);
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

    struct tie {
        std::size_t u, v;
        double w;
        std::size_t order;
    };
    std::vector<tie> ties;
    ties.reserve(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const auto& e = edges[i];
        if (!std::isfinite(e.weight))
            throw invalid_input(fmt::format("[kzsec] signed_graph::from_edges: tie {} ({} - {}) has non-finite weight {}",
                                            i, g.labels_[e.u], g.labels_[e.v], e.weight));
        if (e.u == e.v) {
            if (opt.self_loops == self_loop_policy::error)
                throw invalid_input(fmt::format(
                    "[kzsec] signed_graph::from_edges: tie {} is a self-loop on '{}' (use self_loops='drop' to drop them)",
                    i, g.labels_[e.u]));
            ++rep.self_loops_dropped;
            continue;
        }
        if (e.weight == 0.0) {
            ++rep.zero_weight_ties;
            continue;
        }
        ties.push_back({std::min(e.u, e.v), std::max(e.u, e.v), e.weight, i});
    }
    std::stable_sort(ties.begin(), ties.end(),
                     [](const tie& a, const tie& b) { return a.u != b.u ? a.u < b.u : a.v < b.v; });
    std::vector<double> group;
    for (std::size_t i = 0; i < ties.size();) {
        std::size_t j = i;
        group.clear();
        while (j < ties.size() && ties[j].u == ties[i].u && ties[j].v == ties[i].v) group.push_back(ties[j++].w);
        if (group.size() > 1) {
            ++rep.merged_pairs;
            if (opt.symmetrize == symmetrize_rule::error)
                throw invalid_input(fmt::format(
                    "[kzsec] signed_graph::from_edges: {} ties between '{}' and '{}' (symmetrize='error'); "
                    "choose a rule such as 'sum'",
                    group.size(), g.labels_[ties[i].u], g.labels_[ties[i].v]));
        }
        const double w = reduce_nonempty(opt.symmetrize, group);
        if (!std::isfinite(w)) {  // finite inputs: only a sum can leave the doubles
            std::string ws;
            for (double x : group) ws += fmt::format("{}{}", ws.empty() ? "" : ", ", x);
            throw invalid_input(fmt::format(
                "[kzsec] signed_graph::from_edges: the ties between '{}' and '{}' ({}) add up past the largest "
                "double (symmetrize='{}'); rescale the weights or choose another rule",
                g.labels_[ties[i].u], g.labels_[ties[i].v], ws, to_string(opt.symmetrize)));
        }
        if (w == 0.0) {
            rep.cancelled.push_back({ties[i].u, ties[i].v, group});
        } else {
            boost::add_edge(ties[i].u, ties[i].v, edge_props{w}, g.g_);
        }
        i = j;
    }
    g.report_ = std::move(rep);
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
    for (auto [it, end] = boost::edges(g_); it != end; ++it) k += g_[*it].weight > 0;
    return k;
}

std::size_t signed_graph::num_negative_edges() const noexcept { return num_edges() - num_positive_edges(); }

std::size_t signed_graph::add_vertex(std::string label) {
    const std::size_t i = num_vertices();
    if (!index_.emplace(label, i).second)
        throw invalid_input(fmt::format("[kzsec] signed_graph::add_vertex: duplicate vertex label '{}'", label));
    boost::add_vertex(vertex_props{label}, g_);
    labels_.push_back(std::move(label));
    csr_valid_ = false;
    return i;
}

signed_graph signed_graph::from_parts(std::vector<std::string> labels, std::span<const weighted_edge> edges,
                                      reduction_report report) {
    signed_graph g(std::move(labels));
    for (const auto& e : edges) {
        if (e.u < g.num_vertices() && e.v < g.num_vertices() && boost::edge(e.u, e.v, g.g_).second)
            throw invalid_input(fmt::format("[kzsec] signed_graph::from_parts: the pair '{}' - '{}' is given twice",
                                            g.labels_[e.u], g.labels_[e.v]));
        g.set_edge(e.u, e.v, e.weight);
    }
    for (const auto& c : report.cancelled)
        if (c.u >= g.num_vertices() || c.v >= g.num_vertices())
            throw invalid_input(fmt::format("[kzsec] signed_graph::from_parts: cancelled pair ({}, {}) out of range (n = {})",
                                            c.u, c.v, g.num_vertices()));
    g.report_ = std::move(report);
    return g;
}

void signed_graph::set_edge(std::size_t u, std::size_t v, double weight) {
    const std::size_t n = num_vertices();
    if (u >= n || v >= n)
        throw invalid_input(fmt::format("[kzsec] signed_graph::set_edge: vertex {} out of range (n = {})",
                                        std::max(u, v), n));
    if (u == v) throw invalid_input(fmt::format("[kzsec] signed_graph::set_edge: self-loop on '{}'", labels_[u]));
    if (!std::isfinite(weight) || weight == 0.0)
        throw invalid_input(fmt::format("[kzsec] signed_graph::set_edge: weight {} of '{}' - '{}' must be finite and non-zero",
                                        weight, labels_[u], labels_[v]));
    auto [e, found] = boost::edge(u, v, g_);
    if (found)
        g_[e].weight = weight;
    else
        boost::add_edge(u, v, edge_props{weight}, g_);
    csr_valid_ = false;
}

bool signed_graph::remove_edge(std::size_t u, std::size_t v) {
    if (u >= num_vertices() || v >= num_vertices()) return false;
    auto [e, found] = boost::edge(u, v, g_);
    if (!found) return false;
    boost::remove_edge(e, g_);
    csr_valid_ = false;
    return true;
}

double signed_graph::weight(std::size_t u, std::size_t v) const {
    if (u >= num_vertices() || v >= num_vertices()) return 0.0;
    auto [e, found] = boost::edge(u, v, g_);
    return found ? g_[e].weight : 0.0;
}

std::size_t signed_graph::index(std::string_view label) const {
    auto it = index_.find(std::string(label));
    if (it == index_.end()) throw unknown_actor(fmt::format("[kzsec] signed_graph: no vertex labelled '{}'", label));
    return it->second;
}

bool signed_graph::contains(std::string_view label) const noexcept {
    return index_.find(std::string(label)) != index_.end();
}

sign_view signed_graph::positive_view() const { return sign_view(g_, sign_filter{&g_, +1}); }
sign_view signed_graph::negative_view() const { return sign_view(g_, sign_filter{&g_, -1}); }

std::vector<weighted_edge> signed_graph::edges() const {
    std::vector<weighted_edge> out;
    out.reserve(num_edges());
    for (auto [it, end] = boost::edges(g_); it != end; ++it) {
        std::size_t u = boost::source(*it, g_), v = boost::target(*it, g_);
        if (u > v) std::swap(u, v);
        out.push_back({u, v, g_[*it].weight});
    }
    std::sort(out.begin(), out.end(),
              [](const weighted_edge& a, const weighted_edge& b) { return a.u != b.u ? a.u < b.u : a.v < b.v; });
    return out;
}

Eigen::MatrixXd signed_graph::adjacency() const {
    const auto n = static_cast<Eigen::Index>(num_vertices());
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
    for (auto [it, end] = boost::edges(g_); it != end; ++it) {
        const auto u = static_cast<Eigen::Index>(boost::source(*it, g_));
        const auto v = static_cast<Eigen::Index>(boost::target(*it, g_));
        a(u, v) = a(v, u) = g_[*it].weight;
    }
    return a;
}

Eigen::SparseMatrix<double> signed_graph::sparse_adjacency() const {
    const auto n = static_cast<Eigen::Index>(num_vertices());
    std::vector<Eigen::Triplet<double>> t;
    t.reserve(2 * num_edges());
    for (auto [it, end] = boost::edges(g_); it != end; ++it) {
        const auto u = static_cast<Eigen::Index>(boost::source(*it, g_));
        const auto v = static_cast<Eigen::Index>(boost::target(*it, g_));
        t.emplace_back(u, v, g_[*it].weight);
        t.emplace_back(v, u, g_[*it].weight);
    }
    Eigen::SparseMatrix<double> a(n, n);
    a.setFromTriplets(t.begin(), t.end());
    return a;
}

namespace {
/// The lock of a graph's CSR cache: one of 64 mutexes, picked by the graph's address (a
/// lock per graph would change the class layout). Concurrent first calls of csr() on one
/// graph build the cache once; different graphs rarely share a mutex, and then only wait.
std::mutex& csr_mutex(const void* graph) {
    static std::array<std::mutex, 64> locks;
    return locks[(reinterpret_cast<std::uintptr_t>(graph) / alignof(std::max_align_t)) % locks.size()];
}
}  // namespace

template csr_adjacency detail::csr_of<signed_adjacency_list, detail::bundled_weight_map, detail::bundled_index_map>(
    const signed_adjacency_list&, const detail::bundled_weight_map&, const detail::bundled_index_map&,
    std::string_view);

signed_graph::signed_graph(const signed_graph& other)
    : g_(other.g_), labels_(other.labels_), index_(other.index_), report_(other.report_) {
    // Thread safety (docs/developer-guide.md#thread-safety): another thread may be building
    // other's CSR cache in a const csr() call right now; read the flag and the cache under the
    // lock that call holds. The rest of `other` is only written by mutations, which need
    // exclusive access. (`this` is not shared yet, so its own fields need no lock.)
    std::lock_guard lock(csr_mutex(&other));
    if (other.csr_valid_) {
        csr_ = other.csr_;
        csr_valid_ = true;
    }
}

signed_graph& signed_graph::operator=(const signed_graph& other) {
    if (this != &other) *this = signed_graph(other);
    return *this;
}

const csr_adjacency& signed_graph::csr() const {
    // Thread safety (docs/developer-guide.md#thread-safety): concurrent const calls may
    // arrive here together; the flag and the cache are only read and written under the lock.
    std::lock_guard lock(csr_mutex(this));
    if (!csr_valid_) {
        csr_ = detail::csr_of(g_, boost::get(&edge_props::weight, g_), boost::get(boost::vertex_index, g_),
                              "signed_graph::csr");
        csr_valid_ = true;
    }
    return csr_;
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
        labels.push_back(labels_[vertices[i]]);
    }
    signed_graph h(std::move(labels));
    for (const auto& e : edges())
        if (pos[e.u] != SIZE_MAX && pos[e.v] != SIZE_MAX)
            boost::add_edge(pos[e.u], pos[e.v], edge_props{e.weight}, h.g_);
    return h;
}

std::vector<std::size_t> signed_graph::components(std::size_t* count) const {
    std::vector<std::size_t> comp(num_vertices());
    const auto k = num_vertices() ? boost::connected_components(g_, comp.data()) : 0;
    if (count) *count = static_cast<std::size_t>(k);
    return comp;
}

bool operator==(const signed_graph& x, const signed_graph& y) {
    if (x.labels_ != y.labels_) return false;
    const auto ex = x.edges(), ey = y.edges();
    if (ex.size() != ey.size()) return false;
    for (std::size_t i = 0; i < ex.size(); ++i)
        if (ex[i].u != ey[i].u || ex[i].v != ey[i].v || ex[i].weight != ey[i].weight) return false;
    return true;
}

}  // namespace kzsec
