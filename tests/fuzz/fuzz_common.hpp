#pragma once
// Shared by the fuzz targets: which exceptions are an accepted outcome.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>

#include <kzsec/errors.hpp>

namespace kzsec_fuzz {

/// Runs `fn`; kzsec errors are the documented reaction to bad input and are
/// swallowed. Anything else aborts, so libFuzzer records the input.
template <class Fn>
void run(Fn&& fn) {
    try {
        fn();
    } catch (const kzsec::parse_error&) {
    } catch (const kzsec::invalid_input&) {
    } catch (const kzsec::unknown_actor&) {
    } catch (const kzsec::error&) {
    } catch (const std::exception& e) {
        std::fprintf(stderr, "non-kzsec exception: %s\n", e.what());
        std::abort();
    }
}

/// A kzsec error message must start with "[kzsec] ".
inline void check_message(const std::exception& e) {
    if (std::string_view(e.what()).substr(0, 8) != "[kzsec] ") {
        std::fprintf(stderr, "bad message: %s\n", e.what());
        std::abort();
    }
}

}  // namespace kzsec_fuzz
