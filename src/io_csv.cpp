// CSV input: the facts-table layout (relations, events, memberships, metrics)
// and signed edge lists (CSV/TSV/whitespace, optionally gzip), on the one
// tokenizer of the library (csv_tokenizer.hpp: RFC 4180 quoting, line numbers
// with newlines inside quoted fields counted). See docs/file-format.md.
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

#include "csv_tokenizer.hpp"
#include "kzsec/detail/file_io.hpp"
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

[[noreturn]] void fail_line(const std::string& origin, std::size_t line, const std::string& what,
                            const std::string& column = {}) {
    throw detail::line_error(origin, line, what, column);
}

/// The syntax of the facts table and of edge lists: UTF-8 required, spaces around fields
/// dropped as the tokenizer's `trim` says, blank and comment lines skipped.
detail::csv_syntax table_syntax(char delim, char comment) {
    detail::csv_syntax syntax;
    syntax.delimiter = delim;
    syntax.comment = comment;
    syntax.trim = true;
    syntax.require_utf8 = true;
    return syntax;
}

/// All the records of `text` (syntax: `table_syntax`).
std::vector<row> tokenize(std::string_view text, char delim, char comment, const std::string& origin) {
    detail::csv_tokenizer tok(text, origin, table_syntax(delim, comment));
    std::vector<row> rows;
    while (tok.next()) rows.push_back({tok.line(), std::vector<std::string>(tok.fields().begin(), tok.fields().end())});
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
        fail_line(origin, r.line, what, column.empty() ? column : "'" + column + "'");
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

/// Reads the facts table into a copy of the network, row by row: one function
/// per step (header, organisations, references, one per kind of row).
class facts_table_importer {
public:
    facts_table_importer(const network& net, std::string origin, const csv_import_options& opt)
        : t_{std::move(origin), {}}, opt_(opt), work_(net) {}

    network run(std::string_view text) {
        std::vector<row> rows = tokenize(text, ',', 0, t_.origin);
        if (rows.empty()) fail_line(t_.origin, 1, "empty file (a header row is required)");
        read_header(rows.front());
        collect_organisations(rows);
        for (std::size_t k = 1; k < rows.size(); ++k) read_row(rows[k], rows.front().fields.size());
        return std::move(work_);
    }

private:
    void read_header(const row& header) {
        static const std::set<std::string> known = {"year_from", "year_to", "actor_a",     "actor_b", "domain",
                                                    "value",     "kind",    "confidence",  "basis",   "article_ref",
                                                    "section",   "note",    "source",      "directed"};
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            const std::string name = lower(detail::trim(header.fields[i]));
            if (!known.count(name))
                fail_line(t_.origin, header.line,
                          "unknown column '" + header.fields[i] +
                              "' (known: year_from, year_to, actor_a, actor_b, domain, value, kind, "
                              "confidence, basis, article_ref|section, note, source, directed)");
            if (!t_.col.emplace(name, i).second) fail_line(t_.origin, header.line, "column '" + name + "' appears twice");
        }
        if (t_.col.count("article_ref") && t_.col.count("section"))
            fail_line(t_.origin, header.line, "columns 'article_ref' and 'section' are the same field; give one");
        if (t_.col.count("article_ref")) t_.col["section"] = t_.col["article_ref"];
        for (const char* req : {"year_from", "year_to", "actor_a", "actor_b", "domain", "value"})
            if (!t_.col.count(req)) fail_line(t_.origin, header.line, std::string("missing required column '") + req + "'");
        has_kind_ = t_.col.count("kind") != 0;
    }

    /// Actors that are the organisation of a membership row are added as organisations.
    void collect_organisations(const std::vector<row>& rows) {
        for (std::size_t k = 1; k < rows.size(); ++k) {
            const row& r = rows[k];
            if (r.fields.size() != rows.front().fields.size()) continue;  // reported by read_row
            if (has_kind_ && lower(t_.str(r, "kind")) == "membership") organisations_.insert(t_.str(r, "actor_b"));
        }
    }

    /// Runs `fn` (an `add_*` of the network) and re-wraps a validation error of
    /// the model as a parse error on the row's line.
    template <class F>
    void guarded(const row& r, F&& fn) {
        try {
            fn();
        } catch (const parse_error&) {
            throw;
        } catch (const invalid_input& e) {
            t_.fail(r, "", std::string(detail::strip_kzsec_prefix(e.what())));
        } catch (const unknown_actor& e) {
            t_.fail(r, "", std::string(detail::strip_kzsec_prefix(e.what())));
        }
    }

    std::string need_actor(const row& r, const char* column) {
        const std::string id = t_.str(r, column);
        if (id.empty()) t_.fail(r, column, "empty actor id");
        if (work_.has_actor(id)) return id;
        if (!opt_.add_missing_actors)
            t_.fail(r, column, "unknown actor '" + id + "' (not in the network; set add_missing_actors)");
        actor a;
        a.id = id;
        a.name = id;
        a.kind = organisations_.count(id) ? actor_kind::organisation : actor_kind::state;
        guarded(r, [&] { work_.add_actor(std::move(a)); });
        return id;
    }

    std::string need_domain(const row& r) {
        const std::string id = t_.str(r, "domain");
        if (id.empty()) t_.fail(r, "domain", "empty domain");
        if (work_.has_domain(id)) return id;
        if (!opt_.add_missing_domains)
            t_.fail(r, "domain", "unknown domain '" + id + "' (not in the network; set add_missing_domains)");
        guarded(r, [&] { work_.add_domain(domain_info{id, id, ""}); });
        return id;
    }

    /// The fields every kind of row has, checked.
    struct common {
        std::string kind;
        year_range years;
        double value = 0.0;
        std::string a, b, domain;
        std::string span;  ///< "years 1992-2000", or empty for one year
    };

    void read_row(const row& r, std::size_t columns) {
        if (r.fields.size() != columns)
            t_.fail(r, "", "expected " + std::to_string(columns) + " fields (as in the header), got " +
                               std::to_string(r.fields.size()));
        common c;
        c.kind = has_kind_ ? lower(t_.str(r, "kind")) : std::string("level");
        c.years = {t_.year(r, "year_from"), t_.year(r, "year_to")};
        if (c.years.from > c.years.to)
            t_.fail(r, "year_to",
                    "year range reversed (" + std::to_string(c.years.from) + " > " + std::to_string(c.years.to) + ")");
        c.value = t_.number(r, "value");
        c.a = need_actor(r, "actor_a");
        c.b = need_actor(r, "actor_b");
        c.domain = need_domain(r);
        if (c.years.from != c.years.to)
            c.span = "years " + std::to_string(c.years.from) + "-" + std::to_string(c.years.to);
        if (c.kind == "level") {
            add_level(r, c);
        } else if (c.kind == "event" || c.kind == "domestic") {
            add_event(r, c);
        } else if (c.kind == "membership") {
            add_membership(r, c);
        } else if (c.kind == "metric" || c.kind == "vote" || c.kind == "fact") {
            add_metric(r, c);
        } else {
            t_.fail(r, "kind",
                    "unknown kind '" + t_.str(r, "kind") +
                        "' (expected level, event, domestic, membership, metric, vote or fact)");
        }
    }

    void add_level(const row& r, const common& c) {
        if (c.value < -1.0 || c.value > 1.0) t_.fail(r, "value", "value " + t_.str(r, "value") + " is outside [-1, 1]");
        if (c.a == c.b) t_.fail(r, "actor_b", "relation of actor '" + c.a + "' with itself (use kind 'domestic')");
        relation x;
        x.a = c.a;
        x.b = c.b;
        x.domain = c.domain;
        x.value = c.value;
        x.directed = t_.directed(r);
        x.years = c.years;
        x.conf = t_.conf(r);
        x.basis = t_.str(r, "basis");
        x.source = t_.str(r, "source");
        x.section = t_.str(r, "section");
        x.note = t_.str(r, "note");
        guarded(r, [&] { work_.add_relation(std::move(x)); });
    }

    void add_event(const row& r, const common& c) {
        event e;
        e.year = c.years.from;
        e.actors = c.a == c.b ? std::vector<std::string>{c.a} : std::vector<std::string>{c.a, c.b};
        e.domain = c.domain;
        e.category = c.kind;
        if (c.kind == "event") e.delta = c.value;
        e.description = t_.str(r, "note");
        e.conf = t_.conf(r);
        e.basis = t_.str(r, "basis");
        e.source = t_.str(r, "source");
        e.section = t_.str(r, "section");
        append_note(e.note, c.span);
        guarded(r, [&] { work_.add_event(std::move(e)); });
    }

    void add_membership(const row& r, const common& c) {
        membership m;
        m.member = c.a;
        m.organisation = c.b;
        m.years = c.years;
        if (c.value == 1.0) {
            m.status = "member";
        } else if (c.value == 0.5) {
            m.status = "partner";
        } else {
            t_.fail(r, "value", "a membership value must be 1 (member) or 0.5 (partner), got " + t_.str(r, "value"));
        }
        m.conf = t_.conf(r);
        m.source = t_.str(r, "source");
        m.note = t_.str(r, "note");
        append_note(m.note, "domain: " + c.domain);
        if (const auto s = t_.str(r, "section"); !s.empty()) append_note(m.note, "section: " + s);
        if (const auto s = t_.str(r, "basis"); !s.empty()) append_note(m.note, "basis: " + s);
        guarded(r, [&] { work_.add_membership(std::move(m)); });
    }

    void add_metric(const row& r, const common& c) {
        metric m;
        m.name = c.kind;
        m.a = c.a;
        m.b = c.a == c.b ? std::string() : c.b;
        m.year = c.years.from;
        m.value = c.value;
        m.note = t_.str(r, "note");
        if (c.kind == "vote") {
            m.unit = "+1 yes/0 abstain/-1 no";
            if (m.note.rfind("A/", 0) == 0) m.item = m.note.substr(0, m.note.find(' '));
        } else {
            m.unit = unit_from_note(m.note);
        }
        m.conf = t_.conf(r);
        m.basis = t_.str(r, "basis");
        m.source = t_.str(r, "source");
        append_note(m.note, "domain: " + c.domain);
        if (const auto s = t_.str(r, "section"); !s.empty()) append_note(m.note, "section: " + s);
        append_note(m.note, c.span);
        guarded(r, [&] { work_.add_metric(std::move(m)); });
    }

    table_reader t_;
    const csv_import_options& opt_;
    network work_;  // all or nothing: the caller's network changes only if every row is valid
    std::set<std::string> organisations_;
    bool has_kind_ = false;
};

}  // namespace

void read_csv_table_text(network& net, std::string_view text, std::string_view origin_view,
                         const csv_import_options& opt) {
    net = facts_table_importer(net, std::string(origin_view), opt).run(text);
}

void read_csv_table(network& net, const std::filesystem::path& path, const csv_import_options& opt) {
    read_csv_table_text(net, detail::read_input_file(path), path.string(), opt);
}

// ------------------------------------------------------------------ edge lists

namespace {

/// Reads an edge list record by record, straight from the tokenizer into vertex indices: the
/// labels are interned as they first appear (the order `from_labelled_edges` gives), so no
/// table of records and no per-tie label strings are held (peak memory: the text, the labels
/// and 24 bytes per tie before the graph is built; docs/benchmarks.md, "read-memory").
class edge_list_reader {
public:
    edge_list_reader(std::string_view text, const std::string& origin, const edge_list_options& opt, char delim,
                     std::size_t need)
        : tok_(text, origin, table_syntax(delim, opt.comment)), origin_(origin), opt_(opt), need_(need) {}

    signed_graph read() {
        bool first = true;
        while (tok_.next()) {
            if (first && is_header()) {
                first = false;
                continue;
            }
            first = false;
            add_record();
        }
        try {
            const std::size_t n = labels_.size();
            return signed_graph::from_edges(edges_, n, std::move(labels_), opt_.graph);
        } catch (const invalid_input& e) {
            throw parse_error("[kzsec] " + origin_ + ": " + std::string(detail::strip_kzsec_prefix(e.what())), origin_,
                              "");
        }
    }

private:
    /// The first record is a header if asked (header = 1), or, when detecting (-1), if its weight
    /// field is not a number.
    bool is_header() const {
        if (opt_.header == 1) return true;
        if (opt_.header != -1 || opt_.weight_column < 0) return false;
        const auto& f = tok_.fields();
        return f.size() > static_cast<std::size_t>(opt_.weight_column) &&
               !detail::parse_double(f[static_cast<std::size_t>(opt_.weight_column)]);
    }

    std::size_t intern(std::string_view label) {
        auto it = index_.find(label);
        if (it != index_.end()) return it->second;
        labels_.emplace_back(label);
        index_.emplace(labels_.back(), labels_.size() - 1);
        return labels_.size() - 1;
    }

    std::string_view label(int column, const char* role) const {
        const std::string_view l = detail::trim(tok_.fields()[static_cast<std::size_t>(column)]);
        if (l.empty()) fail_line(origin_, tok_.line(), "empty label", std::to_string(column + 1) + " (" + role + ")");
        return l;
    }

    void add_record() {
        const auto& f = tok_.fields();
        const std::size_t line = tok_.line();
        if (f.size() < need_)
            fail_line(origin_, line,
                      "expected at least " + std::to_string(need_) + " columns, got " + std::to_string(f.size()));
        const std::string_view su = label(opt_.source_column, "source");
        const std::string_view sv = label(opt_.target_column, "target");
        double weight = 1.0;
        if (opt_.weight_column >= 0) {
            const std::string_view w = f[static_cast<std::size_t>(opt_.weight_column)];
            const auto v = detail::parse_double(w);
            if (!v)
                fail_line(origin_, line, "'" + std::string(detail::trim(w)) + "' is not a finite number",
                          std::to_string(opt_.weight_column + 1) + " (weight)");
            weight = *v;
        }
        if (su == sv && opt_.graph.self_loops == self_loop_policy::error)
            fail_line(origin_, line,
                      "self-loop on '" + std::string(su) + "' (self_loops='error'; use 'drop' to skip them)");
        const std::size_t u = intern(su), v = intern(sv);
        if (opt_.graph.symmetrize == symmetrize_rule::error && u != v) {
            // with directed input, u->v and v->u are two ties of one pair as well
            auto [it, fresh] = first_line_.emplace(std::minmax(u, v), line);
            if (!fresh)
                fail_line(origin_, line,
                          "second tie between '" + std::string(su) + "' and '" + std::string(sv) + "' (first at line " +
                              std::to_string(it->second) + "; symmetrize='error')");
        }
        edges_.push_back({u, v, weight});
    }

    /// Transparent hashing: look a label up by its view into the text, without a string.
    struct view_hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };

    detail::csv_tokenizer tok_;
    const std::string& origin_;
    const edge_list_options& opt_;
    std::size_t need_;
    std::vector<std::string> labels_;
    std::unordered_map<std::string, std::size_t, view_hash, std::equal_to<>> index_;
    std::vector<weighted_edge> edges_;
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> first_line_;  // only for symmetrize=error
};

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
    if (delim == 0) delim = detail::detect_delimiter(body, opt.comment);
    const bool whitespace = delim == ' ';
    const std::size_t need =
        static_cast<std::size_t>(std::max({opt.source_column, opt.target_column, opt.weight_column})) + 1;
    return edge_list_reader(text, origin, opt, whitespace ? ' ' : delim, need).read();
}

signed_graph read_edge_list(const std::filesystem::path& path, const edge_list_options& opt) {
    return read_edge_list_text(detail::read_input_file(path), path.string(), opt);
}

}  // namespace kzsec
