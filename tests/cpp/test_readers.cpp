// Tests of include/kzsec/readers.hpp: NMC, ATOP and UN vote readers on the reference
// extracts, and error messages with file:line.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "kzsec/detail/csv_reader.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/io.hpp"
#include "kzsec/world.hpp"
#include "kzsec/readers.hpp"
#include "test_support.hpp"

TEST_SUITE("readers") {

TEST_CASE("NMC v6 and v7: -9 and empty fields are missing") {
    const auto v6 = kzsec::read_nmc_csv(kzsec_test::reference("capabilities/nmc_v6_subset_1992_2016.csv"));
    CHECK(v6.year.size() == 200);
    CHECK(v6.stateabb[0] == "USA");
    CHECK(v6.components.cols() == 6);
    const auto v7 = kzsec::read_nmc_csv(kzsec_test::reference("capabilities/nmc_v7_subset_1992_2022.csv"));
    CHECK(v7.year.size() == 248);
    CHECK(v7.stateabb[0].empty());  // no stateabb column in the v7 extract
    // v7: Turkmenistan (701) 2009 has an empty milex.
    bool found = false;
    for (std::size_t i = 0; i < v7.year.size(); ++i)
        if (v7.ccode[i] == 701 && v7.year[i] == 2009) {
            found = true;
            CHECK(std::isnan(v7.components(static_cast<Eigen::Index>(i), 0)));
            CHECK(v7.components(static_cast<Eigen::Index>(i), 1) == 22);
        }
    CHECK(found);
    const auto t = kzsec::read_nmc_totals_csv(kzsec_test::reference("capabilities/nmc_v6_system_totals_1992_2016.csv"));
    CHECK(t.year.front() == 1992);
    CHECK(t.totals(0, 0) == 761368050);
    CHECK_THROWS_AS(t.for_years({1900}), kzsec::invalid_input);
    // Totals from rows: a two-state toy system.
    const auto toy = kzsec::read_nmc_csv_text(
        "ccode,year,milex,milper,irst,pec,tpop,upop\n1,2000,10,1,1,1,1,-9\n2,2000,30,1,1,1,1,4\n3,2001,5,5,5,5,5,5\n");
    const auto tt = kzsec::nmc_totals_from(toy);
    REQUIRE(tt.year.size() == 2);
    CHECK(tt.totals(0, 0) == 40);
    CHECK(tt.totals(0, 5) == 4);  // the missing upop is excluded
}

TEST_CASE("NMC: errors name the file, line and column") {
    CHECK_THROWS_WITH_AS(kzsec::read_nmc_csv_text("ccode,year,milex,milper,irst,pec,tpop,upop\n1,2000,abc,1,1,1,1,1\n", "nmc.csv"),
                         "[kzsec] nmc.csv:2: column 'milex': 'abc' is not a number", kzsec::parse_error);
    CHECK_THROWS_WITH_AS(kzsec::read_nmc_csv_text("ccode,year,milex,milper,irst,pec,tpop\n", "nmc.csv"),
                         "[kzsec] nmc.csv:1: missing column 'upop'", kzsec::parse_error);
    CHECK_THROWS_WITH_AS(kzsec::read_nmc_csv_text("ccode,year,milex,milper,irst,pec,tpop,upop\n1,2000,1,1,1,1,1,1\n2,2000,1,1,-5,1,1,1\n", "n.csv"),
                         "[kzsec] n.csv:3: column 'irst': negative value -5 (only -9 means missing)", kzsec::parse_error);
    CHECK_THROWS_WITH_AS(kzsec::read_nmc_csv_text("ccode,year\n1,2000,3\n", "n.csv"), "[kzsec] n.csv:2: expected 2 fields, got 3",
                         kzsec::parse_error);
    CHECK_THROWS_AS(kzsec::read_nmc_csv("/nonexistent/nmc.csv"), kzsec::file_not_found);
    try {
        kzsec::read_nmc_csv_text("ccode,year,milex,milper,irst,pec,tpop,upop\n\"1\",2000,1,1,1,1,1,x\n", "q.csv");
        FAIL("no exception");
    } catch (const kzsec::parse_error& e) {
        CHECK(e.file() == "q.csv");
        CHECK(e.location() == "line 2, column 'upop'");
    }
}

TEST_CASE("ATOP: valued portfolios 2016 reproduce the reference portfolios") {
    // Focal states in the reference portfolio file, and the third states present in the dyad file.
    const std::map<std::string, int> focal = {{"KZ", 705}, {"RU", 365}, {"CN", 710}, {"US", 2},
                                              {"UZ", 704}, {"KG", 703}, {"TJ", 702}, {"TM", 701}};
    kzsec::atop_portfolio_options o;
    o.year = 2016;
    for (const auto& [k, c] : focal) o.actors.push_back(c);
    o.dimensions = {2, 200, 220, 255, 365, 640, 701, 702, 703, 704, 705, 710, 740, 750};
    const auto p = kzsec::read_atop_portfolios(kzsec_test::reference("alliances/atop_focal_dyads_1992_2018.csv"), o);
    const auto ref = kzsec::detail::read_csv_file(kzsec_test::reference("alliances/atop_valued_portfolios_2016.csv"));
    int compared = 0, nonzero = 0;
    for (std::size_t r = 0; r < ref.rows.size(); ++r) {
        const int dim = std::stoi(ref.rows[r][0]);
        const auto it = std::find(o.dimensions.begin(), o.dimensions.end(), dim);
        if (it == o.dimensions.end()) continue;
        const auto k = static_cast<Eigen::Index>(it - o.dimensions.begin());
        for (std::size_t a = 0; a < o.actors.size(); ++a) {
            // Reference: column = holder, row = target (the holder's pledge to the target).
            const std::string name = std::find_if(focal.begin(), focal.end(), [&](auto& f) { return f.second == o.actors[a]; })->first;
            const double expected = std::stod(ref.rows[r][static_cast<std::size_t>(ref.require_column(name))]);
            CAPTURE(name);
            CAPTURE(dim);
            CHECK(p.positions(static_cast<Eigen::Index>(a), k) == expected);
            ++compared;
            nonzero += expected > 0;
        }
    }
    CHECK(compared == 14 * 8);
    CHECK(nonzero > 20);
    // Binary coding and undirected collapse.
    o.coding = kzsec::alliance_coding::binary;
    o.direction = kzsec::tie_direction::either;
    const auto b = kzsec::read_atop_portfolios(kzsec_test::reference("alliances/atop_focal_dyads_1992_2018.csv"), o);
    CHECK(((b.positions.array() == 0) || (b.positions.array() == 1)).all());
    CHECK(((b.positions.array() > 0) == (b.positions.array() > 0)).all());
    CHECK((b.positions.array() >= (p.positions.array() > 0).cast<double>()).all());
}

TEST_CASE("ATOP: directed dyads, coding ranks and self value (hand-made file)") {
    // 1 -> 2: neutrality and consultation only -> 2; 2 -> 1: defence -> 3; 1 -> 3: non-aggression only -> 1.
    const char* text =
        "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n"
        "1,2,2000,0,0,1,0,1\n2,1,2000,1,0,0,1,0\n1,3,2000,0,0,0,1,0\n1,3,2001,1,0,0,0,0\n";
    kzsec::atop_portfolio_options o;
    o.year = 2000;
    o.actors = {1, 2, 3};
    auto p = kzsec::read_atop_portfolios_text(text, o);
    Eigen::MatrixXd expected(3, 3);
    expected << 3, 2, 1,  //
        3, 3, 0,          //
        0, 0, 3;
    CHECK(p.positions == expected);
    o.direction = kzsec::tie_direction::incoming;
    p = kzsec::read_atop_portfolios_text(text, o);
    CHECK(p.positions(0, 1) == 3);  // 2's pledge to 1
    CHECK(p.positions(2, 0) == 1);  // 1's pledge to 3
    o.direction = kzsec::tie_direction::either;
    o.self_value = 0;
    p = kzsec::read_atop_portfolios_text(text, o);
    CHECK(p.positions(0, 1) == 3);
    CHECK(p.positions(1, 0) == 3);
    CHECK(p.positions(0, 0) == 0);
    CHECK_THROWS_WITH_AS(kzsec::read_atop_portfolios_text("ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n1,2,2000,2,0,0,0,0\n", o, "a.csv"),
                         "[kzsec] a.csv:2: column 'atop_defense': must be 0 or 1", kzsec::parse_error);
    o.actors.clear();
    CHECK_THROWS_AS(kzsec::read_atop_portfolios_text(text, o), kzsec::invalid_input);
}

TEST_CASE("UN votes: wide unvotes layout of the reference subset") {
    kzsec::un_votes_read_options o;
    // No coding chosen: the first token is an error (codings are never assumed).
    CHECK_THROWS_AS(kzsec::read_un_votes(kzsec_test::reference("unga/unvotes_subset_2007_2019.csv"), o), kzsec::parse_error);
    o.coding = kzsec::vote_coding::unvotes();
    const auto vt = kzsec::read_un_votes(kzsec_test::reference("unga/unvotes_subset_2007_2019.csv"), o);
    CHECK(vt.countries == std::vector<std::string>{"KZ", "RU", "CN", "US", "UZ", "KG", "TJ", "TM", "DE", "TR"});
    CHECK(vt.roll_calls.size() == 1203);
    CHECK(vt.votes.rows() == 10);
    CHECK(vt.roll_calls.front() == "4751");
    CHECK(vt.session.front() == 61);
    CHECK(vt.date.front() == "2007-04-02");
    // First roll call: KZ yes, US no, UZ missing.
    CHECK(vt.votes(vt.row_of("KZ"), 0) == 1);
    CHECK(vt.votes(vt.row_of("US"), 0) == 3);
    CHECK(std::isnan(vt.votes(vt.row_of("UZ"), 0)));
    CHECK(vt.n_missing > 0);
    CHECK_THROWS_AS(vt.row_of("XX"), kzsec::unknown_actor);
    // A chosen subset of countries, in the given order.
    o.countries = {"US", "KZ"};
    const auto two = kzsec::read_un_votes(kzsec_test::reference("unga/unvotes_subset_2007_2019.csv"), o);
    const Eigen::ArrayXXd a = two.votes.row(1), b = vt.votes.row(0);
    CHECK(((a == b) || (a.isNaN() && b.isNaN())).all());
}

TEST_CASE("UN votes: the gzip copy shipped in examples/data reads like the plain reference file") {
    kzsec::un_votes_read_options o;
    o.coding = kzsec::vote_coding::unvotes();
    const auto gz = kzsec::read_un_votes(kzsec_test::source_dir() / "examples/data/unvotes_kz_2007_2019.csv.gz", o);
    const auto plain = kzsec::read_un_votes(kzsec_test::reference("unga/unvotes_subset_2007_2019.csv"), o);
    CHECK(gz.countries == plain.countries);
    CHECK(gz.roll_calls == plain.roll_calls);
    CHECK(gz.date == plain.date);
    const Eigen::ArrayXXd a = gz.votes, b = plain.votes;
    CHECK(((a == b) || (a.isNaN() && b.isNaN())).all());
    // A truncated gzip stream is a parse error naming the file, not a crash.
    std::ifstream in(kzsec_test::source_dir() / "examples/data/unvotes_kz_2007_2019.csv.gz", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto cut = std::filesystem::temp_directory_path() / "kzsec_test_truncated_votes.csv.gz";
    std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    try {
        (void)kzsec::read_un_votes(cut, o);
        FAIL("a truncated gzip file was read");
    } catch (const kzsec::parse_error& e) {
        CHECK(std::string(e.what()).find(cut.string()) != std::string::npos);
    }
    std::filesystem::remove(cut);
}

TEST_CASE("UN votes: long layout, Voeten codes, unmapped codes") {
    const char* text = "rcid,country_code,vote\n10,KZ,1\n10,US,3\n11,KZ,8\n11,US,9\n12,US,2\n";
    kzsec::un_votes_read_options o;
    o.coding = kzsec::vote_coding::voeten();
    o.layout = kzsec::vote_layout::long_format;
    const auto vt = kzsec::read_un_votes_text(text, o);
    CHECK(vt.countries == std::vector<std::string>{"KZ", "US"});
    CHECK(vt.roll_calls == std::vector<std::string>{"10", "11", "12"});
    CHECK(vt.votes(0, 0) == 1);
    CHECK(vt.votes(1, 0) == 3);
    CHECK(std::isnan(vt.votes(0, 1)));
    CHECK(vt.votes(1, 2) == 2);
    CHECK(vt.n_absent == 1);
    CHECK(vt.n_not_member == 1);
    CHECK(vt.n_missing == 1);  // KZ has no row for roll call 12
    CHECK_THROWS_WITH_AS(kzsec::read_un_votes_text("rcid,country_code,vote\n10,KZ,4\n", o, "v.csv"),
                         "[kzsec] v.csv:2: column 'vote': vote_coding: vote code '4' is not in the coding", kzsec::parse_error);
    CHECK_THROWS_WITH_AS(kzsec::read_un_votes_text("rcid,country_code,vote\n10,KZ,1\n10,KZ,1\n", o, "v.csv"),
                         "[kzsec] v.csv:3: column 'country_code': duplicate vote of 'KZ' in roll call '10'", kzsec::parse_error);
    // Reversed numeric coding (SR 1947: 1 = no, 3 = yes) and numeric mapping.
    Eigen::MatrixXd raw(1, 4);
    raw << 1, 2, 3, std::numeric_limits<double>::quiet_NaN();
    const Eigen::MatrixXd m = kzsec::map_vote_codes(raw, kzsec::vote_coding::reversed_numeric());
    CHECK(m(0, 0) == 3);
    CHECK(m(0, 1) == 2);
    CHECK(m(0, 2) == 1);
    CHECK(std::isnan(m(0, 3)));
    raw(0, 0) = 8;
    CHECK_THROWS_AS(kzsec::map_vote_codes(raw, kzsec::vote_coding::reversed_numeric()), kzsec::invalid_input);
}

TEST_CASE("CSV reader: quoted fields with commas and newlines, line numbers") {
    const auto t = kzsec::detail::parse_csv("a,b\n\"x,1\",\"two\nlines\"\n3,4\n", "t.csv");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0][0] == "x,1");
    CHECK(t.rows[0][1] == "two\nlines");
    CHECK(t.lines[0] == 2);
    CHECK(t.lines[1] == 4);
    CHECK_THROWS_AS(kzsec::detail::parse_csv("", "e.csv"), kzsec::parse_error);
    CHECK_THROWS_AS(kzsec::detail::parse_csv("a,b\n\"unterminated,1\n", "u.csv"), kzsec::parse_error);
}

// The tables of readers.hpp (detail::parse_csv), the facts table and edge lists of io.hpp and
// the world readers split their text with one tokenizer (src/csv_tokenizer.hpp). Each check is
// a case where one of the three former tokenizers (libcsv twice, csv_stream) behaved differently.
TEST_CASE("one CSV tokenizer: byte-order mark, CR line ends, header line, one wording of errors") {
    namespace kw = kzsec::world;
    SUBCASE("a UTF-8 byte-order mark is skipped (libcsv kept it in the first column name)") {
        const auto t = kzsec::detail::parse_csv("\xEF\xBB\xBF" "a,b\n1,2\n", "t.csv");
        CHECK(t.column("a") == 0);
        CHECK(t.rows.at(0).at(0) == "1");
    }
    SUBCASE("a lone CR ends a line and is counted (the edge-list reader counted only LF)") {
        CHECK(kzsec_test::parse_error_of([] { kzsec::read_edge_list_text("a,b,1\rc,d,zz\r", "e.csv"); }) ==
              "[kzsec] e.csv:2: column 3 (weight): 'zz' is not a finite number");
        const auto t = kzsec::detail::parse_csv("a,b\r1,2\r3,4\r", "t.csv");
        CHECK(t.lines == std::vector<std::size_t>{2, 3});
    }
    SUBCASE("a missing column is reported at the header's line (was always line 1)") {
        const auto t = kzsec::detail::parse_csv("\n\na,b\n1,2\n", "t.csv");
        CHECK(kzsec_test::parse_error_of([&] { t.require_column("z"); }) == "[kzsec] t.csv:3: missing column 'z'");
    }
    SUBCASE("malformed quoting has one message in every reader") {
        const std::string open = "[kzsec] u.csv:2: malformed CSV: quoted field not closed before the end of the file";
        CHECK(kzsec_test::parse_error_of([] { kzsec::detail::parse_csv("a,b\n\"x,1\n", "u.csv"); }) == open);
        CHECK(kzsec_test::parse_error_of([] { kzsec::read_edge_list_text("a,b,w\n\"x,1\n", "u.csv"); }) == open);
        CHECK(kzsec_test::parse_error_of([] { kw::read_un_issues_text("rcid,short_name,issue\n5,\"me,x\n", "u.csv"); }) == open);
        const std::string after = "[kzsec] q.csv:2: malformed CSV: text after a closing quote";
        CHECK(kzsec_test::parse_error_of([] { kzsec::detail::parse_csv("a,b\n\"x\"y,1\n", "q.csv"); }) == after);
        CHECK(kzsec_test::parse_error_of([] { kw::read_un_issues_text("rcid,short_name,issue\n\"5\"x,a,b\n", "q.csv"); }) == after);
        const std::string inside = "[kzsec] q.csv:2: malformed CSV: a quote inside an unquoted field";
        CHECK(kzsec_test::parse_error_of([] { kzsec::detail::parse_csv("a,b\nx\"y,1\n", "q.csv"); }) == inside);
        CHECK(kzsec_test::parse_error_of([] { kw::read_un_issues_text("rcid,short_name,issue\n5,a\"b,c\n", "q.csv"); }) == inside);
    }
    SUBCASE("trimming is a documented option: tables and edge lists trim, the world readers keep fields as written") {
        const auto t = kzsec::detail::parse_csv("a,b\n \"x\" , y \n", "t.csv");
        CHECK(t.rows.at(0) == std::vector<std::string>{"x", "y"});
        CHECK(kzsec_test::parse_error_of([] { kw::read_un_issues_text("rcid,short_name,issue\n5, \"x\",b\n", "q.csv"); }) ==
              "[kzsec] q.csv:2: malformed CSV: a quote inside an unquoted field");
    }
}

}  // TEST_SUITE
