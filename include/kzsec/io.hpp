#pragma once
/// @file io.hpp
/// @brief Reading and writing networks and signed graphs.
///
/// - The kzsec network file format (JSON, `"format": "kzsec-network"`,
///   `"version": 1`; schema in `docs/network.schema.json`).
/// - CSV import of relations, events (and memberships, metrics) with the
///   columns of the Kazakhstan facts table.
/// - Signed edge lists (CSV/TSV, with or without header, optionally gzip).
/// - GraphML and Graphviz DOT export of a snapshot.
///
/// Every loader validates everything before returning: on any error nothing is
/// returned (no half-loaded network) and a `parse_error` names the file and the
/// line (CSV) or JSON pointer (JSON) and says what is wrong.
#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>

#include "kzsec/network.hpp"
#include "kzsec/signed_graph.hpp"

namespace kzsec {

/// The version of the network file format written by `write_network`.
inline constexpr int network_format_version = 1;

/// Reads a network from a kzsec JSON file (plain or gzip-compressed).
///
/// Every file type of kzsec uses the verb pair `read_<type>` / `write_<type>`
/// (`read_scenario`, `read_edge_list`, `write_graphml`, ...).
/// @param path the file; `.gz` content is recognised by its magic bytes.
/// @returns the network, validated as a whole (nothing half-loaded).
/// @throws file_not_found, parse_error (with JSON pointer); an unknown actor is
///         reported as parse_error too, so the location is known.
/// @complexity O(file size + relations log relations).
network read_network(const std::filesystem::path& path);
/// Parses a network from JSON text; `origin` names it in error messages.
network network_from_json(std::string_view text, std::string_view origin = "<string>");
/// Writes a network as kzsec JSON (pretty-printed, deterministic order),
/// atomically: the previous file survives a failed write.
/// @throws error if the file cannot be written.
/// @complexity O(size of the network).
void write_network(const network& net, const std::filesystem::path& path);

/// Former name of `read_network`; kept, deprecated, so that existing programs compile.
[[deprecated("kzsec: use read_network (every file type uses read_/write_)")]]
inline network load_network(const std::filesystem::path& path) { return read_network(path); }
/// Former name of `write_network`; kept, deprecated, so that existing programs compile.
[[deprecated("kzsec: use write_network (every file type uses read_/write_)")]]
inline void save_network(const network& net, const std::filesystem::path& path) { write_network(net, path); }
/// Serialises a network to JSON text.
std::string network_to_json(const network& net, int indent = 2);

/// Options for `read_csv_table`: which record type a CSV holds.
struct csv_import_options {
    /// For rows of the facts-table layout (with a `kind` column): rows whose
    /// kind is `level` become relations, `event`/`domestic` events,
    /// `membership` memberships, `metric`/`vote`/`fact` metrics.
    /// Actors not yet in the network are added as states if
    /// `add_missing_actors` is true, else they are an error.
    bool add_missing_actors = false;
    /// Domains not yet in the network are added (id as name, no description)
    /// if `add_missing_domains` is true, else they are an error.
    bool add_missing_domains = false;
};

/// Reads relations (and, with a `kind` column, events, memberships and
/// metrics) from CSV into `net`. Columns (header required, any order):
/// `year_from,year_to,actor_a,actor_b,domain,value` required;
/// `kind,confidence,basis,article_ref|section,note,source,directed` optional.
/// All rows are validated before any is added.
/// @throws file_not_found, parse_error ("file:line: column 'value': ...").
void read_csv_table(network& net, const std::filesystem::path& path, const csv_import_options& opt = {});
/// Same, from text.
void read_csv_table_text(network& net, std::string_view text, std::string_view origin = "<string>",
                         const csv_import_options& opt = {});

/// Options for reading signed edge lists.
struct edge_list_options {
    char delimiter = 0;       ///< 0: detect (tab if the first line has a tab, else ',', else whitespace)
    int header = -1;          ///< -1: detect (first row has a non-numeric weight), 0: none, 1: yes
    int source_column = 0;    ///< 0-based column of the source label
    int target_column = 1;    ///< 0-based column of the target label
    int weight_column = 2;    ///< 0-based column of the weight; -1 means every tie has weight +1
    from_edges_options graph; ///< directed / symmetrize / self-loops
    char comment = '#';       ///< lines starting with this (or '%') are skipped
};

/// Reads a signed edge list (CSV/TSV/whitespace; `.gz` is decompressed).
/// Labels are kept as strings in order of first appearance.
/// @throws file_not_found, parse_error ("file:line: ...").
signed_graph read_edge_list(const std::filesystem::path& path, const edge_list_options& opt = {});
/// Same, from text.
signed_graph read_edge_list_text(std::string_view text, std::string_view origin = "<string>",
                                 const edge_list_options& opt = {});

/// Writes a signed graph as GraphML (edge keys `weight` and `sign`).
void write_graphml(const signed_graph& g, std::ostream& out);
void write_graphml(const signed_graph& g, const std::filesystem::path& path);
/// Writes a signed graph as Graphviz DOT (positive edges solid green,
/// negative dashed red, `weight` attribute kept).
void write_dot(const signed_graph& g, std::ostream& out);
void write_dot(const signed_graph& g, const std::filesystem::path& path);

/// Reads a whole file (decompressing gzip if it starts with the gzip magic),
/// within `get_input_limits().max_input_bytes`.
/// @throws file_not_found (missing, unreadable or a directory, with the system's
///         reason), parse_error (corrupt gzip, input over the limit), error
///         (read error, out of memory; the message names the file).
std::string read_file(const std::filesystem::path& path);

/// Limits on what the loaders accept (docs/reliability.md). They bound the
/// memory a hostile or broken file can make a loader use.
struct input_limits {
    /// Largest input in bytes, checked on the bytes read and again after gzip
    /// decompression (a 2 MB gzip can expand to gigabytes). Default 256 MiB
    /// (the largest shipped file, the UN votes, is 19 MB decompressed);
    /// environment variable `KZSEC_MAX_INPUT_BYTES` at start-up.
    std::size_t max_input_bytes = std::size_t{256} << 20;
    /// Deepest nesting of arrays and objects in a JSON file (network or
    /// scenario; both formats need at most 5). Default 64; environment variable
    /// `KZSEC_MAX_JSON_DEPTH` at start-up.
    int max_json_depth = 64;
};

/// The limits in force: the defaults of `input_limits`, overridden by the
/// environment variables `KZSEC_MAX_INPUT_BYTES` and `KZSEC_MAX_JSON_DEPTH`
/// (read at the first call), or by `set_input_limits`. Thread-safe.
input_limits get_input_limits();
/// Replaces the limits for every later load in the process. Thread-safe.
/// @throws invalid_input if `max_input_bytes` is 0 or `max_json_depth` < 1.
void set_input_limits(const input_limits& limits);

}  // namespace kzsec
