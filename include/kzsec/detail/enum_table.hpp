#pragma once
/// @file detail/enum_table.hpp
/// @brief One table of names per enum, from which `to_string` and `parse_<enum>` are made
/// (not part of the public API; may change without notice).
///
/// Each public enum has one `inline constexpr detail::enum_table<E, N> <enum>_table` next to
/// its declaration: what the value is called in messages, and its (value, name) pairs. The first
/// pair of a value gives its canonical name (the one `to_string` returns and the error lists);
/// later pairs of the same value are accepted spellings (`"organization"` for
/// `actor_kind::organisation`). The bindings, the command line and the file readers call the
/// `to_string`/`parse_<enum>` functions built on these tables, so a new enum value is one row.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kzsec/detail/suggest.hpp"
#include "kzsec/errors.hpp"

namespace kzsec::detail {

/// One (value, name) pair of an enum table.
template <class E>
struct enum_name {
    E value;
    std::string_view name;
};

/// The names of the values of the enum `E` (see the file comment).
template <class E, std::size_t N>
struct enum_table {
    std::string_view what;                 ///< the enum in messages, e.g. "PN mode"
    std::array<enum_name<E>, N> entries;   ///< canonical name first per value, then aliases

    /// The canonical name of `v`, or `fallback` for a value not in the table.
    /// Complexity: O(N).
    constexpr std::string_view name(E v, std::string_view fallback = "?") const noexcept {
        for (const auto& e : entries)
            if (e.value == v) return e.name;
        return fallback;
    }

    /// The value named `s` (canonical names and aliases, exact match), or nullopt.
    /// Complexity: O(N |s|).
    constexpr std::optional<E> find(std::string_view s) const noexcept {
        for (const auto& e : entries)
            if (e.name == s) return e.value;
        return std::nullopt;
    }

    /// The canonical names in table order (one per value).
    std::vector<std::string_view> names() const {
        std::vector<std::string_view> out;
        for (std::size_t i = 0; i < N; ++i) {
            bool first = true;
            for (std::size_t j = 0; j < i; ++j) first = first && entries[j].value != entries[i].value;
            if (first) out.push_back(entries[i].name);
        }
        return out;
    }

    /// The canonical names as a message lists them: "'all', 'out', 'in'".
    std::string quoted_names() const {
        std::string s;
        for (auto n : names()) s += (s.empty() ? "'" : ", '") + std::string(n) + "'";
        return s;
    }

    /// The value named `s`.
    /// @throws invalid_input `"[kzsec] <what> '<s>' is not one of '<a>', '<b>', ..."`, followed
    ///         by "; did you mean '<name>'?" when a canonical name is near (detail/suggest.hpp).
    /// Complexity: O(N |s|); O(N |s| L) on error.
    E parse(std::string_view s) const {
        if (auto v = find(s)) return *v;
        const auto known = names();
        throw invalid_input("[kzsec] " + std::string(what) + " '" + std::string(s) + "' is not one of " +
                            quoted_names() + did_you_mean(s, known));
    }
};

}  // namespace kzsec::detail
