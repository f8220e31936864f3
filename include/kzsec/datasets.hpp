#pragma once
/// @file datasets.hpp
/// @brief Datasets shipped inside the library: the Kazakhstan case
/// 1991-2024 (embedded from `data/kazakhstan.json`) and a small toy world
/// built in code for examples and tests.
#include <string>
#include <string_view>
#include <vector>

#include "kzsec/network.hpp"
#include "kzsec/world.hpp"

namespace kzsec {

namespace detail {
/// The text of `data/kazakhstan.json` compiled into the library by
/// `cmake/embed.cmake`; empty if the library was built without the file.
/// Complexity: O(1).
std::string_view kazakhstan_json();
}  // namespace detail

namespace datasets {

/// Description of one shipped dataset, as returned by `list()`.
struct dataset_info {
    std::string name;         ///< the function name: "kazakhstan", "toy_world"
    std::string title;        ///< one-line title
    std::string description;  ///< what it holds
    bool embedded = false;    ///< true if stored as embedded JSON text (else built in code)
};

/// The shipped datasets, in a fixed order ("kazakhstan", "toy_world").
/// `kazakhstan` is listed only if the library was built with the data file.
/// @return one `dataset_info` per dataset.
/// @throws nothing.
/// Complexity: O(1).
std::vector<dataset_info> list();

/// Kazakhstan's foreign and security relations 1991-2024: 29 actors (KAZ, the
/// powers, the Central Asian neighbours, organisations, threat clusters),
/// signed relation levels v in [-1, 1] per dyad, domain (security, economic,
/// political, identity, and the informational economic.water) and span of
/// years, with context dyads among the powers, memberships, dated events and
/// metrics (trade and arms-import shares, UNGA votes, border lengths).
///
/// Parsed from the embedded text with
/// `network_from_json(detail::kazakhstan_json(), "kzsec:datasets/kazakhstan.json")`,
/// so no file is needed at run time. Each call parses afresh and returns an
/// independent copy. Sources, conventions and corrections: `data/README.md`
/// and `docs/dataset.md`. Cite Chukubayev & Kuzembayeva, "Evolution of and
/// Factors in the Making of Kazakhstan Foreign and Security Policy"
/// (`network::metadata.citation`).
///
/// @return the network.
/// @throws error if the library was built without `data/kazakhstan.json`;
///         parse_error if the embedded text is invalid (a build defect).
/// Complexity: O(n log n) in the size of the embedded text (about 0.2 MB).
network kazakhstan();

/// A five-actor toy world built in code, small enough to check indicators by
/// hand: a small state "S" between two rival powers "A" and "B", a neighbour
/// "N" and an organisation "O" led by A, in the four built-in domains over
/// 2000-2009, with one change of alignment in 2005.
///
/// Relations (undirected; each holds for the years shown):
///
/// | pair | security | economic | political | identity |
/// |------|----------|----------|-----------|----------|
/// | S-A  | 0.8 (2000-09) | 0.6 (2000-04), 0.3 (2005-09) | 0.5 (2000-09) | 0.4 (2000-09) |
/// | S-B  | 0.1 (2000-09) | 0.2 (2000-04), 0.7 (2005-09) | 0.3 (2000-09) | -0.2 (2000-09) |
/// | A-B  | -0.6 (2000-09) | 0.1 (2000-09) | -0.4 (2000-04), -0.7 (2005-09) | -0.3 (2000-09) |
/// | S-N  | 0.3 (2000-09) | 0.4 (2000-09) | 0.5 (2000-09) | 0.6 (2000-09) |
/// | S-O  | 0.7 (2000-09) | | 0.4 (2000-09) | |
/// | A-O  | 0.9 (2000-09) | | 0.8 (2000-09) | |
/// | N-B  | -0.2 (2000-09) | | | |
///
/// Plus memberships (S, A, N in O), two events (2005 economic shift towards
/// B; 2007 domestic event in S) and metrics (trade_share of S with A and B in
/// 2000 and 2005). Values are invented for illustration (basis "judgement").
///
/// @return the network (metadata title "Toy world").
/// @throws nothing in practice (the data are valid by construction).
/// Complexity: O(1).
network toy_world();

/// The world network from public data: every state of the COW state system
/// 1946-2024 (ISO3 ids, COW and G-W codes as attributes) with relations in four
/// domains derived by the rules of docs/world.md — security (ATOP alliances,
/// GML militarised disputes, Thompson-Dreyer rivalries), political (UN General
/// Assembly agreement; Bailey-Strezhnev-Voeten ideal points after 2019),
/// economic (directed COW trade dependence) and institutional (joint COW IGO
/// memberships) — and NMC capabilities as metrics.
///
/// The data sets are compiled into the library (data/world/, about 11 MB of
/// gzip CSV), so no file is needed at run time. They are parsed once per
/// process (thread-safe) and kept; each call builds a fresh network.
///
/// @param opt years, actors, domains and the coding rules (`world::world_options`)
/// @return the network (basis "data" on every relation; source and confidence per relation).
/// @throws error if the library was built without data/world/; invalid_input / unknown_actor on bad options.
/// Complexity: O(data size) — a few seconds for all states and years (docs/benchmarks.md).
/// Reference: docs/world.md; data/world/SOURCES.md for every data set's origin, terms and citation.
network world(const world::world_options& opt = {});

}  // namespace datasets
}  // namespace kzsec
