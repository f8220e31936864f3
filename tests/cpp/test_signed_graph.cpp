#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include <kzsec/errors.hpp>
#include <kzsec/signed_graph.hpp>

using namespace kzsec;

TEST_SUITE("signed_graph") {
    TEST_CASE("from_edges builds a simple undirected graph") {
        std::vector<weighted_edge> e{{0, 1, 1.0}, {1, 2, -0.5}, {2, 0, 2.0}};
        auto g = signed_graph::from_edges(e);
        CHECK(g.num_vertices() == 3);
        CHECK(g.num_edges() == 3);
        CHECK(g.num_positive_edges() == 2);
        CHECK(g.num_negative_edges() == 1);
        CHECK(g.weight(1, 0) == 1.0);
        CHECK(g.weight(2, 1) == -0.5);
        CHECK(g.labels() == std::vector<std::string>{"0", "1", "2"});
        const auto a = g.adjacency();
        CHECK(a(0, 2) == 2.0);
        CHECK(a(2, 0) == 2.0);
        CHECK(a(0, 0) == 0.0);
        CHECK(g.reduction().merged_pairs == 0);
        CHECK(g.reduction().cancelled.empty());
    }

    // One pair with directed ties u->v = +0.6, v->u = -0.2, another pair with
    // +1 and -1 that cancel under 'sum', and one with -0.3, +0.2, +0.4.
    // Worked by hand:
    //   pair (0,1): sum 0.4; sign_sum sign(+1-1)=0 -> cancelled; min -0.2; max 0.6; negative_wins -0.2
    //   pair (1,2): sum 0 -> cancelled; sign_sum 0 -> cancelled; min -1; max 1; negative_wins -1
    //   pair (2,3): sum 0.3; sign_sum sign(-1+1+1)=+1; min -0.3; max 0.4; negative_wins -0.3
    const std::vector<weighted_edge> directed_ties{{0, 1, 0.6}, {1, 0, -0.2}, {1, 2, 1.0}, {2, 1, -1.0},
                                                   {2, 3, -0.3}, {3, 2, 0.2},  {2, 3, 0.4}};

    TEST_CASE("symmetrisation rules on a hand-worked case") {
        auto build = [&](symmetrize_rule r) {
            from_edges_options o;
            o.directed = true;
            o.symmetrize = r;
            return signed_graph::from_edges(directed_ties, 4, {}, o);
        };
        SUBCASE("sum (KONECT)") {
            auto g = build(symmetrize_rule::sum);
            CHECK(g.weight(0, 1) == doctest::Approx(0.4));
            CHECK(g.weight(1, 2) == 0.0);
            CHECK(g.weight(2, 3) == doctest::Approx(0.3));
            REQUIRE(g.reduction().cancelled.size() == 1);
            CHECK(g.reduction().cancelled[0].u == 1);
            CHECK(g.reduction().cancelled[0].v == 2);
            CHECK(g.reduction().cancelled[0].weights == std::vector<double>{1.0, -1.0});
            CHECK(g.reduction().merged_pairs == 3);
            CHECK(g.reduction().input_ties == 7);
            CHECK(g.num_edges() == 2);
        }
        SUBCASE("sign_sum") {
            auto g = build(symmetrize_rule::sign_sum);
            CHECK(g.weight(0, 1) == 0.0);
            CHECK(g.weight(2, 3) == 1.0);
            CHECK(g.reduction().cancelled.size() == 2);
        }
        SUBCASE("min") {
            auto g = build(symmetrize_rule::min);
            CHECK(g.weight(0, 1) == -0.2);
            CHECK(g.weight(1, 2) == -1.0);
            CHECK(g.weight(2, 3) == -0.3);
            CHECK(g.reduction().cancelled.empty());
        }
        SUBCASE("max") {
            auto g = build(symmetrize_rule::max);
            CHECK(g.weight(0, 1) == 0.6);
            CHECK(g.weight(1, 2) == 1.0);
            CHECK(g.weight(2, 3) == 0.4);
        }
        SUBCASE("negative_wins") {
            auto g = build(symmetrize_rule::negative_wins);
            CHECK(g.weight(0, 1) == -0.2);
            CHECK(g.weight(1, 2) == -1.0);
            CHECK(g.weight(2, 3) == -0.3);
        }
        SUBCASE("error") {
            CHECK_THROWS_WITH_AS(build(symmetrize_rule::error),
                                 "[kzsec] signed_graph::from_edges: 2 ties between '0' and '1' (symmetrize='error'); "
                                 "choose a rule such as 'sum'",
                                 invalid_input);
        }
    }

    TEST_CASE("reduce_ties gives the hand-worked values of each rule") {
        const std::vector<double> w{-0.3, 0.2, 0.4, 0.0};  // the zero tie is ignored
        CHECK(reduce_ties(symmetrize_rule::sum, w) == doctest::Approx(0.3));
        CHECK(reduce_ties(symmetrize_rule::error, w) == doctest::Approx(0.3));
        CHECK(reduce_ties(symmetrize_rule::sign_sum, w) == 1.0);
        CHECK(reduce_ties(symmetrize_rule::min, w) == -0.3);
        CHECK(reduce_ties(symmetrize_rule::max, w) == 0.4);
        CHECK(reduce_ties(symmetrize_rule::negative_wins, w) == -0.3);
        CHECK(reduce_ties(symmetrize_rule::sum, std::vector<double>{1.0, -1.0}) == 0.0);  // cancel
        CHECK(reduce_ties(symmetrize_rule::max, std::vector<double>{0.0}) == 0.0);        // no tie
    }

    TEST_CASE("rule names round-trip") {
        for (auto r : {symmetrize_rule::sum, symmetrize_rule::sign_sum, symmetrize_rule::min, symmetrize_rule::max,
                       symmetrize_rule::negative_wins, symmetrize_rule::error})
            CHECK(parse_symmetrize_rule(to_string(r)) == r);
        CHECK_THROWS_AS(parse_symmetrize_rule("average"), invalid_input);
    }

    TEST_CASE("invalid input gives clear errors") {
        std::vector<weighted_edge> loop{{0, 0, 1.0}};
        CHECK_THROWS_WITH_AS(signed_graph::from_edges(loop),
                             "[kzsec] signed_graph::from_edges: tie 0 is a self-loop on '0' (use self_loops='drop' "
                             "to drop them)",
                             invalid_input);
        from_edges_options drop;
        drop.self_loops = self_loop_policy::drop;
        auto g = signed_graph::from_edges(loop, 0, {}, drop);
        CHECK(g.num_edges() == 0);
        CHECK(g.reduction().self_loops_dropped == 1);

        std::vector<weighted_edge> nan{{0, 1, std::numeric_limits<double>::quiet_NaN()}};
        CHECK_THROWS_AS(signed_graph::from_edges(nan), invalid_input);
        std::vector<weighted_edge> far{{0, 5, 1.0}};
        CHECK_THROWS_WITH_AS(signed_graph::from_edges(far, 3),
                             "[kzsec] signed_graph::from_edges: vertex index 5 out of range (n = 3)", invalid_input);
        CHECK_THROWS_WITH_AS(signed_graph(std::vector<std::string>{"A", "A"}),
                             "[kzsec] signed_graph: duplicate vertex label 'A'", invalid_input);
        std::vector<weighted_edge> zero{{0, 1, 0.0}, {1, 2, 1.0}};
        auto z = signed_graph::from_edges(zero);
        CHECK(z.reduction().zero_weight_ties == 1);
        CHECK(z.num_edges() == 1);
    }

    TEST_CASE("labelled edges keep first-appearance order") {
        std::vector<labelled_edge> e{{"KAZ", "RUS", 0.8}, {"KAZ", "CHN", 0.5}, {"RUS", "UKR", -1.0}};
        auto g = signed_graph::from_labelled_edges(e);
        CHECK(g.labels() == std::vector<std::string>{"KAZ", "RUS", "CHN", "UKR"});
        CHECK(g.index("UKR") == 3);
        CHECK(g.weight(g.index("RUS"), g.index("UKR")) == -1.0);
        CHECK_THROWS_AS(g.index("USA"), unknown_actor);
    }

    TEST_CASE("from_matrix: symmetric, non-symmetric and directed") {
        Eigen::MatrixXd a(3, 3);
        a << 0, 1, -1, 1, 0, 0, -1, 0, 0;
        auto g = signed_graph::from_matrix(a, {"x", "y", "z"});
        CHECK(g.num_edges() == 2);
        CHECK(g.adjacency() == a);
        Eigen::MatrixXd d(2, 2);
        d << 0, 0.5, -0.5, 0;
        CHECK_THROWS_AS(signed_graph::from_matrix(d), invalid_input);
        from_edges_options o;
        o.directed = true;
        auto h = signed_graph::from_matrix(d, {}, o);
        CHECK(h.num_edges() == 0);
        CHECK(h.reduction().cancelled.size() == 1);
        Eigen::MatrixXd r(2, 3);
        CHECK_THROWS_AS(signed_graph::from_matrix(r), invalid_input);
    }

    TEST_CASE("views, CSR, components and subgraphs") {
        std::vector<weighted_edge> e{{0, 1, 1.0}, {1, 2, -1.0}, {3, 4, -2.0}};
        auto g = signed_graph::from_edges(e, 6);
        auto pos = g.positive_view();
        auto neg = g.negative_view();
        std::size_t np = 0, nn = 0;
        for (auto [it, end] = boost::edges(pos); it != end; ++it) ++np;
        for (auto [it, end] = boost::edges(neg); it != end; ++it) ++nn;
        CHECK(np == 1);
        CHECK(nn == 2);
        const auto& c = g.csr();
        CHECK(c.ptr.size() == 7);
        CHECK(c.ptr[6] == 6);  // 2m entries
        CHECK(c.nbr[c.ptr[1]] == 0);
        CHECK(c.nbr[c.ptr[1] + 1] == 2);
        CHECK(c.wt[c.ptr[1] + 1] == -1.0);
        std::size_t k = 0;
        auto comp = g.components(&k);
        CHECK(k == 3);  // {0,1,2}, {3,4}, {5}
        CHECK(comp[0] == comp[2]);
        CHECK(comp[3] == comp[4]);
        CHECK(comp[0] != comp[3]);
        std::vector<std::size_t> sub{2, 1};
        auto h = g.induced_subgraph(sub);
        CHECK(h.labels() == std::vector<std::string>{"2", "1"});
        CHECK(h.weight(0, 1) == -1.0);
        g.set_edge(0, 2, 0.5);
        CHECK(g.csr().ptr[6] == 8);
        CHECK(g.remove_edge(0, 2));
        CHECK_FALSE(g.remove_edge(0, 2));
        CHECK_THROWS_AS(g.set_edge(0, 0, 1.0), invalid_input);
        CHECK_THROWS_AS(g.set_edge(0, 1, 0.0), invalid_input);
    }

    TEST_CASE("from_parts rebuilds a graph with its reduction report, and refuses bad parts") {
        from_edges_options o;
        o.directed = true;
        const auto g = signed_graph::from_edges(directed_ties, 4, {"A", "B", "C", "D"}, o);
        const auto e = g.edges();
        const auto h = signed_graph::from_parts(g.labels(), e, g.reduction());
        CHECK(h == g);
        CHECK(h.reduction().rule == symmetrize_rule::sum);
        CHECK(h.reduction().directed_input);
        CHECK(h.reduction().input_ties == 7);
        CHECK(h.reduction().merged_pairs == 3);
        REQUIRE(h.reduction().cancelled.size() == 1);
        CHECK(h.reduction().cancelled[0].weights == std::vector<double>{1.0, -1.0});
        std::vector<weighted_edge> twice{{0, 1, 1.0}, {1, 0, -1.0}};
        CHECK_THROWS_WITH_AS(signed_graph::from_parts({"A", "B"}, twice, {}), doctest::Contains("given twice"), invalid_input);
        std::vector<weighted_edge> out{{0, 5, 1.0}};
        CHECK_THROWS_WITH_AS(signed_graph::from_parts({"A", "B"}, out, {}), doctest::Contains("out of range"), invalid_input);
        std::vector<weighted_edge> zero{{0, 1, 0.0}};
        CHECK_THROWS_AS(signed_graph::from_parts({"A", "B"}, zero, {}), invalid_input);
        CHECK_THROWS_WITH_AS(signed_graph::from_parts({"A", "A"}, {}, {}), doctest::Contains("duplicate"), invalid_input);
        reduction_report bad;
        bad.cancelled.push_back({0, 7, {1.0, -1.0}});
        CHECK_THROWS_WITH_AS(signed_graph::from_parts({"A", "B"}, {}, bad), doctest::Contains("cancelled pair"), invalid_input);
    }
}

TEST_SUITE("signed_graph copy-on-write") {
    TEST_CASE("a modified copy leaves the original as it was, in either direction") {
        auto g = signed_graph::from_edges(std::vector<weighted_edge>{{0, 1, 1.0}, {1, 2, -1.0}});
        const auto& csr_before = g.csr();
        signed_graph h = g;
        CHECK(h == g);
        h.set_edge(0, 2, -2.0);
        h.add_vertex("x");
        CHECK(g.num_edges() == 2);
        CHECK(g.num_vertices() == 3);
        CHECK(g.weight(0, 2) == 0.0);
        CHECK(h.num_edges() == 3);
        CHECK(h.weight(2, 0) == -2.0);
        CHECK(h.csr().ptr.size() == 5);
        // the original's cache was neither rebuilt nor invalidated by the copy's change
        CHECK(&g.csr() == &csr_before);
        CHECK(g.csr().nbr == std::vector<std::uint32_t>{1, 0, 2, 1});
        signed_graph k = h;
        g.remove_edge(0, 1);  // and the other way round
        CHECK(h.weight(0, 1) == 1.0);
        CHECK(k == h);
        CHECK_FALSE(k == g);
    }

    TEST_CASE("a moved-from graph is empty and usable") {
        auto g = signed_graph::from_edges(std::vector<weighted_edge>{{0, 1, 1.0}});
        signed_graph h = std::move(g);
        CHECK(h.num_edges() == 1);
        CHECK(g.num_vertices() == 0);  // NOLINT(bugprone-use-after-move): specified as empty
        CHECK(g.csr().ptr.size() == 1);
        g.add_vertex("a");
        CHECK(g.num_vertices() == 1);
        signed_graph e1, e2;
        e1.add_vertex("only here");
        CHECK(e2.num_vertices() == 0);
    }

    TEST_CASE("the CSR built from sorted pairs equals the one rebuilt from the Boost graph") {
        // from_edges builds the CSR directly (counting sorts); set_edge makes csr() rebuild it
        // from the adjacency list: both must agree, rows sorted, on a random multigraph input.
        std::uint64_t x = 12345;
        auto next = [&] { x = x * 6364136223846793005ULL + 1442695040888963407ULL; return x >> 33; };
        const std::size_t n = 60;
        std::vector<weighted_edge> e;
        for (int i = 0; i < 900; ++i) {
            const std::size_t u = next() % n, v = next() % n;
            if (u != v) e.push_back({u, v, (next() % 2 ? 1.0 : -1.0) * static_cast<double>(1 + next() % 3)});
        }
        const auto g = signed_graph::from_edges(e, n);
        signed_graph h(n);
        for (const auto& t : g.edges()) h.set_edge(t.v, t.u, t.weight);
        CHECK(g.csr().ptr == h.csr().ptr);
        CHECK(g.csr().nbr == h.csr().nbr);
        CHECK(g.csr().wt == h.csr().wt);
        // each pair carries the sum of its input ties (rule sum), counted by brute force
        for (const auto& t : g.edges()) {
            double s = 0.0;
            for (const auto& y : e)
                if (std::min(y.u, y.v) == t.u && std::max(y.u, y.v) == t.v) s += y.weight;
            CHECK(s == t.weight);
        }
    }
}
