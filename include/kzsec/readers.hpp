#pragma once
/// @file readers.hpp
/// @brief Readers for the standard IR data sets used by similarity.hpp and
/// power.hpp: COW National Material Capabilities (NMC) CSV, ATOP directed
/// dyad-years (to valued alliance portfolios), and UN General Assembly vote
/// tables in the unvotes / Voeten layouts (to a countries × roll calls matrix).
///
/// Every reader validates the whole file and throws `parse_error` with
/// "file:line: column 'name': what" on the first problem; nothing is returned
/// half-read. Codes are mapped on input by explicit options, never assumed.
#include <Eigen/Core>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

// -------------------------------------------------------------------- NMC

/// Rows of a COW NMC file.
struct nmc_data {
    std::vector<int> ccode;             ///< COW country code per row
    std::vector<std::string> stateabb;  ///< COW abbreviation per row ("" if no `stateabb` column)
    std::vector<int> year;              ///< year per row
    /// rows × 6 components in NMC order (milex, milper, irst, pec, tpop, upop);
    /// NaN where missing (NMC code -9, or an empty field as in v7).
    Eigen::MatrixXd components;
    Eigen::VectorXd cinc;               ///< published `cinc` column (NaN if absent or empty)
};

/// Reads an NMC CSV (v6 `NMC-60-abridged.csv` or v7 layout): columns `ccode`,
/// `year`, `milex`, `milper`, `irst`, `pec`, `tpop`, `upop` required (any order);
/// `stateabb`, `cinc` optional; other columns ignored. -9 and "" = missing.
/// @throws file_not_found, parse_error (a non-numeric or negative value other than -9).
/// Complexity: O(file size).
/// Reference: COW National Material Capabilities v6.0/v7.0 codebooks.
nmc_data read_nmc_csv(const std::filesystem::path& path);
/// Same, from text; `origin` names it in messages.
nmc_data read_nmc_csv_text(std::string_view text, std::string_view origin = "<string>");

/// Per-year system totals of the six components.
struct nmc_system_totals {
    std::vector<int> year;   ///< one entry per row of `totals`
    Eigen::MatrixXd totals;  ///< years × 6 in NMC order

    /// The totals row of each given year, stacked (rows = years.size(), 6 columns),
    /// ready for `cinc(components, totals)`.
    /// @throws invalid_input if a year is not present.
    Eigen::MatrixXd for_years(const std::vector<int>& years) const;
};

/// Reads per-year system totals: column `year` plus, per component c, a
/// column `sum_c` or `c` (e.g. `sum_milex` or `milex`).
/// @throws file_not_found, parse_error.
nmc_system_totals read_nmc_totals_csv(const std::filesystem::path& path);
/// Same, from text.
nmc_system_totals read_nmc_totals_csv_text(std::string_view text, std::string_view origin = "<string>");

/// System totals computed from NMC rows: per year, the sum of each component
/// over the rows with that component present. Only meaningful when `data`
/// holds every system member of those years.
/// Complexity: O(rows log years).
nmc_system_totals nmc_totals_from(const nmc_data& data);

// -------------------------------------------------------------------- ATOP

/// How ATOP obligations become portfolio positions.
enum class alliance_coding : std::uint8_t {
    /// Chiba, Johnson & Leeds valued ranking as in R fpsim: 3 = defence or
    /// offence, 2 = neutrality or consultation (no defence/offence),
    /// 1 = non-aggression only, 0 = none.
    valued,
    /// 1 = any obligation, 0 = none (Häge's binary portfolios).
    binary,
};

/// The names of `alliance_coding` values (`to_string`, `parse_alliance_coding`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<alliance_coding, 2> alliance_coding_table = {"alliance coding", {{
    {alliance_coding::valued, "valued"},
    {alliance_coding::binary, "binary"},
}}};
/// The name of `v` in `alliance_coding_table`. Complexity: O(1).
inline std::string_view to_string(alliance_coding v) noexcept { return alliance_coding_table.name(v); }
/// The `alliance_coding` value named `s` (a name of `alliance_coding_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline alliance_coding parse_alliance_coding(std::string_view s) { return alliance_coding_table.parse(s); }


/// Which direction of a directed ATOP dyad-year fills the portfolio.
enum class tie_direction : std::uint8_t {
    outgoing,  ///< position(i, k) = i's obligations to k: ATOP rows (ccode1 = i, ccode2 = k)
    incoming,  ///< position(i, k) = k's obligations to i: ATOP rows (ccode1 = k, ccode2 = i)
    either,    ///< max over both directions (undirected, as peacesciencer's `ndir` collapse)
};

/// The names of `tie_direction` values (`to_string`, `parse_tie_direction`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<tie_direction, 3> tie_direction_table = {"tie direction", {{
    {tie_direction::outgoing, "outgoing"},
    {tie_direction::incoming, "incoming"},
    {tie_direction::either, "either"},
}}};
/// The name of `v` in `tie_direction_table`. Complexity: O(1).
inline std::string_view to_string(tie_direction v) noexcept { return tie_direction_table.name(v); }
/// The `tie_direction` value named `s` (a name of `tie_direction_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline tie_direction parse_tie_direction(std::string_view s) { return tie_direction_table.parse(s); }


/// Options of `read_atop_portfolios`.
struct atop_portfolio_options {
    int year = 0;                  ///< the year to read (required; rows of other years are skipped)
    std::vector<int> actors;       ///< COW codes of the portfolio holders (rows); required
    std::vector<int> dimensions;   ///< COW codes of the third states (columns); empty = `actors`
    alliance_coding coding = alliance_coding::valued;
    tie_direction direction = tie_direction::outgoing;
    /// Position of a state toward itself when it is also a dimension (Signorino &
    /// Ritter: maximal commitment). NaN = the maximum of the coding (3 valued, 1 binary).
    double self_value = std::numeric_limits<double>::quiet_NaN();
};

/// Alliance portfolios: actors × dimensions.
struct alliance_portfolios {
    int year = 0;
    std::vector<int> actors;      ///< row labels (COW codes)
    std::vector<int> dimensions;  ///< column labels (COW codes)
    Eigen::MatrixXd positions;    ///< coded positions (0 where no row in the file)
};

/// Reads ATOP directed dyad-years (columns `ccode1, ccode2, year, atop_defense,
/// atop_offense, atop_neutral, atop_nonagg, atop_consul`, values 0/1) into
/// portfolios. A missing dyad-year means no alliance (0).
/// @throws file_not_found, parse_error (bad numbers, flags other than 0/1),
///         invalid_input (no actors, year 0).
/// Complexity: O(file size + actors · dimensions).
/// Reference: Leeds et al. (2002), ATOP; Chiba, Johnson & Leeds (2015) and R fpsim's valued coding.
alliance_portfolios read_atop_portfolios(const std::filesystem::path& path, const atop_portfolio_options& opt);
/// Same, from text.
alliance_portfolios read_atop_portfolios_text(std::string_view text, const atop_portfolio_options& opt,
                                              std::string_view origin = "<string>");

// ----------------------------------------------------------------- UN votes

/// Semantic UN vote categories (what a raw code means).
enum class vote_choice : std::uint8_t { yes, abstain, no, absent, not_member, missing };

/// The names of `vote_choice` values (`to_string`, `parse_vote_choice`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<vote_choice, 6> vote_choice_table = {"vote category", {{
    {vote_choice::yes, "yes"},
    {vote_choice::abstain, "abstain"},
    {vote_choice::no, "no"},
    {vote_choice::absent, "absent"},
    {vote_choice::not_member, "not_member"},
    {vote_choice::missing, "missing"},
}}};
/// The name of `v` in `vote_choice_table`. Complexity: O(1).
inline std::string_view to_string(vote_choice v) noexcept { return vote_choice_table.name(v); }
/// The `vote_choice` value named `s` (a name of `vote_choice_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline vote_choice parse_vote_choice(std::string_view s) { return vote_choice_table.parse(s); }


/// An explicit mapping from raw vote tokens (as text) to semantic categories.
/// A default-constructed coding maps nothing: every token is an error, so a
/// coding must always be chosen. Presets:
/// - `unvotes()`: "yes", "abstain", "no"; "" = missing (R unvotes, the reference subset)
/// - `voeten()`: "1" yes, "2" abstain, "3" no, "8" absent, "9" not a member, "" missing
/// - `reversed_numeric()`: "1" no, "2" abstain, "3" yes, "" missing (e.g. Signorino & Ritter 1947 votes)
struct vote_coding {
    std::vector<std::pair<std::string, vote_choice>> codes;  ///< token → category (tokens compared after trimming)

    static vote_coding unvotes();
    static vote_coding voeten();
    static vote_coding reversed_numeric();
    /// The category of a token. @throws invalid_input if the token is not mapped.
    vote_choice map(std::string_view token) const;
};

/// The canonical number of a category: yes 1, abstain 2, no 3, otherwise NaN.
double vote_value(vote_choice c) noexcept;

/// Maps a matrix of raw numeric vote codes to the canonical coding (1 yes,
/// 2 abstain, 3 no, NaN otherwise). A raw value v is looked up as its shortest
/// decimal text ("1", "8"); NaN is looked up as "".
/// @throws invalid_input on an unmapped code.
/// Complexity: O(size).
Eigen::MatrixXd map_vote_codes(const Eigen::Ref<const Eigen::MatrixXd>& raw, const vote_coding& coding);

/// Layout of a UN vote table.
enum class vote_layout : std::uint8_t {
    wide,  ///< one row per roll call, one column per country (as the kzsec reference subset)
    long_format,  ///< one row per (roll call, country): R unvotes `un_votes` (rcid, country_code, vote)
};

/// The names of `vote_layout` values (`to_string`, `parse_vote_layout`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<vote_layout, 2> vote_layout_table = {"vote layout", {{
    {vote_layout::wide, "wide"},
    {vote_layout::long_format, "long"},
}}};
/// The name of `v` in `vote_layout_table`. Complexity: O(1).
inline std::string_view to_string(vote_layout v) noexcept { return vote_layout_table.name(v); }
/// The `vote_layout` value named `s` (a name of `vote_layout_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline vote_layout parse_vote_layout(std::string_view s) { return vote_layout_table.parse(s); }


/// Options of `read_un_votes`. `coding` has no default mapping: pass a preset.
struct un_votes_read_options {
    vote_coding coding;                    ///< required mapping of raw tokens
    vote_layout layout = vote_layout::wide;
    std::string roll_call_column = "rcid"; ///< roll-call id column
    /// Countries to read, in this order. Wide: the country columns (empty = every
    /// column not in `metadata_columns`). Long: a subset to keep (empty = all, in
    /// order of first appearance).
    std::vector<std::string> countries;
    /// Wide layout: columns that describe roll calls, not countries.
    std::vector<std::string> metadata_columns = {"rcid", "session", "date", "unres", "importantvote", "amend",
                                                 "para", "issues", "short", "descr", "year", "me", "nu", "di",
                                                 "hr", "co", "ec"};
    std::string country_column = "country_code";  ///< long layout: country column
    std::string vote_column = "vote";             ///< long layout: vote column
};

/// A UN vote matrix.
struct vote_table {
    std::vector<std::string> countries;   ///< row labels
    std::vector<std::string> roll_calls;  ///< column labels (roll-call ids as text)
    std::vector<int> session;             ///< per roll call if a `session` column exists (wide), else empty
    std::vector<std::string> date;        ///< per roll call if a `date` column exists (wide), else empty
    Eigen::MatrixXd votes;                ///< countries × roll calls: 1 yes, 2 abstain, 3 no, NaN otherwise
    std::int64_t n_absent = 0;            ///< tokens mapped to `absent`
    std::int64_t n_not_member = 0;        ///< tokens mapped to `not_member`
    std::int64_t n_missing = 0;           ///< tokens mapped to `missing` (and, long layout, absent pairs)

    /// Row of a country. @throws unknown_actor.
    Eigen::Index row_of(std::string_view country) const;
};

/// Reads a UN vote table, plain or gzip-compressed CSV. Every token is mapped with `opt.coding`.
/// @throws file_not_found, parse_error (unmapped token, duplicate (roll call,
///         country), missing column).
/// Complexity: O(file size).
/// Reference: Voeten et al., United Nations General Assembly Voting Data (Harvard Dataverse hdl:1902.1/12379);
/// R package unvotes.
vote_table read_un_votes(const std::filesystem::path& path, const un_votes_read_options& opt);
/// Same, from text.
vote_table read_un_votes_text(std::string_view text, const un_votes_read_options& opt,
                              std::string_view origin = "<string>");

}  // namespace kzsec
