#pragma once
// The kzsec command line as a function: one definition of the subcommands, options and
// help text, used by the C++ program (src/cli/program.cpp) and by the `kzsec` command
// that pip installs (kzsec._core.cli.run, bindings/python/src/register_cli.cpp).
#include <functional>
#include <ostream>
#include <span>
#include <string>

namespace kzsec::cli {

/// Draws a saved JSON document: `command` is "plot-report" (a report, kzsec::report::to_json)
/// or "plot-rank" (a ranking, kzsec::hedging::rank_to_json); `json` the document; `png` the
/// file to write. Throws (any std::exception) when drawing fails.
using plot_function = std::function<void(const std::string& command, const std::string& json, const std::string& png)>;

/// How run() reaches what is outside C++.
struct run_options {
    /// Draws `--plot` figures. Empty (the default): runs `python -m kzsec <command> JSON PNG`
    /// with the interpreter named by the environment variable KZSEC_PYTHON, else the
    /// interpreter of the build tree, else `python3`. The Python module passes a function that
    /// draws in the running interpreter.
    plot_function plot;
};

/// Runs the kzsec command line: `args` are the arguments after the program name (for example
/// {"report", "--years", "2022"}).
///
/// Subcommands report, rank, validate, export and datasets, with `--help` on each and
/// `--version` (see `kzsec --help`). Results and help go to `out`; error messages to `err`,
/// prefixed "kzsec: ". Never throws for bad input: a wrong option or value, an unreadable
/// file or an unknown actor is a message on `err` and a non-zero return.
///
/// @param args arguments after the program name
/// @param out standard output (results, help, version)
/// @param err standard error (messages)
/// @param options how to draw `--plot` figures
/// @return the exit status: 0 on success; 1 when `validate` found a bad file; 2 when the
///         computation failed (bad data, unknown actor, unwritable output); CLI11's codes
///         (for example 105 or 106) when the command line itself is wrong
/// Complexity: that of the subcommand run.
int run(std::span<const std::string> args, std::ostream& out, std::ostream& err, const run_options& options = {});

}  // namespace kzsec::cli
