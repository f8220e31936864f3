#pragma once
// Helpers shared by the C++ tests: paths to the project and to ../shared.
#include <filesystem>
#include <string>

namespace kzsec_test {
inline std::filesystem::path source_dir() { return KZSEC_SOURCE_DIR; }
inline std::filesystem::path shared_dir() { return KZSEC_SHARED_DIR; }
inline std::filesystem::path reference(const std::string& rel) { return shared_dir() / "reference" / rel; }
}  // namespace kzsec_test
