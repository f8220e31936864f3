// CSV input: the facts-table layout (relations, events, memberships, metrics)
// and signed edge lists (CSV/TSV/whitespace, optionally gzip). libcsv is the
// RFC 4180 tokenizer; line numbers are tracked here (newlines inside quoted
// fields count). See docs/file-format.md.
#include "kzsec/io.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <utility>
#include <vector>

#include <csv.h>

#include "kzsec/detail/io_support.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

namespace {

// ------------------------------------------------------------------ tokenizer

/// One record of a delimited file, with the 1-based line where it starts.
struct row {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

[[noreturn]] void fail_line(const std::string& origin, std::size_t line, const std::string& what) {
    const std::string where = std::to_string(line);
    throw parse_error("[kzsec] " + origin + ":" + where + ": " + what, origin, where);
}

bool blank(std::string_view line) { return detail::trim(line).empty(); }
bool is_comment(std::string_view line, char comment) {
    line = detail::trim(line);
    return comment != 0 && !line.empty() && (line.front() == comment || line.front() == '%');
}

/// Splits `text` into records. `delim` ' ' means runs of white space (no
/// quoting); any other delimiter uses libcsv in strict mode (RFC 4180 quoting).
/// Blank lines and, if `comment` is not 0, lines whose first non-blank
/// character is `comment` or '%', are skipped (only between records).
std::vector<row> tokenize(std::string_view text, char delim, char comment, const std::string& origin) {
    std::vector<row> rows;
    if (auto bad = detail::find_invalid_utf8(text); bad != std::string_view::npos)
        fail_line(origin, detail::line_column(text, bad).first, "invalid UTF-8 (byte " + std::to_string(bad) + ")");
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM

    std::size_t lineno = 0;
    if (delim == ' ') {
        std::size_t pos = 0;
        while (pos < text.size()) {
            ++lineno;
            std::size_t nl = text.find('\n', pos);
            std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
            pos = nl == std::string_view::npos ? text.size() : nl + 1;
            if (blank(line) || is_comment(line, comment)) continue;
            row r{lineno, {}};
            std::size_t i = 0;
            while (i < line.size()) {
                while (i < line.size() && detail::is_space(line[i])) ++i;
                std::size_t j = i;
                while (j < line.size() && !detail::is_space(line[j])) ++j;
                if (j > i) r.fields.emplace_back(line.substr(i, j - i));
                i = j;
            }
            rows.push_back(std::move(r));
        }
        return rows;
    }

    struct state {
        std::vector<row>* rows;
        row current;
        bool pending = true;  // between records
        std::size_t line = 0;
    } st{&rows, {}, true, 0};
    csv_parser p{};
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) throw error("[kzsec] csv_init failed");
    struct guard {
        csv_parser* p;
        ~guard() { csv_free(p); }
    } g{&p};
    csv_set_delim(&p, static_cast<unsigned char>(delim));
    if (delim == '\t') {
        csv_set_space_func(&p, [](unsigned char c) -> int { return c == ' '; });
    }
    auto on_field = [](void* s, std::size_t len, void* data) {
        auto* st = static_cast<state*>(data);
        if (st->pending) {  // a record that started after a bare '\r' terminator
            st->current.line = st->line;
            st->pending = false;
        }
        st->current.fields.emplace_back(len ? static_cast<const char*>(s) : "", len);
    };
    auto on_row = [](int, void* data) {
        auto* st = static_cast<state*>(data);
        if (st->pending) {  // empty record
            st->current.line = st->line;
        }
        st->rows->push_back(std::move(st->current));
        st->current = row{};
        st->pending = true;
    };
    std::size_t pos = 0;
    std::size_t open_line = 0;
    while (pos < text.size()) {
        ++lineno;
        st.line = lineno;
        std::size_t nl = text.find('\n', pos);
        std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        std::string_view line = text.substr(pos, end - pos);
        pos = end;
        if (st.pending) {
            if (blank(line) || is_comment(line, comment)) continue;
            st.current.line = lineno;
            st.pending = false;
            open_line = lineno;
        }
        if (csv_parse(&p, line.data(), line.size(), on_field, on_row, &st) != line.size())
            fail_line(origin, lineno, std::string("malformed CSV: ") + csv_strerror(csv_error(&p)) +
                                          " (a quote inside an unquoted field, or text after a closing quote)");
        if (!st.pending) open_line = st.current.line;
    }
    if (csv_fini(&p, on_field, on_row, &st) != 0)
        fail_line(origin, open_line, "malformed CSV: quoted field not closed before the end of the file");
    return rows;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

// ------------------------------------------------------------ facts-table CSV

struct table_reader {
    std::string origin;
    std::map<std::string, std::size_t> col;  // column name -> index

    const std::string* get(const row& r, const char* name) const {
        auto it = col.find(name);
        return it == col.end() ? nullptr : &r.fields[it->second];
    }
    std::string str(const row& r, const char* name) const {
        const std::string* s = get(r, name);
        std::string out = s ? std::string(detail::trim(*s)) : std::string();
        // the facts table writes '-' for "not from the article"
        if (out == "-" && std::string_view(name) == "section") out.clear();
        return out;
    }
    [[noreturn]] void fail(const row& r, const std::string& column, const std::string& what) const {
        fail_line(origin, r.line, column.empty() ? what : "column '" + column + "': " + what);
    }
    double number(const row& r, const char* name) const {
        const std::string s = str(r, name);
        if (s.empty()) fail(r, name, "empty (a number is required)");
        auto v = detail::parse_double(s);
        if (!v) fail(r, name, "'" + s + "' is not a number");
        return *v;
    }
    int year(const row& r, const char* name) const {
        const std::string s = str(r, name);
        if (s.empty()) fail(r, name, "empty (a year is required)");
        auto v = detail::parse_int(s);
        if (!v) fail(r, name, "'" + s + "' is not a year (an integer)");
        return *v;
    }
    confidence conf(const row& r) const {
        const std::string s = lower(str(r, "confidence"));
        if (s.empty()) return confidence::medium;
        if (s == "high") return confidence::high;
        if (s == "medium") return confidence::medium;
        if (s == "low") return confidence::low;
        fail(r, "confidence", "unknown confidence '" + str(r, "confidence") + "' (expected high, medium or low)");
    }
    bool directed(const row& r) const {
        const std::string s = lower(str(r, "directed"));
        if (s.empty() || s == "false" || s == "0" || s == "no") return false;
        if (s == "true" || s == "1" || s == "yes") return true;
        fail(r, "directed", "'" + str(r, "directed") + "' is not a boolean (true/false, 1/0, yes/no)");
    }
};

/// The first part of a note that names a unit: up to " (", ";", " |" or ",".
std::string unit_from_note(std::string_view note) {
    std::size_t cut = note.size();
    for (std::string_view stop : {std::string_view(" ("), std::string_view(";"), std::string_view(" |"),
                                  std::string_view(",")}) {
        cut = std::min(cut, note.find(stop));
    }
    return std::string(detail::trim(note.substr(0, cut)));
}

void append_note(std::string& note, const std::string& extra) {
    if (extra.empty()) return;
    note += note.empty() ? "[" + extra + "]" : " [" + extra + "]";
}

}  // namespace

void read_csv_table_text(network& net, std::string_view text, std::string_view origin_view,
                         const csv_import_options& opt) {
    const std::string origin(origin_view);
    std::vector<row> rows = tokenize(text, ',', 0, origin);
    if (rows.empty()) fail_line(origin, 1, "empty file (a header row is required)");

    table_reader t{origin, {}};
    static const std::set<std::string> known = {"year_from", "year_to", "actor_a",     "actor_b", "domain",
                                                "value",     "kind",    "confidence",  "basis",   "article_ref",
                                                "section",   "note",    "source",      "directed"};
    const row& header = rows.front();
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string name = lower(detail::trim(header.fields[i]));
        if (!known.count(name))
            fail_line(origin, header.line, "unknown column '" + header.fields[i] +
                                                "' (known: year_from, year_to, actor_a, actor_b, domain, value, kind, "
                                                "confidence, basis, article_ref|section, note, source, directed)");
        if (!t.col.emplace(name, i).second) fail_line(origin, header.line, "column '" + name + "' appears twice");
    }
    if (t.col.count("article_ref") && t.col.count("section"))
        fail_line(origin, header.line, "columns 'article_ref' and 'section' are the same field; give one");
    if (t.col.count("article_ref")) t.col["section"] = t.col["article_ref"];
    for (const char* req : {"year_from", "year_to", "actor_a", "actor_b", "domain", "value"})
        if (!t.col.count(req)) fail_line(origin, header.line, std::string("missing required column '") + req + "'");
    const bool has_kind = t.col.count("kind") != 0;

    // Actors that are the organisation of a membership row are added as organisations.
    std::set<std::string> organisations;
    for (std::size_t k = 1; k < rows.size(); ++k) {
        const row& r = rows[k];
        if (r.fields.size() != header.fields.size()) continue;  // reported below
        if (has_kind && lower(t.str(r, "kind")) == "membership") organisations.insert(t.str(r, "actor_b"));
    }

    network work = net;  // all or nothing: `net` changes only if every row is valid
    auto guarded = [&](const row& r, auto&& fn) {
        try {
            fn();
        } catch (const parse_error&) {
            throw;
        } catch (const invalid_input& e) {
            t.fail(r, "", std::string(detail::strip_kzsec_prefix(e.what())));
        } catch (const unknown_actor& e) {
            t.fail(r, "", std::string(detail::strip_kzsec_prefix(e.what())));
        }
    };
    auto need_actor = [&](const row& r, const char* column) {
        const std::string id = t.str(r, column);
        if (id.empty()) t.fail(r, column, "empty actor id");
        if (work.has_actor(id)) return id;
        if (!opt.add_missing_actors)
            t.fail(r, column, "unknown actor '" + id + "' (not in the network; set add_missing_actors)");
        actor a;
        a.id = id;
        a.name = id;
        a.kind = organisations.count(id) ? actor_kind::organisation : actor_kind::state;
        guarded(r, [&] { work.add_actor(std::move(a)); });
        return id;
    };
    auto need_domain = [&](const row& r) {
        const std::string id = t.str(r, "domain");
        if (id.empty()) t.fail(r, "domain", "empty domain");
        if (work.has_domain(id)) return id;
        if (!opt.add_missing_domains)
            t.fail(r, "domain", "unknown domain '" + id + "' (not in the network; set add_missing_domains)");
        guarded(r, [&] { work.add_domain(domain_info{id, id, ""}); });
        return id;
    };

    for (std::size_t k = 1; k < rows.size(); ++k) {
        const row& r = rows[k];
        if (r.fields.size() != header.fields.size())
            t.fail(r, "", "expected " + std::to_string(header.fields.size()) + " fields (as in the header), got " +
                              std::to_string(r.fields.size()));
        const std::string kind = has_kind ? lower(t.str(r, "kind")) : std::string("level");
        const year_range years{t.year(r, "year_from"), t.year(r, "year_to")};
        if (years.from > years.to)
            t.fail(r, "year_to",
                   "year range reversed (" + std::to_string(years.from) + " > " + std::to_string(years.to) + ")");
        const double value = t.number(r, "value");
        const std::string a = need_actor(r, "actor_a");
        const std::string b = need_actor(r, "actor_b");
        const std::string domain = need_domain(r);
        const std::string span =
            years.from == years.to ? "" : "years " + std::to_string(years.from) + "-" + std::to_string(years.to);

        if (kind == "level") {
            if (value < -1.0 || value > 1.0)
                t.fail(r, "value", "value " + t.str(r, "value") + " is outside [-1, 1]");
            if (a == b) t.fail(r, "actor_b", "relation of actor '" + a + "' with itself (use kind 'domestic')");
            relation x;
            x.a = a;
            x.b = b;
            x.domain = domain;
            x.value = value;
            x.directed = t.directed(r);
            x.years = years;
            x.conf = t.conf(r);
            x.basis = t.str(r, "basis");
            x.source = t.str(r, "source");
            x.section = t.str(r, "section");
            x.note = t.str(r, "note");
            guarded(r, [&] { work.add_relation(std::move(x)); });
        } else if (kind == "event" || kind == "domestic") {
            event e;
            e.year = years.from;
            e.actors = a == b ? std::vector<std::string>{a} : std::vector<std::string>{a, b};
            e.domain = domain;
            e.category = kind;
            if (kind == "event") e.delta = value;
            e.description = t.str(r, "note");
            e.conf = t.conf(r);
            e.basis = t.str(r, "basis");
            e.source = t.str(r, "source");
            e.section = t.str(r, "section");
            append_note(e.note, span);
            guarded(r, [&] { work.add_event(std::move(e)); });
        } else if (kind == "membership") {
            membership m;
            m.member = a;
            m.organisation = b;
            m.years = years;
            if (value == 1.0) {
                m.status = "member";
            } else if (value == 0.5) {
                m.status = "partner";
            } else {
                t.fail(r, "value", "a membership value must be 1 (member) or 0.5 (partner), got " + t.str(r, "value"));
            }
            m.conf = t.conf(r);
            m.source = t.str(r, "source");
            m.note = t.str(r, "note");
            append_note(m.note, "domain: " + domain);
            if (const auto s = t.str(r, "section"); !s.empty()) append_note(m.note, "section: " + s);
            if (const auto s = t.str(r, "basis"); !s.empty()) append_note(m.note, "basis: " + s);
            guarded(r, [&] { work.add_membership(std::move(m)); });
        } else if (kind == "metric" || kind == "vote" || kind == "fact") {
            metric m;
            m.name = kind;
            m.a = a;
            m.b = a == b ? std::string() : b;
            m.year = years.from;
            m.value = value;
            m.note = t.str(r, "note");
            if (kind == "vote") {
                m.unit = "+1 yes/0 abstain/-1 no";
                if (m.note.rfind("A/", 0) == 0) m.item = m.note.substr(0, m.note.find(' '));
            } else {
                m.unit = unit_from_note(m.note);
            }
            m.conf = t.conf(r);
            m.basis = t.str(r, "basis");
            m.source = t.str(r, "source");
            append_note(m.note, "domain: " + domain);
            if (const auto s = t.str(r, "section"); !s.empty()) append_note(m.note, "section: " + s);
            append_note(m.note, span);
            guarded(r, [&] { work.add_metric(std::move(m)); });
        } else {
            t.fail(r, "kind",
                   "unknown kind '" + t.str(r, "kind") +
                       "' (expected level, event, domestic, membership, metric, vote or fact)");
        }
    }
    net = std::move(work);
}

void read_csv_table(network& net, const std::filesystem::path& path, const csv_import_options& opt) {
    const std::string text = read_file(path);
    read_csv_table_text(net, text, path.string(), opt);
}

// ------------------------------------------------------------------ edge lists

namespace {

/// The delimiter of an edge list: tab if the first record has a tab outside quotes, else a
/// comma if it has one outside quotes, else white space. The first record starts at the
/// first line that is neither blank nor a comment and runs to the first newline outside
/// double quotes (RFC 4180), so a quoted first field with a line break in it is one record.
char detect_delimiter(std::string_view text, char comment) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        if (blank(line) || is_comment(line, comment)) {
            pos = nl == std::string_view::npos ? text.size() : nl + 1;
            continue;
        }
        bool quoted = false, comma = false;
        for (std::size_t i = pos; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') quoted = !quoted;  // "" inside quotes toggles twice: still quoted
            else if (quoted) continue;
            else if (c == '\t') return '\t';
            else if (c == ',') comma = true;
            else if (c == '\n') break;
        }
        return comma ? ',' : ' ';
    }
    return ',';
}

}  // namespace

signed_graph read_edge_list_text(std::string_view text, std::string_view origin_view, const edge_list_options& opt) {
    const std::string origin(origin_view);
    auto fail_opt = [&](const std::string& what) {
        throw invalid_input("[kzsec] read_edge_list: " + what);
    };
    if (opt.source_column < 0 || opt.target_column < 0 || opt.weight_column < -1)
        fail_opt("column indices must be >= 0 (weight_column may be -1)");
    if (opt.source_column == opt.target_column) fail_opt("source_column and target_column are the same");
    if (opt.weight_column >= 0 && (opt.weight_column == opt.source_column || opt.weight_column == opt.target_column))
        fail_opt("weight_column is also a label column");
    if (opt.header < -1 || opt.header > 1) fail_opt("header must be -1 (detect), 0 or 1");
    if (opt.delimiter == '"' || opt.delimiter == '\n' || opt.delimiter == '\r' || opt.delimiter == opt.comment)
        fail_opt("invalid delimiter");

    std::string_view body = text;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    char delim = opt.delimiter;
    if (delim == 0) delim = detect_delimiter(body, opt.comment);
    const bool whitespace = delim == ' ';
    std::vector<row> rows = tokenize(text, whitespace ? ' ' : delim, opt.comment, origin);

    const std::size_t need =
        static_cast<std::size_t>(std::max({opt.source_column, opt.target_column, opt.weight_column})) + 1;
    std::size_t first = 0;
    if (!rows.empty()) {
        bool header = opt.header == 1;
        if (opt.header == -1 && opt.weight_column >= 0) {
            const row& r0 = rows.front();
            header = r0.fields.size() > static_cast<std::size_t>(opt.weight_column) &&
                     !detail::parse_double(r0.fields[static_cast<std::size_t>(opt.weight_column)]);
        }
        if (header) first = 1;
    }

    std::vector<labelled_edge> edges;
    edges.reserve(rows.size());
    std::map<std::pair<std::string, std::string>, std::size_t> first_line;  // only for symmetrize=error
    const bool check_dupes = opt.graph.symmetrize == symmetrize_rule::error;
    for (std::size_t k = first; k < rows.size(); ++k) {
        const row& r = rows[k];
        if (r.fields.size() < need)
            fail_line(origin, r.line, "expected at least " + std::to_string(need) + " columns, got " +
                                          std::to_string(r.fields.size()));
        labelled_edge e;
        e.u = std::string(detail::trim(r.fields[static_cast<std::size_t>(opt.source_column)]));
        e.v = std::string(detail::trim(r.fields[static_cast<std::size_t>(opt.target_column)]));
        if (e.u.empty()) fail_line(origin, r.line, "column " + std::to_string(opt.source_column + 1) + " (source): empty label");
        if (e.v.empty()) fail_line(origin, r.line, "column " + std::to_string(opt.target_column + 1) + " (target): empty label");
        if (opt.weight_column >= 0) {
            const std::string& w = r.fields[static_cast<std::size_t>(opt.weight_column)];
            auto v = detail::parse_double(w);
            if (!v)
                fail_line(origin, r.line, "column " + std::to_string(opt.weight_column + 1) + " (weight): '" +
                                              std::string(detail::trim(w)) + "' is not a finite number");
            e.weight = *v;
        } else {
            e.weight = 1.0;
        }
        if (e.u == e.v && opt.graph.self_loops == self_loop_policy::error)
            fail_line(origin, r.line, "self-loop on '" + e.u + "' (self_loops='error'; use 'drop' to skip them)");
        if (check_dupes && e.u != e.v) {
            auto key = opt.graph.directed || e.u < e.v ? std::make_pair(e.u, e.v) : std::make_pair(e.v, e.u);
            // with directed input, u->v and v->u are two ties of one pair as well
            if (opt.graph.directed && key.first > key.second) std::swap(key.first, key.second);
            auto [it, fresh] = first_line.emplace(key, r.line);
            if (!fresh)
                fail_line(origin, r.line, "second tie between '" + e.u + "' and '" + e.v + "' (first at line " +
                                              std::to_string(it->second) + "; symmetrize='error')");
        }
        edges.push_back(std::move(e));
    }
    try {
        return signed_graph::from_labelled_edges(edges, opt.graph);
    } catch (const invalid_input& e) {
        throw parse_error("[kzsec] " + origin + ": " + std::string(detail::strip_kzsec_prefix(e.what())), origin, "");
    }
}

signed_graph read_edge_list(const std::filesystem::path& path, const edge_list_options& opt) {
    const std::string text = read_file(path);
    return read_edge_list_text(text, path.string(), opt);
}

}  // namespace kzsec
