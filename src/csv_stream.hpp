#pragma once
/// @file detail/csv_stream.hpp
/// @brief A streaming CSV row reader over text in memory, for the large data
/// files of world.hpp (870,109 UN votes, 917,695 IGO dyad-years): no copy of
/// unquoted fields (string_views into the text), RFC 4180 quoting, CRLF or LF,
/// 1-based line numbers, and typed getters that throw
/// `parse_error("[kzsec] origin:line: column 'name': what")`. Not part of the public
/// API; may change without notice.
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

#include "kzsec/errors.hpp"

namespace kzsec::detail {

/// Reads rows of CSV text one at a time. The first row is the header.
/// Usage: `csv_stream s(text, origin); int c = s.require("ccode"); while (s.next()) s.get_int(c);`
class csv_stream {
    struct pending {
        std::size_t field, begin, len;
    };

public:
    /// @param text the whole CSV text (must outlive the stream)
    /// @param origin the file name used in messages
    /// @throws parse_error on an empty text (no header) or a malformed header.
    csv_stream(std::string_view text, std::string origin) : text_(text), origin_(std::move(origin)) {
        if (text_.size() >= 3 && static_cast<unsigned char>(text_[0]) == 0xEF &&
            static_cast<unsigned char>(text_[1]) == 0xBB && static_cast<unsigned char>(text_[2]) == 0xBF)
            pos_ = 3;  // UTF-8 byte-order mark
        if (!read_row()) throw parse_error("[kzsec] " + origin_ + ":1: empty file (no header row)", origin_, "line 1");
        for (std::size_t i = 0; i < fields_.size(); ++i) header_.emplace_back(fields_[i]);
        header_line_ = row_line_;
    }

    const std::vector<std::string>& header() const noexcept { return header_; }
    const std::string& origin() const noexcept { return origin_; }
    /// Line (1-based) where the current row starts.
    std::size_t line() const noexcept { return row_line_; }

    /// 0-based index of a column, or -1.
    int column(std::string_view name) const noexcept {
        for (std::size_t i = 0; i < header_.size(); ++i)
            if (header_[i] == name) return static_cast<int>(i);
        return -1;
    }
    /// 0-based index of a column. @throws parse_error "origin:1: missing column 'name'".
    int require(std::string_view name) const {
        const int c = column(name);
        if (c < 0)
            throw parse_error("[kzsec] " + origin_ + ":" + std::to_string(header_line_) + ": missing column '" + std::string(name) + "'",
                              origin_, "line " + std::to_string(header_line_));
        return c;
    }

    /// Advances to the next data row. @return false at the end of the text.
    /// @throws parse_error if the row has a different number of fields than the header.
    bool next() {
        for (;;) {
            if (!read_row()) return false;
            if (fields_.size() == 1 && fields_[0].empty() && !last_quoted_) continue;  // blank line
            if (fields_.size() != header_.size())
                throw parse_error("[kzsec] " + where() + ": expected " + std::to_string(header_.size()) + " fields, found " +
                                      std::to_string(fields_.size()),
                                  origin_, "line " + std::to_string(row_line_));
            return true;
        }
    }

    /// The raw text of column `c` in the current row (unquoted, not trimmed).
    std::string_view field(int c) const noexcept { return fields_[static_cast<std::size_t>(c)]; }

    /// "origin:line" of the current row.
    std::string where() const { return origin_ + ":" + std::to_string(row_line_); }

    /// Throws parse_error "origin:line: column 'name': what".
    [[noreturn]] void fail(int c, std::string_view what) const {
        throw parse_error("[kzsec] " + where() + ": column '" + header_[static_cast<std::size_t>(c)] + "': " + std::string(what),
                          origin_, "line " + std::to_string(row_line_) + ", column '" + header_[static_cast<std::size_t>(c)] + "'");
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

    // Reads one record into fields_ (views into text_ or into quoted_ storage).
    bool read_row() {
        fields_.clear();
        last_quoted_ = false;
        if (pos_ >= text_.size()) return false;
        row_line_ = line_;
        std::size_t nquoted = 0;
        quoted_.clear();
        // Quoted fields are stored as offsets into quoted_ (which may reallocate);
        // their views are fixed up at the end of the row.
        std::vector<pending>& pend = pending_;
        pend.clear();
        for (;;) {
            if (pos_ < text_.size() && text_[pos_] == '"') {
                ++pos_;
                const std::size_t begin = quoted_.size();
                for (;;) {
                    if (pos_ >= text_.size())
                        throw parse_error("[kzsec] " + origin_ + ":" + std::to_string(row_line_) + ": unterminated quoted field",
                                          origin_, "line " + std::to_string(row_line_));
                    const char ch = text_[pos_++];
                    if (ch == '"') {
                        if (pos_ < text_.size() && text_[pos_] == '"') {
                            quoted_.push_back('"');
                            ++pos_;
                        } else {
                            break;
                        }
                    } else {
                        if (ch == '\n') ++line_;
                        quoted_.push_back(ch);
                    }
                }
                pend.push_back({fields_.size(), begin, quoted_.size() - begin});
                fields_.emplace_back();
                ++nquoted;
                last_quoted_ = true;
                if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r')
                    throw parse_error("[kzsec] " + origin_ + ":" + std::to_string(line_) + ": text after a closing quote", origin_,
                                      "line " + std::to_string(line_));
            } else {
                const std::size_t begin = pos_;
                while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r') {
                    if (text_[pos_] == '"')
                        throw parse_error("[kzsec] " + origin_ + ":" + std::to_string(line_) + ": quote inside an unquoted field",
                                          origin_, "line " + std::to_string(line_));
                    ++pos_;
                }
                fields_.push_back(text_.substr(begin, pos_ - begin));
            }
            if (pos_ >= text_.size()) break;
            const char sep = text_[pos_++];
            if (sep == ',') continue;
            if (sep == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
            ++line_;
            break;
        }
        if (nquoted)
            for (const auto& p : pend) fields_[p.field] = std::string_view(quoted_).substr(p.begin, p.len);
        return true;
    }

    std::string_view text_;
    std::string origin_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t row_line_ = 1;
    std::size_t header_line_ = 1;
    bool last_quoted_ = false;
    std::vector<std::string> header_;
    std::vector<std::string_view> fields_;
    std::string quoted_;
    std::vector<pending> pending_;
};

}  // namespace kzsec::detail
