#pragma once
/// @file world.hpp
/// @brief The world network: readers for the public data sets of
/// international relations (UN General Assembly votes, roll calls and issue
/// codes; Bailey-Strezhnev-Voeten ideal points; ATOP alliance dyad-years; COW
/// National Material Capabilities; COW and Gleditsch-Ward state lists; COW
/// major powers; joint IGO memberships; GML militarised disputes;
/// Thompson-Dreyer strategic rivalries; COW dyadic trade), the ISO3 / COW /
/// G-W crosswalk, and `build_world`, which turns them into a `kzsec::network`
/// with one domain per kind of evidence by named, documented rules
/// (docs/world.md).
///
/// Every reader takes the file layout of `data/world/` (gzip or plain CSV,
/// header row, any column order), validates every row and throws
/// `parse_error("file:line: column 'name': what")` on the first problem;
/// nothing is returned half-read. Results are columnar (struct of vectors).
#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kzsec/network.hpp"
#include "kzsec/readers.hpp"

namespace kzsec::world {

// ---------------------------------------------------------------- UN votes

/// UN General Assembly votes, one row per country and roll call
/// (`unvotes_votes.csv.gz`: rcid, country, country_code, vote).
/// Countries are interned: `country[r]` indexes `country_names` / `country_codes`.
struct un_votes {
    std::vector<std::string> country_names;  ///< distinct country names, in order of first appearance
    std::vector<std::string> country_codes;  ///< ISO 3166 alpha-2 per country ("" for the three without)
    std::vector<std::int32_t> rcid;          ///< roll-call id per row
    std::vector<std::int32_t> country;       ///< index into country_names per row
    std::vector<std::int8_t> vote;           ///< 1 yes, 2 abstain, 3 no
    std::size_t size() const noexcept { return rcid.size(); }
};

/// UN roll calls (`unvotes_roll_calls.csv.gz`).
struct un_roll_calls {
    std::vector<std::int32_t> rcid;           ///< roll-call id
    std::vector<std::int32_t> session;        ///< UNGA session
    std::vector<std::int8_t> importantvote;   ///< 1 important, 0 not, -1 missing
    std::vector<std::string> date;            ///< YYYY-MM-DD
    std::vector<std::int32_t> year;           ///< year of `date`
    std::vector<std::string> unres;           ///< resolution code ("" if missing)
    std::vector<std::int8_t> amend;           ///< 1 / 0 / -1 missing
    std::vector<std::int8_t> para;            ///< 1 / 0 / -1 missing
    std::vector<std::string> short_description;  ///< `short`
    std::vector<std::string> description;        ///< `descr`
    std::size_t size() const noexcept { return rcid.size(); }
};

/// UN roll-call issue codes (`unvotes_issues.csv.gz`): one row per roll call and issue.
struct un_issues {
    std::vector<std::int32_t> rcid;        ///< roll-call id
    std::vector<std::string> short_name;   ///< me, nu, di, hr, co, ec
    std::vector<std::string> issue;        ///< the issue's name
    std::size_t size() const noexcept { return rcid.size(); }
};

// ------------------------------------------------------------ ideal points

/// Bailey-Strezhnev-Voeten ideal points (July 2025 release), one row per country-year.
/// NaN where the estimate is missing.
struct ideal_points {
    std::vector<std::int32_t> ccode;     ///< COW code
    std::vector<std::string> iso3c;      ///< ISO3 ("" in the 17 legacy-only rows)
    std::vector<std::string> countryname;
    std::vector<std::int32_t> year;
    std::vector<double> idealpointfp;    ///< final-passage estimate (1946-2024)
    std::vector<double> idealpointall;   ///< all votes (1946-2023)
    std::vector<double> idealpointlegacy;  ///< session-based legacy estimate
    std::vector<double> nvotesfp, nvotesall, nvoteslegacy;  ///< votes behind each estimate (NaN if missing)
    std::vector<double> q5fp, q95fp;     ///< 5 % and 95 % posterior quantiles of the final-passage estimate
    std::size_t size() const noexcept { return ccode.size(); }
};

// -------------------------------------------------------------------- ATOP

/// ATOP 5.1 directed dyad-years (`atop5_1_ddy.csv.gz`): the pledges ccode1 made to ccode2.
struct atop_dyad_years {
    std::vector<std::int32_t> ccode1, ccode2, year;
    std::vector<std::uint8_t> defense, offense, neutral, nonagg, consul;  ///< 0/1
    std::size_t size() const noexcept { return ccode1.size(); }
};

// ----------------------------------------------------------- state lists

/// A calendar date; day/month 0 when unknown.
struct date {
    int year = 0, month = 0, day = 0;
    friend bool operator==(const date&, const date&) = default;
};

/// COW State System Membership (`cow_states.csv.gz`) or COW major powers
/// (`cow_majors.csv.gz`, `stateabb`/`statenme` empty): one row per spell.
struct state_spells {
    std::vector<std::string> stateabb;   ///< COW abbreviation ("" for the majors file)
    std::vector<std::int32_t> ccode;     ///< COW code
    std::vector<std::string> statenme;   ///< name ("" for the majors file)
    std::vector<date> start, end;        ///< entry and exit dates
    std::size_t size() const noexcept { return ccode.size(); }
    /// Whether `ccode` is in the list at any time in `year`. Complexity: O(rows).
    bool contains(int ccode, int year) const noexcept;
};

/// Gleditsch-Ward independent states (`gw_states.csv.gz`).
struct gw_spells {
    std::vector<std::int32_t> gwcode;
    std::vector<std::string> stateabb, statename;
    std::vector<date> start, end;
    std::size_t size() const noexcept { return gwcode.size(); }
};

// --------------------------------------------------------- capabilities

// COW NMC: `kzsec::read_nmc_csv` / `read_nmc_csv_text` (readers.hpp) read the v7 file.

// ------------------------------------------------------------ IGO, MIDs

/// COW IGO 3.0 joint memberships per non-directed dyad-year (`cow_igo_ndy.csv.gz`).
struct igo_dyad_years {
    std::vector<std::int32_t> ccode1, ccode2, year;  ///< ccode1 < ccode2
    std::vector<std::int16_t> dyadigos;              ///< number of IGOs both belong to
    std::size_t size() const noexcept { return ccode1.size(); }
};

/// GML MID 2.2.1 directed dyad-years (`gml_mid_ddy.csv.gz`); -9 stays -9 (missing code).
struct mid_dyad_years {
    std::vector<std::int32_t> dispnum, ccode1, ccode2, year;
    std::vector<std::int8_t> onset;               ///< gmlmidonset
    std::vector<std::int8_t> sidea1, sidea2;
    std::vector<std::int8_t> hostlev1, hostlev2;  ///< participant hostility levels 1-5
    std::vector<std::int8_t> hostlev;             ///< dispute hostility level 1-5
    std::vector<std::int8_t> fatality;            ///< dispute fatality level 0-6, -9 unknown
    std::vector<std::int8_t> recip;               ///< 1 if side B also acted
    std::size_t size() const noexcept { return ccode1.size(); }
};

/// Thompson-Dreyer strategic rivalries (`td_rivalries.csv.gz`).
struct rivalries {
    std::vector<std::int32_t> rivalryno, ccode1, ccode2, styear, endyear;
    std::vector<std::string> name, region, type1, type2, type3;
    std::size_t size() const noexcept { return ccode1.size(); }
};

/// COW dyadic trade 4.0 as reduced by peacesciencer (`cow_trade_ndy_4_0_rounded.csv.gz`):
/// flows in current million US dollars, NaN where missing.
struct trade_dyad_years {
    std::vector<std::int32_t> ccode1, ccode2, year;  ///< ccode1 < ccode2
    std::vector<double> flow1;         ///< imports of ccode1 from ccode2
    std::vector<double> flow2;         ///< imports of ccode2 from ccode1
    std::vector<double> smoothflow1, smoothflow2;
    std::size_t size() const noexcept { return ccode1.size(); }
};

// ------------------------------------------------------ declared neutrality

/// Declared neutrality (`declared_neutrality.csv`, compiled for kzsec from the legal
/// texts named in each row): spans of years in which a state declared itself neutral
/// by treaty, constitution, law, UN resolution or standing policy.
struct neutrality_spells {
    std::vector<std::string> iso3;            ///< actor id
    std::vector<std::int32_t> from, to;       ///< first and last year (inclusive)
    std::vector<std::string> basis;           ///< treaty, constitution, law, un_resolution, declaration, parliament, policy
    std::vector<std::string> source;          ///< the legal text or statement
    std::vector<std::string> note;
    std::size_t size() const noexcept { return iso3.size(); }
};

// ---------------------------------------------------------------- readers

/// @name Readers
/// Each `read_*(path)` reads a file (gzip detected by its magic bytes) and
/// each `read_*_text(text, origin)` parses text already in memory (plain or gzip).
/// @throws file_not_found; parse_error "origin:line: column 'name': what" on a
///         missing column, a wrong field count, a bad number, a code outside its
///         range or a duplicate key where the data set promises none.
/// Complexity: O(file size).
/// @{
un_votes read_un_votes(const std::filesystem::path& path);
un_votes read_un_votes_text(std::string_view text, std::string_view origin = "<string>");
un_roll_calls read_un_roll_calls(const std::filesystem::path& path);
un_roll_calls read_un_roll_calls_text(std::string_view text, std::string_view origin = "<string>");
un_issues read_un_issues(const std::filesystem::path& path);
un_issues read_un_issues_text(std::string_view text, std::string_view origin = "<string>");
ideal_points read_ideal_points(const std::filesystem::path& path);
ideal_points read_ideal_points_text(std::string_view text, std::string_view origin = "<string>");
atop_dyad_years read_atop(const std::filesystem::path& path);
atop_dyad_years read_atop_text(std::string_view text, std::string_view origin = "<string>");
state_spells read_cow_states(const std::filesystem::path& path);
state_spells read_cow_states_text(std::string_view text, std::string_view origin = "<string>");
state_spells read_cow_majors(const std::filesystem::path& path);
state_spells read_cow_majors_text(std::string_view text, std::string_view origin = "<string>");
gw_spells read_gw_states(const std::filesystem::path& path);
gw_spells read_gw_states_text(std::string_view text, std::string_view origin = "<string>");
igo_dyad_years read_igo(const std::filesystem::path& path);
igo_dyad_years read_igo_text(std::string_view text, std::string_view origin = "<string>");
mid_dyad_years read_mids(const std::filesystem::path& path);
mid_dyad_years read_mids_text(std::string_view text, std::string_view origin = "<string>");
rivalries read_rivalries(const std::filesystem::path& path);
rivalries read_rivalries_text(std::string_view text, std::string_view origin = "<string>");
trade_dyad_years read_trade(const std::filesystem::path& path);
trade_dyad_years read_trade_text(std::string_view text, std::string_view origin = "<string>");
nmc_data read_nmc(const std::filesystem::path& path);
nmc_data read_nmc_text(std::string_view text, std::string_view origin = "<string>");
neutrality_spells read_declared_neutrality(const std::filesystem::path& path);
neutrality_spells read_declared_neutrality_text(std::string_view text, std::string_view origin = "<string>");
/// @}

// -------------------------------------------------------------- crosswalk

/// One state of the world network: its ISO3 id, its COW and G-W codes, and
/// its spells of state-system membership (COW, extended past 2016 by the rule
/// in docs/world.md).
struct state_entry {
    std::string iso3;                 ///< actor id (ISO 3166 alpha-3, or the documented exception)
    std::string name;                 ///< display name (latest COW name)
    std::vector<int> ccodes;          ///< COW codes mapped to this actor (two for DEU and YEM)
    std::string stateabb;             ///< COW abbreviation of the latest code
    std::optional<int> gwcode;        ///< Gleditsch-Ward code, if the G-W list has the state
    std::string iso2;                 ///< ISO2 code of its UN votes, if any
    std::vector<year_range> spells;   ///< years in the state system (inclusive)
    bool in_system(int year) const noexcept;
};

/// The crosswalk between ISO3, COW codes, G-W codes and the ISO2 / names of
/// the UN votes, derived from the data (docs/world.md, "Actor ids").
struct crosswalk {
    std::vector<state_entry> states;          ///< sorted by iso3
    std::map<int, std::string> cow_to_iso3;   ///< COW code -> actor id
    std::map<std::string, std::string> un_country_to_iso3;  ///< UN votes country name -> actor id
    std::vector<std::string> unmatched_un_countries;        ///< UN country names with no state (documented)
    /// The actor id of a COW code, or "" if the code has no state.
    std::string iso3_of(int ccode) const;
    /// The entry of an actor id. @throws unknown_actor.
    const state_entry& state(std::string_view iso3) const;
};

/// Builds the crosswalk from the COW and G-W state lists, the ideal points (ccode + iso3c)
/// and the UN votes (names + ISO2).
/// @param last_year the state system is extended to this year (COW ends 2016): states in the
///        system at the end of 2016 stay in it.
/// @throws invalid_input if the ideal points give two ISO3 codes to one COW code.
/// Complexity: O(rows log rows).
crosswalk build_crosswalk(const state_spells& cow, const gw_spells& gw, const ideal_points& ip, const un_votes& votes,
                          int last_year = 2024);

// ------------------------------------------------------------------ data

/// All the data sets behind the world network.
struct sources {
    un_votes votes;
    un_roll_calls roll_calls;
    un_issues issues;
    ideal_points ideal;
    atop_dyad_years atop;
    nmc_data nmc;
    state_spells cow_states;
    state_spells majors;
    gw_spells gw_states;
    igo_dyad_years igo;
    mid_dyad_years mids;
    rivalries rivals;
    trade_dyad_years trade;
    neutrality_spells neutrality;
};

/// The file names of `data/world/`, in a fixed order.
const std::vector<std::string>& file_names();

/// Reads every file of a directory laid out as `data/world/` (the names of `file_names()`).
/// @throws file_not_found, parse_error.
sources read_sources(const std::filesystem::path& dir);

/// Reads the copies of `data/world/` compiled into the library (no file needed).
/// @throws error if the library was built without them.
sources embedded_sources();

/// Whether the library was built with the world data embedded.
bool has_embedded_data() noexcept;

// ------------------------------------------------------------------ rules

/// Options of `build_world` / `datasets::world`. Every rule is documented in docs/world.md.
struct world_options {
    int first_year = 1946;                ///< first year of the network
    int last_year = 2024;                 ///< last year of the network
    std::vector<std::string> actors;      ///< ISO3 ids to keep (empty = every state); relations need both ends kept
    std::vector<std::string> domains = {"security", "political", "economic", "institutional"};  ///< domains built

    // security: the ATOP pledge level (either direction), replaced by the hostility level where
    // there is a dispute or a rivalry in the year (hostility dominates; docs/world.md)
    double defense_value = 0.9;           ///< defence or offence pledge
    double neutral_consult_value = 0.5;   ///< neutrality or consultation pledge (no defence/offence)
    double nonagg_value = 0.25;           ///< non-aggression only
    std::array<double, 6> mid_values = {0.0, 0.0, -0.3, -0.5, -0.75, -1.0};  ///< by MID hostility level (index 1-5)
    double rivalry_value = -0.5;          ///< an ongoing Thompson-Dreyer strategic rivalry
    bool carry_rivalries = true;          ///< rivalries ongoing in 2010 (the data's end) continue after 2010
    bool carry_alliances = true;          ///< ATOP dyads in force in 2018 continue after 2018

    // political: UN agreement, then ideal points where the votes end
    int min_joint_votes = 10;             ///< fewer joint roll calls: no political relation that year
    bool political_from_ideal_points_after_votes = true;  ///< 2020-: 2 IA - 1 predicted from the ideal-point distance

    // economic: trade dependence (directed: a's trade with b / a's total trade)
    double min_trade_share = 0.001;       ///< smaller shares give no relation
    bool carry_trade = true;              ///< shares of 2014 (the data's end) continue after 2014

    // institutional: joint IGO memberships
    bool carry_igo = true;                ///< values of 2014 continue after 2014
    double igo_round = 0.05;              ///< values rounded to this step before merging years (0 = no rounding)

    bool capabilities = true;             ///< NMC components and CINC as metrics, CINC as actor capabilities
    /// Declared neutrality as the actor attribute `neutrality_years` (read by the strategy rules,
    /// docs/hedging.md) with `neutrality_source`.
    bool declared_neutrality = true;

    /// Progress and cancellation: if set, called on the calling thread with (stages done, stages in
    /// total) before the first stage and after each stage (crosswalk, then each domain built, then
    /// capabilities, then the network's assembly). Return false to stop: `build_world` throws
    /// `cancelled`. The network built does not depend on it.
    std::function<bool(std::size_t done, std::size_t total)> progress;
};

/// Builds the world network from the data.
/// @return a network with the four domains of `opt.domains` (security, political, economic,
///         institutional), one actor per state (ISO3 id; attributes `cow`, `gw`, `iso2`,
///         `stateabb`, `major_power_years`), relations with basis "data", source naming the
///         data set and version, confidence from the evidence (docs/world.md), and metrics.
/// @throws invalid_input on bad options (years reversed, an unknown domain or actor id).
/// Complexity: O(rows log rows) over all the data sets.
network build_world(const sources& src, const world_options& opt = {});

/// All-pairs UN agreement of one calendar year (Lijphart's index of agreement,
/// IA = mean over joint roll calls of 1 - |v_i - v_j| / 2 with yes 1, abstain 0,
/// no -1) with the number of joint roll calls.
struct agreement_year {
    int year = 0;
    std::vector<std::string> countries;  ///< UN country names (rows and columns)
    Eigen::MatrixXd agreement;           ///< IA, NaN where no joint roll call
    Eigen::MatrixXi joint;               ///< joint roll calls
};

/// UN agreement for every year with votes, from the vote rows and the roll-call dates.
/// Each country's yes / abstain / no votes of a year are bit sets over the year's roll calls;
/// joint roll calls and disagreements of a pair are popcounts of their intersections (exact
/// integers). Years run in parallel (OpenMP).
/// @param votes the vote rows @param roll_calls the roll calls (their dates give the year)
/// @param threads threads over years (0 = OpenMP's default)
/// @return one entry per year with votes, increasing.
/// @throws invalid_input if a vote refers to a roll call that is not in `roll_calls`.
/// Complexity: O(V + sum over years of n_y^2 r_y / 64) for V votes, n_y countries and r_y roll calls.
std::vector<agreement_year> un_agreement_by_year(const un_votes& votes, const un_roll_calls& roll_calls,
                                                 int threads = 0);

}  // namespace kzsec::world
