// The one JSON record codec of the kzsec file formats (see json_records.hpp).
#include "json_records.hpp"

#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

#include "json_document.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"

namespace kzsec::detail {

// ---- json_reader --------------------------------------------------------

void json_reader::fail(const json_pointer& where, const std::string& what) const {
    const std::string at = where.to_string();
    throw parse_error::at(origin_, at.empty() ? "/" : at, what);
}

std::string json_reader::type_of(const json& v) {
    if (v.is_number_integer() || v.is_number_unsigned()) return "integer " + v.dump();
    if (v.is_number_float()) return "number " + v.dump();
    if (v.is_string()) return "string " + v.dump();
    if (v.is_boolean()) return std::string("boolean ") + (v.get<bool>() ? "true" : "false");
    if (v.is_null()) return "null";
    if (v.is_array()) return "an array";
    return "an object";
}

const json& json_reader::object(const json& v, const json_pointer& p, const char* what) const {
    if (!v.is_object()) fail(p, std::string("expected ") + what + ", got " + type_of(v));
    return v;
}

const json& json_reader::array(const json& v, const json_pointer& p) const {
    if (!v.is_array()) fail(p, "expected an array, got " + type_of(v));
    return v;
}

void json_reader::keys(const json& obj, const json_pointer& p, std::initializer_list<const char*> allowed,
                       std::initializer_list<const char*> required) const {
    object(obj, p);
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

std::string json_reader::str(const json& obj, const json_pointer& p, const char* key, std::string def) const {
    auto it = obj.find(key);
    if (it == obj.end()) return def;
    if (!it->is_string()) fail(p / key, "expected a string, got " + type_of(*it));
    return it->get<std::string>();
}

bool json_reader::boolean(const json& obj, const json_pointer& p, const char* key, bool def) const {
    auto it = obj.find(key);
    if (it == obj.end()) return def;
    if (!it->is_boolean()) fail(p / key, "expected true or false, got " + type_of(*it));
    return it->get<bool>();
}

double json_reader::number(const json& v, const json_pointer& p) const {
    if (v.is_string())
        fail(p, "expected a finite number, got " + type_of(v) + " (JSON has no NaN or infinity; write a number)");
    if (!v.is_number()) fail(p, "expected a number, got " + type_of(v));
    const double x = v.get<double>();
    if (!std::isfinite(x)) fail(p, "value " + v.dump() + " is not finite");
    return x;
}

double json_reader::number(const json& obj, const json_pointer& p, const char* key) const {
    auto it = obj.find(key);
    if (it == obj.end()) fail(p, std::string("missing required field '") + key + "'");
    return number(*it, p / key);
}

int json_reader::integer(const json& v, const json_pointer& p) const {
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

int json_reader::integer(const json& obj, const json_pointer& p, const char* key) const {
    auto it = obj.find(key);
    if (it == obj.end()) fail(p, std::string("missing required field '") + key + "'");
    return integer(*it, p / key);
}

int json_reader::year(const json& obj, const json_pointer& p, const char* key) const {
    const int y = integer(obj, p, key);
    if (y < min_year || y > max_year)
        fail(p / key, "year " + std::to_string(y) + " is outside the supported years " + std::to_string(min_year) +
                          ".." + std::to_string(max_year));
    return y;
}

year_range json_reader::years(const json& obj, const json_pointer& p) const {
    year_range y{year(obj, p, "from"), year(obj, p, "to")};
    if (y.from > y.to)
        fail(p / "to", "year range reversed (from " + std::to_string(y.from) + " > to " + std::to_string(y.to) + ")");
    return y;
}

confidence json_reader::conf(const json& obj, const json_pointer& p, confidence def) const {
    auto it = obj.find("confidence");
    if (it == obj.end()) return def;
    if (!it->is_string()) fail(p / "confidence", "expected a string, got " + type_of(*it));
    const auto s = it->get<std::string>();
    try {
        return parse_confidence(s);
    } catch (const invalid_input&) {
        fail(p / "confidence", "unknown confidence '" + s + "' (expected high, medium or low)");
    }
}

std::map<std::string, std::string> json_reader::string_map(const json& obj, const json_pointer& p,
                                                           const char* key) const {
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

// ---- readers --------------------------------------------------------------

namespace {

/// `{"1992": 0.004, ...}`: keys are years written as integers (no white
/// space), each at most once, values finite numbers.
std::map<int, double> read_capabilities(const json_reader& r, const json& c, const json_pointer& p) {
    r.object(c, p);
    std::map<int, double> out;
    for (auto kv = c.begin(); kv != c.end(); ++kv) {
        const json_pointer q = p / kv.key();
        const auto year = parse_int(kv.key());
        if (!year || kv.key() != trim(kv.key()) || kv.key().empty())
            r.fail(q, "capability key '" + kv.key() + "' is not a year");
        if (!out.emplace(*year, r.number(*kv, q)).second)
            r.fail(q, "capability year " + std::to_string(*year) + " given twice");
    }
    return out;
}

}  // namespace

actor read_actor(const json_reader& r, const json& v, const json_pointer& p) {
    r.keys(v, p, {"id", "name", "kind", "region", "landlocked", "capabilities", "attributes"}, {"id"});
    actor a;
    a.id = r.str(v, p, "id");
    if (a.id.empty()) r.fail(p / "id", "empty actor id");
    a.name = r.str(v, p, "name");
    const std::string kind = r.str(v, p, "kind", "state");
    try {
        a.kind = parse_actor_kind(kind);
    } catch (const invalid_input&) {
        r.fail(p / "kind", "unknown actor kind '" + kind + "' (expected state, organisation or non_state)");
    }
    a.region = r.str(v, p, "region");
    if (v.contains("landlocked")) a.landlocked = r.boolean(v, p, "landlocked", false);
    if (auto c = v.find("capabilities"); c != v.end()) a.capabilities = read_capabilities(r, *c, p / "capabilities");
    a.attributes = r.string_map(v, p, "attributes");
    return a;
}

relation read_relation(const json_reader& r, const json& v, const json_pointer& p) {
    r.keys(v, p,
           {"a", "b", "domain", "value", "directed", "from", "to", "confidence", "basis", "source", "section", "note"},
           {"a", "b", "domain", "value", "from", "to"});
    relation x;
    x.a = r.str(v, p, "a");
    x.b = r.str(v, p, "b");
    if (x.a == x.b) r.fail(p / "b", "relation of actor '" + x.a + "' with itself");
    x.domain = r.str(v, p, "domain");
    x.value = r.number(v, p, "value");
    if (x.value < -1.0 || x.value > 1.0)
        r.fail(p / "value", "value " + format_double(x.value) + " is outside [-1, 1]");
    x.directed = r.boolean(v, p, "directed", false);
    x.years = r.years(v, p);
    x.conf = r.conf(v, p, confidence::medium);
    x.basis = r.str(v, p, "basis");
    x.source = r.str(v, p, "source");
    x.section = r.str(v, p, "section");
    x.note = r.str(v, p, "note");
    return x;
}

membership read_membership(const json_reader& r, const json& v, const json_pointer& p, record_years years) {
    if (years == record_years::in_record)
        r.keys(v, p, {"member", "organisation", "from", "to", "status", "confidence", "source", "note"},
               {"member", "organisation", "from", "to"});
    else
        r.keys(v, p, {"member", "organisation", "status", "confidence", "source", "note"}, {"member", "organisation"});
    membership m;
    m.member = r.str(v, p, "member");
    m.organisation = r.str(v, p, "organisation");
    if (years == record_years::in_record) m.years = r.years(v, p);
    m.status = r.str(v, p, "status", "member");
    m.conf = r.conf(v, p, confidence::high);
    m.source = r.str(v, p, "source");
    m.note = r.str(v, p, "note");
    return m;
}

event read_event(const json_reader& r, const json& v, const json_pointer& p, record_years years) {
    if (years == record_years::in_record)
        r.keys(v, p,
               {"id", "year", "date", "actors", "domain", "category", "delta", "description", "confidence", "basis",
                "source", "section", "note"},
               {"year", "actors", "description"});
    else
        r.keys(v, p,
               {"id", "date", "actors", "domain", "category", "delta", "description", "confidence", "basis", "source",
                "section", "note"},
               {"actors", "description"});
    event e;
    e.id = r.str(v, p, "id");
    if (years == record_years::in_record) e.year = r.year(v, p, "year");
    e.date = r.str(v, p, "date");
    const json& acts = r.array(v.at("actors"), p / "actors");
    if (acts.empty()) r.fail(p / "actors", "an event needs at least one actor");
    for (std::size_t k = 0; k < acts.size(); ++k) {
        if (!acts[k].is_string()) r.fail(p / "actors" / k, "expected a string, got " + json_reader::type_of(acts[k]));
        e.actors.push_back(acts[k].get<std::string>());
    }
    e.domain = r.str(v, p, "domain");
    e.category = r.str(v, p, "category", "event");
    if (v.contains("delta")) e.delta = r.number(v, p, "delta");
    e.description = r.str(v, p, "description");
    e.conf = r.conf(v, p, confidence::medium);
    e.basis = r.str(v, p, "basis");
    e.source = r.str(v, p, "source");
    e.section = r.str(v, p, "section");
    e.note = r.str(v, p, "note");
    return e;
}

metric read_metric(const json_reader& r, const json& v, const json_pointer& p) {
    r.keys(v, p, {"name", "a", "b", "year", "value", "unit", "item", "confidence", "basis", "source", "note"},
           {"name", "a", "year", "value"});
    metric m;
    m.name = r.str(v, p, "name");
    if (m.name.empty()) r.fail(p / "name", "empty metric name");
    m.a = r.str(v, p, "a");
    m.b = r.str(v, p, "b");
    m.year = r.year(v, p, "year");
    m.value = r.number(v, p, "value");
    m.unit = r.str(v, p, "unit");
    m.item = r.str(v, p, "item");
    m.conf = r.conf(v, p, confidence::medium);
    m.basis = r.str(v, p, "basis");
    m.source = r.str(v, p, "source");
    m.note = r.str(v, p, "note");
    return m;
}

// ---- writers --------------------------------------------------------------

namespace {

void put_if(json& o, const char* key, const std::string& v) {
    if (!v.empty()) o[key] = v;
}

}  // namespace

json actor_to_json(const actor& a) {
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
    if (!a.attributes.empty()) o["attributes"] = a.attributes;  // a std::map: an object with the keys in order
    return o;
}

json relation_to_json(const relation& x) {
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
    return o;
}

json membership_to_json(const membership& m, record_years years) {
    json o;
    o["member"] = m.member;
    o["organisation"] = m.organisation;
    if (years == record_years::in_record) {
        o["from"] = m.years.from;
        o["to"] = m.years.to;
    }
    o["status"] = m.status;
    o["confidence"] = std::string(to_string(m.conf));
    put_if(o, "source", m.source);
    put_if(o, "note", m.note);
    return o;
}

json event_to_json(const event& e, record_years years) {
    json o;
    put_if(o, "id", e.id);
    if (years == record_years::in_record) o["year"] = e.year;
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
    return o;
}

json metric_to_json(const metric& m) {
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
    return o;
}

std::string dump_json(const json& doc, int indent, std::string_view who) {
    try {
        return doc.dump(indent < 0 ? -1 : indent, ' ', /*ensure_ascii=*/false);
    } catch (const nlohmann::json::exception& e) {
        // invalid UTF-8 in a string set directly in C++
        throw invalid_input("[kzsec] " + std::string(who) + ": " + nlohmann_reason(e.what()));
    }
}

}  // namespace kzsec::detail
