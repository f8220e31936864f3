#pragma once
// The options of `kzsec report` and their parsing, shared by the program (main.cpp) and the
// fuzz target tests/fuzz/fuzz_report_options.cpp. Header-only: the program is one file.
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <kzsec/errors.hpp>
#include <kzsec/limits.hpp>
#include <kzsec/report.hpp>

namespace kzsec::cli {

/// "a,b,,c" -> {"a", "b", "c"} (empty items dropped).
inline std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    std::istringstream in(s);
    while (std::getline(in, cur, ','))
        if (!cur.empty()) out.push_back(cur);
    return out;
}

/// One year of `--years`. @throws invalid_input if not an integer or outside min_year..max_year.
inline int parse_year(const std::string& s) {
    std::size_t pos = 0;
    int y = 0;
    try {
        y = std::stoi(s, &pos);
    } catch (const std::exception&) {
        pos = 0;
    }
    if (pos != s.size() || s.empty()) throw invalid_input("[kzsec] --years: '" + s + "' is not a year");
    check_year(y, "--years", "year");  // also keeps the range loop of parse_years from overflowing
    return y;
}

/// "1992-2024", "2014,2022", "1992-1995,2022". @throws invalid_input on an empty list, a bad
/// year, a year outside min_year..max_year or a reversed range.
inline std::vector<int> parse_years(const std::string& s) {
    const auto parts = split_list(s);
    if (parts.empty())
        throw invalid_input("[kzsec] --years: no year given (leave the option out for every year of the data)");
    std::vector<int> out;
    for (const auto& part : parts) {
        const auto dash = part.find('-', 1);
        if (dash == std::string::npos) {
            out.push_back(parse_year(part));
        } else {
            const int a = parse_year(part.substr(0, dash)), b = parse_year(part.substr(dash + 1));
            if (a > b) throw invalid_input("[kzsec] --years: range '" + part + "' is reversed");
            for (int y = a; y <= b; ++y) out.push_back(y);
        }
    }
    return out;
}

/// The arguments of `kzsec report` as parsed.
struct report_args {
    report::report_options ro;
    std::string data, rivals = "RUS,CHN", years, domains, format = "text", output, plot_png, scenario_file;
    bool west = false, world = false, no_membership_ties = false, calibration = false;
};

/// Declares the options of `kzsec report` on `rep`, bound to `a`.
inline void add_report_options(CLI::App* rep, report_args& a) {
    auto& ro = a.ro;
    rep->add_option("--data", a.data, "Network JSON file, or an embedded dataset name (default: kazakhstan)");
    rep->add_option("--focal", ro.focal, "Focal actor id")->capture_default_str();
    rep->add_option("--rivals", a.rivals, "Comma-separated rival powers; the first is the reference power")
        ->capture_default_str();
    rep->add_flag("--west", a.west, "Add the United States (USA) to the rivals");
    rep->add_option("--years", a.years, "Years: 1992-2024, 2014,2022 or a mix (default: all years of the data)");
    rep->add_option("--domains", a.domains, "Comma-separated domains (default: the built-in domains with data)");
    rep->add_option("--balance-domain", ro.balance_domain, "Domain of the balance snapshot")->capture_default_str();
    rep->add_option("--format", a.format, "text, markdown, csv or json")
        ->check(CLI::IsMember({"text", "markdown", "csv", "json"}))
        ->capture_default_str();
    rep->add_option("--output,-o", a.output, "Write to this file instead of standard output");
    rep->add_option("--plot", a.plot_png, "Also draw the evolution of the indicators (PNG, via matplotlib)");
    rep->add_option("--scenario", a.scenario_file,
                    "Apply this scenario (kzsec-scenario JSON) to the data first: the report is on the what-if world");
    rep->add_option("--draws", ro.draws, "Monte Carlo draws for uncertainty bands of the tilt (0 = none)")
        ->capture_default_str();
    rep->add_option("--seed", ro.seed, "Seed of the draws")->capture_default_str();
    rep->add_option("--frustration-time-limit", ro.frustration_time_limit, "Seconds per year for the exact frustration index")
        ->capture_default_str();
    rep->add_flag("--world", a.world,
                  "Use the world network from public data (docs/world.md): domains security, political, economic, "
                  "institutional; years 1992-2024 unless --years; the balance snapshot holds the focal, the rivals and "
                  "the major powers");
    rep->add_option("--robustness-draws", ro.robustness_draws,
                    "Perturbed classifications behind the robustness of each year's strategy label (0 = off)")
        ->capture_default_str();
    rep->add_option("--coalition-draws", ro.coalition_draws,
                    "Monte Carlo draws of the balance snapshot behind each actor's share of draws with the focal "
                    "(0 = off; docs/report.md)")
        ->capture_default_str();
    rep->add_flag("--no-membership-ties", a.no_membership_ties,
                  "Balance snapshot on the coded relations only: no tie between an organisation and its members "
                  "(docs/balance.md#memberships-as-ties-snapshots)");
    rep->add_flag("--calibration", a.calibration,
                  "Instead of the report: the codings of the data (default: the Kazakhstan dataset) beside the values of "
                  "the world network from public data, with the Spearman rank correlation per domain and the largest "
                  "disagreements (docs/dataset.md); --years limits the years compared");
}

/// Fills `a.ro` from the parsed strings (everything that needs no data): rivals, years
/// (`years_given`: --years was on the command line, even if empty), domains, membership ties,
/// and checks the draw counts. @throws invalid_input naming the option.
inline void resolve_report_args(report_args& a, bool years_given) {
    if (a.world && !a.data.empty() && a.data != "world")
        throw invalid_input("[kzsec] report: --world and --data " + a.data + " exclude each other");
    if (a.world && !years_given) a.years = "1992-2024";
    a.ro.rivals = split_list(a.rivals);
    if (a.west) a.ro.rivals.push_back("USA");
    if (years_given || a.world) a.ro.years = parse_years(a.years);
    if (!a.domains.empty()) a.ro.domains = split_list(a.domains);
    if (a.no_membership_ties) a.ro.membership_ties.clear();
    check_draws(a.ro.draws, "report", "--draws");
    check_draws(a.ro.coalition_draws, "report", "--coalition-draws");
    if (a.ro.robustness_draws < 0) throw invalid_input("[kzsec] report: --robustness-draws must be >= 0");
    check_draws(static_cast<std::uint64_t>(a.ro.robustness_draws), "report", "--robustness-draws");
}

}  // namespace kzsec::cli
