// kzsec — the command-line program.
//
//   kzsec report  [--data FILE] [--focal KAZ] [--rivals RUS,CHN] [--west] [--years 1992-2024]
//                 [--domains security,economic] [--format text|markdown|csv|json] [--output FILE]
//                 [--plot out.png] [--draws N --seed S] [--scenario what-if.json]
//   kzsec validate FILE...            check network files, print a summary or the first error
//   kzsec export  [--data FILE] --year Y [--domain D] [--format graphml|dot] [--output FILE]
//   kzsec datasets                    list the embedded datasets
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <kzsec/datasets.hpp>
#include <kzsec/errors.hpp>
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
    return kzsec::load_network(data);
}

void write_out(const std::string& text, const std::string& path) {
    if (path.empty() || path == "-") {
        std::cout << text;
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

// Plots with matplotlib through the kzsec Python package (python -m kzsec plot-report).
void plot(const std::string& json, const std::string& png) {
    const auto tmp = std::filesystem::temp_directory_path() / ("kzsec-report-" + std::to_string(::getpid()) + ".json");
    write_out(json, tmp.string());
    std::string cmd;
#ifdef KZSEC_PYTHONPATH
    if (!std::getenv("KZSEC_PYTHON")) cmd += "PYTHONPATH=" + shell_quote(KZSEC_PYTHONPATH) + " ";
#endif
    cmd += shell_quote(python_interpreter()) + " -m kzsec plot-report " + shell_quote(tmp.string()) + " " +
           shell_quote(png);
    const int rc = std::system(cmd.c_str());
    std::filesystem::remove(tmp);
    if (rc != 0)
        throw kzsec::error("[kzsec] --plot: plotting failed (needs the kzsec Python package with matplotlib; "
                           "set KZSEC_PYTHON to an interpreter that has them)");
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"kzsec: signed multi-domain networks, structural balance and hedging indicators"};
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

    CLI11_PARSE(app, argc, argv);
    try {
        if (rep->parsed()) {
            auto net = load(data);
            if (!scenario_file.empty()) net = kzsec::scenario::apply(net, kzsec::scenario::read_scenario(scenario_file));
            ro.rivals = split_list(rivals);
            if (west) ro.rivals.push_back("USA");
            if (!years.empty()) ro.years = parse_years(years);
            if (!domains.empty()) ro.domains = split_list(domains);
            const auto r = kzsec::report::make_report(net, ro);
            std::string text;
            if (format == "text") text = kzsec::report::to_text(r);
            else if (format == "markdown") text = kzsec::report::to_markdown(r);
            else if (format == "csv") text = kzsec::report::to_csv(r);
            else text = kzsec::report::to_json(r) + "\n";
            write_out(text, output);
            if (!plot_png.empty()) plot(kzsec::report::to_json(r, -1), plot_png);
        } else if (val->parsed()) {
            int bad = 0;
            for (const auto& f : files) {
                try {
                    const auto net = kzsec::load_network(f);
                    std::printf("%s: ok (%zu actors, %zu relations, %zu memberships, %zu events, %zu metrics)\n",
                                f.c_str(), net.actors().size(), net.relations().size(), net.memberships().size(),
                                net.events().size(), net.metrics().size());
                } catch (const std::exception& e) {
                    std::printf("%s\n", e.what());
                    ++bad;
                }
            }
            return bad ? 1 : 0;
        } else if (exp->parsed()) {
            const auto net = load(data);
            const auto g = net.snapshot(year, domain);
            std::ostringstream out;
            if (exp_format == "graphml") kzsec::write_graphml(g, out);
            else kzsec::write_dot(g, out);
            write_out(out.str(), output);
        } else if (lst->parsed()) {
            for (const auto& d : kzsec::datasets::list())
                std::printf("%-12s %s\n", d.name.c_str(), d.title.c_str());
        }
    } catch (const kzsec::unknown_actor& e) {
        std::fprintf(stderr, "kzsec: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kzsec: %s\n", e.what());
        return 2;
    }
    return 0;
}
