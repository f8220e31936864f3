#pragma once
// The coalitions around a focal actor in a two-sided partition, shared by the report
// (balance_summary::with_focal / against_focal) and `scenario::evaluate` (the "coalition"
// indicator). Private to src/.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kzsec/signed_graph.hpp"

namespace kzsec::detail {

/// Where a vertex stands relative to the focal vertex.
enum class focal_side : std::uint8_t {
    apart,    ///< in another connected component: the partition says nothing about it
    with,     ///< in the focal's component, on the focal's side (the focal itself included)
    against,  ///< in the focal's component, on the other side
};

/// The side of every vertex of `g` relative to vertex `focal` under `partition` (one entry per
/// vertex, e.g. `frustration_result::partition`): coalitions are defined within the focal's
/// connected component only. An empty partition puts the whole component with the focal.
/// Complexity: O(n + m).
inline std::vector<focal_side> focal_sides(const signed_graph& g, const std::vector<int>& partition, std::size_t focal) {
    std::size_t comp_count = 0;
    const std::vector<std::size_t> comp = g.components(&comp_count);
    const int side = partition.empty() ? 0 : partition[focal];
    std::vector<focal_side> out(g.num_vertices(), focal_side::apart);
    for (std::size_t v = 0; v < g.num_vertices(); ++v) {
        if (comp[v] != comp[focal]) continue;
        out[v] = (partition.empty() ? 0 : partition[v]) == side ? focal_side::with : focal_side::against;
    }
    return out;
}

}  // namespace kzsec::detail
