#pragma once
/// @file detail/file_io.hpp
/// @brief The one file reader and the one file writer behind every kzsec loader
/// and saver (networks, scenarios, CSV tables, edge lists, world data, reports,
/// exports). Not part of the public API; may change without notice. The
/// guarantees they give are documented in docs/reliability.md.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace kzsec::detail {

/// `strerror(err)` as a string (thread-safe).
std::string errno_text(int err);

/// Reads a whole file into memory and decompresses it if it starts with the
/// gzip magic bytes.
///
/// Bounded: the bytes read and the bytes after decompression are each capped at
/// `input_limits().max_input_bytes`; a larger input is a `parse_error` naming
/// the file and the limit. An allocation failure while reading or
/// decompressing becomes an `error` naming the file (never a bare
/// `std::bad_alloc`).
/// @param path the file; `-` is not special.
/// @throws file_not_found if the path does not exist or cannot be opened (with
///         the system's reason), or is a directory; error on a read error;
///         parse_error on corrupt gzip data or an input over the limit.
/// Complexity: O(size of the decompressed data).
std::string read_input_file(const std::filesystem::path& path);

/// Decompresses `bytes` if it is gzip (else returns it unchanged), with the
/// size cap of `read_input_file`. @throws parse_error naming `origin`.
std::string decompress_bounded(std::string bytes, std::string_view origin);

/// Writes `text` to `path` so that the old file survives any failure: the text
/// goes to a temporary file in the same folder (`.<name>.tmp-XXXXXX`), which is
/// flushed, `fsync`ed and closed (each step checked) and then renamed over
/// `path`; the folder is synced after the rename. On any failure the temporary
/// file is removed, the target is untouched, and `error` names the path, the
/// step and the system's reason (e.g. "No space left on device").
///
/// A new file gets mode 0666 minus the umask; an existing file keeps its mode.
/// A symbolic link is followed (the file it points to is replaced). A target
/// that exists and is not a regular file (a device such as /dev/null or
/// /dev/stdout, a pipe) cannot be renamed over: it is written in place, with
/// every write and the close checked.
/// @param what names the caller in messages ("write_network", "report").
/// @throws error as above.
void write_file_atomic(const std::filesystem::path& path, std::string_view text, std::string_view what);

/// Checks that `text` is valid UTF-8 (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF).
/// @return the byte offset of the first invalid sequence, or `npos` if valid.
/// Complexity: O(size of text).
std::size_t find_invalid_utf8(std::string_view text) noexcept;

/// Copies `text`, replacing every byte that is not part of a valid UTF-8
/// sequence by `\xNN` (so a message can be handed to Python, which requires
/// UTF-8). Complexity: O(size of text).
std::string escape_invalid_utf8(std::string_view text);

}  // namespace kzsec::detail
