#pragma once
// Helpers shared by the C++ tests: paths to the project and to ../shared, reading a file,
// the blocks of the docs that tests generate, and the message of a parse error.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <kzsec/errors.hpp>

namespace kzsec_test {
inline std::filesystem::path source_dir() { return KZSEC_SOURCE_DIR; }
inline std::filesystem::path shared_dir() { return KZSEC_SHARED_DIR; }
inline std::filesystem::path reference(const std::string& rel) { return shared_dir() / "reference" / rel; }

/// The whole file as bytes ("" if it cannot be read).
inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Whether the environment asks the tests to rewrite their golden files (KZSEC_UPDATE_GOLDEN=1).
inline bool update_golden() {
    const char* up = std::getenv("KZSEC_UPDATE_GOLDEN");
    return up != nullptr && std::string(up) == "1";
}

/// The text between the markers `begin` and `end` of the docs file `doc`. With
/// KZSEC_UPDATE_GOLDEN=1 the text there is first replaced by `block` and the file rewritten.
/// @throws std::runtime_error if a marker is missing.
inline std::string generated_block(const std::filesystem::path& doc, const std::string& begin, const std::string& end,
                                   const std::string& block) {
    std::string text = slurp(doc);
    const auto b = text.find(begin), e = text.find(end);
    if (b == std::string::npos || e == std::string::npos || e < b)
        throw std::runtime_error(doc.string() + " has no markers " + begin + " ... " + end);
    const std::string in_docs = text.substr(b + begin.size(), e - b - begin.size());
    if (update_golden() && in_docs != block) {
        text = text.substr(0, b + begin.size()) + block + text.substr(e);
        std::ofstream(doc, std::ios::binary) << text;
        return block;
    }
    return in_docs;
}

/// The message of the kzsec::parse_error that f() throws, or "no error".
template <class F>
std::string parse_error_of(F&& f) {
    try {
        f();
    } catch (const kzsec::parse_error& e) {
        return e.what();
    }
    return "no error";
}
}  // namespace kzsec_test
