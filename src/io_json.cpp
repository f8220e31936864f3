// The kzsec network file format, version 1 (JSON): loading with full
// validation (every error names the file and the JSON pointer) and
// deterministic saving. See docs/file-format.md.
#include "kzsec/io.hpp"

#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <new>
#include <set>
#include <sstream>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_document.hpp"
#include "kzsec/detail/file_io.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"

namespace kzsec {
namespace {

using json = nlohmann::ordered_json;
using pointer = json::json_pointer;

/// Reader of one document: knows the origin and formats every error.
class reader {
public:
    explicit reader(std::string origin) : origin_(std::move(origin)) {}

    [[noreturn]] void fail(const pointer& where, const std::string& what) const {
        fail_at(where.to_string(), what);
    }
    [[noreturn]] void fail_at(const std::string& where, const std::string& what) const {
        throw parse_error("[kzsec] " + origin_ + ":" + where + ": " + what, origin_, where);
    }

    static std::string type_of(const json& v) {
        if (v.is_number_integer() || v.is_number_unsigned()) return "integer " + v.dump();
        if (v.is_number_float()) return "number " + v.dump();
        if (v.is_string()) return "string " + v.dump();
        if (v.is_boolean()) return std::string("boolean ") + (v.get<bool>() ? "true" : "false");
        if (v.is_null()) return "null";
        if (v.is_array()) return "an array";
        return "an object";
    }

    const json& object(const json& v, const pointer& p, const char* what = "an object") const {
        if (!v.is_object()) fail(p, std::string("expected ") + what + ", got " + type_of(v));
        return v;
    }
    const json& array(const json& v, const pointer& p) const {
        if (!v.is_array()) fail(p, "expected an array, got " + type_of(v));
        return v;
    }

    /// Rejects keys not in `allowed` and checks that every key in `required` is present.
    void keys(const json& obj, const pointer& p, std::initializer_list<const char*> allowed,
              std::initializer_list<const char*> required) const {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool ok = false;
            for (const char* k : allowed) ok = ok || it.key() == k;
            if (!ok) {
                std::string list;
                for (const char* k : allowed) list += (list.empty() ? "" : ", ") + std::string(k);
                fail(p / it.key(), "unknown key '" + it.key() + "' (allowed: " + list + ")");
            }
        }
        for (const char* k : required)
            if (!obj.contains(k)) fail(p, std::string("missing required field '") + k + "'");
    }

    std::string str(const json& obj, const pointer& p, const char* key, std::string def = {}) const {
        auto it = obj.find(key);
        if (it == obj.end()) return def;
        if (!it->is_string()) fail(p / key, "expected a string, got " + type_of(*it));
        return it->get<std::string>();
    }
    bool boolean(const json& obj, const pointer& p, const char* key, bool def) const {
        auto it = obj.find(key);
        if (it == obj.end()) return def;
        if (!it->is_boolean()) fail(p / key, "expected true or false, got " + type_of(*it));
        return it->get<bool>();
    }
    double number(const json& v, const pointer& p) const {
        if (v.is_string()) {
            fail(p, "expected a finite number, got " + type_of(v) +
                        " (JSON has no NaN or infinity; write a number)");
        }
        if (!v.is_number()) fail(p, "expected a number, got " + type_of(v));
        const double x = v.get<double>();
        if (!std::isfinite(x)) fail(p, "value " + v.dump() + " is not finite");
        return x;
    }
    double number(const json& obj, const pointer& p, const char* key) const { return number(obj.at(key), p / key); }
    int integer(const json& v, const pointer& p) const {
        if (v.is_number_unsigned()) {
            if (v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
                fail(p, "integer " + v.dump() + " is out of range");
            return static_cast<int>(v.get<std::uint64_t>());
        }
        if (v.is_number_integer()) {
            const auto x = v.get<std::int64_t>();
            if (x < std::numeric_limits<int>::min() || x > std::numeric_limits<int>::max())
                fail(p, "integer " + v.dump() + " is out of range");
            return static_cast<int>(x);
        }
        fail(p, "expected an integer, got " + type_of(v));
    }
    int integer(const json& obj, const pointer& p, const char* key) const { return integer(obj.at(key), p / key); }

    confidence conf(const json& obj, const pointer& p, confidence def) const {
        auto it = obj.find("confidence");
        if (it == obj.end()) return def;
        if (!it->is_string()) fail(p / "confidence", "expected a string, got " + type_of(*it));
        const auto s = it->get<std::string>();
        if (s == "high") return confidence::high;
        if (s == "medium") return confidence::medium;
        if (s == "low") return confidence::low;
        fail(p / "confidence", "unknown confidence '" + s + "' (expected high, medium or low)");
    }

    std::map<std::string, std::string> string_map(const json& obj, const pointer& p, const char* key) const {
        std::map<std::string, std::string> out;
        auto it = obj.find(key);
        if (it == obj.end()) return out;
        object(*it, p / key);
        for (auto kv = it->begin(); kv != it->end(); ++kv) {
            if (!kv->is_string()) fail(p / key / kv.key(), "expected a string, got " + type_of(*kv));
            out[kv.key()] = kv->get<std::string>();
        }
        return out;
    }

    const std::string& origin() const noexcept { return origin_; }

private:
    std::string origin_;
};

std::string range_text(const year_range& y) { return std::to_string(y.from) + "-" + std::to_string(y.to); }

network build(const json& doc, const reader& r) {
    const pointer root;
    r.object(doc, root, "a JSON object at the top level");
    r.keys(doc, root,
           {"format", "version", "metadata", "domains", "actors", "relations", "memberships", "events", "metrics"},
           {"format", "version"});
    {
        const json& f = doc.at("format");
        if (!f.is_string() || f.get<std::string>() != "kzsec-network")
            r.fail(root / "format", "expected \"kzsec-network\", got " + reader::type_of(f));
        const int v = r.integer(doc, root, "version");
        if (v != network_format_version)
            r.fail(root / "version", "unsupported version " + std::to_string(v) + " (this kzsec reads version " +
                                         std::to_string(network_format_version) + ")");
    }

    network net;
    // Re-wraps a validation error of the model as a parse error at `p`.
    auto guarded = [&](const pointer& p, auto&& fn) {
        try {
            fn();
        } catch (const parse_error&) {
            throw;
        } catch (const invalid_input& e) {
            r.fail(p, std::string(detail::strip_kzsec_prefix(e.what())));
        } catch (const unknown_actor& e) {
            r.fail(p, std::string(detail::strip_kzsec_prefix(e.what())));
        }
    };
    auto section = [&](const char* key) -> const json* {
        auto it = doc.find(key);
        if (it == doc.end()) return nullptr;
        r.array(*it, root / key);
        return &*it;
    };

    if (auto it = doc.find("metadata"); it != doc.end()) {
        const pointer p = root / "metadata";
        r.object(*it, p);
        r.keys(*it, p, {"title", "description", "citation", "license", "extra"}, {});
        net.metadata.title = r.str(*it, p, "title");
        net.metadata.description = r.str(*it, p, "description");
        net.metadata.citation = r.str(*it, p, "citation");
        net.metadata.license = r.str(*it, p, "license");
        net.metadata.extra = r.string_map(*it, p, "extra");
    }

    if (const json* arr = section("domains")) {
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const pointer p = root / "domains" / i;
            const json& o = r.object((*arr)[i], p);
            r.keys(o, p, {"id", "name", "description"}, {"id"});
            domain_info d{r.str(o, p, "id"), r.str(o, p, "name"), r.str(o, p, "description")};
            if (d.id.empty()) r.fail(p / "id", "empty domain id");
            if (auto [pos, fresh] = seen.emplace(d.id, i); !fresh)
                r.fail(p / "id", "duplicate domain id '" + d.id + "' (first at /domains/" +
                                     std::to_string(pos->second) + ")");
            guarded(p, [&] { net.set_domain(std::move(d)); });
        }
    }

    std::map<std::string, std::size_t, std::less<>> actor_at;
    if (const json* arr = section("actors")) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const pointer p = root / "actors" / i;
            const json& o = r.object((*arr)[i], p);
            r.keys(o, p, {"id", "name", "kind", "region", "landlocked", "capabilities", "attributes"}, {"id"});
            actor a;
            a.id = r.str(o, p, "id");
            if (a.id.empty()) r.fail(p / "id", "empty actor id");
            if (auto [pos, fresh] = actor_at.emplace(a.id, i); !fresh)
                r.fail(p / "id", "duplicate actor id '" + a.id + "' (first at /actors/" +
                                     std::to_string(pos->second) + ")");
            a.name = r.str(o, p, "name");
            const std::string kind = r.str(o, p, "kind", "state");
            try {
                a.kind = parse_actor_kind(kind);
            } catch (const invalid_input&) {
                r.fail(p / "kind", "unknown actor kind '" + kind + "' (expected state, organisation or non_state)");
            }
            a.region = r.str(o, p, "region");
            if (o.contains("landlocked")) a.landlocked = r.boolean(o, p, "landlocked", false);
            if (auto c = o.find("capabilities"); c != o.end()) {
                r.object(*c, p / "capabilities");
                for (auto kv = c->begin(); kv != c->end(); ++kv) {
                    const pointer q = p / "capabilities" / kv.key();
                    const auto year = detail::parse_int(kv.key());
                    if (!year || kv.key() != detail::trim(kv.key()) || kv.key().empty())
                        r.fail(q, "capability key '" + kv.key() + "' is not a year");
                    if (!a.capabilities.emplace(*year, r.number(*kv, q)).second)
                        r.fail(q, "capability year " + std::to_string(*year) + " given twice");
                }
            }
            a.attributes = r.string_map(o, p, "attributes");
            guarded(p, [&] { net.add_actor(std::move(a)); });
        }
    }

    auto known_actor = [&](const std::string& id, const pointer& p) {
        if (!actor_at.count(id)) r.fail(p, "unknown actor '" + id + "' (not in /actors)");
    };
    auto known_domain = [&](const std::string& id, const pointer& p) {
        if (!net.has_domain(id)) {
            std::string list;
            for (const auto& d : net.domains()) list += (list.empty() ? "" : ", ") + d.id;
            r.fail(p, "unknown domain '" + id + "' (known: " + list + ")");
        }
    };
    auto years = [&](const json& o, const pointer& p) {
        year_range y{r.integer(o, p, "from"), r.integer(o, p, "to")};
        for (const auto& [key, v] : {std::pair{"from", y.from}, std::pair{"to", y.to}})
            if (v < min_year || v > max_year)
                r.fail(p / key, "year " + std::to_string(v) + " is outside the supported years " +
                                    std::to_string(min_year) + ".." + std::to_string(max_year));
        if (y.from > y.to)
            r.fail(p / "to", "year range reversed (from " + std::to_string(y.from) + " > to " + std::to_string(y.to) +
                                 ")");
        return y;
    };

    if (const json* arr = section("relations")) {
        // key: (a, b, domain, directed) with a <= b for undirected ties
        std::map<std::tuple<std::string, std::string, std::string, bool>, std::vector<std::size_t>> by_pair;
        std::vector<relation> rels;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const pointer p = root / "relations" / i;
            const json& o = r.object((*arr)[i], p);
            r.keys(o, p,
                   {"a", "b", "domain", "value", "directed", "from", "to", "confidence", "basis", "source", "section",
                    "note"},
                   {"a", "b", "domain", "value", "from", "to"});
            relation x;
            x.a = r.str(o, p, "a");
            x.b = r.str(o, p, "b");
            known_actor(x.a, p / "a");
            known_actor(x.b, p / "b");
            if (x.a == x.b) r.fail(p / "b", "relation of actor '" + x.a + "' with itself");
            x.domain = r.str(o, p, "domain");
            known_domain(x.domain, p / "domain");
            x.value = r.number(o, p, "value");
            if (x.value < -1.0 || x.value > 1.0)
                r.fail(p / "value", "value " + detail::format_double(x.value) + " is outside [-1, 1]");
            x.directed = r.boolean(o, p, "directed", false);
            x.years = years(o, p);
            x.conf = r.conf(o, p, confidence::medium);
            x.basis = r.str(o, p, "basis");
            x.source = r.str(o, p, "source");
            x.section = r.str(o, p, "section");
            x.note = r.str(o, p, "note");
            auto key = x.directed || x.a < x.b ? std::make_tuple(x.a, x.b, x.domain, x.directed)
                                               : std::make_tuple(x.b, x.a, x.domain, x.directed);
            auto& prev = by_pair[key];
            for (std::size_t j : prev) {
                if (rels[j].years.overlaps(x.years))
                    r.fail(p, "overlaps /relations/" + std::to_string(j) + " (" + x.a + (x.directed ? "->" : "-") +
                                  x.b + ", " + x.domain + ", years " + range_text(x.years) + " and " +
                                  range_text(rels[j].years) + ")");
            }
            prev.push_back(rels.size());
            rels.push_back(x);
            guarded(p, [&] { net.add_relation(std::move(x)); });
        }
    }

    if (const json* arr = section("memberships")) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const pointer p = root / "memberships" / i;
            const json& o = r.object((*arr)[i], p);
            r.keys(o, p, {"member", "organisation", "from", "to", "status", "confidence", "source", "note"},
                   {"member", "organisation", "from", "to"});
            membership m;
            m.member = r.str(o, p, "member");
            m.organisation = r.str(o, p, "organisation");
            known_actor(m.member, p / "member");
            known_actor(m.organisation, p / "organisation");
            m.years = years(o, p);
            m.status = r.str(o, p, "status", "member");
            m.conf = r.conf(o, p, confidence::high);
            m.source = r.str(o, p, "source");
            m.note = r.str(o, p, "note");
            guarded(p, [&] { net.add_membership(std::move(m)); });
        }
    }

    if (const json* arr = section("events")) {
        std::map<std::string, std::size_t> ids;
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const pointer p = root / "events" / i;
            const json& o = r.object((*arr)[i], p);
            r.keys(o, p,
                   {"id", "year", "date", "actors", "domain", "category", "delta", "description", "confidence",
                    "basis", "source", "section", "note"},
                   {"year", "actors", "description"});
            event e;
            e.id = r.str(o, p, "id");
            if (!e.id.empty()) {
                if (auto [pos, fresh] = ids.emplace(e.id, i); !fresh)
                    r.fail(p / "id", "duplicate event id '" + e.id + "' (first at /events/" +
                                         std::to_string(pos->second) + ")");
            }
            e.year = r.integer(o, p, "year");
            e.date = r.str(o, p, "date");
            const json& acts = r.array(o.at("actors"), p / "actors");
            if (acts.empty()) r.fail(p / "actors", "an event needs at least one actor");
            for (std::size_t k = 0; k < acts.size(); ++k) {
                const pointer q = p / "actors" / k;
                if (!acts[k].is_string()) r.fail(q, "expected a string, got " + reader::type_of(acts[k]));
                e.actors.push_back(acts[k].get<std::string>());
                known_actor(e.actors.back(), q);
            }
            e.domain = r.str(o, p, "domain");
            if (!e.domain.empty()) known_domain(e.domain, p / "domain");
            e.category = r.str(o, p, "category", "event");
            if (o.contains("delta")) e.delta = r.number(o, p, "delta");
            e.description = r.str(o, p, "description");
            e.conf = r.conf(o, p, confidence::medium);
            e.basis = r.str(o, p, "basis");
            e.source = r.str(o, p, "source");
            e.section = r.str(o, p, "section");
            e.note = r.str(o, p, "note");
            guarded(p, [&] { net.add_event(std::move(e)); });
        }
    }

    if (const json* arr = section("metrics")) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            const pointer p = root / "metrics" / i;
            const json& o = r.object((*arr)[i], p);
            r.keys(o, p,
                   {"name", "a", "b", "year", "value", "unit", "item", "confidence", "basis", "source", "note"},
                   {"name", "a", "year", "value"});
            metric m;
            m.name = r.str(o, p, "name");
            if (m.name.empty()) r.fail(p / "name", "empty metric name");
            m.a = r.str(o, p, "a");
            known_actor(m.a, p / "a");
            m.b = r.str(o, p, "b");
            if (!m.b.empty()) known_actor(m.b, p / "b");
            m.year = r.integer(o, p, "year");
            m.value = r.number(o, p, "value");
            m.unit = r.str(o, p, "unit");
            m.item = r.str(o, p, "item");
            m.conf = r.conf(o, p, confidence::medium);
            m.basis = r.str(o, p, "basis");
            m.source = r.str(o, p, "source");
            m.note = r.str(o, p, "note");
            guarded(p, [&] { net.add_metric(std::move(m)); });
        }
    }
    return net;
}

void put_if(json& o, const char* key, const std::string& v) {
    if (!v.empty()) o[key] = v;
}

}  // namespace

network network_from_json(std::string_view text, std::string_view origin_view) {
    reader r{std::string(origin_view)};
    const json doc = detail::parse_json_document(text, std::string(origin_view));
    try {
        return build(doc, r);
    } catch (const std::bad_alloc&) {
        throw error("[kzsec] " + std::string(origin_view) + ": out of memory while building the network");
    }
}

network load_network(const std::filesystem::path& path) {
    const std::string text = read_file(path);
    return network_from_json(text, path.string());
}

std::string network_to_json(const network& net, int indent) {
    json doc;
    doc["format"] = "kzsec-network";
    doc["version"] = network_format_version;
    {
        json m = json::object();
        put_if(m, "title", net.metadata.title);
        put_if(m, "description", net.metadata.description);
        put_if(m, "citation", net.metadata.citation);
        put_if(m, "license", net.metadata.license);
        if (!net.metadata.extra.empty()) {
            json x = json::object();
            for (const auto& [k, v] : net.metadata.extra) x[k] = v;
            m["extra"] = std::move(x);
        }
        doc["metadata"] = std::move(m);
    }
    json domains = json::array();
    for (const auto& d : net.domains()) {
        json o;
        o["id"] = d.id;
        put_if(o, "name", d.name);
        put_if(o, "description", d.description);
        domains.push_back(std::move(o));
    }
    doc["domains"] = std::move(domains);
    json actors = json::array();
    for (const auto& a : net.actors()) {
        json o;
        o["id"] = a.id;
        put_if(o, "name", a.name);
        o["kind"] = std::string(to_string(a.kind));
        put_if(o, "region", a.region);
        if (a.landlocked) o["landlocked"] = *a.landlocked;
        if (!a.capabilities.empty()) {
            json c = json::object();
            for (const auto& [y, v] : a.capabilities) c[std::to_string(y)] = v;
            o["capabilities"] = std::move(c);
        }
        if (!a.attributes.empty()) {
            json c = json::object();
            for (const auto& [k, v] : a.attributes) c[k] = v;
            o["attributes"] = std::move(c);
        }
        actors.push_back(std::move(o));
    }
    doc["actors"] = std::move(actors);
    json rels = json::array();
    for (const auto& x : net.relations()) {
        json o;
        o["a"] = x.a;
        o["b"] = x.b;
        o["domain"] = x.domain;
        o["value"] = x.value;
        o["directed"] = x.directed;
        o["from"] = x.years.from;
        o["to"] = x.years.to;
        o["confidence"] = std::string(to_string(x.conf));
        put_if(o, "basis", x.basis);
        put_if(o, "source", x.source);
        put_if(o, "section", x.section);
        put_if(o, "note", x.note);
        rels.push_back(std::move(o));
    }
    doc["relations"] = std::move(rels);
    json mems = json::array();
    for (const auto& m : net.memberships()) {
        json o;
        o["member"] = m.member;
        o["organisation"] = m.organisation;
        o["from"] = m.years.from;
        o["to"] = m.years.to;
        o["status"] = m.status;
        o["confidence"] = std::string(to_string(m.conf));
        put_if(o, "source", m.source);
        put_if(o, "note", m.note);
        mems.push_back(std::move(o));
    }
    doc["memberships"] = std::move(mems);
    json evs = json::array();
    for (const auto& e : net.events()) {
        json o;
        put_if(o, "id", e.id);
        o["year"] = e.year;
        put_if(o, "date", e.date);
        o["actors"] = e.actors;
        put_if(o, "domain", e.domain);
        o["category"] = e.category;
        if (e.delta) o["delta"] = *e.delta;
        o["description"] = e.description;
        o["confidence"] = std::string(to_string(e.conf));
        put_if(o, "basis", e.basis);
        put_if(o, "source", e.source);
        put_if(o, "section", e.section);
        put_if(o, "note", e.note);
        evs.push_back(std::move(o));
    }
    doc["events"] = std::move(evs);
    json mets = json::array();
    for (const auto& m : net.metrics()) {
        json o;
        o["name"] = m.name;
        o["a"] = m.a;
        put_if(o, "b", m.b);
        o["year"] = m.year;
        o["value"] = m.value;
        put_if(o, "unit", m.unit);
        put_if(o, "item", m.item);
        o["confidence"] = std::string(to_string(m.conf));
        put_if(o, "basis", m.basis);
        put_if(o, "source", m.source);
        put_if(o, "note", m.note);
        mets.push_back(std::move(o));
    }
    doc["metrics"] = std::move(mets);
    try {
        return doc.dump(indent < 0 ? -1 : indent, ' ', /*ensure_ascii=*/false) + (indent >= 0 ? "\n" : "");
    } catch (const nlohmann::json::exception& e) {
        // invalid UTF-8 in a string, or a non-finite number set directly in C++
        throw invalid_input(std::string("[kzsec] network_to_json: ") + detail::nlohmann_reason(e.what()));
    }
}

void save_network(const network& net, const std::filesystem::path& path) {
    detail::write_file_atomic(path, network_to_json(net, 2), "save_network");
}

}  // namespace kzsec
