#pragma once
/// @file calibration.hpp
/// @brief Codings against the record: the judgement levels of a dataset (the
/// embedded Kazakhstan data) beside the values the world network derives from
/// public data (docs/world.md) for the same dyad, domain and year, with the
/// Spearman rank correlation per domain and the largest disagreements
/// (docs/dataset.md, "Codings against the record"; `kzsec report --calibration`).
#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "kzsec/network.hpp"

namespace kzsec::report {

/// Options of `calibration`.
struct calibration_options {
    /// Domains compared (each must exist in both networks). The world network's economic relation is
    /// directed trade dependence a -> b; the row's dyad is read in the judgement data's order (a = KAZ
    /// for Kazakhstan's dyads), i.e. the data value is a's trade with b as a share of a's trade.
    std::vector<std::string> domains = {"security", "political", "economic"};
    int first_year = 1992;  ///< first year compared
    int last_year = 2024;   ///< last year compared
    /// Last year each source measures (later years of the world network are carried or predicted and are
    /// not compared): security 2018 (ATOP 5.1; disputes end 2010, rivalries 2010), economic 2014 (COW
    /// trade 4.0), political 2024 (UN votes to 2019, then the ideal-point prediction, docs/world.md).
    int security_last_year = 2018;
    int economic_last_year = 2014;
    int political_last_year = 2024;
    /// Domains in which a dyad-year of two system members without a world relation counts as an observed
    /// 0 (ATOP, the MIDs and the rivalries cover every dyad-year; docs/world.md). In other domains an
    /// absent relation is missing (no joint UN votes; COW trade flows missing, e.g. KAZ-RUS 1992-1999).
    std::vector<std::string> absent_is_zero = {"security"};
    std::size_t top = 5;    ///< disagreements listed per domain
};

/// One dyad, domain and year: the judgement level beside the data-derived value.
struct calibration_row {
    std::string a, b;             ///< dyad, in the judgement data's order
    std::string domain;
    int year = 0;
    double judgement = 0.0;       ///< the judgement data's level on [-1, 1]
    std::string basis;            ///< its basis ("judgement", "article+public", ...)
    std::string confidence;       ///< its confidence
    double data = 0.0;            ///< the world network's value (0 for an observed absence)
    std::string data_source;      ///< the world relation's source ("" for an observed absence)
    /// Percentile ranks within the domain, pooled over dyads and years: (mid-rank - 1) / (n - 1), so
    /// 0 = lowest value of the domain, 1 = highest; ties share their mean rank.
    double judgement_rank = 0.0;
    double data_rank = 0.0;
    double difference = 0.0;      ///< judgement_rank - data_rank (> 0: the coding ranks the dyad higher than the data)
};

/// A dyad's disagreement in one domain, over its compared years.
struct calibration_disagreement {
    std::string a, b, domain;
    int first_year = 0, last_year = 0;  ///< compared years (with gaps where the data have none)
    std::size_t years = 0;              ///< number of compared years
    double judgement_mean = 0.0;        ///< mean judgement level
    double data_mean = 0.0;             ///< mean data value
    double mean_difference = 0.0;       ///< mean of `difference` (percentile ranks)
    int worst_year = 0;                 ///< year of the largest |difference|
    double worst_difference = 0.0;      ///< that difference
};

/// The agreement of one domain.
struct calibration_domain {
    std::string domain;
    std::size_t rows = 0;                    ///< dyad-years compared
    std::size_t dyads = 0;                   ///< distinct dyads
    std::size_t unmatched = 0;               ///< judgement dyad-years of states in the compared years without a data value
    double spearman = std::numeric_limits<double>::quiet_NaN();  ///< pooled Spearman rho over the rows
    /// Mean over years (with at least 3 rows and variation on both sides) of the Spearman rho across
    /// the dyads of the year: does the coding order partners as the data do in the same year?
    double spearman_within_year = std::numeric_limits<double>::quiet_NaN();
    std::size_t years_within = 0;            ///< years behind `spearman_within_year`
    std::vector<calibration_disagreement> largest;  ///< up to `top` dyads by |mean difference|
};

/// The whole comparison.
struct calibration_result {
    std::vector<calibration_row> rows;          ///< by domain (options order), dyad, year
    std::vector<calibration_domain> domains;    ///< one per compared domain
    calibration_options options;                ///< the options used
};

/// Spearman's rank correlation: the Pearson correlation of the mid-ranks (ties share the mean rank).
/// @return NaN when fewer than 2 pairs or when one side is constant.
/// @throws invalid_input if the sizes differ.
/// Complexity: O(n log n).
double spearman(const std::vector<double>& x, const std::vector<double>& y);

/// Mid-ranks (1-based; ties share the mean of their ranks). Complexity: O(n log n).
std::vector<double> midranks(const std::vector<double>& x);

/// Compares the judgement data with the world network: every relation of `judgement` between two actors
/// that are states of `world`, in a compared domain, expanded to its years within the source's span.
/// @throws invalid_input for a domain missing from either network or reversed years.
/// Complexity: O(R log R) for R compared dyad-years.
calibration_result calibration(const network& judgement, const network& world, const calibration_options& opt = {});

/// The same against the world network built from the embedded public data for the states of `judgement`
/// and the compared years, with the carry options off (no carried treaty, rivalry or trade value is
/// compared; the political prediction from ideal points after 2019 is kept).
/// @throws error if the library was built without the world data; as `calibration`.
/// Complexity: building the world network for a dozen states (about a second) plus `calibration`.
calibration_result calibrate_against_world(const network& judgement, const calibration_options& opt = {});

/// `calibrate_against_world` on the embedded Kazakhstan dataset (`kzsec report --calibration`,
/// the table of docs/dataset.md).
calibration_result calibration(const calibration_options& opt = {});

/// @name Formats of a calibration
/// Text (per-domain summary and the largest disagreements), Markdown (the same as tables, used by
/// docs/dataset.md), CSV (one line per row) and JSON (`{"format": "kzsec-calibration", "version": 1,
/// "domains": [...], "rows": [...]}`).
/// @{
std::string calibration_to_text(const calibration_result& c);
std::string calibration_to_markdown(const calibration_result& c);
std::string calibration_to_csv(const calibration_result& c);
std::string calibration_to_json(const calibration_result& c, int indent = 2);
/// @}

}  // namespace kzsec::report
