// Bindings of include/kzsec/balance.hpp as the submodule kzsec._core.balance.
#include "bindings.hpp"
#include "private_copy.hpp"

#include <kzsec/balance.hpp>
#include <kzsec/errors.hpp>

namespace kzsec::python {

namespace {

// The name of an enum value, as Python defaults of the option fields.
template <class T>
std::string name(T value) {
    return std::string(to_string(value));
}

// TriangleResult, WalkResult and SpectralResult.
void bind_balance_index_results(py::module_& m) {
    py::class_<triangle_result>(m, "TriangleResult", "Result of triangle_index (census, indices, witnesses).")
        .def_property_readonly("census", [](const triangle_result& r) {
            return py::make_tuple(r.census[0], r.census[1], r.census[2], r.census[3]); },
            "Triangles with 0, 1, 2, 3 negative edges: (+++, ++-, +--, ---).")
        .def_readonly("triangles", &triangle_result::triangles)
        .def_readonly("balanced", &triangle_result::balanced)
        .def_readonly("unbalanced", &triangle_result::unbalanced)
        .def_readonly("index", &triangle_result::index, "Share of balanced triangles (chosen convention).")
        .def_readonly("strong_index", &triangle_result::strong_index)
        .def_readonly("weak_index", &triangle_result::weak_index)
        .def_readonly("balanced_weight", &triangle_result::balanced_weight)
        .def_readonly("total_weight", &triangle_result::total_weight)
        .def_property_readonly("unbalanced_triangles", [](const triangle_result& r) {
            py::array_t<std::int64_t> a({static_cast<py::ssize_t>(r.unbalanced_triangles.size()), py::ssize_t{3}});
            auto v = a.mutable_unchecked<2>();
            for (std::size_t i = 0; i < r.unbalanced_triangles.size(); ++i)
                for (int j = 0; j < 3; ++j)
                    v(static_cast<py::ssize_t>(i), j) = static_cast<std::int64_t>(r.unbalanced_triangles[i][static_cast<std::size_t>(j)]);
            return a; }, "Unbalanced triangles as an (k, 3) array of vertex indices (if requested).")
        .def_readonly("list_truncated", &triangle_result::list_truncated)
        .def_property_readonly("vertex_unbalanced", [](const triangle_result& r) { return to_array(r.vertex_unbalanced); },
                               "Per vertex: unbalanced triangles through it (cross-pressure).")
        .def_readonly("weak", &triangle_result::weak)
        .def_property_readonly("weighting", [](const triangle_result& r) { return std::string(to_string(r.weighting)); })
        .def_readonly("convention", &triangle_result::convention)
        .def("__repr__", [](const triangle_result& r) {
            return "TriangleResult(triangles=" + std::to_string(r.triangles) + ", census=(" +
                   std::to_string(r.census[0]) + ", " + std::to_string(r.census[1]) + ", " +
                   std::to_string(r.census[2]) + ", " + std::to_string(r.census[3]) + "), index=" +
                   std::to_string(r.index) + ", convention='" + r.convention + "')";
        });

    py::class_<walk_result>(m, "WalkResult", "Result of walk_index.")
        .def_readonly("index", &walk_result::index)
        .def_readonly("balanced_share", &walk_result::balanced_share)
        .def_readonly("lack_of_balance", &walk_result::lack_of_balance)
        .def_readonly("log_trace_signed", &walk_result::log_trace_signed)
        .def_readonly("log_trace_unsigned", &walk_result::log_trace_unsigned)
        .def_readonly("lambda_max_signed", &walk_result::lambda_max_signed)
        .def_readonly("lambda_max_unsigned", &walk_result::lambda_max_unsigned)
        .def_readonly("beta", &walk_result::beta)
        .def_readonly("index_lower", &walk_result::index_lower, "Proven lower bound on K (= index when exact).")
        .def_readonly("index_upper", &walk_result::index_upper, "Proven upper bound on K (= index when exact).")
        .def_readonly("exact", &walk_result::exact, "All eigenvalues were used (dense method).")
        .def_property_readonly("method", [](const walk_result& r) { return std::string(to_string(r.method)); },
                               "Method used: 'dense' or 'sparse' (truncated).")
        .def_readonly("eigenvalues_used", &walk_result::eigenvalues_used)
        .def_readonly("convention", &walk_result::convention)
        .def("__repr__", [](const walk_result& r) {
            return "WalkResult(index=" + std::to_string(r.index) + ", beta=" + std::to_string(r.beta) + ")";
        });

    py::class_<spectral_result>(m, "SpectralResult", "Result of spectral_index.")
        .def_readonly("lambda_min", &spectral_result::lambda_min)
        .def_readonly("lambda_max", &spectral_result::lambda_max)
        .def_readonly("relative", &spectral_result::relative)
        .def_property_readonly("vertices", [](const spectral_result& r) { return to_array(r.vertices); })
        .def_readonly("vector", &spectral_result::vector)
        .def_readonly("isolated", &spectral_result::isolated)
        .def_readonly("normalized", &spectral_result::normalized)
        .def_property_readonly("component", [](const spectral_result& r) { return std::string(to_string(r.component)); })
        .def_property_readonly("method", [](const spectral_result& r) { return std::string(to_string(r.method)); },
                               "Method used: 'dense' (LAPACK) or 'sparse' (Lanczos).")
        .def_readonly("convention", &spectral_result::convention)
        .def("__repr__", [](const spectral_result& r) {
            return "SpectralResult(lambda_min=" + std::to_string(r.lambda_min) + ", convention='" + r.convention + "')";
        });
}

// FrustrationResult and BlockmodelResult.
void bind_balance_frustration_results(py::module_& m) {
    py::class_<frustration_result>(m, "FrustrationResult", "Result of frustration (L, bounds, partition).")
        .def_readonly("frustration", &frustration_result::frustration)
        .def_readonly("lower_bound", &frustration_result::lower_bound)
        .def_readonly("upper_bound", &frustration_result::upper_bound)
        .def_readonly("optimal", &frustration_result::optimal)
        .def_readonly("normalised", &frustration_result::normalised,
                      "Normalised frustration F = 1 - 2L/m (weighted: 1 - 2L/sum|w|); 1 without ties.")
        .def_property_readonly(
            "normalized",
            [](const frustration_result& r) {
                warn_deprecated("FrustrationResult.normalized is deprecated; use .normalised (issue #14)");
                return r.normalised;
            },
            "Deprecated alias of ``normalised`` (issue #14); warns.")
        .def_property_readonly("partition", [](const frustration_result& r) { return to_array(r.partition); },
                               "s_v in {+1, -1} per vertex: the two coalitions.")
        .def_property_readonly("frustrated_edges", [](const frustration_result& r) {
            py::array_t<std::int64_t> a({static_cast<py::ssize_t>(r.frustrated_edges.size()), py::ssize_t{2}});
            auto v = a.mutable_unchecked<2>();
            for (std::size_t i = 0; i < r.frustrated_edges.size(); ++i) {
                v(static_cast<py::ssize_t>(i), 0) = static_cast<std::int64_t>(r.frustrated_edges[i].first);
                v(static_cast<py::ssize_t>(i), 1) = static_cast<std::int64_t>(r.frustrated_edges[i].second);
            }
            return a; }, "Frustrated edges as a (L, 2) array of vertex indices (u < v).")
        .def_readonly("nodes", &frustration_result::nodes)
        .def_readonly("seconds", &frustration_result::seconds)
        .def_readonly("blocks", &frustration_result::blocks)
        .def_readonly("reduced_vertices", &frustration_result::reduced_vertices)
        .def_readonly("spectral_bound", &frustration_result::spectral_bound,
                      "Spectral lower bound sum over blocks of lambda_min(L) n / 4 (heuristic only).")
        .def_readonly("certified_gap", &frustration_result::certified_gap,
                      "upper_bound / lower_bound (1 if L = 0, inf if the lower bound is 0).")
        .def_readonly("weighted", &frustration_result::weighted)
        .def_property_readonly("method", [](const frustration_result& r) { return std::string(to_string(r.method)); })
        .def_readonly("convention", &frustration_result::convention)
        .def("__repr__", [](const frustration_result& r) {
            return "FrustrationResult(frustration=" + std::to_string(r.frustration) + ", lower_bound=" +
                   std::to_string(r.lower_bound) + ", optimal=" + (r.optimal ? "True" : "False") + ")";
        });

    py::class_<blockmodel_result>(m, "BlockmodelResult", "Result of blockmodel.")
        .def_readonly("criterion", &blockmodel_result::criterion)
        .def_readonly("negative_within", &blockmodel_result::negative_within)
        .def_readonly("positive_between", &blockmodel_result::positive_between)
        .def_property_readonly("membership", [](const blockmodel_result& r) { return to_array(r.membership); })
        .def_readonly("k", &blockmodel_result::k)
        .def_readonly("blocks_used", &blockmodel_result::blocks_used)
        .def_readonly("optimal", &blockmodel_result::optimal)
        .def_readonly("nodes", &blockmodel_result::nodes)
        .def_readonly("alpha", &blockmodel_result::alpha)
        .def_readonly("convention", &blockmodel_result::convention)
        .def("__repr__", [](const blockmodel_result& r) {
            return "BlockmodelResult(criterion=" + std::to_string(r.criterion) + ", k=" + std::to_string(r.k) +
                   ", optimal=" + (r.optimal ? "True" : "False") + ")";
        });
}

// triangle_index.
void bind_balance_triangle_index(py::module_& m) {
    const triangle_options tri{};  // Python defaults are the C++ defaults
    m.def(
        "triangle_index",
        [](const signed_graph& g, bool weak, const std::string& weighting, bool list_unbalanced,
           std::size_t max_listed) {
            triangle_options o;
            o.weak = weak;
            o.weighting = parse_triangle_weighting(weighting);
            o.list_unbalanced = list_unbalanced;
            o.max_listed = max_listed;
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return triangle_index(snap, o);
        },
        py::arg("g"), py::arg("weak") = tri.weak, py::arg("weighting") = name(tri.weighting),
        py::arg("list_unbalanced") = tri.list_unbalanced, py::arg("max_listed") = tri.max_listed, R"doc(
Triangle balance index with the signed triangle census.

A triangle is balanced (strong, Cartwright-Harary) iff the product of its signs
is positive; with ``weak=True`` (Davis) the all-negative triangle is balanced too.
T = sum of balanced triangle weights / sum of all triangle weights, the weight
being 1 (``weighting="sign"``) or |w_ij w_jk w_ki| (``"product"``, which gives
T = (tr W^3 + tr |W|^3) / (2 tr |W|^3)). KONECT's triadic conflict is 1 - T.

Parameters
----------
g : SignedGraph
weak : bool, default False
weighting : {"sign", "product"}
list_unbalanced : bool, default False
    Fill ``unbalanced_triangles``.
max_listed : int
    Maximum number of listed triangles.

Returns
-------
TriangleResult
    census (+++, ++-, +--, ---), index, strong_index, weak_index,
    unbalanced_triangles, vertex_unbalanced (cross-pressure), convention.

Complexity: O(m^1.5). Releases the GIL.
)doc");
}

// walk_index.
void bind_balance_walk_index(py::module_& m) {
    const walk_options walk{};  // Python defaults are the C++ defaults
    m.def(
        "walk_index",
        [](const signed_graph& g, double beta, bool weighted, const std::string& method, std::size_t eigenvalues,
           std::size_t dense_max_vertices, double sparse_tolerance) {
            walk_options o;
            o.beta = beta;
            o.weighted = weighted;
            o.method = parse_eigen_method(method);
            o.eigenvalues = eigenvalues;
            o.dense_max_vertices = dense_max_vertices;
            o.sparse_tolerance = sparse_tolerance;
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return walk_index(snap, o);
        },
        py::arg("g"), py::arg("beta") = walk.beta, py::arg("weighted") = walk.weighted, py::arg("method") = name(walk.method),
        py::arg("eigenvalues") = walk.eigenvalues, py::arg("dense_max_vertices") = walk.dense_max_vertices,
        py::arg("sparse_tolerance") = walk.sparse_tolerance, R"doc(
Walk-based balance K(beta) = tr exp(beta A) / tr exp(beta |A|) (Estrada & Benzi 2014).

Computed from the eigenvalues of A and |A| with shifted exponentials (no overflow).

Parameters
----------
g : SignedGraph
beta : float, default 1.0
weighted : bool, default False
    Use the weighted matrix instead of the sign matrix.
method : {"auto", "dense", "sparse"}, default "auto"
    "dense": exact, all eigenvalues (LAPACK). "sparse": the truncated form, only the
    ``eigenvalues`` largest eigenvalues of A and abs(A) (Lanczos), with proven bounds
    index_lower <= K <= index_upper and index their midpoint. "auto": dense while
    n <= dense_max_vertices, else sparse.
eigenvalues : int, default 32
    k, the eigenvalues kept by the truncated form.
dense_max_vertices : int, default 4000
sparse_tolerance : float, default 1e-10

Returns
-------
WalkResult
    index K, balanced_share (1+K)/2, lack_of_balance (1-K)/(1+K), log traces,
    index_lower, index_upper, exact, method.

Raises
------
ValueError
    beta <= 0, empty graph, eigenvalues = 0 or an unknown method.
ArithmeticError
    The sparse solver did not converge.

Complexity: dense O(n^3); sparse O(k m) per Lanczos restart. Releases the GIL.
)doc");
}

// spectral_index.
void bind_balance_spectral_index(py::module_& m) {
    const spectral_options spec{};  // Python defaults are the C++ defaults
    m.def(
        "spectral_index",
        [](const signed_graph& g, bool normalized, const std::string& component, bool weighted, bool eigenvector,
           const std::string& method, double sparse_tolerance) {
            spectral_options o;
            o.normalized = normalized;
            o.component = parse_component_choice(component);
            o.weighted = weighted;
            o.eigenvector = eigenvector;
            o.method = parse_eigen_method(method);
            o.sparse_tolerance = sparse_tolerance;
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return spectral_index(snap, o);
        },
        py::arg("g"), py::arg("normalized") = spec.normalized, py::arg("component") = name(spec.component),
        py::arg("weighted") = spec.weighted, py::arg("eigenvector") = spec.eigenvector, py::arg("method") = name(spec.method),
        py::arg("sparse_tolerance") = spec.sparse_tolerance, R"doc(
Smallest eigenvalue of the signed Laplacian D - A ("algebraic conflict").

Parameters
----------
g : SignedGraph
normalized : bool, default False
    Use I - D^-1/2 A D^-1/2 (isolated vertices get a zero row).
component : {"whole", "largest"}
    "largest" is KONECT's convention (largest connected component).
weighted : bool, default False
eigenvector : bool, default False
    Also return the eigenvector of lambda_min (a relaxed partition).
method : {"auto", "dense", "sparse"}, default "auto"
    "dense": LAPACK on the n x n Laplacian. "sparse": Lanczos (Spectra) for
    lambda_min and lambda_max. "auto": sparse iff n >= 400 and 2m <= n^2 / 8.
sparse_tolerance : float, default 1e-10
    Each eigenvalue is accurate to about sparse_tolerance * 3 * (max row sum of abs(L)).

Returns
-------
SpectralResult
    lambda_min, lambda_max, relative = lambda_min n / (8 m), vertices used, method.

Complexity: dense O(n^3); sparse O(m) per Lanczos step, O(n + m) memory. Releases the GIL.
)doc");
}

// frustration, CyclePartResult and cycle_part.
void bind_balance_frustration(py::module_& m) {
    const frustration_options fru{};  // Python defaults are the C++ defaults
    m.def(
        "frustration",
        [](const signed_graph& g, const std::string& method, double time_limit, std::uint64_t seed, bool weighted,
           std::size_t restarts) {
            frustration_options o;
            o.method = parse_frustration_method(method);
            o.time_limit = time_limit;
            o.seed = seed;
            o.weighted = weighted;
            o.restarts = restarts;
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return frustration(snap, o);
        },
        py::arg("g"), py::arg("method") = name(fru.method), py::arg("time_limit") = fru.time_limit, py::arg("seed") = fru.seed,
        py::arg("weighted") = fru.weighted, py::arg("restarts") = fru.restarts, R"doc(
Frustration (line) index L: least number (weight) of edges whose sign change balances the graph.

L = min over s in {+1,-1}^n of sum over edges of w_ij [sigma_ij s_i s_j < 0];
F = 1 - 2L/m (weighted: 1 - 2L / sum |w|).

Parameters
----------
g : SignedGraph
method : {"auto", "exact", "heuristic"}
    "exact": branch and bound to proven optimality (bounds if the time limit
    is hit); "heuristic": local search plus a cycle-packing lower bound.
time_limit : float, seconds
seed : int
weighted : bool, default False
restarts : int
    Local-search starts per block.

Returns
-------
FrustrationResult
    frustration, lower_bound, upper_bound, optimal, normalised, partition
    (numpy array of +1/-1), frustrated_edges, nodes, seconds, convention.

Complexity: exponential in the worst case (NP-hard); see docs/balance.md. Releases the GIL.
)doc");

    py::class_<cycle_part_result>(m, "CyclePartResult",
                                  "The ties on a cycle (the graph minus its bridges) and the ties left out.")
        .def_readonly("graph", &cycle_part_result::graph, "Same vertices, only the ties on a cycle.")
        .def_property_readonly(
            "removed",
            [](const cycle_part_result& r) {
                py::list out;
                for (const auto& e : r.removed) out.append(py::make_tuple(e.u, e.v, e.weight));
                return out;
            },
            "The ties on no cycle (bridges and pendant ties) as (u, v, weight), u < v, sorted.")
        .def_readonly("vertices_on_cycles", &cycle_part_result::vertices_on_cycles)
        .def("__repr__", [](const cycle_part_result& r) {
            return "<CyclePartResult " + std::to_string(r.graph.num_edges()) + " ties on a cycle, " +
                   std::to_string(r.removed.size()) + " left out>";
        });
    m.def(
        "cycle_part", [](const signed_graph& g) { return cycle_part(g); }, py::arg("g"), R"doc(
The part of a signed graph that can be unbalanced: the graph minus its bridges.

An edge lies on no cycle iff it is a bridge; balance is a property of cycles
(Harary 1953), so removing the bridges never changes the frustration index.
One pass suffices (the result is bridgeless). Unlike the 2-core it drops a
bridge between two cycles.

Returns
-------
CyclePartResult
    graph (same vertices), removed [(u, v, weight)], vertices_on_cycles.

Complexity: O(n + m).
)doc");
}

// PartitionsResult and optimal_partitions.
void bind_balance_optimal_partitions(py::module_& m) {
    const partitions_options par{};  // Python defaults are the C++ defaults
    py::class_<partitions_result>(m, "PartitionsResult", "Every optimal partition of the frustration index (capped).")
        .def_readonly("frustration", &partitions_result::frustration)
        .def_readonly("count", &partitions_result::count)
        .def_readonly("complete", &partitions_result::complete)
        .def_readonly("unique", &partitions_result::unique)
        .def_readonly("component_counts", &partitions_result::component_counts)
        .def_property_readonly(
            "partitions",
            [](const partitions_result& r) {
                const std::size_t n = r.partitions.empty() ? 0 : r.partitions.front().size();
                py::array_t<int> a(std::vector<py::ssize_t>{static_cast<py::ssize_t>(r.partitions.size()), static_cast<py::ssize_t>(n)});
                auto x = a.mutable_unchecked<2>();
                for (std::size_t i = 0; i < r.partitions.size(); ++i)
                    for (std::size_t j = 0; j < n; ++j) x(static_cast<py::ssize_t>(i), static_cast<py::ssize_t>(j)) = r.partitions[i][j];
                return a;
            },
            "The optimal partitions, one row of +1/-1 per partition (numpy array).")
        .def_readonly("method", &partitions_result::method)
        .def_readonly("weighted", &partitions_result::weighted)
        .def("__repr__", [](const partitions_result& r) {
            return "<PartitionsResult L=" + std::to_string(r.frustration) + " count=" + std::to_string(r.count) +
                   (r.complete ? "" : " (lower bound)") + ">";
        });
    m.def(
        "optimal_partitions",
        [](const signed_graph& g, bool weighted, const std::string& method, std::size_t enumerate_max_vertices,
           std::size_t max_count, double time_limit) {
            partitions_options o;
            o.weighted = weighted;
            o.method = parse_partitions_method(method);
            o.enumerate_max_vertices = enumerate_max_vertices;
            o.max_count = max_count;
            o.time_limit = time_limit;
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return optimal_partitions(snap, o);
        },
        py::arg("g"), py::arg("weighted") = par.weighted, py::arg("method") = name(par.method),
        py::arg("enumerate_max_vertices") = par.enumerate_max_vertices, py::arg("max_count") = par.max_count,
        py::arg("time_limit") = par.time_limit, R"doc(
Every optimal partition (coalitions of least frustration), and their number.

Partitions are normalised as in ``frustration`` (the first vertex of every
component on +1); components multiply. Per component: enumeration of all
2^(n-1) bipartitions (``method="enumeration"``, components up to 24 vertices)
or a depth-first branch and bound that lists every partition of value L.

Returns
-------
PartitionsResult
    frustration, count (exact if ``complete``, else a lower bound), unique,
    component_counts, partitions (numpy array, at most ``max_count`` rows), method.

Complexity: O(2^(n-1) m) per enumerated component; exponential worst case otherwise.
)doc");
}

// shares_with and frustration_of.
void bind_balance_partition_checks(py::module_& m) {
    m.def(
        "shares_with",
        [](const signed_graph& g, const std::string& focal, py::array_t<int, py::array::c_style | py::array::forcecast> parts) {
            std::vector<std::vector<int>> ps;
            if (parts.ndim() != 2) throw invalid_input("[kzsec] shares_with: partitions must be a 2-d array");
            auto x = parts.unchecked<2>();
            for (py::ssize_t i = 0; i < x.shape(0); ++i) {
                std::vector<int> s;
                for (py::ssize_t j = 0; j < x.shape(1); ++j) s.push_back(x(i, j));
                ps.push_back(std::move(s));
            }
            const auto r = shares_with(g, g.index(focal), ps);
            py::dict d;
            for (std::size_t k = 0; k < r.actors.size(); ++k) d[py::str(r.actors[k])] = r.share[k];
            return d;
        },
        py::arg("g"), py::arg("focal"), py::arg("partitions"),
        "For every actor of the focal's component, the share of the partitions (rows of +1/-1) that put it on the "
        "focal's side, as a dict. Complexity: O(P n).");

    m.def(
        "frustration_of",
        [](const signed_graph& g, const std::vector<int>& s, bool weighted) { return frustration_of(g, s, weighted); },
        py::arg("g"), py::arg("partition"), py::arg("weighted") = false,
        "Number (weight) of edges frustrated by a +1/-1 partition. Complexity: O(n + m).");
}

// blockmodel.
void bind_balance_blockmodel(py::module_& m) {
    const blockmodel_options blk{};  // Python defaults are the C++ defaults
    m.def(
        "blockmodel",
        [](const signed_graph& g, std::size_t k, double alpha, const std::string& method, std::uint64_t seed,
           std::size_t restarts, bool weighted, double time_limit) {
            blockmodel_options o;
            o.alpha = alpha;
            o.method = parse_blockmodel_method(method);
            o.seed = seed;
            o.restarts = restarts;
            o.weighted = weighted;
            o.time_limit = time_limit;
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return blockmodel(snap, k, o);
        },
        py::arg("g"), py::arg("k"), py::arg("alpha") = blk.alpha, py::arg("method") = name(blk.method), py::arg("seed") = blk.seed,
        py::arg("restarts") = blk.restarts, py::arg("weighted") = blk.weighted, py::arg("time_limit") = blk.time_limit, R"doc(
Doreian-Mrvar signed blockmodel with at most k blocks.

Criterion P = 2 [alpha N + (1 - alpha) P] with N negative edges inside blocks and
P positive edges between blocks (each undirected edge counted as two arcs, as in
Doreian & Mrvar and signnet); at alpha = 0.5 it is the number of violating edges.

Parameters
----------
g : SignedGraph
k : int
alpha : float in [0, 1], default 0.5
method : {"auto", "exact", "heuristic"}
    "auto": exact for n <= 24.
seed, restarts : int
weighted : bool
time_limit : float, seconds (exact search)

Returns
-------
BlockmodelResult
    criterion, negative_within, positive_between, membership (numpy array), optimal.

Complexity: exact O(k^n) worst case; heuristic O(restarts * passes * (n k + m)). Releases the GIL.
)doc");
}

}  // namespace

void register_balance(py::module_& root) {
    py::module_ m = root.def_submodule("balance", "Structural balance of signed graphs (see kzsec.balance).");
    bind_balance_index_results(m);
    bind_balance_frustration_results(m);
    bind_balance_triangle_index(m);
    bind_balance_walk_index(m);
    bind_balance_spectral_index(m);
    bind_balance_frustration(m);
    bind_balance_optimal_partitions(m);
    bind_balance_partition_checks(m);
    bind_balance_blockmodel(m);
}

}  // namespace kzsec::python
