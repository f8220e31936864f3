// The registry of indicators of evaluate, compare and monte_carlo (see include/kzsec/scenario.hpp).
#include <string>
#include <vector>

#include "kzsec/detail/suggest.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/scenario.hpp"

namespace kzsec::scenario {

namespace {

template <class Table>
std::vector<std::string> names_of(const Table& table) {
    std::vector<std::string> out;
    for (auto n : table.names()) out.emplace_back(n);
    return out;
}

indicator_info numeric(std::string name, double lower, double upper, std::string cells, std::string doc,
                       indicator_bound bound = indicator_bound::fixed) {
    indicator_info i;
    i.name = std::move(name);
    i.lower = lower;
    i.upper = upper;
    i.bound = bound;
    i.cells = std::move(cells);
    i.doc = std::move(doc);
    return i;
}

indicator_info categorical(std::string name, std::vector<std::string> categories, std::string cells, std::string doc) {
    indicator_info i;
    i.name = std::move(name);
    i.numeric = false;
    i.lower = i.upper = 0.0;
    i.categories = std::move(categories);
    i.cells = std::move(cells);
    i.doc = std::move(doc);
    return i;
}

std::vector<indicator_info> make_registry() {
    const std::string row = "each domain and the aggregate";
    std::vector<std::string> stances = names_of(hedging::kuik_position_table);
    stances.emplace_back("no_data");
    indicator_info band = numeric("tilt_band", -3.0, 3.0, row, "the tilt band, -3 (strong_other) .. 3 (strong_reference)");
    band.categories = names_of(hedging::tilt_band_table);
    return {
        numeric("affinity", -1.0, 1.0, row + ", one cell per rival (actor)", "the focal actor's affinity to the rival"),
        numeric("tilt", -2.0, 2.0, row, "t = a_ref - a_alt: affinity to the reference power minus the largest other affinity"),
        numeric("tilt_normalised", -1.0, 1.0, row, "t / (|a_ref| + |a_alt|), 0 if both are 0"),
        numeric("dispersion", 0.0, 2.0, row, "max_i a_i - min_i a_i"),
        numeric("equidistance", 0.0, 1.0, row, "E = 1 - dispersion / 2"),
        numeric("hedging", 0.0, 1.0, row, "H = E if every affinity is positive, else 0"),
        numeric("entropy", 0.0, 1.0, row, "normalised Shannon entropy of the positive affinities"),
        std::move(band),
        numeric("spread", 0.0, 4.0, "the aggregate", "max_d t_d - min_d t_d over the included domains (issue splitting)"),
        numeric("cross_pressure", 0.0, 1.0, "the aggregate", "sum over triads (focal+a, focal+b, a-b) of |w_ab| min(w_fa, w_fb) (hedging::cross_pressure_result)",
                indicator_bound::year_relations),
        numeric("triangle_index", 0.0, 1.0, "the balance domain", "share of balanced triangles of the snapshot"),
        numeric("frustration", 0.0, 1.0, "the balance domain", "frustration index L of the snapshot (ties, or |w| if weighted)",
                indicator_bound::domain_relations),
        numeric("frustration_normalised", -1.0, 1.0, "the balance domain", "F = 1 - 2L / M (Aref & Wilson; 1 = balanced)"),
        categorical("split", {"false", "true"}, "the aggregate", "domains lean to different powers (issue splitting)"),
        categorical("strategy", names_of(hedging::strategy_table), "the aggregate", "the primary strategy of the strategy classification (hedging::strategy_result)"),
        categorical("stance", std::move(stances), "the aggregate, one cell per rival (actor)",
                    "the stance toward the rival on Kuik's spectrum"),
        categorical("coalition", {"with", "against", "apart"}, "the balance domain, one cell per actor",
                    "the actor's side of the focal actor in the frustration partition (apart: other component)"),
    };
}

}  // namespace

const std::vector<indicator_info>& indicators() {
    static const std::vector<indicator_info> registry = make_registry();
    return registry;
}

const indicator_info& find_indicator(std::string_view name) {
    std::vector<std::string> names;
    for (const auto& i : indicators()) {
        if (i.name == name) return i;
        names.push_back(i.name);
    }
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "'" : ", '") + n + "'";
    throw invalid_input("[kzsec] unknown indicator '" + std::string(name) + "' (one of " + list + ")" +
                        kzsec::detail::did_you_mean(name, names));
}

double indicator_upper(const indicator_info& info, const network& net, std::string_view domain, int year) {
    if (info.bound == indicator_bound::fixed) return info.upper;
    std::size_t m = 0;
    for (const auto& r : net.relations())
        if (r.years.contains(year) && (info.bound == indicator_bound::year_relations || r.domain == domain)) ++m;
    return std::max<double>(1.0, static_cast<double>(m));
}

}  // namespace kzsec::scenario
