// The kzsec scenario file format, version 1 (docs/scenarios.md).

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "json_document.hpp"
#include "kzsec/detail/file_io.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/scenario.hpp"

namespace kzsec::scenario {

namespace {
using json = nlohmann::ordered_json;

json actor_json(const actor& a) {
    json j;
    j["id"] = a.id;
    if (!a.name.empty()) j["name"] = a.name;
    j["kind"] = std::string(to_string(a.kind));
    if (!a.region.empty()) j["region"] = a.region;
    if (a.landlocked) j["landlocked"] = *a.landlocked;
    if (!a.capabilities.empty()) {
        json c = json::object();
        for (const auto& [y, v] : a.capabilities) c[std::to_string(y)] = v;
        j["capabilities"] = c;
    }
    if (!a.attributes.empty()) j["attributes"] = a.attributes;
    return j;
}

json membership_json(const membership& m) {
    json j;
    j["member"] = m.member;
    j["organisation"] = m.organisation;
    j["status"] = m.status;
    j["confidence"] = std::string(to_string(m.conf));
    if (!m.source.empty()) j["source"] = m.source;
    if (!m.note.empty()) j["note"] = m.note;
    return j;
}

json event_json(const event& e) {
    json j;
    if (!e.id.empty()) j["id"] = e.id;
    if (!e.date.empty()) j["date"] = e.date;
    j["actors"] = e.actors;
    if (!e.domain.empty()) j["domain"] = e.domain;
    j["category"] = e.category;
    if (e.delta) j["delta"] = *e.delta;
    j["description"] = e.description;
    j["confidence"] = std::string(to_string(e.conf));
    for (const auto& [k, v] : {std::pair{"basis", &e.basis}, {"source", &e.source}, {"section", &e.section}, {"note", &e.note}})
        if (!v->empty()) j[k] = *v;
    return j;
}

/// Reader with the file name and the JSON pointer of the current object.
struct reader {
    std::string file;
    [[noreturn]] void fail(const std::string& ptr, const std::string& what) const {
        throw parse_error::at(file, ptr.empty() ? "/" : ptr, what);
    }
    void keys(const json& j, const std::string& ptr, std::initializer_list<const char*> allowed) const {
        if (!j.is_object()) fail(ptr, "expected an object");
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool ok = false;
            for (const char* k : allowed) ok = ok || it.key() == k;
            if (!ok) fail(ptr + "/" + it.key(), fmt::format("unknown key '{}'", it.key()));
        }
    }
    const json* get(const json& j, const std::string& ptr, const char* key, bool required) const {
        auto it = j.find(key);
        if (it == j.end()) {
            if (required) fail(ptr, fmt::format("missing required key '{}'", key));
            return nullptr;
        }
        return &*it;
    }
    std::string str(const json& j, const std::string& ptr, const char* key, bool required, std::string def = {}) const {
        const json* v = get(j, ptr, key, required);
        if (!v) return def;
        if (!v->is_string()) fail(ptr + "/" + key, "expected a string");
        return v->get<std::string>();
    }
    double num(const json& j, const std::string& ptr, const char* key, bool required, double def = 0.0) const {
        const json* v = get(j, ptr, key, required);
        if (!v) return def;
        if (!v->is_number()) fail(ptr + "/" + key, "expected a number");
        return v->get<double>();
    }
    int integer(const json& j, const std::string& ptr, const char* key, bool required, int def = 0) const {
        const json* v = get(j, ptr, key, required);
        if (!v) return def;
        if (!v->is_number_integer()) fail(ptr + "/" + key, "expected an integer");
        return v->get<int>();
    }
    bool boolean(const json& j, const std::string& ptr, const char* key, bool def) const {
        const json* v = get(j, ptr, key, false);
        if (!v) return def;
        if (!v->is_boolean()) fail(ptr + "/" + key, "expected true or false");
        return v->get<bool>();
    }
    confidence conf(const json& j, const std::string& ptr, const char* key, confidence def) const {
        const json* v = get(j, ptr, key, false);
        if (!v) return def;
        if (!v->is_string()) fail(ptr + "/" + key, "expected a string");
        try {
            return parse_confidence(v->get<std::string>());
        } catch (const invalid_input& e) {
            fail(ptr + "/" + key, fmt::format("unknown confidence '{}' (high, medium, low)", v->get<std::string>()));
        }
    }

    actor read_actor(const json& j, const std::string& p) const {
        keys(j, p, {"id", "name", "kind", "region", "landlocked", "capabilities", "attributes"});
        actor a;
        a.id = str(j, p, "id", true);
        a.name = str(j, p, "name", false);
        const std::string k = str(j, p, "kind", false, "state");
        try {
            a.kind = parse_actor_kind(k);
        } catch (const invalid_input&) {
            fail(p + "/kind", fmt::format("unknown actor kind '{}'", k));
        }
        a.region = str(j, p, "region", false);
        if (j.contains("landlocked")) a.landlocked = boolean(j, p, "landlocked", false);
        if (const json* c = get(j, p, "capabilities", false)) {
            if (!c->is_object()) fail(p + "/capabilities", "expected an object year -> number");
            for (auto it = c->begin(); it != c->end(); ++it) {
                const std::string q = p + "/capabilities/" + it.key();
                int y = 0;
                try {
                    std::size_t pos = 0;
                    y = std::stoi(it.key(), &pos);
                    if (pos != it.key().size()) throw std::invalid_argument("year");
                } catch (const std::exception&) {
                    fail(q, fmt::format("'{}' is not a year", it.key()));
                }
                if (!it->is_number()) fail(q, "expected a number");
                a.capabilities[y] = it->get<double>();
            }
        }
        if (const json* at = get(j, p, "attributes", false)) {
            if (!at->is_object()) fail(p + "/attributes", "expected an object of strings");
            for (auto it = at->begin(); it != at->end(); ++it) {
                if (!it->is_string()) fail(p + "/attributes/" + it.key(), "expected a string");
                a.attributes[it.key()] = it->get<std::string>();
            }
        }
        return a;
    }

    membership read_membership(const json& j, const std::string& p) const {
        keys(j, p, {"member", "organisation", "status", "confidence", "source", "note"});
        membership m;
        m.member = str(j, p, "member", true);
        m.organisation = str(j, p, "organisation", true);
        m.status = str(j, p, "status", false, "member");
        m.conf = conf(j, p, "confidence", confidence::high);
        m.source = str(j, p, "source", false);
        m.note = str(j, p, "note", false);
        return m;
    }

    event read_event(const json& j, const std::string& p) const {
        keys(j, p, {"id", "date", "actors", "domain", "category", "delta", "description", "confidence", "basis", "source",
                    "section", "note"});
        event e;
        e.id = str(j, p, "id", false);
        e.date = str(j, p, "date", false);
        const json* as = get(j, p, "actors", true);
        if (!as->is_array()) fail(p + "/actors", "expected an array of actor ids");
        for (std::size_t i = 0; i < as->size(); ++i) {
            if (!(*as)[i].is_string()) fail(fmt::format("{}/actors/{}", p, i), "expected a string");
            e.actors.push_back((*as)[i].get<std::string>());
        }
        e.domain = str(j, p, "domain", false);
        e.category = str(j, p, "category", false, "event");
        if (j.contains("delta")) e.delta = num(j, p, "delta", true);
        e.description = str(j, p, "description", true);
        e.conf = conf(j, p, "confidence", confidence::medium);
        e.basis = str(j, p, "basis", false);
        e.source = str(j, p, "source", false);
        e.section = str(j, p, "section", false);
        e.note = str(j, p, "note", false);
        return e;
    }

    edit read_edit(const json& j, const std::string& p) const {
        if (!j.is_object()) fail(p, "expected an object");
        const std::string kind = str(j, p, "kind", true);
        edit e;
        try {
            e.kind = parse_edit_kind(kind);
        } catch (const invalid_input&) {
            fail(p + "/kind", fmt::format("unknown edit kind '{}'", kind));
        }
        switch (e.kind) {
            case edit_kind::set_relation:
                keys(j, p, {"kind", "year", "until", "label", "note", "a", "b", "domain", "directed", "value", "confidence"});
                break;
            case edit_kind::change_relation:
                keys(j, p, {"kind", "year", "until", "label", "note", "a", "b", "domain", "directed", "delta"});
                break;
            case edit_kind::remove_relation:
                keys(j, p, {"kind", "year", "until", "label", "note", "a", "b", "domain", "directed"});
                break;
            case edit_kind::add_actor: keys(j, p, {"kind", "year", "label", "note", "actor"}); break;
            case edit_kind::remove_actor: keys(j, p, {"kind", "year", "until", "label", "note", "actor"}); break;
            case edit_kind::add_membership: keys(j, p, {"kind", "year", "until", "label", "note", "membership"}); break;
            case edit_kind::remove_membership:
                keys(j, p, {"kind", "year", "until", "label", "note", "member", "organisation"});
                break;
            case edit_kind::scale_domain: keys(j, p, {"kind", "year", "until", "label", "note", "domain", "factor"}); break;
            case edit_kind::apply_event: keys(j, p, {"kind", "year", "until", "label", "note", "event"}); break;
            case edit_kind::extend: keys(j, p, {"kind", "year", "until", "label", "note"}); break;
        }
        e.year = integer(j, p, "year", true);
        if (j.contains("until")) e.until = integer(j, p, "until", true);
        e.label = str(j, p, "label", false);
        e.note = str(j, p, "note", false);
        switch (e.kind) {
            case edit_kind::set_relation:
            case edit_kind::change_relation:
            case edit_kind::remove_relation:
                e.a = str(j, p, "a", true);
                e.b = str(j, p, "b", true);
                e.domain = str(j, p, "domain", true);
                e.directed = boolean(j, p, "directed", false);
                if (e.kind == edit_kind::set_relation) {
                    e.value = num(j, p, "value", true);
                    if (j.contains("confidence")) e.conf = conf(j, p, "confidence", confidence::medium);
                } else if (e.kind == edit_kind::change_relation) {
                    e.value = num(j, p, "delta", true);
                }
                break;
            case edit_kind::add_actor: {
                const json* a = get(j, p, "actor", true);
                e.new_actor = read_actor(*a, p + "/actor");
                break;
            }
            case edit_kind::remove_actor: e.a = str(j, p, "actor", true); break;
            case edit_kind::add_membership: {
                const json* m = get(j, p, "membership", true);
                e.new_membership = read_membership(*m, p + "/membership");
                break;
            }
            case edit_kind::remove_membership:
                e.a = str(j, p, "member", true);
                e.b = str(j, p, "organisation", true);
                break;
            case edit_kind::scale_domain:
                e.domain = str(j, p, "domain", true);
                e.value = num(j, p, "factor", true);
                break;
            case edit_kind::apply_event: {
                const json* ev = get(j, p, "event", true);
                e.new_event = read_event(*ev, p + "/event");
                e.new_event.year = e.year;
                break;
            }
            case edit_kind::extend: break;
        }
        return e;
    }
};

}  // namespace

std::string to_json(const scenario& s, int indent) {
    json j;
    j["format"] = "kzsec-scenario";
    j["version"] = 1;
    j["name"] = s.name;
    if (!s.description.empty()) j["description"] = s.description;
    if (s.horizon) j["horizon"] = *s.horizon;
    json edits = json::array();
    for (const auto& e : s.edits) {
        json x;
        x["kind"] = std::string(to_string(e.kind));
        x["year"] = e.year;
        if (e.until && e.kind != edit_kind::add_actor) x["until"] = *e.until;
        switch (e.kind) {
            case edit_kind::set_relation:
            case edit_kind::change_relation:
            case edit_kind::remove_relation:
                x["a"] = e.a;
                x["b"] = e.b;
                x["domain"] = e.domain;
                if (e.directed) x["directed"] = true;
                if (e.kind == edit_kind::set_relation) {
                    x["value"] = e.value;
                    if (e.conf) x["confidence"] = std::string(to_string(*e.conf));
                }
                if (e.kind == edit_kind::change_relation) x["delta"] = e.value;
                break;
            case edit_kind::add_actor: x["actor"] = actor_json(e.new_actor); break;
            case edit_kind::remove_actor: x["actor"] = e.a; break;
            case edit_kind::add_membership: x["membership"] = membership_json(e.new_membership); break;
            case edit_kind::remove_membership:
                x["member"] = e.a;
                x["organisation"] = e.b;
                break;
            case edit_kind::scale_domain:
                x["domain"] = e.domain;
                x["factor"] = e.value;
                break;
            case edit_kind::apply_event: x["event"] = event_json(e.new_event); break;
            case edit_kind::extend: break;
        }
        if (!e.label.empty()) x["label"] = e.label;
        if (!e.note.empty()) x["note"] = e.note;
        edits.push_back(std::move(x));
    }
    j["edits"] = std::move(edits);
    return j.dump(indent);
}

scenario scenario_from_json(std::string_view text, std::string_view where) {
    reader r{std::string(where)};
    const json j = detail::parse_json_document(text, r.file);
    r.keys(j, "", {"format", "version", "name", "description", "horizon", "edits"});
    if (r.str(j, "", "format", true) != "kzsec-scenario") r.fail("/format", "expected \"kzsec-scenario\"");
    if (r.integer(j, "", "version", true) != 1) r.fail("/version", "unsupported version (this library reads version 1)");
    scenario s;
    s.name = r.str(j, "", "name", true);
    s.description = r.str(j, "", "description", false);
    if (j.contains("horizon")) s.horizon = r.integer(j, "", "horizon", true);
    const json* es = r.get(j, "", "edits", true);
    if (!es->is_array()) r.fail("/edits", "expected an array");
    for (std::size_t i = 0; i < es->size(); ++i) s.edits.push_back(r.read_edit((*es)[i], fmt::format("/edits/{}", i)));
    return s;
}

scenario read_scenario(const std::filesystem::path& path) {
    return scenario_from_json(detail::read_input_file(path), path.string());
}

void write_scenario(const scenario& s, const std::filesystem::path& path) {
    detail::write_file_atomic(path, to_json(s) + "\n", "write_scenario");
}

}  // namespace kzsec::scenario
