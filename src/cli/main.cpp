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
//   --quiet (-q), before or after the subcommand: no progress line on standard error
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <ostream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "kzsec_cli.hpp"

#include <kzsec/calibration.hpp>
#include <kzsec/datasets.hpp>
#include <kzsec/detail/file_io.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/hedging_rank.hpp>
#include <kzsec/io.hpp>
#include <kzsec/report.hpp>
#include <kzsec/scenario.hpp>
#include <kzsec/version.hpp>

#include "report_args.hpp"

namespace {

using kzsec::cli::parse_years;
using kzsec::cli::split_list;

bool quiet = false;  // --quiet: no progress line on standard error

// A progress line on standard error ("[kzsec] building the world network: 3/7 stages"), rewritten in place
// at most every 0.1 s (and at the end); only when standard error is a terminal, and not with --quiet.
std::function<bool(std::size_t, std::size_t)> progress_line(std::string what, std::string unit) {
    if (quiet || !::isatty(2)) return {};
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    return [what = std::move(what), unit = std::move(unit), last](std::size_t done, std::size_t total) {
        const auto now = std::chrono::steady_clock::now();
        if (done < total && done > 0 && now - *last < std::chrono::milliseconds(100)) return true;
        *last = now;
        std::cerr << "\r[kzsec] " << what << ": " << done << "/" << total << " " << unit << (done == total ? "\n" : "")
                  << std::flush;
        return true;
    };
}

kzsec::network load(const std::string& data) {
    if (data.empty() || data == "kazakhstan") return kzsec::datasets::kazakhstan();
    if (data == "toy_world") return kzsec::datasets::toy_world();
    if (data == "world") {
        kzsec::world::world_options wo;
        wo.progress = progress_line("building the world network", "stages");
        return kzsec::datasets::world(wo);
    }
    return kzsec::read_network(data);
}

// The domains of the world network, reported by `report --world` and `rank` by default.
const std::vector<std::string> world_domains = {"security", "political", "economic", "institutional"};

// Standard output, checked: a full disk or a closed pipe is an error (exit 2), not a silent success.
// errno is that of the failed write (the caller clears it before writing).
void flush_out(std::ostream& out) {
    out.flush();
    if (!out) {
        const int err = errno;
        throw kzsec::error("[kzsec] standard output: write failed (" + kzsec::detail::errno_text(err ? err : EIO) + ")");
    }
}

// Writes `text` to the file `path` atomically (the old file survives a failure;
// docs/reliability.md), or to `out` when `path` is empty or "-", checked.
void write_out(const std::string& text, const std::string& path, std::ostream& out) {
    if (path.empty() || path == "-") {
        errno = 0;
        out << text;
        flush_out(out);
        return;
    }
    kzsec::detail::write_file_atomic(path, text, "--output");
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

/// The arguments of `kzsec rank` as parsed.
struct rank_args {
    kzsec::hedging::rank_options rko;
    std::string rivals = "USA,CHN", format = "text", data = "world", domains, plot, output;
    int year = 0;
    int draws = 200;
    std::uint64_t seed = 1;
};

/// Declares `kzsec rank` and its options on `app`, bound to `a`.
CLI::App* add_rank_command(CLI::App& app, rank_args& a) {
    auto* rnk = app.add_subcommand("rank", "Every state's tilt, hedging score, strategy and robustness for one frame and year");
    rnk->add_option("--data", a.data, "Network JSON file, or an embedded dataset name (default: world)")->capture_default_str();
    rnk->add_option("--rivals", a.rivals, "Comma-separated rival powers; the first is the reference of the tilt")
        ->capture_default_str();
    rnk->add_option("--year", a.year, "Year")->required();
    rnk->add_option("--domains", a.domains, "Comma-separated domains (default: all domains of the world network)");
    rnk->add_option("--sort", a.rko.sort, "tilt, hedging, robustness, strategy or actor")
        ->check(CLI::IsMember({"tilt", "hedging", "robustness", "strategy", "actor"}))
        ->capture_default_str();
    rnk->add_option("--min-observed-domains", a.rko.min_observed_domains,
                    "Rank an actor only with at least this many domains observed with every rival")
        ->capture_default_str();
    rnk->add_option("--robustness-draws", a.draws, "Perturbed classifications per actor (0 = off)")->capture_default_str();
    rnk->add_option("--seed", a.seed, "Seed of the robustness draws")->capture_default_str();
    rnk->add_option("--format", a.format, "text, markdown, csv or json")
        ->check(CLI::IsMember({"text", "markdown", "csv", "json"}))
        ->capture_default_str();
    rnk->add_option("--output,-o", a.output, "Write to this file instead of standard output");
    rnk->add_option("--plot", a.plot, "Also draw the ranking (PNG, via matplotlib)");
    return rnk;
}

/// The arguments of `kzsec export` as parsed.
struct export_args {
    std::string data, domain = "security", format = "graphml", output;
    int year = 0;
};

/// Declares `kzsec export` and its options on `app`, bound to `a`.
CLI::App* add_export_command(CLI::App& app, export_args& a) {
    auto* exp = app.add_subcommand("export", "Export a yearly snapshot as GraphML or DOT");
    exp->add_option("--data", a.data, "Network JSON file or embedded dataset name (default: kazakhstan)");
    exp->add_option("--year", a.year, "Year of the snapshot")->required();
    exp->add_option("--domain", a.domain, "Domain")->capture_default_str();
    exp->add_option("--format", a.format, "graphml or dot")->check(CLI::IsMember({"graphml", "dot"}))->capture_default_str();
    exp->add_option("--output,-o", a.output, "Output file (default: standard output)");
    return exp;
}

/// `kzsec report --calibration`: the codings against the world data, in the asked format.
void run_calibration(const kzsec::cli::report_args& ra, bool years_given, std::ostream& out) {
    if (ra.world) throw kzsec::invalid_input("[kzsec] report: --calibration and --world exclude each other");
    kzsec::report::calibration_options co;
    if (years_given) {
        const auto ys = parse_years(ra.years);
        co.first_year = *std::min_element(ys.begin(), ys.end());
        co.last_year = *std::max_element(ys.begin(), ys.end());
    }
    if (!ra.domains.empty()) co.domains = split_list(ra.domains);
    const auto c = kzsec::report::calibrate_against_world(load(ra.data), co);
    std::string text;
    if (ra.format == "text") text = kzsec::report::calibration_to_text(c);
    else if (ra.format == "markdown") text = kzsec::report::calibration_to_markdown(c);
    else if (ra.format == "csv") text = kzsec::report::calibration_to_csv(c);
    else text = kzsec::report::calibration_to_json(c) + "\n";
    write_out(text, ra.output, out);
}

/// `kzsec report`: the options checked before loading, the network (with the scenario applied),
/// the report in the asked format, and the plot if asked.
void run_report(kzsec::cli::report_args& ra, bool years_given, const kzsec::cli::run_options& options, std::ostream& out) {
    auto& ro = ra.ro;
    kzsec::cli::resolve_report_args(ra, years_given);  // before loading: option errors first
    auto net = load(ra.world ? std::string("world") : ra.data);
    if (!ra.scenario_file.empty()) {
        // errors of apply name the file and the edit's JSON pointer (scenario::source)
        net = kzsec::scenario::apply(net, kzsec::scenario::read_scenario(ra.scenario_file));
    }
    if (ra.world) kzsec::report::apply_world_defaults(net, ro);
    ro.progress = progress_line("report", "steps");
    const auto r = kzsec::report::make_report(net, ro);
    std::string text;
    if (ra.format == "text") text = kzsec::report::to_text(r);
    else if (ra.format == "markdown") text = kzsec::report::to_markdown(r);
    else if (ra.format == "csv") text = kzsec::report::to_csv(r);
    else text = kzsec::report::to_json(r) + "\n";
    write_out(text, ra.output, out);
    if (!ra.plot_png.empty()) plot(options, "plot-report", kzsec::report::to_json(r, -1), ra.plot_png);
}

/// `kzsec rank`: every actor ranked for the rivals and year, in the asked format, and the plot if asked.
void run_rank(rank_args& a, const kzsec::cli::run_options& options, std::ostream& out) {
    kzsec::check_year(a.year, "rank", "--year");
    const auto net = load(a.data);
    a.rko.profile.domains = a.domains.empty() ? (a.data == "world" ? world_domains : std::vector<std::string>{})
                                              : split_list(a.domains);
    a.rko.profile.robustness_draws = a.draws;
    a.rko.profile.robustness_seed = a.seed;
    a.rko.progress = progress_line("rank", "actors");
    const auto r = kzsec::hedging::rank(net, split_list(a.rivals), a.year, a.rko);
    std::string text;
    if (a.format == "text") text = kzsec::hedging::rank_to_text(r);
    else if (a.format == "markdown") text = kzsec::hedging::rank_to_markdown(r);
    else if (a.format == "csv") text = kzsec::hedging::rank_to_csv(r);
    else text = kzsec::hedging::rank_to_json(r);
    write_out(text, a.output, out);
    if (!a.plot.empty()) plot(options, "plot-rank", kzsec::hedging::rank_to_json(r), a.plot);
}

/// `kzsec validate`: a summary or the first error of each file; the exit code (1 if any failed).
int run_validate(const std::vector<std::string>& files, std::ostream& out) {
    int bad = 0;
    errno = 0;
    for (const auto& f : files) {
        try {
            const auto net = kzsec::read_network(f);
            out << f << ": ok (" << net.actors().size() << " actors, " << net.relations().size() << " relations, "
                << net.memberships().size() << " memberships, " << net.events().size() << " events, "
                << net.metrics().size() << " metrics)\n";
        } catch (const std::exception& e) {
            out << e.what() << '\n';
            ++bad;
        }
    }
    flush_out(out);
    return bad ? 1 : 0;
}

/// `kzsec export`: the snapshot of a year (inside the data) and a domain as GraphML or DOT.
void run_export(const export_args& a, std::ostream& out) {
    const auto net = load(a.data);
    // As in report: a year outside the data is an error, not an empty graph.
    kzsec::check_year(a.year, "export", "--year");
    const auto span = net.years();
    if (!span.contains(a.year))
        throw kzsec::invalid_input("[kzsec] export: year " + std::to_string(a.year) + " is outside the data (" +
                                   std::to_string(span.from) + "-" + std::to_string(span.to) + ")");
    if (!net.has_domain(a.domain)) throw kzsec::invalid_input("[kzsec] export: unknown domain '" + a.domain + "'");
    const auto g = net.snapshot(a.year, a.domain);
    std::ostringstream os;
    if (a.format == "graphml") kzsec::write_graphml(g, os);
    else kzsec::write_dot(g, os);
    write_out(os.str(), a.output, out);
}

/// `kzsec datasets`: the name and title of each embedded dataset.
void list_datasets(std::ostream& out) {
    for (const auto& d : kzsec::datasets::list())
        out << d.name << std::string(d.name.size() < 12 ? 12 - d.name.size() : 0, ' ') << ' ' << d.title << '\n';
    flush_out(out);
}

}  // namespace

int kzsec::cli::run(std::span<const std::string> args, std::ostream& out, std::ostream& err,
                    const run_options& options) {
    // The name is fixed (not argv[0]) so that the help reads the same from every caller.
    CLI::App app{"kzsec: signed multi-domain networks, structural balance and hedging indicators", "kzsec"};
    app.set_version_flag("--version", std::string("kzsec ") + kzsec::version);
    app.require_subcommand(1);
    app.add_flag("--quiet,-q", quiet, "No progress line on standard error (building the world network, report, rank)");
    app.fallthrough();  // --quiet also after the subcommand: `kzsec rank --quiet ...`

    kzsec::cli::report_args ra;
    auto* rep = app.add_subcommand("report", "Yearly hedging, strategy and balance report for a focal actor");
    kzsec::cli::add_report_options(rep, ra);
    rank_args rka;
    auto* rnk = add_rank_command(app, rka);
    std::vector<std::string> files;
    auto* val = app.add_subcommand("validate", "Check network files and print a summary or the first error");
    val->add_option("files", files, "Network JSON files")->required();
    export_args exa;
    auto* exp = add_export_command(app, exa);
    auto* lst = app.add_subcommand("datasets", "List the embedded datasets");

    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
        app.parse(reversed);
    } catch (const CLI::ParseError& e) {
        return app.exit(e, out, err);
    }
    const bool years_given = rep->count("--years") > 0;
    try {
        if (rep->parsed() && ra.calibration) run_calibration(ra, years_given, out);
        else if (rep->parsed()) run_report(ra, years_given, options, out);
        else if (rnk->parsed()) run_rank(rka, options, out);
        else if (val->parsed()) return run_validate(files, out);
        else if (exp->parsed()) run_export(exa, out);
        else if (lst->parsed()) list_datasets(out);
    } catch (const std::exception& e) {  // unknown_actor and every other error: the message, exit 2
        err << "kzsec: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
