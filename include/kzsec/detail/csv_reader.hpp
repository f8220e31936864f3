#pragma once
/// @file detail/csv_reader.hpp
/// @brief A small CSV table reader (on the library's one CSV tokenizer,
/// src/csv_tokenizer.hpp) with line numbers for error messages; used by the
/// data readers in readers.hpp. Not part of the public API; may change without notice.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kzsec::detail {

/// A CSV file with a header row, all fields as text.
struct csv_table {
    std::string origin;                          ///< file name (or "<string>") for messages
    std::vector<std::string> header;             ///< column names (trimmed)
    std::vector<std::vector<std::string>> rows;  ///< data rows, each with header.size() fields
    std::vector<std::size_t> lines;              ///< 1-based line where each data row starts
    std::size_t header_line = 1;                 ///< 1-based line of the header row

    /// 0-based index of a column, or -1.
    int column(std::string_view name) const noexcept;
    /// 0-based index of a column. @throws parse_error "origin:line: missing column 'name'" (the header's line).
    int require_column(std::string_view name) const;
    /// Throws parse_error "origin:line: column 'name': what" for data row `row`.
    [[noreturn]] void fail(std::size_t row, std::string_view column_name, std::string_view what) const;
};

/// Parses CSV text (RFC 4180 quoting, comma separated, header required; blank
/// lines skipped, fields trimmed of white space). Rows with a different number
/// of fields than the header are an error.
/// @throws parse_error with origin and line.
/// Complexity: O(size of the text).
csv_table parse_csv(std::string_view text, std::string_view origin);

/// Reads and parses a CSV file, plain or gzip-compressed (detected by its magic bytes).
/// @throws file_not_found, parse_error (also for corrupt gzip data).
csv_table read_csv_file(const std::filesystem::path& path);

}  // namespace kzsec::detail
