// read_csv.cpp — read a network from a CSV table and look at it.
//
// What this shows: how to load relations, memberships and events from a CSV
// in the layout of the Kazakhstan facts table (year_from, year_to, actor_a,
// actor_b, domain, kind, value, confidence, basis, section, note, source),
// how loading errors name the file, line and column, and how to ask the loaded
// network what holds in a given year.
//
// Usage: read_csv <table.csv>     (the test passes examples/data/uzbekistan.csv)
// Expected output: read_csv.expected (compared by ctest).
#include <cstdio>
#include <exception>

#include <kzsec/kzsec.hpp>

static int run(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: read_csv <table.csv>\n");
        return 2;
    }
    kzsec::network net;
    kzsec::csv_import_options opt;
    opt.add_missing_actors = true;  // actors named in the table are created as states
    kzsec::read_csv_table(net, argv[1], opt);

    std::printf("loaded %zu actors, %zu relations, %zu memberships, %zu events\n", net.actors().size(),
                net.relations().size(), net.memberships().size(), net.events().size());
    const auto span = net.years();
    std::printf("years covered: %d-%d\n", span.from, span.to);

    for (int year : {2010, 2020}) {
        std::printf("-- relations of UZB holding in %d:\n", year);
        for (const auto& r : net.relations_in(year))
            if (r.a == "UZB" || r.b == "UZB")
                std::printf("   %-4s %-4s %-9s %+.2f  (%s confidence)\n", r.a.c_str(), r.b.c_str(), r.domain.c_str(),
                            r.value, std::string(kzsec::to_string(r.conf)).c_str());
    }

    // A broken row gives an error that says where and what.
    kzsec::network scratch;
    try {
        kzsec::read_csv_table_text(scratch,
                                   "year_from,year_to,actor_a,actor_b,domain,value\n"
                                   "2000,2005,UZB,KAZ,security,0.4\n"
                                   "2006,2001,UZB,KAZ,security,0.5\n",
                                   "broken.csv", opt);
    } catch (const std::exception& e) {
        std::printf("error: %s\n", e.what());
    }
    std::printf("after the error the scratch network holds %zu relations (nothing half-loaded)\n",
                scratch.relations().size());
    return 0;
}

int main(int argc, char** argv) {
    // Every kzsec error derives from std::exception; say what went wrong and exit with 1.
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "read_csv: %s\n", e.what());
        return 1;
    }
}
