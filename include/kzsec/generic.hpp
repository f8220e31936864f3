#pragma once
/// @file generic.hpp
/// @brief The signed-graph algorithms on any Boost.Graph graph: triangle census and
/// index, frustration (bounds, heuristic, exact), blockmodel, PN and signed eigenvector
/// centrality, for a graph with a signed weight (or sign) property map.
///
/// `kzsec::signed_graph` is one model of the concept; these overloads accept any graph
/// that is a VertexListGraph and an IncidenceGraph (`boost::adjacency_list`,
/// `boost::compressed_sparse_row_graph`, a `boost::filtered_graph`, ...) with
///
/// - a readable edge property map `weight` of signed numbers: the sign of a value is the
///   sign of the tie, its absolute value the weight used by the `weighted` options (a map
///   of ±1 is a sign map, and then weighted and unweighted results agree);
/// - a vertex index map (`get(boost::vertex_index, g)` by default) onto 0..n-1; the results
///   are indexed by it (partition, membership, centrality per vertex, triangle vertices).
///
/// Ties are undirected. An undirected graph lists each tie at both ends; a directed graph
/// (a `compressed_sparse_row_graph` is always directed) must store every tie as two arcs of
/// equal weight. Self-loops, parallel ties and zero or non-finite weights are errors.
///
/// How it works: every kzsec kernel runs on the sorted CSR adjacency that `signed_graph`
/// caches (`signed_graph::csr()`). A generic overload reads the graph once through the
/// Boost.Graph interface (`vertices`, `out_edges`, `target`, `get`) into that structure
/// (`detail::csr_of`, O(n + m log d)) and runs the same kernel, so its result equals the one
/// on the equivalent `signed_graph` by construction. The triangle census runs on that CSR
/// directly; frustration, blockmodel, PN and eigenvector centrality (whose solvers use the
/// graph's components, induced subgraphs and the LAPACK / Spectra eigen paths) first build a
/// `signed_graph` with vertices "0".."n-1" from it (O(n + m log m)), which is small against
/// their own cost. The templates for `signed_graph::graph()` with its bundled weight are
/// compiled in the library (extern templates below).
#include <cstddef>
#include <string_view>

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>

#include "balance.hpp"
#include "centrality.hpp"
#include "detail/generic_graph.hpp"
#include "signed_graph.hpp"

namespace kzsec {

/// A Boost.Graph graph the generic algorithms accept: a VertexListGraph and an
/// IncidenceGraph (`vertices`, `num_vertices`, `out_edges`, `target`) whose type declares the
/// Boost.Graph nested types (`vertex_descriptor`, `traversal_category`), as every Boost.Graph
/// graph class does. (The nested types are checked first because `boost::graph_traits` of
/// another type is a hard error, not a failed constraint.)
template <class G>
concept signed_graph_traversal = requires {
    typename G::vertex_descriptor;
    typename G::traversal_category;
} && requires(const G& g, typename boost::graph_traits<G>::vertex_descriptor v,
              typename boost::graph_traits<G>::edge_descriptor e) {
    num_vertices(g);
    vertices(g);
    out_edges(v, g);
    out_degree(v, g);
    target(e, g);
};

/// A readable property map from the edges of `G` to a signed number (the weight, whose
/// sign is the sign of the tie; a map of ±1 is a sign map).
template <class M, class G>
concept signed_weight_map = requires(const M& m, typename boost::graph_traits<G>::edge_descriptor e) {
    { static_cast<double>(get(m, e)) };
};

/// A readable property map from the vertices of `G` to dense indices 0..n-1.
template <class M, class G>
concept vertex_index_map = requires(const M& m, typename boost::graph_traits<G>::vertex_descriptor v) {
    { static_cast<std::size_t>(get(m, v)) };
};

namespace detail {
/// The triangle census and index on a sorted CSR adjacency: the kernel of every
/// `triangle_index` overload. Complexity: O(m^1.5).
triangle_result triangle_census(const csr_adjacency& c, const triangle_options& opt);
}  // namespace detail

/// `triangle_index` (balance.hpp) of any Boost.Graph graph with a signed weight map.
/// The census, indices and conventions are those of `triangle_index(const signed_graph&, ...)`;
/// triangle vertices and per-vertex counts are indexed by `index`.
/// @param g the graph. @param weight signed weight (or sign) of each edge.
/// @param index vertex index map onto 0..n-1. @param opt convention and listing options.
/// @return as `triangle_index`.
/// @throws invalid_input if g is not a simple graph with finite non-zero weights, or a
///         directed g lacks the reverse of an arc (see `detail::csr_of`).
/// Complexity: O(n + m log d_max) to read g, then O(m^1.5).
/// Reference: Cartwright & Harary (1956) Psychol. Rev. 63:277; Davis (1967) Hum. Relat. 20:181.
template <signed_graph_traversal Graph, signed_weight_map<Graph> WeightMap, vertex_index_map<Graph> IndexMap>
triangle_result triangle_index(const Graph& g, const WeightMap& weight, const IndexMap& index,
                               const triangle_options& opt = {}) {
    return detail::triangle_census(detail::csr_of(g, weight, index, "triangle_index"), opt);
}

/// `triangle_index` with the graph's own `vertex_index` map.
template <signed_graph_traversal Graph, signed_weight_map<Graph> WeightMap>
triangle_result triangle_index(const Graph& g, const WeightMap& weight, const triangle_options& opt = {}) {
    return kzsec::triangle_index(g, weight, get(boost::vertex_index, g), opt);
}

/// `frustration` (balance.hpp) of any Boost.Graph graph with a signed weight map: the
/// frustration index L with its proven bounds, by the exact, heuristic or automatic method
/// of `opt`. The partition and the frustrated edges are indexed by `index`.
/// @param g the graph. @param weight signed weight (or sign) of each edge.
/// @param index vertex index map onto 0..n-1. @param opt method, time limit, seed, weighting.
/// @return as `frustration`.
/// @throws invalid_input as `triangle_index` above for the graph, and as `frustration` for `opt`.
/// Complexity: O(n + m log m) to build the `signed_graph`, then as `frustration`.
/// Reference: Aref, Mason & Wilson (2020) Networks 75:95.
template <signed_graph_traversal Graph, signed_weight_map<Graph> WeightMap, vertex_index_map<Graph> IndexMap>
frustration_result frustration(const Graph& g, const WeightMap& weight, const IndexMap& index,
                               const frustration_options& opt = {}) {
    return kzsec::frustration(detail::signed_graph_of(detail::csr_of(g, weight, index, "frustration")), opt);
}

/// `frustration` with the graph's own `vertex_index` map.
template <signed_graph_traversal Graph, signed_weight_map<Graph> WeightMap>
frustration_result frustration(const Graph& g, const WeightMap& weight, const frustration_options& opt = {}) {
    return kzsec::frustration(g, weight, get(boost::vertex_index, g), opt);
}

/// `blockmodel` (balance.hpp) of any Boost.Graph graph with a signed weight map: the
/// Doreian–Mrvar partition into at most k blocks; the membership is indexed by `index`.
/// @param g the graph. @param weight signed weight (or sign) of each edge.
/// @param index vertex index map onto 0..n-1. @param k maximum number of blocks (≥ 1).
/// @param opt α, method, seed.
/// @return as `blockmodel`.
/// @throws invalid_input as `triangle_index` above for the graph, and as `blockmodel` for k and `opt`.
/// Complexity: O(n + m log m) to build the `signed_graph`, then as `blockmodel`.
/// Reference: Doreian & Mrvar (1996) Social Networks 18:149.
template <signed_graph_traversal Graph, signed_weight_map<Graph> WeightMap, vertex_index_map<Graph> IndexMap>
blockmodel_result blockmodel(const Graph& g, const WeightMap& weight, const IndexMap& index, std::size_t k,
                             const blockmodel_options& opt = {}) {
    return kzsec::blockmodel(detail::signed_graph_of(detail::csr_of(g, weight, index, "blockmodel")), k, opt);
}

/// `blockmodel` with the graph's own `vertex_index` map.
template <signed_graph_traversal Graph, signed_weight_map<Graph> WeightMap>
blockmodel_result blockmodel(const Graph& g, const WeightMap& weight, std::size_t k, const blockmodel_options& opt = {}) {
    return kzsec::blockmodel(g, weight, get(boost::vertex_index, g), k, opt);
}

/// `pn_index` (centrality.hpp) of any Boost.Graph graph with a signed weight map: PN
/// centrality per vertex, in the order of `index`.
/// @param g the graph (n ≥ 2). @param weight signed weight (or sign) of each edge.
/// @param index vertex index map onto 0..n-1. @param opt weighting, β, solver.
/// @return as `pn_index`.
/// @throws invalid_input as `triangle_index` above for the graph; invalid_input and
///         numerical_error as `pn_index`.
/// Complexity: O(n + m log m) to build the `signed_graph`, then as `pn_index`.
/// Reference: Everett & Borgatti (2014) Social Networks 38:111.
template <signed_graph_traversal Graph, signed_weight_map<Graph> WeightMap, vertex_index_map<Graph> IndexMap>
pn_result pn_index(const Graph& g, const WeightMap& weight, const IndexMap& index, const pn_options& opt = {}) {
    return kzsec::pn_index(detail::signed_graph_of(detail::csr_of(g, weight, index, "pn_index")), opt);
}

/// `pn_index` with the graph's own `vertex_index` map.
template <signed_graph_traversal Graph, signed_weight_map<Graph> WeightMap>
pn_result pn_index(const Graph& g, const WeightMap& weight, const pn_options& opt = {}) {
    return kzsec::pn_index(g, weight, get(boost::vertex_index, g), opt);
}

/// `signed_eigenvector_centrality` (centrality.hpp) of any Boost.Graph graph with a signed
/// weight map: the signed eigenvector per vertex, in the order of `index`.
/// @param g the graph (n ≥ 1, at least one tie). @param weight signed weight (or sign) of each edge.
/// @param index vertex index map onto 0..n-1. @param opt weighting, scaling, method.
/// @return as `signed_eigenvector_centrality`.
/// @throws invalid_input as `triangle_index` above for the graph; invalid_input and
///         numerical_error as `signed_eigenvector_centrality`.
/// Complexity: O(n + m log m) to build the `signed_graph`, then as `signed_eigenvector_centrality`.
/// Reference: Bonacich & Lloyd (2004) Social Networks 26:331.
template <signed_graph_traversal Graph, signed_weight_map<Graph> WeightMap, vertex_index_map<Graph> IndexMap>
eigenvector_result signed_eigenvector_centrality(const Graph& g, const WeightMap& weight, const IndexMap& index,
                                                 const eigenvector_options& opt = {}) {
    return kzsec::signed_eigenvector_centrality(
        detail::signed_graph_of(detail::csr_of(g, weight, index, "signed_eigenvector_centrality")), opt);
}

/// `signed_eigenvector_centrality` with the graph's own `vertex_index` map.
template <signed_graph_traversal Graph, signed_weight_map<Graph> WeightMap>
eigenvector_result signed_eigenvector_centrality(const Graph& g, const WeightMap& weight,
                                                 const eigenvector_options& opt = {}) {
    return kzsec::signed_eigenvector_centrality(g, weight, get(boost::vertex_index, g), opt);
}

/// @cond KZSEC_INTERNAL (explicit instantiations, not API; hidden from Doxygen)
// Compiled once in the library (src/generic.cpp) for `signed_graph::graph()` with its
// bundled weight and vertex index (`detail::bundled_weight_map`, `detail::bundled_index_map`),
// so a consumer does not instantiate them.
extern template triangle_result triangle_index<signed_adjacency_list, detail::bundled_weight_map,
                                               detail::bundled_index_map>(const signed_adjacency_list&,
                                                                          const detail::bundled_weight_map&,
                                                                          const detail::bundled_index_map&,
                                                                          const triangle_options&);
extern template frustration_result frustration<signed_adjacency_list, detail::bundled_weight_map,
                                               detail::bundled_index_map>(const signed_adjacency_list&,
                                                                          const detail::bundled_weight_map&,
                                                                          const detail::bundled_index_map&,
                                                                          const frustration_options&);
extern template blockmodel_result blockmodel<signed_adjacency_list, detail::bundled_weight_map,
                                             detail::bundled_index_map>(const signed_adjacency_list&,
                                                                        const detail::bundled_weight_map&,
                                                                        const detail::bundled_index_map&, std::size_t,
                                                                        const blockmodel_options&);
extern template pn_result pn_index<signed_adjacency_list, detail::bundled_weight_map, detail::bundled_index_map>(
    const signed_adjacency_list&, const detail::bundled_weight_map&, const detail::bundled_index_map&,
    const pn_options&);
extern template eigenvector_result signed_eigenvector_centrality<signed_adjacency_list, detail::bundled_weight_map,
                                                                 detail::bundled_index_map>(
    const signed_adjacency_list&, const detail::bundled_weight_map&, const detail::bundled_index_map&,
    const eigenvector_options&);

/// @endcond

}  // namespace kzsec
