// A small CSV table reader on top of libcsv (see include/kzsec/detail/csv_reader.hpp).
#include <csv.h>

#include <fstream>
#include <sstream>

#include "kzsec/detail/csv_reader.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/io.hpp"

namespace kzsec::detail {

namespace {

struct parse_state {
    std::vector<std::string> fields;
    std::vector<std::vector<std::string>> records;
    std::vector<std::size_t> record_lines;
    std::size_t line = 1;        // line being fed to the parser
    std::size_t row_start = 0;   // line of the first field of the current record (0 = none yet)
};

void on_field(void* data, std::size_t len, void* user) {
    auto* st = static_cast<parse_state*>(user);
    if (st->fields.empty() && st->row_start == 0) st->row_start = st->line;
    st->fields.emplace_back(std::string(trim(std::string_view(static_cast<const char*>(data), len))));
}

void on_record(int, void* user) {
    auto* st = static_cast<parse_state*>(user);
    st->records.push_back(std::move(st->fields));
    st->record_lines.push_back(st->row_start ? st->row_start : st->line);
    st->fields.clear();
    st->row_start = 0;
}

}  // namespace

int csv_table::column(std::string_view name) const noexcept {
    for (std::size_t c = 0; c < header.size(); ++c)
        if (header[c] == name) return static_cast<int>(c);
    return -1;
}

int csv_table::require_column(std::string_view name) const {
    const int c = column(name);
    if (c < 0)
        throw parse_error("[kzsec] " + origin + ":1: missing column '" + std::string(name) + "'", origin, "line 1");
    return c;
}

void csv_table::fail(std::size_t row, std::string_view column_name, std::string_view what) const {
    const std::size_t line = row < lines.size() ? lines[row] : 0;
    const std::string loc = "line " + std::to_string(line) + ", column '" + std::string(column_name) + "'";
    throw parse_error("[kzsec] " + origin + ":" + std::to_string(line) + ": column '" + std::string(column_name) +
                          "': " + std::string(what),
                      origin, loc);
}

csv_table parse_csv(std::string_view text, std::string_view origin) {
    csv_parser p{};
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw error("[kzsec] " + std::string(origin) + ": could not initialise the CSV parser");
    parse_state st;
    std::size_t pos = 0;
    auto fail_parse = [&](std::size_t line) {
        const std::string msg = csv_strerror(csv_error(&p));
        csv_free(&p);
        throw parse_error("[kzsec] " + std::string(origin) + ":" + std::to_string(line) + ": " + msg,
                          std::string(origin), "line " + std::to_string(line));
    };
    // Feed one physical line at a time so callbacks know the line number.
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        end = end == std::string_view::npos ? text.size() : end + 1;
        const std::size_t len = end - pos;
        if (csv_parse(&p, text.data() + pos, len, on_field, on_record, &st) != len) fail_parse(st.line);
        pos = end;
        ++st.line;
    }
    if (csv_fini(&p, on_field, on_record, &st) != 0) fail_parse(st.line > 1 ? st.line - 1 : 1);
    csv_free(&p);

    csv_table t;
    t.origin = std::string(origin);
    if (st.records.empty())
        throw parse_error("[kzsec] " + t.origin + ":1: empty file (a header row is required)", t.origin, "line 1");
    t.header = std::move(st.records.front());
    for (std::size_t r = 1; r < st.records.size(); ++r) {
        auto& rec = st.records[r];
        // A lone empty field is a blank line that libcsv reported as a record.
        if (rec.size() == 1 && rec[0].empty() && t.header.size() != 1) continue;
        if (rec.size() != t.header.size())
            throw parse_error("[kzsec] " + t.origin + ":" + std::to_string(st.record_lines[r]) + ": expected " +
                                  std::to_string(t.header.size()) + " fields, got " + std::to_string(rec.size()),
                              t.origin, "line " + std::to_string(st.record_lines[r]));
        t.rows.push_back(std::move(rec));
        t.lines.push_back(st.record_lines[r]);
    }
    return t;
}

csv_table read_csv_file(const std::filesystem::path& path) {
    // kzsec::read_file decompresses gzip (by its magic bytes), like every other reader.
    return parse_csv(kzsec::read_file(path), path.string());
}

}  // namespace kzsec::detail
