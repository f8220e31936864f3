#pragma once
/// @file detail/io_support.hpp
/// @brief Internals of the loaders shared with the fuzz targets and tests
/// (not part of the public API; may change without notice).
#include <string>
#include <string_view>

namespace kzsec::detail {

/// True if `bytes` starts with the gzip magic bytes 0x1f 0x8b.
bool is_gzip(std::string_view bytes) noexcept;

/// Decompresses gzip data (several concatenated members are allowed) with zlib.
/// Data without the gzip magic is returned unchanged.
/// @param origin names the data in error messages.
/// @throws parse_error on corrupt or truncated gzip data.
/// Complexity: O(size of the output).
std::string gunzip_if_needed(std::string bytes, std::string_view origin);

}  // namespace kzsec::detail
