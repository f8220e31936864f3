// kzsec — the command line (kzsec::cli::run, declared in kzsec_cli.hpp): one definition
// serving the C++ program (program.cpp holds its main) and the `kzsec` command pip installs
// (kzsec._core.cli.run).
//
//   kzsec report  [--data FILE] [--focal KAZ] [--rivals RUS,CHN] [--west] [--years 1992-2024]
//                 [--domains security,economic] [--format text|markdown|csv|json] [--output FILE]
//                 [--plot out.png] [--draws N --seed S] [--scenario what-if.json]
//                 [--world] [--robustness-draws N] [--coalition-draws N] [--no-membership-ties]
//   kzsec report --calibration [--data FILE] [--years 1992-2024] [--format ...]   codings against the world data
//   kzsec rank    [--data world|FILE] --rivals USA,CHN --year 2014 [--sort tilt|hedging|robustness|strategy|actor]
//                 [--format text|markdown|csv|json] [--robustness-draws N] [--plot out.png]
//   kzsec validate FILE...            check network files, print a summary or the first error
//   kzsec export  [--data FILE] --year Y [--domain D] [--format graphml|dot] [--output FILE]
//   kzsec datasets                    list the embedded datasets
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <ostream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "kzsec_cli.hpp"

#include <kzsec/calibration.hpp>
#include <kzsec/datasets.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/hedging_rank.hpp>
#include <kzsec/io.hpp>
#include <kzsec/report.hpp>
#include <kzsec/scenario.hpp>
#include <kzsec/version.hpp>

namespace {

std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    std::istringstream in(s);
    while (std::getline(in, cur, ','))
        if (!cur.empty()) out.push_back(cur);
    return out;
}

int parse_year(const std::string& s) {
    std::size_t pos = 0;
    int y = 0;
    try {
        y = std::stoi(s, &pos);
    } catch (const std::exception&) {
        pos = 0;
    }
    if (pos != s.size() || s.empty()) throw kzsec::invalid_input("[kzsec] --years: '" + s + "' is not a year");
    return y;
}

// "1992-2024", "2014,2022", "1992-1995,2022"
std::vector<int> parse_years(const std::string& s) {
    std::vector<int> out;
    for (const auto& part : split_list(s)) {
        const auto dash = part.find('-', 1);
        if (dash == std::string::npos) {
            out.push_back(parse_year(part));
        } else {
            const int a = parse_year(part.substr(0, dash)), b = parse_year(part.substr(dash + 1));
            if (a > b) throw kzsec::invalid_input("[kzsec] --years: range '" + part + "' is reversed");
            for (int y = a; y <= b; ++y) out.push_back(y);
        }
    }
    return out;
}

kzsec::network load(const std::string& data) {
    if (data.empty() || data == "kazakhstan") return kzsec::datasets::kazakhstan();
    if (data == "toy_world") return kzsec::datasets::toy_world();
    if (data == "world") return kzsec::datasets::world();
    return kzsec::load_network(data);
}

// The domains of the world network, reported by `report --world` and `rank` by default.
const std::vector<std::string> world_domains = {"security", "political", "economic", "institutional"};

// Writes `text` to the file `path`, or to `out` when `path` is empty or "-".
void write_out(const std::string& text, const std::string& path, std::ostream& out) {
    if (path.empty() || path == "-") {
        out << text;
        return;
    }
    std::ofstream f(path, std::ios::binary);
    if (!f) throw kzsec::error("[kzsec] cannot write '" + path + "'");
    f << text;
}

std::string python_interpreter() {
    if (const char* p = std::getenv("KZSEC_PYTHON")) return p;
#ifdef KZSEC_PYTHON_EXECUTABLE
    if (std::filesystem::exists(KZSEC_PYTHON_EXECUTABLE)) return KZSEC_PYTHON_EXECUTABLE;
#endif
    return "python3";
}

std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Draws a saved JSON (a report or a ranking) with matplotlib through the kzsec Python
// package: `python -m kzsec <command> JSON PNG` (command plot-report or plot-rank), unless
// the caller gave its own plot function (the Python module draws in its own interpreter).
void plot(const kzsec::cli::run_options& options, const std::string& command, const std::string& json,
          const std::string& png) {
    if (options.plot) {
        options.plot(command, json, png);
        return;
    }
    const auto tmp = std::filesystem::temp_directory_path() / ("kzsec-" + command + "-" + std::to_string(::getpid()) + ".json");
    write_out(json, tmp.string(), std::cout);
    std::string cmd;
#ifdef KZSEC_PYTHONPATH
    if (!std::getenv("KZSEC_PYTHON")) cmd += "PYTHONPATH=" + shell_quote(KZSEC_PYTHONPATH) + " ";
#endif
    cmd += shell_quote(python_interpreter()) + " -m kzsec " + command + " " + shell_quote(tmp.string()) + " " +
           shell_quote(png);
    const int rc = std::system(cmd.c_str());
    std::filesystem::remove(tmp);
    if (rc != 0)
        throw kzsec::error("[kzsec] --plot: plotting failed (needs the kzsec Python package with matplotlib; "
                           "set KZSEC_PYTHON to an interpreter that has them)");
}

}  // namespace

int kzsec::cli::run(std::span<const std::string> args, std::ostream& out, std::ostream& err,
                    const run_options& options) {
    // The name is fixed (not argv[0]) so that the help reads the same from every caller.
    CLI::App app{"kzsec: signed multi-domain networks, structural balance and hedging indicators", "kzsec"};
    app.set_version_flag("--version", std::string("kzsec ") + kzsec::version);
    app.require_subcommand(1);

    kzsec::report::report_options ro;
    std::string data, rivals = "RUS,CHN", years, domains, format = "text", output, plot_png, scenario_file;
    bool west = false;
    auto* rep = app.add_subcommand("report", "Yearly hedging, strategy and balance report for a focal actor");
    rep->add_option("--data", data, "Network JSON file, or an embedded dataset name (default: kazakhstan)");
    rep->add_option("--focal", ro.focal, "Focal actor id")->capture_default_str();
    rep->add_option("--rivals", rivals, "Comma-separated rival powers; the first is the reference power")
        ->capture_default_str();
    rep->add_flag("--west", west, "Add the United States (USA) to the rivals");
    rep->add_option("--years", years, "Years: 1992-2024, 2014,2022 or a mix (default: all years of the data)");
    rep->add_option("--domains", domains, "Comma-separated domains (default: the built-in domains with data)");
    rep->add_option("--balance-domain", ro.balance_domain, "Domain of the balance snapshot")->capture_default_str();
    rep->add_option("--format", format, "text, markdown, csv or json")
        ->check(CLI::IsMember({"text", "markdown", "csv", "json"}))
        ->capture_default_str();
    rep->add_option("--output,-o", output, "Write to this file instead of standard output");
    rep->add_option("--plot", plot_png, "Also draw the evolution of the indicators (PNG, via matplotlib)");
    rep->add_option("--scenario", scenario_file,
                    "Apply this scenario (kzsec-scenario JSON) to the data first: the report is on the what-if world");
    rep->add_option("--draws", ro.draws, "Monte Carlo draws for uncertainty bands of the tilt (0 = none)")
        ->capture_default_str();
    rep->add_option("--seed", ro.seed, "Seed of the draws")->capture_default_str();
    rep->add_option("--frustration-time-limit", ro.frustration_time_limit, "Seconds per year for the exact frustration index")
        ->capture_default_str();
    bool world = false;
    rep->add_flag("--world", world,
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
    bool no_membership_ties = false;
    rep->add_flag("--no-membership-ties", no_membership_ties,
                  "Balance snapshot on the coded relations only: no tie between an organisation and its members "
                  "(docs/balance.md#memberships-as-ties-snapshots)");

    bool calibration = false;
    rep->add_flag("--calibration", calibration,
                  "Instead of the report: the codings of the data (default: the Kazakhstan dataset) beside the values of "
                  "the world network from public data, with the Spearman rank correlation per domain and the largest "
                  "disagreements (docs/dataset.md); --years limits the years compared");

    kzsec::hedging::rank_options rko;
    std::string rank_rivals = "USA,CHN", rank_format = "text", rank_data = "world", rank_domains, rank_plot;
    int rank_year = 0;
    auto* rnk = app.add_subcommand("rank", "Every state's tilt, hedging score, strategy and robustness for one frame and year");
    rnk->add_option("--data", rank_data, "Network JSON file, or an embedded dataset name (default: world)")->capture_default_str();
    rnk->add_option("--rivals", rank_rivals, "Comma-separated rival powers; the first is the reference of the tilt")
        ->capture_default_str();
    rnk->add_option("--year", rank_year, "Year")->required();
    rnk->add_option("--domains", rank_domains, "Comma-separated domains (default: all domains of the world network)");
    rnk->add_option("--sort", rko.sort, "tilt, hedging, robustness, strategy or actor")
        ->check(CLI::IsMember({"tilt", "hedging", "robustness", "strategy", "actor"}))
        ->capture_default_str();
    rnk->add_option("--min-observed-domains", rko.min_observed_domains,
                    "Rank an actor only with at least this many domains observed with every rival")
        ->capture_default_str();
    int rank_draws = 200;
    std::uint64_t rank_seed = 1;
    rnk->add_option("--robustness-draws", rank_draws, "Perturbed classifications per actor (0 = off)")->capture_default_str();
    rnk->add_option("--seed", rank_seed, "Seed of the robustness draws")->capture_default_str();
    rnk->add_option("--format", rank_format, "text, markdown, csv or json")
        ->check(CLI::IsMember({"text", "markdown", "csv", "json"}))
        ->capture_default_str();
    rnk->add_option("--output,-o", output, "Write to this file instead of standard output");
    rnk->add_option("--plot", rank_plot, "Also draw the ranking (PNG, via matplotlib)");

    std::vector<std::string> files;
    auto* val = app.add_subcommand("validate", "Check network files and print a summary or the first error");
    val->add_option("files", files, "Network JSON files")->required();

    int year = 0;
    std::string domain = "security", exp_format = "graphml";
    auto* exp = app.add_subcommand("export", "Export a yearly snapshot as GraphML or DOT");
    exp->add_option("--data", data, "Network JSON file or embedded dataset name (default: kazakhstan)");
    exp->add_option("--year", year, "Year of the snapshot")->required();
    exp->add_option("--domain", domain, "Domain")->capture_default_str();
    exp->add_option("--format", exp_format, "graphml or dot")->check(CLI::IsMember({"graphml", "dot"}))->capture_default_str();
    exp->add_option("--output,-o", output, "Output file (default: standard output)");

    auto* lst = app.add_subcommand("datasets", "List the embedded datasets");

    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
        app.parse(reversed);
    } catch (const CLI::ParseError& e) {
        return app.exit(e, out, err);
    }
    try {
        if (rep->parsed() && calibration) {
            if (world) throw kzsec::invalid_input("[kzsec] report: --calibration and --world exclude each other");
            kzsec::report::calibration_options co;
            if (!years.empty()) {
                const auto ys = parse_years(years);
                co.first_year = *std::min_element(ys.begin(), ys.end());
                co.last_year = *std::max_element(ys.begin(), ys.end());
            }
            if (!domains.empty()) co.domains = split_list(domains);
            const auto c = kzsec::report::calibrate_against_world(load(data), co);
            std::string text;
            if (format == "text") text = kzsec::report::calibration_to_text(c);
            else if (format == "markdown") text = kzsec::report::calibration_to_markdown(c);
            else if (format == "csv") text = kzsec::report::calibration_to_csv(c);
            else text = kzsec::report::calibration_to_json(c) + "\n";
            write_out(text, output, out);
        } else if (rep->parsed()) {
            if (world && !data.empty() && data != "world")
                throw kzsec::invalid_input("[kzsec] report: --world and --data " + data + " exclude each other");
            auto net = load(world ? std::string("world") : data);
            if (world && years.empty()) years = "1992-2024";
            if (!scenario_file.empty()) net = kzsec::scenario::apply(net, kzsec::scenario::read_scenario(scenario_file));
            ro.rivals = split_list(rivals);
            if (west) ro.rivals.push_back("USA");
            if (!years.empty()) ro.years = parse_years(years);
            if (!domains.empty()) ro.domains = split_list(domains);
            if (world) kzsec::report::apply_world_defaults(net, ro);
            if (no_membership_ties) ro.membership_ties.clear();
            const auto r = kzsec::report::make_report(net, ro);
            std::string text;
            if (format == "text") text = kzsec::report::to_text(r);
            else if (format == "markdown") text = kzsec::report::to_markdown(r);
            else if (format == "csv") text = kzsec::report::to_csv(r);
            else text = kzsec::report::to_json(r) + "\n";
            write_out(text, output, out);
            if (!plot_png.empty()) plot(options, "plot-report", kzsec::report::to_json(r, -1), plot_png);
        } else if (rnk->parsed()) {
            const auto net = load(rank_data);
            rko.profile.domains = rank_domains.empty() ? (rank_data == "world" ? world_domains : std::vector<std::string>{})
                                                        : split_list(rank_domains);
            rko.profile.robustness_draws = rank_draws;
            rko.profile.robustness_seed = rank_seed;
            const auto r = kzsec::hedging::rank(net, split_list(rank_rivals), rank_year, rko);
            std::string text;
            if (rank_format == "text") text = kzsec::hedging::rank_to_text(r);
            else if (rank_format == "markdown") text = kzsec::hedging::rank_to_markdown(r);
            else if (rank_format == "csv") text = kzsec::hedging::rank_to_csv(r);
            else text = kzsec::hedging::rank_to_json(r);
            write_out(text, output, out);
            if (!rank_plot.empty()) plot(options, "plot-rank", kzsec::hedging::rank_to_json(r), rank_plot);
        } else if (val->parsed()) {
            int bad = 0;
            for (const auto& f : files) {
                try {
                    const auto net = kzsec::load_network(f);
                    out << f << ": ok (" << net.actors().size() << " actors, " << net.relations().size()
                        << " relations, " << net.memberships().size() << " memberships, " << net.events().size()
                        << " events, " << net.metrics().size() << " metrics)\n";
                } catch (const std::exception& e) {
                    out << e.what() << '\n';
                    ++bad;
                }
            }
            return bad ? 1 : 0;
        } else if (exp->parsed()) {
            const auto net = load(data);
            const auto g = net.snapshot(year, domain);
            std::ostringstream os;
            if (exp_format == "graphml") kzsec::write_graphml(g, os);
            else kzsec::write_dot(g, os);
            write_out(os.str(), output, out);
        } else if (lst->parsed()) {
            for (const auto& d : kzsec::datasets::list())
                out << d.name << std::string(d.name.size() < 12 ? 12 - d.name.size() : 0, ' ') << ' ' << d.title
                    << '\n';
        }
    } catch (const kzsec::unknown_actor& e) {
        err << "kzsec: " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        err << "kzsec: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
