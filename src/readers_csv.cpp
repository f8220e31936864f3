// CSV tables with a header, all fields as text (see include/kzsec/detail/csv_reader.hpp),
// on the one tokenizer (csv_tokenizer.hpp).
#include "csv_tokenizer.hpp"
#include "kzsec/detail/csv_reader.hpp"
#include "kzsec/detail/file_io.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"

namespace kzsec::detail {

int csv_table::column(std::string_view name) const noexcept {
    for (std::size_t c = 0; c < header.size(); ++c)
        if (header[c] == name) return static_cast<int>(c);
    return -1;
}

int csv_table::require_column(std::string_view name) const {
    const int c = column(name);
    if (c < 0) throw line_error(origin, header_line, "missing column '" + std::string(name) + "'");
    return c;
}

void csv_table::fail(std::size_t row, std::string_view column_name, std::string_view what) const {
    const std::size_t line = row < lines.size() ? lines[row] : 0;
    throw line_error(origin, line, std::string(what), "'" + std::string(column_name) + "'");
}

csv_table parse_csv(std::string_view text, std::string_view origin) {
    csv_syntax syntax;
    syntax.trim = true;
    csv_tokenizer tok(text, std::string(origin), syntax);
    csv_table t;
    t.origin = std::string(origin);
    if (!tok.next()) throw line_error(t.origin, 1, "empty file (a header row is required)");
    for (const auto f : tok.fields()) t.header.emplace_back(trim(f));
    t.header_line = tok.line();
    while (tok.next()) {
        const auto& fields = tok.fields();
        if (fields.size() != t.header.size())
            throw tok.error("expected " + std::to_string(t.header.size()) + " fields, got " + std::to_string(fields.size()));
        std::vector<std::string> row;
        row.reserve(fields.size());
        for (const auto f : fields) row.emplace_back(trim(f));
        t.rows.push_back(std::move(row));
        t.lines.push_back(tok.line());
    }
    return t;
}

csv_table read_csv_file(const std::filesystem::path& path) {
    return parse_csv(read_input_file(path), path.string());
}

}  // namespace kzsec::detail
