#pragma once
/// @file detail/random.hpp
/// @brief A small, portable pseudo-random generator for the signed-graph generators and null
/// models: SplitMix64 (Steele, Lea & Flood 2014) to derive seeds, xoshiro256** (Blackman &
/// Vigna 2018) for the draws. Unlike the `std::*_distribution`s, whose algorithms the standard
/// leaves to the implementation, every value here is specified, so a seed gives the same graph
/// with every compiler and standard library.
#include <cstddef>
#include <cstdint>
#include <utility>

namespace kzsec::detail {

__extension__ using uint128 = unsigned __int128;

/// SplitMix64 finaliser: a bijective 64-bit mix.
inline std::uint64_t mix64(std::uint64_t z) noexcept {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// The seed of draw i of a sequence started from `seed`: fixed per (seed, i), whatever thread
/// computes the draw, so results do not depend on the number of threads.
inline std::uint64_t draw_seed(std::uint64_t seed, std::uint64_t i) noexcept {
    return mix64(mix64(seed ^ 0x243F6A8885A308D3ULL) + 0x9E3779B97F4A7C15ULL * (i + 1));
}

/// xoshiro256** seeded by SplitMix64.
class rng {
public:
    explicit rng(std::uint64_t seed) noexcept {
        std::uint64_t z = seed;
        for (auto& w : s_) {
            z += 0x9E3779B97F4A7C15ULL;
            w = mix64(z);
        }
    }
    std::uint64_t next() noexcept {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    /// Uniform on [0, 1) with 53 random bits.
    double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, n) (Lemire's multiply-shift with rejection; n > 0).
    std::uint64_t below(std::uint64_t n) noexcept {
        uint128 m = static_cast<uint128>(next()) * n;
        auto lo = static_cast<std::uint64_t>(m);
        if (lo < n) {
            const std::uint64_t t = (0 - n) % n;
            while (lo < t) {
                m = static_cast<uint128>(next()) * n;
                lo = static_cast<std::uint64_t>(m);
            }
        }
        return static_cast<std::uint64_t>(m >> 64);
    }
    /// Bernoulli(p).
    bool bernoulli(double p) noexcept { return uniform() < p; }
    /// Fisher–Yates shuffle of [first, first + n).
    template <class It>
    void shuffle(It first, std::size_t n) noexcept {
        for (std::size_t i = n; i > 1; --i) {
            const auto j = static_cast<std::size_t>(below(i));
            using std::swap;
            swap(first[i - 1], first[j]);
        }
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
    std::uint64_t s_[4]{};
};

}  // namespace kzsec::detail
