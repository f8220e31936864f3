#pragma once
/// @file signed_graph.hpp
/// @brief `kzsec::signed_graph`: an undirected, signed, weighted simple graph on
/// Boost.Graph, usable without any IR model.
///
/// Vertices carry a label (`vertex_props`), edges a signed non-zero weight
/// (`edge_props`); the sign of the weight is the sign of the tie. Directed or
/// multi-edge input is reduced to one undirected tie per pair by an explicit
/// `symmetrize_rule`; pairs whose ties cancel are reported in
/// `signed_graph::reduction()`, never silently dropped.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <Eigen/Core>
#include <Eigen/SparseCore>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/filtered_graph.hpp>
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

class network;

/// Bundled vertex property: the vertex label (an actor id, or a user label).
struct vertex_props {
    std::string label;
};

/// Bundled edge property: the signed weight (never 0).
struct edge_props {
    double weight = 0.0;
};

/// The Boost.Graph type under `signed_graph`.
using signed_adjacency_list = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                                    vertex_props, edge_props>;
using vertex_t = boost::graph_traits<signed_adjacency_list>::vertex_descriptor;
using edge_t = boost::graph_traits<signed_adjacency_list>::edge_descriptor;

/// How several ties between the same pair (both directions of a directed tie,
/// or repeated edges) are reduced to one undirected signed tie.
///
/// Let w_1..w_k be the weights of all input ties between u and v (either direction).
/// - `sum`: w = sum_i w_i; the sign of the sum is the sign of the tie (the KONECT
///   convention, A := sign(W + W^T)); w = 0 cancels.
/// - `sign_sum`: w = sign(sum_i sign(w_i)) (majority of signs, weight +-1); a tie cancels.
/// - `min`: w = min_i w_i (the most negative / least positive tie).
/// - `max`: w = max_i w_i.
/// - `negative_wins`: w = min_i w_i if any w_i < 0, else max_i w_i.
/// - `error`: more than one tie for a pair is an `invalid_input` error.
enum class symmetrize_rule : std::uint8_t { sum, sign_sum, min, max, negative_wins, error };

/// The names of `symmetrize_rule` values (`to_string`, `parse_symmetrize_rule`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<symmetrize_rule, 6> symmetrize_rule_table = {"symmetrize rule", {{
    {symmetrize_rule::sum, "sum"},
    {symmetrize_rule::sign_sum, "sign_sum"},
    {symmetrize_rule::min, "min"},
    {symmetrize_rule::max, "max"},
    {symmetrize_rule::negative_wins, "negative_wins"},
    {symmetrize_rule::error, "error"},
}}};

inline std::string_view to_string(symmetrize_rule v) noexcept { return symmetrize_rule_table.name(v); }
/// @throws invalid_input on an unknown name.
inline symmetrize_rule parse_symmetrize_rule(std::string_view s) { return symmetrize_rule_table.parse(s); }

/// The value of several ties of one pair under `rule`, as `signed_graph::from_edges`
/// computes it: zero weights are ignored, no tie gives 0, and `error` is read as
/// `sum` (callers that must reject several ties check the count themselves).
/// A result of exactly 0 means the ties cancel. Complexity: O(k) for k ties.
double reduce_ties(symmetrize_rule rule, std::span<const double> weights);

/// What happens to self-loops in the input.
enum class self_loop_policy : std::uint8_t { error, drop };

/// The names of `self_loop_policy` values (`to_string`, `parse_self_loop_policy`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<self_loop_policy, 2> self_loop_policy_table = {"self_loops", {{
    {self_loop_policy::error, "error"},
    {self_loop_policy::drop, "drop"},
}}};
/// The name of `v` in `self_loop_policy_table`. Complexity: O(1).
inline std::string_view to_string(self_loop_policy v) noexcept { return self_loop_policy_table.name(v); }
/// The `self_loop_policy` value named `s` (a name of `self_loop_policy_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline self_loop_policy parse_self_loop_policy(std::string_view s) { return self_loop_policy_table.parse(s); }


/// One input tie: endpoints as vertex indices, and a weight.
struct weighted_edge {
    std::size_t u = 0;
    std::size_t v = 0;
    double weight = 0.0;
};

/// One input tie with string labels.
struct labelled_edge {
    std::string u;
    std::string v;
    double weight = 0.0;
};

/// Options of the constructors from edges.
struct from_edges_options {
    bool directed = false;  ///< input ties are directed (u -> v); reduced by `symmetrize`
    symmetrize_rule symmetrize = symmetrize_rule::sum;  ///< reduction of several ties per pair
    self_loop_policy self_loops = self_loop_policy::error;  ///< what to do with u == v
};

/// A pair whose input ties were reduced to weight zero, and therefore has no edge.
struct cancelled_pair {
    std::size_t u = 0;
    std::size_t v = 0;
    std::vector<double> weights;  ///< the input weights that cancelled
};

/// A tie that `network::snapshot` added from a membership (`snapshot_options::membership_ties`).
struct membership_tie {
    std::size_t member = 0;        ///< vertex of the member
    std::size_t organisation = 0;  ///< vertex of the organisation
    std::string status;            ///< membership status ("member", ...)
    double value = 0.0;            ///< value of the tie before the domain weight
    std::string domain;            ///< domain in which it was added (one entry per domain)
};

/// Report of the reduction of the input to a simple undirected signed graph.
struct reduction_report {
    symmetrize_rule rule = symmetrize_rule::sum;
    bool directed_input = false;
    std::size_t input_ties = 0;      ///< ties read
    std::size_t merged_pairs = 0;    ///< pairs that had more than one tie
    std::size_t self_loops_dropped = 0;
    std::size_t zero_weight_ties = 0;      ///< input ties of weight 0 (ignored: no tie)
    std::vector<cancelled_pair> cancelled;  ///< pairs whose ties cancelled
    /// Ties added from memberships (network snapshots only), reduced with the pair's other ties.
    std::vector<membership_tie> membership_ties;
};

/// Compressed sparse row view of the signed adjacency: for vertex v, its
/// neighbours are nbr[k] for ptr[v] <= k < ptr[v+1], sorted by index, with
/// weights wt[k]. Built on demand by `signed_graph::csr()` and cached.
struct csr_adjacency {
    std::vector<std::size_t> ptr;
    std::vector<std::uint32_t> nbr;
    std::vector<double> wt;
};

/// Predicate for `boost::filtered_graph`: keeps the edges of one sign.
struct sign_filter {
    const signed_adjacency_list* g = nullptr;
    int sign = 1;  ///< +1 keeps positive edges, -1 negative ones
    bool operator()(const edge_t& e) const { return sign > 0 ? (*g)[e].weight > 0 : (*g)[e].weight < 0; }
};
using sign_view = boost::filtered_graph<signed_adjacency_list, sign_filter>;

namespace detail {
/// The state behind a `signed_graph`, shared by copies until one of them is modified
/// (copy-on-write). The CSR cache is built at most once per state, under `csr_lock`.
struct signed_graph_state {
    signed_adjacency_list g;
    std::vector<std::string> labels;
    std::unordered_map<std::string, std::size_t> index;
    reduction_report report;
    mutable std::mutex csr_lock;
    mutable csr_adjacency csr;
    mutable bool csr_valid = false;

    signed_graph_state() = default;
    /// Copies the graph, labels and report; the cache starts empty (it is rebuilt on demand).
    signed_graph_state(const signed_graph_state& o) : g(o.g), labels(o.labels), index(o.index), report(o.report) {}
    signed_graph_state& operator=(const signed_graph_state&) = delete;
};
}  // namespace detail

/// An undirected, signed, weighted simple graph with labelled vertices.
///
/// Invariants: no self-loops, at most one edge per pair, every weight finite
/// and non-zero, labels unique.
///
/// Value semantics with copy-on-write: a copy is O(1) and shares the state (graph, labels,
/// report, CSR cache) with the original until either is modified; the first modification of
/// a shared state copies it (O(n + m)). So copies are cheap (the Python bindings copy every
/// graph before releasing the GIL), and distinct objects can be modified and read from
/// different threads as with any value type (docs/developer-guide.md#thread-safety).
class signed_graph {
public:
    /// An empty graph.
    signed_graph() noexcept;
    /// O(1): shares the state until one side is modified.
    signed_graph(const signed_graph&) = default;
    signed_graph& operator=(const signed_graph&) = default;
    /// Leaves `other` an empty graph.
    signed_graph(signed_graph&& other) noexcept;
    signed_graph& operator=(signed_graph&& other) noexcept;
    /// n vertices labelled "0".."n-1", no edges.
    explicit signed_graph(std::size_t n);
    /// One vertex per label, no edges. @throws invalid_input on duplicate labels.
    explicit signed_graph(std::vector<std::string> labels);
    ~signed_graph() = default;

    /// Builds a graph from indexed ties, reducing several ties per pair with `opt.symmetrize`.
    /// @param edges the input ties (u, v, weight); weight 0 means "no tie" (counted in the report)
    /// @param n number of vertices (0 means 1 + the largest index, or the number of labels)
    /// @param labels optional labels (size n), default "0".."n-1".
    /// @param opt directed input, symmetrisation rule, self-loop policy
    /// @return the graph; `reduction()` reports merged and cancelled pairs.
    /// @throws invalid_input on a non-finite weight, a self-loop under
    ///         `self_loop_policy::error`, several ties under `symmetrize_rule::error`,
    ///         an index >= n, or duplicate labels.
    /// Complexity: O(m log m) for m input ties.
    static signed_graph from_edges(std::span<const weighted_edge> edges, std::size_t n = 0,
                                   std::vector<std::string> labels = {},
                                   const from_edges_options& opt = {});
    /// Builds a graph from labelled ties; vertices in order of first appearance.
    static signed_graph from_labelled_edges(std::span<const labelled_edge> edges,
                                            const from_edges_options& opt = {});
    /// Builds a graph from a square signed (weighted) adjacency matrix.
    /// A symmetric matrix gives the same graph with `directed=false` (the
    /// upper triangle is used); a non-symmetric one is read as directed ties
    /// A_ij (i -> j) and reduced with `opt.symmetrize`, and with
    /// `opt.directed == false` it is an error.
    /// @throws invalid_input if not square, non-finite, or non-symmetric when undirected.
    static signed_graph from_matrix(const Eigen::Ref<const Eigen::MatrixXd>& a,
                                    std::vector<std::string> labels = {},
                                    const from_edges_options& opt = {});

    /// Rebuilds a graph saved as its parts — labels, the edges as `edges()` returns them and
    /// the reduction report — for serialisation (Python pickling): `from_parts(g.labels(),
    /// g.edges(), g.reduction()) == g`, report included.
    /// @throws invalid_input on duplicate labels, an index out of range (edge or cancelled
    ///         pair), a self-loop, a non-finite or zero weight, or a pair given twice.
    /// Complexity: O(n + m log m).
    static signed_graph from_parts(std::vector<std::string> labels, std::span<const weighted_edge> edges,
                                   reduction_report report);

    std::size_t num_vertices() const noexcept { return boost::num_vertices(s_->g); }
    std::size_t num_edges() const noexcept { return boost::num_edges(s_->g); }
    std::size_t num_positive_edges() const noexcept;
    std::size_t num_negative_edges() const noexcept;

    /// Adds a vertex with a label; returns its index. @throws invalid_input on duplicate label.
    std::size_t add_vertex(std::string label);
    /// Adds or replaces the tie u-v. @throws invalid_input on u == v, weight 0 or non-finite.
    void set_edge(std::size_t u, std::size_t v, double weight);
    /// Removes the tie u-v if present; returns whether it existed.
    bool remove_edge(std::size_t u, std::size_t v);
    /// Weight of the tie u-v, 0 if none.
    double weight(std::size_t u, std::size_t v) const;

    const std::vector<std::string>& labels() const noexcept { return s_->labels; }
    const std::string& label(std::size_t v) const { return s_->labels.at(v); }
    /// Index of a label. @throws unknown_actor.
    std::size_t index(std::string_view label) const;
    bool contains(std::string_view label) const noexcept;

    /// The Boost.Graph graph (read-only; use the member functions to modify).
    const signed_adjacency_list& graph() const noexcept { return s_->g; }
    /// View of the positive edges (no copy).
    sign_view positive_view() const;
    /// View of the negative edges (no copy).
    sign_view negative_view() const;

    /// Edge list as (u, v, weight) with u < v, sorted.
    std::vector<weighted_edge> edges() const;
    /// Dense signed adjacency matrix (symmetric), in label order.
    Eigen::MatrixXd adjacency() const;
    /// Sparse signed adjacency matrix (symmetric), in label order.
    Eigen::SparseMatrix<double> sparse_adjacency() const;
    /// Sorted CSR adjacency (cached; invalidated by modification).
    const csr_adjacency& csr() const;

    /// How the input was reduced (rule, merged and cancelled pairs).
    const reduction_report& reduction() const noexcept { return s_->report; }

    /// Subgraph induced by the given vertices (in the given order).
    signed_graph induced_subgraph(std::span<const std::size_t> vertices) const;
    /// Connected components (of the unsigned graph): component id per vertex, 0-based.
    std::vector<std::size_t> components(std::size_t* count = nullptr) const;

    friend bool operator==(const signed_graph& x, const signed_graph& y);
    friend class network;  // builds snapshots with their reduction report

private:
    /// The state for modification: copied first if another graph shares it; the CSR cache
    /// is dropped.
    detail::signed_graph_state& edit();

    std::shared_ptr<detail::signed_graph_state> s_;  ///< never null
};

}  // namespace kzsec
