#pragma once
// A streaming CSV row reader over text in memory, for the large data files of
// world.hpp (870,109 UN votes, 917,695 IGO dyad-years): rows come from the one
// tokenizer (csv_tokenizer.hpp; no copy of unquoted fields), the first row is
// the header, and typed getters throw
// `parse_error("[kzsec] origin:line: column 'name': what")`. Private to the
// library; may change without notice.
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "csv_tokenizer.hpp"
#include "kzsec/errors.hpp"

namespace kzsec::detail {

/// Reads rows of CSV text one at a time. The first row is the header.
/// Usage: `csv_stream s(text, origin); int c = s.require("ccode"); while (s.next()) s.get_int(c);`
class csv_stream {
public:
    /// @param text the whole CSV text (must outlive the stream)
    /// @param origin the file name used in messages
    /// @throws parse_error on an empty text (no header) or a malformed header.
    csv_stream(std::string_view text, std::string origin) : tok_(text, std::move(origin)) {
        if (!tok_.next()) throw line_error(tok_.origin(), 1, "empty file (no header row)");
        for (const auto f : tok_.fields()) header_.emplace_back(f);
        header_line_ = tok_.line();
    }

    const std::vector<std::string>& header() const noexcept { return header_; }
    const std::string& origin() const noexcept { return tok_.origin(); }
    /// Line (1-based) where the current row starts.
    std::size_t line() const noexcept { return tok_.line(); }

    /// 0-based index of a column, or -1.
    int column(std::string_view name) const noexcept {
        for (std::size_t i = 0; i < header_.size(); ++i)
            if (header_[i] == name) return static_cast<int>(i);
        return -1;
    }
    /// 0-based index of a column. @throws parse_error "origin:1: missing column 'name'".
    int require(std::string_view name) const {
        const int c = column(name);
        if (c < 0) throw line_error(tok_.origin(), header_line_, "missing column '" + std::string(name) + "'");
        return c;
    }

    /// Advances to the next data row. @return false at the end of the text.
    /// @throws parse_error if the row has a different number of fields than the header.
    bool next() {
        if (!tok_.next()) return false;
        if (tok_.fields().size() != header_.size())
            throw tok_.error("expected " + std::to_string(header_.size()) + " fields, found " +
                             std::to_string(tok_.fields().size()));
        return true;
    }

    /// The raw text of column `c` in the current row (unquoted, not trimmed).
    std::string_view field(int c) const noexcept { return tok_.fields()[static_cast<std::size_t>(c)]; }

    /// "origin:line" of the current row.
    std::string where() const { return tok_.origin() + ":" + std::to_string(tok_.line()); }

    /// Throws parse_error "origin:line: column 'name': what".
    [[noreturn]] void fail(int c, std::string_view what) const {
        throw tok_.error(std::string(what), "'" + header_[static_cast<std::size_t>(c)] + "'");
    }

    /// An integer field. @throws parse_error if empty or not an integer.
    long long get_int(int c) const {
        auto v = opt_int(c);
        if (!v) fail(c, "missing value (an integer is required)");
        return *v;
    }
    /// An integer field, nullopt if empty. Accepts "12.0"-style whole doubles.
    /// @throws parse_error if not an integer.
    std::optional<long long> opt_int(int c) const {
        const std::string_view s = field(c);
        if (s.empty()) return std::nullopt;
        long long v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc() && p == s.data() + s.size()) return v;
        const double d = parse_number(c, s);
        if (d != std::floor(d) || std::abs(d) > 9e15) fail(c, "'" + std::string(s) + "' is not an integer");
        return static_cast<long long>(d);
    }
    /// An integer field restricted to [lo, hi]. @throws parse_error otherwise.
    long long get_int_in(int c, long long lo, long long hi) const {
        const long long v = get_int(c);
        if (v < lo || v > hi)
            fail(c, "value " + std::to_string(v) + " outside [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
        return v;
    }
    /// A 0/1 flag. @throws parse_error otherwise.
    std::uint8_t get_flag(int c) const { return static_cast<std::uint8_t>(get_int_in(c, 0, 1)); }
    /// A number, NaN if the field is empty. @throws parse_error if not a finite number.
    double get_double_or_nan(int c) const {
        const std::string_view s = field(c);
        if (s.empty()) return std::numeric_limits<double>::quiet_NaN();
        return parse_number(c, s);
    }
    /// A required number. @throws parse_error if empty or not a finite number.
    double get_double(int c) const {
        const std::string_view s = field(c);
        if (s.empty()) fail(c, "missing value (a number is required)");
        return parse_number(c, s);
    }
    /// A text field, as a string.
    std::string get_string(int c) const { return std::string(field(c)); }

private:
    double parse_number(int c, std::string_view s) const {
        double v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v))
            fail(c, "'" + std::string(s) + "' is not a number");
        return v;
    }

    csv_tokenizer tok_;
    std::size_t header_line_ = 1;
    std::vector<std::string> header_;
};

}  // namespace kzsec::detail
