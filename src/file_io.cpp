// The one file reader (bounded, gzip-aware) and the one atomic file writer of
// kzsec, and the input limits (docs/reliability.md).
#include "kzsec/detail/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <type_traits>

#include <zlib.h>

#include "kzsec/detail/io_support.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/io.hpp"

namespace kzsec {

// ------------------------------------------------------------------ limits

namespace {

std::size_t env_size(const char* name, std::size_t def) {
    const char* v = std::getenv(name);
    if (!v || !*v) return def;
    char* end = nullptr;
    errno = 0;
    const unsigned long long x = std::strtoull(v, &end, 10);
    if (errno != 0 || *end != '\0' || x == 0) return def;  // a malformed value keeps the default
    return static_cast<std::size_t>(x);
}

struct limits_store {
    std::atomic<std::size_t> max_input_bytes;
    std::atomic<int> max_json_depth;
    limits_store() {
        const input_limits d;
        max_input_bytes = env_size("KZSEC_MAX_INPUT_BYTES", d.max_input_bytes);
        const std::size_t depth = env_size("KZSEC_MAX_JSON_DEPTH", static_cast<std::size_t>(d.max_json_depth));
        max_json_depth = depth > 1000000 ? 1000000 : static_cast<int>(depth);
    }
};

limits_store& store() {
    static limits_store s;
    return s;
}

}  // namespace

input_limits get_input_limits() {
    input_limits l;
    l.max_input_bytes = store().max_input_bytes.load();
    l.max_json_depth = store().max_json_depth.load();
    return l;
}

void set_input_limits(const input_limits& limits) {
    if (limits.max_input_bytes == 0) throw invalid_input("[kzsec] set_input_limits: max_input_bytes must be positive");
    if (limits.max_json_depth < 1) throw invalid_input("[kzsec] set_input_limits: max_json_depth must be at least 1");
    store().max_input_bytes = limits.max_input_bytes;
    store().max_json_depth = limits.max_json_depth;
}

std::string read_file(const std::filesystem::path& path) { return detail::read_input_file(path); }

namespace detail {

std::string errno_text(int err) {
    char buf[256];
    // GNU strerror_r returns the message (possibly not in buf); XSI returns 0.
    auto r = strerror_r(err, buf, sizeof buf);
    if constexpr (std::is_same_v<decltype(r), char*>) return r;
    else return r == 0 ? std::string(buf) : "error " + std::to_string(err);
}

namespace {

std::string limit_hint() {
    return " (the limit is set by KZSEC_MAX_INPUT_BYTES or kzsec::set_input_limits; docs/reliability.md)";
}

[[noreturn]] void too_large(std::string_view origin, const char* what, std::size_t limit) {
    throw parse_error::at(std::string(origin), "size",
                          std::string(what) + " exceeds the input limit of " + std::to_string(limit) + " bytes" + limit_hint());
}

[[noreturn]] void out_of_memory(std::string_view origin, const char* doing, std::size_t have) {
    throw error("[kzsec] " + std::string(origin) + ": out of memory while " + doing + " (" + std::to_string(have) +
                " bytes so far)");
}

/// Closes a file descriptor on scope exit unless released.
struct fd_guard {
    int fd = -1;
    ~fd_guard() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

bool is_gzip(std::string_view bytes) noexcept {
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
           static_cast<unsigned char>(bytes[1]) == 0x8b;
}

std::string gunzip_if_needed(std::string bytes, std::string_view origin) {
    return decompress_bounded(std::move(bytes), origin);
}

std::string decompress_bounded(std::string bytes, std::string_view origin) {
    if (!is_gzip(bytes)) return bytes;
    const std::size_t limit = get_input_limits().max_input_bytes;
    auto fail = [&](const std::string& what) -> void {
        throw parse_error("[kzsec] " + std::string(origin) + ": corrupt gzip data: " + what, std::string(origin), "gzip");
    };
    std::string out;
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK) fail("inflateInit2 failed");
    struct guard {
        z_stream* z;
        ~guard() { inflateEnd(z); }
    } g{&zs};
    const unsigned char* in = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t left = bytes.size();
    auto refill = [&] {
        // zlib counts input in uInt: feed at most 1 GiB at a time.
        const std::size_t n = left < (std::size_t{1} << 30) ? left : (std::size_t{1} << 30);
        zs.next_in = const_cast<Bytef*>(in);
        zs.avail_in = static_cast<uInt>(n);
        in += n;
        left -= n;
    };
    refill();
    char buf[1 << 15];
    try {
        for (;;) {
            zs.next_out = reinterpret_cast<Bytef*>(buf);
            zs.avail_out = sizeof buf;
            const int rc = inflate(&zs, Z_NO_FLUSH);
            const std::size_t produced = sizeof buf - zs.avail_out;
            if (out.size() + produced > limit) too_large(origin, "the decompressed data", limit);
            out.append(buf, produced);
            if (zs.avail_in == 0 && left > 0) refill();
            if (rc == Z_STREAM_END) {
                // another gzip member may follow (as `cat a.gz b.gz` produces)
                if (zs.avail_in == 0) break;
                if (!is_gzip(std::string_view(reinterpret_cast<const char*>(zs.next_in), zs.avail_in)))
                    fail("trailing bytes after the gzip stream");
                if (inflateReset(&zs) != Z_OK) fail("inflateReset failed");
                continue;
            }
            if (rc == Z_BUF_ERROR && zs.avail_in == 0) fail("truncated stream");
            if (rc != Z_OK) fail(zs.msg ? zs.msg : "inflate error " + std::to_string(rc));
        }
    } catch (const std::bad_alloc&) {
        out_of_memory(origin, "decompressing", out.size());
    }
    return out;
}

std::string read_input_file(const std::filesystem::path& path) {
    const std::string name = path.string();
    const std::size_t limit = get_input_limits().max_input_bytes;
    fd_guard f{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (f.fd < 0) {
        const int err = errno;
        throw file_not_found("[kzsec] " + name + ": cannot open file (" + errno_text(err) + ")");
    }
    struct stat st{};
    if (::fstat(f.fd, &st) != 0) throw error("[kzsec] " + name + ": cannot stat file (" + errno_text(errno) + ")");
    if (S_ISDIR(st.st_mode)) throw file_not_found("[kzsec] " + name + ": is a directory, not a file");
    if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > limit) too_large(name, "the file", limit);
    std::string bytes;
    try {
        if (S_ISREG(st.st_mode)) bytes.reserve(static_cast<std::size_t>(st.st_size));
        char buf[1 << 16];
        for (;;) {
            const ssize_t n = ::read(f.fd, buf, sizeof buf);
            if (n < 0) {
                if (errno == EINTR) continue;
                const int err = errno;
                throw error("[kzsec] " + name + ": read error (" + errno_text(err) + ")");
            }
            if (n == 0) break;
            if (bytes.size() + static_cast<std::size_t>(n) > limit) too_large(name, "the file", limit);
            bytes.append(buf, static_cast<std::size_t>(n));
        }
    } catch (const std::bad_alloc&) {
        out_of_memory(name, "reading the file", bytes.size());
    }
    return decompress_bounded(std::move(bytes), name);
}

// ------------------------------------------------------------------ atomic writer

namespace {

/// Writes all of `text` to `fd`. @return 0 or the errno of the failure.
int write_all(int fd, std::string_view text) {
    const char* p = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (n == 0) return EIO;
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return 0;
}

[[noreturn]] void write_failed(std::string_view what, const std::filesystem::path& path, const std::string& step, int err,
                               bool old_kept) {
    throw error("[kzsec] " + std::string(what) + ": " + path.string() + ": " + step + " failed (" + errno_text(err) + ")" +
                (old_kept ? "; the previous file, if any, is unchanged" : ""));
}

std::atomic<unsigned> temp_counter{0};

}  // namespace

void write_file_atomic(const std::filesystem::path& path_in, std::string_view text, std::string_view what) {
    namespace fs = std::filesystem;
    fs::path path = path_in;
    std::error_code ec;
    if (fs::is_symlink(path, ec)) {
        fs::path resolved = fs::weakly_canonical(path, ec);
        if (!ec) path = resolved;
    }
    struct stat st{};
    const bool exists = ::stat(path.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) write_failed(what, path_in, "writing", EISDIR, false);
    if (exists && !S_ISREG(st.st_mode)) {
        // A device or a pipe: cannot be replaced by rename; write in place.
        fd_guard f{::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_TRUNC)};
        if (f.fd < 0) write_failed(what, path_in, "opening for writing", errno, false);
        if (int err = write_all(f.fd, text)) write_failed(what, path_in, "writing", err, false);
        const int fd = f.fd;
        f.fd = -1;
        if (::close(fd) != 0) write_failed(what, path_in, "closing", errno, false);
        return;
    }
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    const std::string base = path.filename().string();
    fs::path tmp;
    fd_guard f;
    for (int attempt = 0; f.fd < 0; ++attempt) {
        tmp = dir / ("." + base + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(temp_counter++));
        // O_EXCL: never reuse a file; mode 0666 so the kernel applies the umask.
        f.fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (f.fd < 0 && (errno != EEXIST || attempt > 100))
            write_failed(what, path_in, "creating a temporary file in '" + dir.string() + "'", errno, true);
    }
    auto fail = [&](const std::string& step, int err) {
        if (f.fd >= 0) ::close(f.fd);
        f.fd = -1;
        ::unlink(tmp.c_str());
        write_failed(what, path_in, step, err, true);
    };
    if (exists && ::fchmod(f.fd, st.st_mode & 07777) != 0) fail("keeping the file mode", errno);
    if (int err = write_all(f.fd, text)) fail("writing", err);
    if (::fsync(f.fd) != 0) fail("syncing", errno);
    const int fd = f.fd;
    f.fd = -1;
    if (::close(fd) != 0) fail("closing", errno);
    if (::rename(tmp.c_str(), path.c_str()) != 0) fail("renaming the temporary file over it", errno);
    // Make the rename itself durable (best effort: some file systems refuse).
    fd_guard d{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (d.fd >= 0) (void)::fsync(d.fd);
}

// ------------------------------------------------------------------ UTF-8

namespace {

/// Length of the valid UTF-8 sequence at s[i], or 0 if invalid.
std::size_t utf8_sequence(std::string_view s, std::size_t i) noexcept {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;       // no overlong forms
        else if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;       // no overlong forms
        else if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    if (b(i + 1) < lo || b(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
    return n;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8_sequence(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

std::string escape_invalid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    static const char hex[] = "0123456789abcdef";
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8_sequence(text, i);
        if (n == 0) {
            const auto c = static_cast<unsigned char>(text[i]);
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

}  // namespace detail
}  // namespace kzsec
