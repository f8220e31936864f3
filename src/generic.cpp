// The generic (any Boost.Graph graph) entry points: their compiled helpers and the
// templates instantiated for signed_graph::graph() (see include/kzsec/generic.hpp).
#include "kzsec/generic.hpp"

#include <string>
#include <vector>

#include "kzsec/errors.hpp"

namespace kzsec {
namespace detail {

void throw_generic_graph_error(std::string_view where, const std::string& what) {
    throw invalid_input("[kzsec] " + std::string(where) + ": " + what);
}

signed_graph signed_graph_of(const csr_adjacency& c) {
    const std::size_t n = c.ptr.empty() ? 0 : c.ptr.size() - 1;
    std::vector<weighted_edge> edges;
    edges.reserve(c.nbr.size() / 2);
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t k = c.ptr[u]; k < c.ptr[u + 1]; ++k)
            if (u < c.nbr[k]) edges.push_back({u, c.nbr[k], c.wt[k]});
    return signed_graph::from_edges(edges, n);
}

}  // namespace detail

template triangle_result triangle_index<signed_adjacency_list, detail::bundled_weight_map, detail::bundled_index_map>(
    const signed_adjacency_list&, const detail::bundled_weight_map&, const detail::bundled_index_map&,
    const triangle_options&);
template frustration_result frustration<signed_adjacency_list, detail::bundled_weight_map, detail::bundled_index_map>(
    const signed_adjacency_list&, const detail::bundled_weight_map&, const detail::bundled_index_map&,
    const frustration_options&);
template blockmodel_result blockmodel<signed_adjacency_list, detail::bundled_weight_map, detail::bundled_index_map>(
    const signed_adjacency_list&, const detail::bundled_weight_map&, const detail::bundled_index_map&, std::size_t,
    const blockmodel_options&);
template pn_result pn_index<signed_adjacency_list, detail::bundled_weight_map, detail::bundled_index_map>(
    const signed_adjacency_list&, const detail::bundled_weight_map&, const detail::bundled_index_map&,
    const pn_options&);
template eigenvector_result
signed_eigenvector_centrality<signed_adjacency_list, detail::bundled_weight_map, detail::bundled_index_map>(
    const signed_adjacency_list&, const detail::bundled_weight_map&, const detail::bundled_index_map&,
    const eigenvector_options&);

}  // namespace kzsec
