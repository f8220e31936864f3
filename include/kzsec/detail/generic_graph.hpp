#pragma once
/// @file detail/generic_graph.hpp
/// @brief Reading any Boost.Graph graph with a signed weight map into the sorted CSR
/// adjacency the kzsec kernels run on (private; used by `kzsec/generic.hpp`).
#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/graph/graph_concepts.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/property_map/property_map.hpp>

#include "../errors.hpp"
#include "../signed_graph.hpp"

namespace kzsec {

namespace detail {

[[noreturn]] void throw_generic_graph_error(std::string_view where, const std::string& what);

/// The sorted CSR adjacency of `g`: row `index[v]` lists the indices of v's neighbours in
/// increasing order with the weights `weight[e]` of the ties, exactly as
/// `signed_graph::csr()` does for a `signed_graph`.
///
/// An undirected graph lists each tie in the out-edges of both ends. A directed graph
/// (e.g. `boost::compressed_sparse_row_graph`, which is always directed) must store every
/// tie as two arcs u -> v and v -> u of equal weight; a missing or different reverse arc
/// is an error (ties are undirected in every kzsec measure).
/// @throws invalid_input naming the vertices: an index outside 0..n-1 or given twice, a
///         self-loop, a weight that is zero or not finite, two ties between one pair, a
///         directed arc without its reverse (or with another weight), or n ≥ 2^32.
/// Complexity: O(n + m log d_max) time, O(n + m) memory.
template <class Graph, class WeightMap, class IndexMap>
csr_adjacency csr_of(const Graph& g, const WeightMap& weight, const IndexMap& index, std::string_view where) {
    BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<Graph>));
    BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<Graph>));
    const auto n = static_cast<std::size_t>(num_vertices(g));
    if (n >= std::numeric_limits<std::uint32_t>::max())
        throw_generic_graph_error(where, "the graph has " + std::to_string(n) + " vertices; at most 2^32 - 2 are supported");
    csr_adjacency c;
    c.ptr.assign(n + 1, 0);
    std::vector<char> seen(n, 0);
    for (auto [vi, vend] = vertices(g); vi != vend; ++vi) {
        const auto i = static_cast<std::size_t>(get(index, *vi));
        if (i >= n)
            throw_generic_graph_error(where, "vertex index " + std::to_string(i) + " is outside 0.." +
                                                 std::to_string(n == 0 ? 0 : n - 1));
        if (seen[i]) throw_generic_graph_error(where, "vertex index " + std::to_string(i) + " is given to two vertices");
        seen[i] = 1;
        c.ptr[i + 1] = static_cast<std::size_t>(out_degree(*vi, g));
    }
    for (std::size_t i = 0; i < n; ++i) c.ptr[i + 1] += c.ptr[i];
    c.nbr.resize(c.ptr[n]);
    c.wt.resize(c.ptr[n]);
    std::vector<std::pair<std::uint32_t, double>> row;
    for (auto [vi, vend] = vertices(g); vi != vend; ++vi) {
        const auto i = static_cast<std::size_t>(get(index, *vi));
        row.clear();
        for (auto [ei, eend] = out_edges(*vi, g); ei != eend; ++ei) {
            const auto j = static_cast<std::size_t>(get(index, target(*ei, g)));
            const auto w = static_cast<double>(get(weight, *ei));
            if (j == i) throw_generic_graph_error(where, "vertex " + std::to_string(i) + " has a self-loop");
            if (w == 0.0 || !std::isfinite(w))
                throw_generic_graph_error(where, "the tie " + std::to_string(i) + "-" + std::to_string(j) + " has weight " +
                                                     std::to_string(w) + " (a tie needs a finite non-zero signed weight)");
            row.emplace_back(static_cast<std::uint32_t>(j), w);
        }
        std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::size_t k = c.ptr[i];
        for (std::size_t r = 0; r < row.size(); ++r, ++k) {
            if (r > 0 && row[r].first == row[r - 1].first)
                throw_generic_graph_error(where, "two ties join vertices " + std::to_string(i) + " and " +
                                                     std::to_string(row[r].first) + " (the graph must be simple)");
            c.nbr[k] = row[r].first;
            c.wt[k] = row[r].second;
        }
    }
    if constexpr (!boost::is_undirected_graph<Graph>::value) {
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = c.ptr[i]; k < c.ptr[i + 1]; ++k) {
                const std::size_t j = c.nbr[k];
                const auto first = c.nbr.begin() + static_cast<std::ptrdiff_t>(c.ptr[j]);
                const auto last = c.nbr.begin() + static_cast<std::ptrdiff_t>(c.ptr[j + 1]);
                const auto it = std::lower_bound(first, last, static_cast<std::uint32_t>(i));
                if (it == last || *it != i)
                    throw_generic_graph_error(where, "the arc " + std::to_string(i) + " -> " + std::to_string(j) +
                                                         " has no reverse arc (a directed graph must store every tie "
                                                         "in both directions)");
                if (c.wt[static_cast<std::size_t>(it - c.nbr.begin())] != c.wt[k])
                    throw_generic_graph_error(where, "the arcs " + std::to_string(i) + " -> " + std::to_string(j) +
                                                         " and back have different weights (ties are undirected)");
            }
    }
    return c;
}

/// The property maps of `signed_graph::graph()`: the bundled weight and the vertex index.
using bundled_weight_map = boost::property_map<signed_adjacency_list, double edge_props::*>::const_type;
using bundled_index_map = boost::property_map<signed_adjacency_list, boost::vertex_index_t>::const_type;

// `signed_graph::csr()` builds its cache with this instantiation (compiled in src/signed_graph.cpp).
extern template csr_adjacency csr_of<signed_adjacency_list, bundled_weight_map, bundled_index_map>(
    const signed_adjacency_list&, const bundled_weight_map&, const bundled_index_map&, std::string_view);

/// A `signed_graph` with vertices "0".."n-1" and the ties of a sorted CSR adjacency
/// (validated by `csr_of`). Complexity: O(n + m log m).
signed_graph signed_graph_of(const csr_adjacency& c);
}  // namespace detail
}  // namespace kzsec
