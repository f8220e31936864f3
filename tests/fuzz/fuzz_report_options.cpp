// libFuzzer target: the options of `kzsec report` (src/cli/report_args.hpp) on arbitrary
// command lines. The input is split at newlines into arguments; CLI11 parses them as the
// program does, resolve_report_args checks them, and options within a small budget run the
// report on the embedded toy network. A CLI11 parse error or a kzsec error is the documented
// outcome; a crash, a hang (a year loop running away), a sanitizer report or any other
// exception is a bug.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <kzsec/datasets.hpp>
#include <kzsec/report.hpp>

#include "../../src/cli/report_args.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args;
    std::string cur;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\n') {
            args.push_back(cur);
            cur.clear();
        } else {
            cur += static_cast<char>(data[i]);
        }
    }
    args.push_back(cur);
    if (args.size() > 40) return 0;

    static const kzsec::network toy = kzsec::datasets::toy_world();
    CLI::App app{"fuzz"};
    kzsec::cli::report_args a;
    a.ro.focal = "S";  // the toy network's small state between powers A and B
    a.rivals = "A,B";
    auto* rep = app.add_subcommand("report", "report");
    kzsec::cli::add_report_options(rep, a);
    std::vector<std::string> argv{"report"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::reverse(argv.begin(), argv.end());  // CLI11 takes the arguments last-first
    try {
        app.parse(argv);
    } catch (const CLI::ParseError&) {
        return 0;  // CLI11 prints these and exits with its code: the documented outcome
    }
    kzsec_fuzz::run([&] {
        kzsec::cli::resolve_report_args(a, rep->count("--years") > 0);
        // Bounded work per input: the checks above ran on every value; the report runs on
        // small requests only (focal and rivals of the toy network or not, unknown ones throw).
        if (a.ro.years.size() > 4 || a.ro.draws > 64 || a.ro.robustness_draws > 16 || a.ro.coalition_draws > 8) return;
        a.ro.frustration_time_limit = 0.05;
        a.ro.max_partitions = 16;
        (void)kzsec::report::make_report(toy, a.ro);
    });
    return 0;
}
