// The one file reader, the one atomic writer, the input limits and the UTF-8
// checks (include/kzsec/detail/file_io.hpp, docs/reliability.md).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <zlib.h>

#include "kzsec/detail/file_io.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/io.hpp"
#include "kzsec/scenario.hpp"

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace kzsec;

namespace {

/// A fresh folder removed at the end of the test.
struct temp_dir {
    fs::path path;
    temp_dir() {
        path = fs::temp_directory_path() / ("kzsec-file-io-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        fs::create_directories(path);
    }
    ~temp_dir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    static int& counter() {
        static int c = 0;
        return c;
    }
};

using kzsec_test::slurp;

void spit(const fs::path& p, const std::string& s) {
    std::ofstream out(p, std::ios::binary);
    out << s;
}

std::string gzip(const std::string& s) {
    z_stream zs{};
    REQUIRE(deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(deflateBound(&zs, s.size()) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
    zs.avail_in = static_cast<uInt>(s.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    REQUIRE(deflate(&zs, Z_FINISH) == Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

/// Restores the input limits at the end of a test.
struct limits_guard {
    input_limits saved = get_input_limits();
    ~limits_guard() { set_input_limits(saved); }
};

/// Independent UTF-8 check: decode the code point, then test the ranges
/// (RFC 3629 table 3.7 stated as "shortest form, no surrogate, <= 0x10FFFF").
bool valid_by_decoding(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        int n;
        std::uint32_t cp;
        if (c < 0x80) { n = 1; cp = c; }
        else if ((c & 0xE0) == 0xC0) { n = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { n = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { n = 4; cp = c & 0x07; }
        else return false;
        if (i + static_cast<std::size_t>(n) > s.size()) return false;
        for (int k = 1; k < n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        const std::uint32_t min_cp[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min_cp[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

TEST_SUITE("file_io") {
    TEST_CASE("parse_error::at formats its own message") {
        const auto e = parse_error::at("net.json", "/relations/3/value", "value 1.5 is outside [-1, 1]");
        CHECK(std::string(e.what()) == "[kzsec] net.json:/relations/3/value: value 1.5 is outside [-1, 1]");
        CHECK(e.file() == "net.json");
        CHECK(e.location() == "/relations/3/value");
    }

    TEST_CASE("UTF-8 validation agrees with decoding, exhaustively up to 3 bytes") {
        std::string s;
        for (int a = 0; a < 256; ++a) {
            s.assign(1, static_cast<char>(a));
            REQUIRE((detail::find_invalid_utf8(s) == std::string::npos) == valid_by_decoding(s));
            for (int b = 0; b < 256; ++b) {
                s.assign({static_cast<char>(a), static_cast<char>(b)});
                REQUIRE((detail::find_invalid_utf8(s) == std::string::npos) == valid_by_decoding(s));
            }
        }
        for (int a = 0xE0; a < 0x100; ++a)
            for (int b = 0x70; b < 0xD0; ++b)
                for (int c = 0x70; c < 0xD0; ++c) {
                    s.assign({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
                    REQUIRE((detail::find_invalid_utf8(s) == std::string::npos) == valid_by_decoding(s));
                }
        std::mt19937 rng(7);
        for (int t = 0; t < 200000; ++t) {
            s.assign({static_cast<char>(0xF0 + rng() % 8), static_cast<char>(0x70 + rng() % 0x60),
                      static_cast<char>(0x70 + rng() % 0x60), static_cast<char>(0x70 + rng() % 0x60)});
            REQUIRE((detail::find_invalid_utf8(s) == std::string::npos) == valid_by_decoding(s));
        }
        CHECK(detail::find_invalid_utf8("ok \xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xff") == 15);
        CHECK(detail::find_invalid_utf8("\xed\xa0\x80") == 0);  // a surrogate
        CHECK(detail::find_invalid_utf8("\xc0\xaf") == 0);      // overlong '/'
    }

    TEST_CASE("escape_invalid_utf8 keeps valid text and escapes bad bytes") {
        CHECK(detail::escape_invalid_utf8("caf\xc3\xa9") == "caf\xc3\xa9");
        CHECK(detail::escape_invalid_utf8("caf\xe9!") == "caf\\xe9!");
        CHECK(detail::escape_invalid_utf8("\xe2\x82") == "\\xe2\\x82");
        const std::string escaped = detail::escape_invalid_utf8("\xff\xfe x \xc0\xaf");
        CHECK(detail::find_invalid_utf8(escaped) == std::string::npos);
    }

    TEST_CASE("write_file_atomic replaces the file, keeps its mode, leaves no temporary file") {
        temp_dir d;
        const auto p = d.path / "out.txt";
        detail::write_file_atomic(p, "first\n", "test");
        CHECK(slurp(p) == "first\n");
        ::chmod(p.c_str(), 0640);
        detail::write_file_atomic(p, "second\n", "test");
        CHECK(slurp(p) == "second\n");
        struct stat st{};
        REQUIRE(::stat(p.c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0640);
        int n = 0;
        for ([[maybe_unused]] const auto& e : fs::directory_iterator(d.path)) ++n;
        CHECK(n == 1);
    }

    TEST_CASE("write_file_atomic errors name the path and the system's reason") {
        temp_dir d;
        try {
            detail::write_file_atomic(d.path / "missing" / "x.json", "x", "write_network");
            FAIL("no error");
        } catch (const error& e) {
            const std::string m = e.what();
            CHECK(m.find("write_network: " + (d.path / "missing" / "x.json").string()) != std::string::npos);
            CHECK(m.find("No such file or directory") != std::string::npos);
        }
        CHECK_THROWS_WITH_AS(detail::write_file_atomic(d.path, "x", "t"), doctest::Contains("Is a directory"), error);
        // a device is written in place, and its failure is reported
        CHECK_THROWS_WITH_AS(detail::write_file_atomic("/dev/full", "x", "t"), doctest::Contains("No space left on device"),
                             error);
        CHECK_NOTHROW(detail::write_file_atomic("/dev/null", "x", "t"));
    }

    TEST_CASE("read_input_file: directories, missing files, gzip, limits") {
        limits_guard g;
        temp_dir d;
        CHECK_THROWS_WITH_AS(detail::read_input_file(d.path), doctest::Contains("is a directory, not a file"), file_not_found);
        CHECK_THROWS_WITH_AS(detail::read_input_file(d.path / "nope"), doctest::Contains("No such file or directory"),
                             file_not_found);
        const std::string text(100000, 'x');
        spit(d.path / "a.gz", gzip(text));
        CHECK(detail::read_input_file(d.path / "a.gz") == text);
        CHECK(fs::file_size(d.path / "a.gz") < 1000);
        input_limits l;
        l.max_input_bytes = 99999;
        set_input_limits(l);
        // the compressed file is small; its expansion is over the limit
        try {
            detail::read_input_file(d.path / "a.gz");
            FAIL("no error");
        } catch (const parse_error& e) {
            CHECK(std::string(e.what()).find("a.gz:size: the decompressed data exceeds the input limit of 99999 bytes") !=
                  std::string::npos);
        }
        spit(d.path / "plain.txt", text);
        CHECK_THROWS_WITH_AS(detail::read_input_file(d.path / "plain.txt"),
                             doctest::Contains("the file exceeds the input limit of 99999 bytes"), parse_error);
        // an endless device stops at the limit
        CHECK_THROWS_WITH_AS(detail::read_input_file("/dev/zero"), doctest::Contains("/dev/zero:size"), parse_error);
        l.max_input_bytes = 100000;
        set_input_limits(l);
        CHECK(detail::read_input_file(d.path / "plain.txt").size() == 100000);
        CHECK_THROWS_AS(set_input_limits(input_limits{0, 64}), invalid_input);
        CHECK_THROWS_AS(set_input_limits(input_limits{100, 0}), invalid_input);
    }

    TEST_CASE("JSON nesting is capped for networks and scenarios") {
        limits_guard g;
        const std::string deep = std::string(1000, '[') + std::string(1000, ']');
        CHECK_THROWS_WITH_AS(network_from_json(deep, "deep.json"),
                             doctest::Contains("deep.json:/0/0/0"), parse_error);
        CHECK_THROWS_WITH_AS(network_from_json(deep, "deep.json"), doctest::Contains("nesting deeper than 64"), parse_error);
        CHECK_THROWS_WITH_AS(scenario::scenario_from_json(deep, "s.json"), doctest::Contains("nesting deeper than 64"),
                             parse_error);
        // 64 levels pass the parser (and fail later on the content)
        const std::string ok = std::string(64, '[') + std::string(64, ']');
        CHECK_THROWS_WITH_AS(network_from_json(ok, "ok.json"), doctest::Contains("ok.json:/: expected a JSON object at the top level"), parse_error);
        input_limits l;
        l.max_json_depth = 2;
        set_input_limits(l);
        CHECK_THROWS_WITH_AS(network_from_json(R"({"format": "kzsec-network", "version": 1, "actors": [{"id": "A"}]})", "n.json"),
                             doctest::Contains("n.json:/actors/0: nesting deeper than 2"), parse_error);
    }

    TEST_CASE("invalid UTF-8 in JSON is located by line and column") {
        const std::string net = "{\"format\": \"kzsec-network\", \"version\": 1,\n \"actors\": [{\"id\": \"\xff\"}]}";
        CHECK_THROWS_WITH_AS(network_from_json(net, "n.json"),
                             doctest::Contains("n.json:line 2, column 21: invalid UTF-8 (byte 0xff at byte offset 62"),
                             parse_error);
        CHECK_THROWS_WITH_AS(scenario::scenario_from_json("{\"name\": \"\xc3\"}", "s.json"),
                             doctest::Contains("s.json:line 1, column 11: invalid UTF-8"), parse_error);
    }

    TEST_CASE("scenario files: syntax errors have a line and column, directories are named") {
        CHECK_THROWS_WITH_AS(scenario::scenario_from_json("{\"format\": 1,\n ,}", "s.json"),
                             doctest::Contains("s.json:line 2, column 2: invalid JSON (byte 16)"), parse_error);
        temp_dir d;
        CHECK_THROWS_WITH_AS(scenario::read_scenario(d.path), doctest::Contains("is a directory, not a file"), file_not_found);
        scenario::scenario s;
        s.name = "round trip";
        scenario::write_scenario(s, d.path / "s.json");
        CHECK(scenario::read_scenario(d.path / "s.json") == s);
    }
}
