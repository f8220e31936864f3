#pragma once
/// @file detail/suggest.hpp
/// @brief "Did you mean" suggestions for unknown ids in error messages
/// (not part of the public API; may change without notice).
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kzsec::detail {

/// Optimal string alignment distance between `a` and `b`, ignoring ASCII case:
/// the least number of single-character insertions, deletions, substitutions and
/// transpositions of two adjacent characters turning `a` into `b` (Levenshtein 1966,
/// with Damerau's transposition; "KZA" -> "KAZ" is 1).
/// Complexity: O(|a| |b|) time, O(|b|) memory.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    auto low = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = low(a[i - 1]) == low(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && low(a[i - 1]) == low(b[j - 2]) && low(a[i - 2]) == low(b[j - 1]))
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

/// Up to `max_count` ids of `known` (strings, or records with an `id` member) nearest to `id`:
/// those within edit distance max(1, |id| / 2) (case ignored; 0 for a one-letter id), or of
/// which `id` is a prefix or that are a prefix of `id` ("KZ" finds "KAZ" and "KAZAKHSTAN"-style ids), nearest first,
/// ties in alphabetical order.
/// Complexity: O(K |id| L) for K known ids of length at most L, plus O(K log K).
template <class Range>
std::vector<std::string> nearest_ids(std::string_view id, const Range& known, std::size_t max_count = 3) {
    auto low = [](std::string_view s) {
        std::string r(s);
        for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return r;
    };
    const std::string lid = low(id);
    // a one-letter id is near only to itself in another case ('X' is one edit from every one-letter id)
    const std::size_t limit = id.size() < 2 ? 0 : std::max<std::size_t>(1, id.size() / 2);
    std::vector<std::pair<std::size_t, std::string>> hits;
    for (const auto& item : known) {
        std::string_view k;
        if constexpr (requires { item.id; })
            k = item.id;  // e.g. network::actors()
        else
            k = item;
        if (k == id || k.empty()) continue;
        const std::string lk = low(k);
        std::size_t d = edit_distance(lid, lk);
        const bool prefix = !lid.empty() && (lk.rfind(lid, 0) == 0 || lid.rfind(lk, 0) == 0);
        if (prefix) d = std::min(d, limit);
        if (d <= limit) hits.emplace_back(d, std::string(k));
    }
    std::sort(hits.begin(), hits.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < hits.size() && out.size() < max_count; ++i) out.push_back(std::move(hits[i].second));
    return out;
}

/// The text to append to an "unknown <thing> 'id'" message: `"; did you mean 'KAZ'?"`,
/// `"; did you mean 'KAZ', 'KGZ' or 'UZB'?"`, or "" when nothing is near.
/// Complexity: as `nearest_ids`.
template <class Range>
std::string did_you_mean(std::string_view id, const Range& known, std::size_t max_count = 3) {
    const auto near = nearest_ids(id, known, max_count);
    if (near.empty()) return {};
    std::string s = "; did you mean ";
    for (std::size_t i = 0; i < near.size(); ++i) {
        if (i) s += i + 1 == near.size() ? " or " : ", ";
        s += "'" + near[i] + "'";
    }
    return s + "?";
}

}  // namespace kzsec::detail
