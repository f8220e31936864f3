#pragma once
/// @file detail/text.hpp
/// @brief Small, locale-independent text helpers used by the loaders
/// (not part of the public API; may change without notice).
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

namespace kzsec::detail {

/// True for the ASCII white-space characters space, \t, \n, \v, \f, \r.
constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/// `s` without leading and trailing ASCII white space.
constexpr std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

/// Parses a whole field as a finite double with `std::from_chars` (locale
/// independent; a leading '+' is accepted). Surrounding white space is ignored.
/// @return the value, or nullopt if the field is not exactly one finite number
///         ("nan", "inf", "1e999", "1,5" and "" all give nullopt).
/// Complexity: O(length).
inline std::optional<double> parse_double(std::string_view s) noexcept {
    s = trim(s);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty() || s.front() == '+') return std::nullopt;
    double v = 0.0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || ptr != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

/// Parses a whole field as an `int` (decimal, optional sign, white space ignored).
/// @return the value, or nullopt if not an integer or out of range of `int`.
inline std::optional<int> parse_int(std::string_view s) noexcept {
    s = trim(s);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty() || s.front() == '+') return std::nullopt;
    int v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

/// Shortest decimal text that reads back to exactly `v` (std::to_chars).
inline std::string format_double(double v) {
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    if (ec != std::errc{}) return "nan";
    return std::string(buf, ptr);
}

/// Checks that `s` is well-formed UTF-8 (no overlong forms, no surrogates,
/// nothing above U+10FFFF).
/// @return the byte offset of the first bad byte, or `std::string_view::npos` if valid.
/// Complexity: O(length).
inline std::size_t find_invalid_utf8(std::string_view s) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        std::uint32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::string_view::npos;
}

/// A CSV field as RFC 4180 writes it: quoted (with doubled quotes) when it holds a comma, a
/// quote or a line break, unchanged otherwise. Shared by the report, rank and calibration CSVs.
inline std::string csv_field(const std::string& x) {
    if (x.find_first_of(",\"\n\r") == std::string::npos) return x;
    std::string q = "\"";
    for (char c : x) {
        if (c == '"') q += '"';
        q += c;
    }
    return q + "\"";
}

/// Removes a leading "[kzsec] " from an error message (used when a loader
/// re-wraps an error of the model with the file and location).
inline std::string_view strip_kzsec_prefix(std::string_view msg) noexcept {
    constexpr std::string_view prefix = "[kzsec] ";
    if (msg.substr(0, prefix.size()) == prefix) msg.remove_prefix(prefix.size());
    return msg;
}

/// 1-based line and column of byte `offset` in `text` (column counted in bytes).
inline std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) noexcept {
    std::size_t line = 1, col = 1;
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return {line, col};
}

}  // namespace kzsec::detail
