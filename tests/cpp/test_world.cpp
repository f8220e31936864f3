// Tests of include/kzsec/world.hpp: the readers on the full files of data/world/
// (row counts, spot values, the CINC rule), their error messages, the crosswalk,
// UN agreement against a brute-force loop, and the world network's relations
// against values computed by hand from the raw rows.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <set>
#include <string>

#include "kzsec/datasets.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/hedging.hpp"
#include "kzsec/world.hpp"
#include "test_support.hpp"

namespace {
namespace kw = kzsec::world;

std::filesystem::path world_file(const std::string& name) { return kzsec_test::source_dir() / "data" / "world" / name; }

// Parsed once for the whole binary (about a second in a release build).
const kw::sources& all_sources() {
    static const kw::sources s = kw::read_sources(kzsec_test::source_dir() / "data" / "world");
    return s;
}

// The world network over 2008-2014 (every domain), built once.
const kzsec::network& world_2008_2014() {
    static const kzsec::network net = [] {
        kw::world_options o;
        o.first_year = 2008;
        o.last_year = 2014;
        return kw::build_world(all_sources(), o);
    }();
    return net;
}

}  // namespace

TEST_SUITE("world") {

TEST_CASE("readers: row counts and documented totals of the full files") {
    const auto& s = all_sources();
    CHECK(s.votes.size() == 870109);
    CHECK(s.votes.country_names.size() == 200);
    std::map<int, long> by_vote;
    for (auto v : s.votes.vote) ++by_vote[v];
    CHECK(by_vote[1] == 693664);
    CHECK(by_vote[2] == 110897);
    CHECK(by_vote[3] == 65548);
    long no_code = 0;
    for (std::size_t r = 0; r < s.votes.size(); ++r)
        if (s.votes.country_codes[static_cast<std::size_t>(s.votes.country[r])].empty()) ++no_code;
    CHECK(no_code == 5444);
    CHECK(s.roll_calls.size() == 6203);
    CHECK(s.issues.size() == 5745);
    CHECK(s.ideal.size() == 11440);
    CHECK(s.atop.size() == 273296);
    CHECK(s.nmc.year.size() == 17121);
    CHECK(s.cow_states.size() == 243);
    CHECK(s.majors.size() == 14);
    CHECK(s.gw_states.size() == 216);
    CHECK(s.igo.size() == 917695);
    CHECK(s.mids.size() == 9284);
    CHECK(std::set<int>(s.mids.dispnum.begin(), s.mids.dispnum.end()).size() == 2047);
    CHECK(s.rivals.size() == 197);
    CHECK(s.trade.size() == 673654);
    long miss1 = 0, miss2 = 0;
    for (std::size_t r = 0; r < s.trade.size(); ++r) {
        miss1 += std::isnan(s.trade.flow1[r]);
        miss2 += std::isnan(s.trade.flow2[r]);
    }
    CHECK(miss1 == 22937);
    CHECK(miss2 == 27896);
    // ideal points: missing estimates as documented
    long nan_fp = 0, nan_all = 0, no_iso = 0;
    for (std::size_t r = 0; r < s.ideal.size(); ++r) {
        nan_fp += std::isnan(s.ideal.idealpointfp[r]);
        nan_all += std::isnan(s.ideal.idealpointall[r]);
        no_iso += s.ideal.iso3c[r].empty();
    }
    CHECK(nan_fp == 19);
    CHECK(nan_all == 208);
    CHECK(no_iso == 17);
    // ATOP: both directions of every dyad-year are present, and they differ on defence in 984 rows
    std::map<std::tuple<int, int, int>, int> def;
    for (std::size_t r = 0; r < s.atop.size(); ++r) def[{s.atop.ccode1[r], s.atop.ccode2[r], s.atop.year[r]}] = s.atop.defense[r];
    long differ = 0, unpaired = 0;
    for (const auto& [k, d] : def) {
        const auto& [a, b, y] = k;
        auto it = def.find({b, a, y});
        if (it == def.end()) ++unpaired;
        else if (it->second != d) ++differ;
    }
    CHECK(unpaired == 0);
    CHECK(differ == 984);
}

TEST_CASE("readers: spot values") {
    const auto& s = all_sources();
    CHECK(s.votes.rcid[0] == 3);
    CHECK(s.votes.country_names[static_cast<std::size_t>(s.votes.country[0])] == "United States");
    CHECK(s.votes.vote[0] == 1);
    CHECK(s.roll_calls.rcid[0] == 3);
    CHECK(s.roll_calls.date[0] == "1946-01-01");
    CHECK(s.roll_calls.unres[0] == "R/1/66");
    CHECK(s.roll_calls.amend[0] == 1);
    CHECK(s.roll_calls.importantvote.back() == -1);  // sessions 73-74 have no importantvote
    bool kaz = false;
    for (std::size_t r = 0; r < s.ideal.size(); ++r)
        if (s.ideal.iso3c[r] == "KAZ" && s.ideal.year[r] == 2012) {
            kaz = true;
            CHECK(s.ideal.ccode[r] == 705);
            CHECK(s.ideal.idealpointfp[r] == doctest::Approx(-0.353779).epsilon(1e-6));
            CHECK(s.ideal.nvotesfp[r] == 73);
            CHECK(s.ideal.q5fp[r] == doctest::Approx(-0.595417).epsilon(1e-6));
        }
    CHECK(kaz);
    int found = 0;
    for (std::size_t r = 0; r < s.atop.size(); ++r) {
        if (s.atop.ccode1[r] == 2 && s.atop.ccode2[r] == 740 && s.atop.year[r] == 2014) {
            ++found;
            CHECK(s.atop.defense[r] == 1);  // the US pledged defence to Japan ...
        }
        if (s.atop.ccode1[r] == 740 && s.atop.ccode2[r] == 2 && s.atop.year[r] == 2014) {
            ++found;
            CHECK(s.atop.defense[r] == 0);  // ... but not the reverse
            CHECK(s.atop.consul[r] == 1);
        }
    }
    CHECK(found == 2);
    for (std::size_t r = 0; r < s.trade.size(); ++r)
        if (s.trade.ccode1[r] == 2 && s.trade.ccode2[r] == 710 && s.trade.year[r] == 2014) {
            CHECK(s.trade.flow1[r] == 472525);
            CHECK(s.trade.flow2[r] == 183283);
        }
    for (std::size_t r = 0; r < s.igo.size(); ++r)
        if (s.igo.ccode1[r] == 2 && s.igo.ccode2[r] == 710 && s.igo.year[r] == 2014) CHECK(s.igo.dyadigos[r] == 54);
    CHECK(s.mids.dispnum[0] == 2968);
    CHECK(s.mids.hostlev2[0] == 4);
    CHECK(s.mids.hostlev1[0] == 1);
    bool cj = false;
    for (std::size_t r = 0; r < s.rivals.size(); ++r)
        if (s.rivals.name[r] == "China-Japan 2") {
            cj = true;
            CHECK(s.rivals.styear[r] == 1996);
            CHECK(s.rivals.endyear[r] == 2010);
            CHECK(s.rivals.ccode1[r] == 710);
        }
    CHECK(cj);
    CHECK(s.cow_states.contains(705, 1992));
    CHECK_FALSE(s.cow_states.contains(705, 1990));
}

TEST_CASE("readers: CINC is the mean of the non-missing component shares (every row, 3e-8)") {
    const auto& n = all_sources().nmc;
    std::map<int, Eigen::Matrix<double, 1, 6>> totals;
    for (std::size_t r = 0; r < n.year.size(); ++r) {
        auto it = totals.try_emplace(n.year[r], Eigen::Matrix<double, 1, 6>::Zero()).first;
        for (int c = 0; c < 6; ++c) {
            const double v = n.components(static_cast<Eigen::Index>(r), c);
            if (!std::isnan(v)) it->second[c] += v;
        }
    }
    double worst = 0;
    long checked = 0;
    for (std::size_t r = 0; r < n.year.size(); ++r) {
        const double published = n.cinc[static_cast<Eigen::Index>(r)];
        if (std::isnan(published)) continue;
        double sum = 0;
        int k = 0;
        for (int c = 0; c < 6; ++c) {
            const double v = n.components(static_cast<Eigen::Index>(r), c);
            const double t = totals[n.year[r]][c];
            if (std::isnan(v) || t <= 0) continue;
            sum += v / t;
            ++k;
        }
        worst = std::max(worst, std::abs(sum / k - published));
        ++checked;
    }
    CHECK(checked > 17000);
    CHECK(worst < 3e-8);
}

TEST_CASE("readers: errors name the file, the line and the column") {
    CHECK(kzsec_test::parse_error_of([] { kw::read_atop_text("ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n2,20,1950,1,0,0,0,2\n", "a.csv"); }) ==
          "[kzsec] a.csv:2: column 'atop_consul': value 2 outside [0, 1]");
    CHECK(kzsec_test::parse_error_of([] { kw::read_atop_text("ccode1,ccode2,year\n2,20,1950\n", "a.csv"); }) == "[kzsec] a.csv:1: missing column 'atop_defense'");
    CHECK(kzsec_test::parse_error_of([] { kw::read_un_votes_text("rcid,country,country_code,vote\n3,United States,US,yes\n3,Canada,CA,maybe\n", "v.csv"); }) ==
          "[kzsec] v.csv:3: column 'vote': 'maybe' is not yes, abstain or no");
    CHECK(kzsec_test::parse_error_of([] { kw::read_un_votes_text("rcid,country,country_code,vote\n3,United States,US,yes\n3,United States,US,no\n", "v.csv"); }) ==
          "[kzsec] v.csv:3: column 'rcid': duplicate vote of 'United States' on roll call 3");
    CHECK(kzsec_test::parse_error_of([] { kw::read_trade_text("ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n2,20,1950,x,1,1,1\n", "t.csv"); }) ==
          "[kzsec] t.csv:2: column 'flow1': 'x' is not a number");
    CHECK(kzsec_test::parse_error_of([] { kw::read_trade_text("ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n20,2,1950,1,1,1,1\n", "t.csv"); }) ==
          "[kzsec] t.csv:2: column 'ccode2': ccode1 (20) must be smaller than ccode2 (2)");
    CHECK(kzsec_test::parse_error_of([] { kw::read_igo_text("ccode1,ccode2,year,dyadigos\n2,20,1950\n", "i.csv"); }) == "[kzsec] i.csv:2: expected 4 fields, found 3");
    CHECK(kzsec_test::parse_error_of([] { kw::read_mids_text("dispnum,ccode1,ccode2,year,gmlmidonset,sidea1,sidea2,hostlev1,hostlev2,hostlev,fatality,recip\n1,2,20,1950,1,1,0,7,1,1,0,0\n", "m.csv"); }) ==
          "[kzsec] m.csv:2: column 'hostlev1': code 7 outside [1, 5] (or -9)");
    CHECK(kzsec_test::parse_error_of([] { kw::read_gw_states_text("gwcode,stateabb,statename,startdate,enddate\n2,USA,United States,1816-13-01,2017-12-31\n", "g.csv"); }) ==
          "[kzsec] g.csv:2: column 'startdate': '1816-13-01' is not a date YYYY-MM-DD");
    CHECK(kzsec_test::parse_error_of([] { kw::read_rivalries_text("rivalryno,rivalryname,ccode1,ccode2,styear,endyear,region,type1,type2,type3\n1,\"A-B,1\",2,20,1990,1980,x,y,,\n", "r.csv"); }) ==
          "[kzsec] r.csv:2: column 'endyear': rivalry ends (1980) before it starts (1990)");
    CHECK(kzsec_test::parse_error_of([] { kw::read_un_issues_text("rcid,short_name,issue\n5,\"me,Palestinian conflict\n", "u.csv"); }) == "[kzsec] u.csv:2: malformed CSV: quoted field not closed before the end of the file");
    CHECK(kzsec_test::parse_error_of([] { kw::read_cow_states_text("", "s.csv"); }) == "[kzsec] s.csv:1: empty file (no header row)");
    CHECK_THROWS_AS(kw::read_atop(world_file("no-such-file.csv.gz")), kzsec::file_not_found);
    // a corrupt gzip stream is a parse error, not a crash
    std::string gz = "\x1f\x8b\x08\x00garbage";
    CHECK_THROWS_AS(kw::read_igo_text(gz, "bad.gz"), kzsec::parse_error);
}

TEST_CASE("declared neutrality: every state of the file exists, spans reach the actors, errors are clear") {
    const auto& s = all_sources();
    REQUIRE(s.neutrality.size() >= 10);
    const auto cw = kw::build_crosswalk(s.cow_states, s.gw_states, s.ideal, s.votes);
    for (std::size_t r = 0; r < s.neutrality.size(); ++r) CHECK_NOTHROW((void)cw.state(s.neutrality.iso3[r]));
    const auto& net = world_2008_2014();
    CHECK(net.get_actor("CHE").attributes.at("neutrality_years") == "1815-2024");
    CHECK(net.get_actor("UKR").attributes.at("neutrality_years") == "1991-2001;2010-2014");
    CHECK(net.get_actor("AUT").attributes.at("neutrality_source").find("1955") != std::string::npos);
    CHECK(net.get_actor("USA").attributes.count("neutrality_years") == 0);
    CHECK(kzsec_test::parse_error_of([] { kw::read_declared_neutrality_text("iso3,from,to,basis,source,note\nCHE,1815,2024,habit,x,\n", "n.csv"); }) ==
          "[kzsec] n.csv:2: column 'basis': 'habit' is not one of treaty, constitution, law, un_resolution, declaration, parliament, policy");
    CHECK(kzsec_test::parse_error_of([] { kw::read_declared_neutrality_text("iso3,from,to,basis,source,note\nCHE,1815,2024,treaty,x,\nCHE,2000,2001,treaty,y,\n", "n.csv"); }) ==
          "[kzsec] n.csv:3: column 'from': span 2000-2001 of CHE overlaps 1815-2024");
}

TEST_CASE("readers: quoted fields, CRLF, and plain or gzip input give the same rows") {
    const auto r = kw::read_rivalries_text(
        "rivalryno,rivalryname,ccode1,ccode2,styear,endyear,region,type1,type2,type3\r\n"
        "7,\"Alpha, \"\"Beta\"\"\",2,20,1900,1910,\"North\nAmerica\",spatial,,\r\n",
        "q.csv");
    REQUIRE(r.size() == 1);
    CHECK(r.name[0] == "Alpha, \"Beta\"");
    CHECK(r.region[0] == "North\nAmerica");
    CHECK(r.type2[0].empty());
    const auto plain = kw::read_cow_majors(world_file("cow_majors.csv.gz"));
    CHECK(plain.size() == 14);
    CHECK(plain.ccode[0] == 2);
}

TEST_CASE("crosswalk: ISO3 from the ideal points, the documented successor rules and exceptions") {
    const auto& s = all_sources();
    const auto cw = kw::build_crosswalk(s.cow_states, s.gw_states, s.ideal, s.votes);
    CHECK(cw.iso3_of(365) == "RUS");  // USSR and Russia: one COW code, one actor
    CHECK(cw.iso3_of(345) == "SRB");  // Yugoslavia / Serbia
    CHECK(cw.iso3_of(255) == "DEU");
    CHECK(cw.iso3_of(260) == "DEU");  // the FRG continues as Germany
    CHECK(cw.iso3_of(265) == "DDR");
    CHECK(cw.iso3_of(678) == "YEM");
    CHECK(cw.iso3_of(679) == "YEM");
    CHECK(cw.iso3_of(680) == "YMD");
    CHECK(cw.iso3_of(347) == "XKX");
    CHECK(cw.iso3_of(705) == "KAZ");
    CHECK(cw.state("KAZ").iso2 == "KZ");
    CHECK(cw.state("KAZ").gwcode == 705);
    CHECK(cw.state("DEU").gwcode == 260);
    CHECK(cw.state("DEU").ccodes == std::vector<int>{255, 260});
    CHECK(cw.state("SRB").gwcode == 340);
    CHECK(cw.state("RUS").in_system(1960));
    CHECK(cw.state("UKR").in_system(1992));
    CHECK_FALSE(cw.state("UKR").in_system(1980));  // a UN member since 1945, a state since 1991
    CHECK(cw.state("USA").in_system(2024));         // COW ends 2016: states of 2016 continue
    // every UN country maps to a state
    CHECK(cw.unmatched_un_countries.empty());
    CHECK(cw.un_country_to_iso3.at("Federal Republic of Germany") == "DEU");
    CHECK(cw.un_country_to_iso3.at("Yemen Arab Republic") == "YEM");
    CHECK_THROWS_AS(cw.state("XXX"), kzsec::unknown_actor);
}

TEST_CASE("UN agreement by year equals a brute-force loop over the votes") {
    const auto& s = all_sources();
    const auto years = kw::un_agreement_by_year(s.votes, s.roll_calls);
    std::map<int, int> year_of;
    for (std::size_t r = 0; r < s.roll_calls.size(); ++r) year_of[s.roll_calls.rcid[r]] = s.roll_calls.year[r];
    for (int y : {1965, 1991, 2012}) {
        const kw::agreement_year* ay = nullptr;
        for (const auto& x : years)
            if (x.year == y) ay = &x;
        REQUIRE(ay != nullptr);
        for (auto [p, q] : {std::pair<std::string, std::string>{"Kazakhstan", "China"}, {"Kazakhstan", "Russia"},
                            {"United States", "Russia"}, {"India", "Pakistan"}}) {
            std::map<int, int> vp, vq;
            for (std::size_t r = 0; r < s.votes.size(); ++r) {
                if (year_of[s.votes.rcid[r]] != y) continue;
                const auto& name = s.votes.country_names[static_cast<std::size_t>(s.votes.country[r])];
                const int v = s.votes.vote[r] == 1 ? 1 : s.votes.vote[r] == 2 ? 0 : -1;
                if (name == p) vp[s.votes.rcid[r]] = v;
                if (name == q) vq[s.votes.rcid[r]] = v;
            }
            double sum = 0;
            int n = 0;
            for (const auto& [rc, v] : vp)
                if (auto it = vq.find(rc); it != vq.end()) {
                    sum += 1.0 - std::abs(v - it->second) / 2.0;
                    ++n;
                }
            Eigen::Index i = -1, j = -1;
            for (std::size_t k = 0; k < ay->countries.size(); ++k) {
                if (ay->countries[k] == p) i = static_cast<Eigen::Index>(k);
                if (ay->countries[k] == q) j = static_cast<Eigen::Index>(k);
            }
            if (n == 0) {
                CHECK((i < 0 || j < 0 || ay->joint(i, j) == 0));
                continue;
            }
            REQUIRE(i >= 0);
            REQUIRE(j >= 0);
            CHECK(ay->joint(i, j) == n);
            CHECK(ay->agreement(i, j) == doctest::Approx(sum / n).epsilon(1e-12));
            CHECK(ay->agreement(i, j) == doctest::Approx(ay->agreement(j, i)));
        }
    }
}

TEST_CASE("world network: relations follow the documented rules, checked against the raw rows") {
    const auto& net = world_2008_2014();
    // Kazakhstan 2012 (the issue's acceptance check): security with Russia (ATOP defence pledge
    // through the CSTO), political closest to China, then Russia, then the United States.
    const auto sec_rus = net.value("KAZ", "RUS", "security", 2012);
    const auto sec_chn = net.value("KAZ", "CHN", "security", 2012);
    REQUIRE(sec_rus);
    REQUIRE(sec_chn);
    CHECK(*sec_rus == 0.9);
    CHECK(*sec_rus > *sec_chn);
    const double pc = *net.value("KAZ", "CHN", "political", 2012), pr = *net.value("KAZ", "RUS", "political", 2012),
                 pu = *net.value("KAZ", "USA", "political", 2012);
    CHECK(pc > pr);
    CHECK(pr > pu);
    // Japan-China 2012: the 1978 treaty (non-aggression) does not offset the carried rivalry
    CHECK(*net.value("JPN", "CHN", "security", 2012) == -0.5);
    // economic: KAZ's share of its total trade with CHN in 2012, from the raw trade rows
    const auto& s = all_sources();
    double total = 0, with_chn = 0;
    for (std::size_t r = 0; r < s.trade.size(); ++r) {
        if (s.trade.year[r] != 2012 || (s.trade.ccode1[r] != 705 && s.trade.ccode2[r] != 705)) continue;
        const double f = (std::isnan(s.trade.flow1[r]) ? 0 : s.trade.flow1[r]) + (std::isnan(s.trade.flow2[r]) ? 0 : s.trade.flow2[r]);
        total += f;
        if (s.trade.ccode1[r] == 710 || s.trade.ccode2[r] == 710) with_chn += f;
    }
    const auto rel = net.find_relation("KAZ", "CHN", "economic", 2012);
    REQUIRE(rel);
    CHECK(rel->directed);
    CHECK(rel->value == doctest::Approx(std::round(with_chn / total * 1e4) / 1e4));
    CHECK_FALSE(net.find_relation("CHN", "KAZ", "economic", 2012)->value == doctest::Approx(rel->value));
    // provenance on every relation
    std::set<std::string> domains;
    long bad = 0;
    for (const auto& r : net.relations()) {
        if (r.basis != "data" || r.source.empty() || !(r.value >= -1.0 && r.value <= 1.0) || r.years.from < 2008 || r.years.to > 2014) ++bad;
        domains.insert(r.domain);
    }
    CHECK(bad == 0);
    CHECK(domains == std::set<std::string>{"security", "political", "economic", "institutional"});
    // capabilities as metrics and as actor capabilities
    CHECK(net.get_actor("USA").capabilities.at(2010) == doctest::Approx(0.147867));
    CHECK(net.get_actor("KAZ").attributes.at("cow") == "705");
    CHECK(net.get_actor("RUS").attributes.count("major_power") == 1);
    CHECK(net.get_actor("KAZ").attributes.count("major_power") == 0);
}

TEST_CASE("world network: state-system membership decides which dyads exist") {
    kw::world_options o;
    o.first_year = 1985;
    o.last_year = 1993;
    o.domains = {"political"};
    o.capabilities = false;
    const auto net = kw::build_world(all_sources(), o);
    // Ukraine voted in the UN from 1945 but is a state from 1991
    CHECK_FALSE(net.value("UKR", "USA", "political", 1989));
    CHECK(net.value("UKR", "USA", "political", 1992));
    // the FRG's votes are Germany's until unification; the GDR's end in 1990
    CHECK(net.value("DEU", "USA", "political", 1988));
    CHECK(net.value("DDR", "USA", "political", 1988));
    CHECK_FALSE(net.value("DDR", "USA", "political", 1991));
    // the votes of the USSR are Russia's
    CHECK(net.value("RUS", "USA", "political", 1986));
}

TEST_CASE("world network: options are validated and actors can be restricted") {
    kw::world_options o;
    o.first_year = 2012;
    o.last_year = 2010;
    CHECK_THROWS_AS(kw::build_world(all_sources(), o), kzsec::invalid_input);
    o.first_year = 2010;
    o.last_year = 2012;
    o.domains = {"culture"};
    CHECK_THROWS_AS(kw::build_world(all_sources(), o), kzsec::invalid_input);
    o.domains = {"security", "political"};
    o.actors = {"KAZ", "RUS", "CHN"};
    const auto net = kw::build_world(all_sources(), o);
    CHECK(net.actors().size() == 3);
    for (const auto& r : net.relations()) CHECK((r.domain == "security" || r.domain == "political"));
    o.actors = {"ZZZ"};
    CHECK_THROWS_AS(kw::build_world(all_sources(), o), kzsec::unknown_actor);
}

TEST_CASE("world network: after the votes end, political ties come from ideal points") {
    kw::world_options o;
    o.first_year = 2015;
    o.last_year = 2022;
    o.domains = {"political"};
    o.capabilities = false;
    const auto net = kw::build_world(all_sources(), o);
    const auto r2019 = net.find_relation("KAZ", "USA", "political", 2019);
    const auto r2021 = net.find_relation("KAZ", "USA", "political", 2021);
    REQUIRE(r2019);
    REQUIRE(r2021);
    CHECK(r2019->source.find("UNGA votes") != std::string::npos);
    CHECK(r2021->source.find("ideal points") != std::string::npos);
    CHECK(r2021->conf == kzsec::confidence::low);
    CHECK(net.metadata.extra.count("political_ideal_point_fit") == 1);
    // the fitted map keeps the order: KAZ closer to CHN than to USA
    CHECK(*net.value("KAZ", "CHN", "political", 2021) > *net.value("KAZ", "USA", "political", 2021));
}

TEST_CASE("datasets::world uses the embedded copies, identical to the files") {
    REQUIRE(kw::has_embedded_data());
    kw::world_options o;
    o.first_year = 2012;
    o.last_year = 2012;
    const auto a = kzsec::datasets::world(o);
    const auto b = kw::build_world(all_sources(), o);
    CHECK(a.relations() == b.relations());
    CHECK(a.actors() == b.actors());
}

}  // TEST_SUITE
