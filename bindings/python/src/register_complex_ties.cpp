// Bindings of include/kzsec/complex_ties.hpp, added to the submodule kzsec._core.balance
// (registered after register_balance). Ambivalent ties are given as three arrays src, dst,
// kind (signnet's codes "P", "N", "A", or the names "positive", "negative", "ambivalent").
#include "bindings.hpp"
#include "private_copy.hpp"

#include <cstdint>
#include <string>
#include <utility>

#include <kzsec/complex_ties.hpp>
#include <kzsec/errors.hpp>

namespace kzsec::python {
namespace {


/// The ties src[k] - dst[k] of kind kind[k]; negative indices and unequal lengths are errors.
std::vector<complex_tie> ties_of(const index_array& src, const index_array& dst, const std::vector<std::string>& kind,
                                 const char* where) {
    const std::string w = std::string("[kzsec] ") + where + ": ";
    if (src.ndim() != 1 || dst.ndim() != 1) throw invalid_input(w + "src and dst must be one-dimensional");
    if (static_cast<std::size_t>(src.size()) != kind.size() || src.size() != dst.size())
        throw invalid_input(w + "src, dst and kind have lengths " + std::to_string(src.size()) + ", " +
                            std::to_string(dst.size()) + " and " + std::to_string(kind.size()));
    std::vector<complex_tie> ties(kind.size());
    const auto* s = src.data();
    const auto* d = dst.data();
    for (std::size_t k = 0; k < ties.size(); ++k) {
        if (s[k] < 0 || d[k] < 0) throw invalid_input(w + "tie " + std::to_string(k) + " has a negative vertex index");
        const std::string& c = kind[k];
        auto t = tie_code_table.find(c);  // signnet's codes, else the names
        if (!t) t = tie_kind_table.find(c);
        if (!t)
            throw invalid_input(w + "tie " + std::to_string(k) + " has kind '" + c +
                                "', not one of 'P', 'N', 'A' (or 'positive', 'negative', 'ambivalent')");
        ties[k] = {static_cast<std::size_t>(s[k]), static_cast<std::size_t>(d[k]), *t};
    }
    return ties;
}

const char* kind_doc = R"doc(
src, dst : array of int
    The ties src[k] - dst[k] (undirected; each pair once).
kind : sequence of str
    The kind of each tie: signnet's codes "P", "N", "A" (or "positive",
    "negative", "ambivalent").
n : int, default 0
    Number of vertices (0: 1 + the largest index).)doc";

// ComplexTrianglesResult and complex_ties.
void bind_complex_ties(py::module_& m) {
    py::class_<complex_triangles_result>(m, "ComplexTrianglesResult",
                                         "Result of count_complex_triangles: triangles by the kinds of their ties.")
        .def_property_readonly("counts", [](const complex_triangles_result& r) {
            return to_array(std::vector<std::size_t>(r.counts.begin(), r.counts.end())); },
            "Triangles of each type, in the order of names.")
        .def_property_readonly("names", [](const complex_triangles_result&) {
            py::list out;
            for (const auto s : complex_triangles_result::names) out.append(std::string(s));
            return out; }, "PPP, PPN, PNN, NNN, PPA, PNA, NNA, PAA, NAA, AAA (signnet's order).")
        .def_readonly("triangles", &complex_triangles_result::triangles, "All triangles.")
        .def("to_dict", [](const complex_triangles_result& r) {
            py::dict out;
            for (std::size_t i = 0; i < r.counts.size(); ++i)
                out[py::str(std::string(complex_triangles_result::names[i]))] = r.counts[i];
            return out; }, "The counts as a dict name -> count, in signnet's order.");

    m.def(
        "complex_ties",
        [](const signed_graph& g, const std::vector<std::pair<std::size_t, std::size_t>>& ambivalent) {
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            std::vector<complex_tie> t;
            {
                py::gil_scoped_release release;
                t = complex_ties(snap, ambivalent);
            }
            std::vector<std::int64_t> src(t.size()), dst(t.size());
            py::list kind;
            for (std::size_t k = 0; k < t.size(); ++k) {
                src[k] = static_cast<std::int64_t>(t[k].u);
                dst[k] = static_cast<std::int64_t>(t[k].v);
                kind.append(std::string(1, tie_code(t[k].kind)));
            }
            return py::make_tuple(to_array(src), to_array(dst),
                                  py::module_::import("numpy").attr("array")(kind, py::arg("dtype") = "<U1"));
        },
        py::arg("g"), py::arg("ambivalent") = std::vector<std::pair<std::size_t, std::size_t>>{}, R"doc(
The ties of a signed graph as (src, dst, kind) arrays, some marked ambivalent.

Positive ties get kind "P", negative ones "N", and the pairs listed in
``ambivalent`` (each a tie of g, given as (u, v) vertex indices in either order)
"A" whatever their sign. SignedGraph itself stores one real weight per tie;
ambivalent ties live in these arrays, which complex_adjacency,
complex_laplacian and count_complex_triangles take.

Returns
-------
tuple of (src, dst, kind)
    int64 arrays with src < dst, sorted, and a numpy array of one-letter codes.

Raises ValueError if a listed pair is not a tie of g or is listed twice.
)doc");
}

// complex_adjacency and complex_laplacian.
void bind_complex_matrices(py::module_& m) {
    m.def(
        "complex_adjacency",
        [](const index_array& src, const index_array& dst, const std::vector<std::string>& kind, std::size_t n) {
            const auto t = ties_of(src, dst, kind, "complex_adjacency");
            py::gil_scoped_release release;
            return complex_adjacency(t, n);
        },
        py::arg("src"), py::arg("dst"), py::arg("kind"), py::arg("n") = 0,
        (std::string(R"doc(
Hermitian complex adjacency matrix of a graph with ambivalent ties (signnet's as_adj_complex).

For a tie u - v with u < v: A[u, v] = 1 (P), 1j (N) or 0.5 + 0.5j (A), and
A[v, u] = conj(A[u, v]): the real part is the positive share of the tie, the
imaginary part its negative share.

Parameters
----------)doc") + kind_doc + R"doc(

Returns
-------
numpy.ndarray of complex128, shape (n, n)

Raises ValueError on an index >= n, a self-loop, a pair given twice or an unknown kind.
Releases the GIL.
)doc").c_str());

    m.def(
        "complex_laplacian",
        [](const index_array& src, const index_array& dst, const std::vector<std::string>& kind, std::size_t n,
           bool normalised) {
            const auto t = ties_of(src, dst, kind, "complex_laplacian");
            py::gil_scoped_release release;
            return complex_laplacian(t, n, normalised);
        },
        py::arg("src"), py::arg("dst"), py::arg("kind"), py::arg("n") = 0, py::arg("normalised") = false,
        (std::string(R"doc(
Complex Laplacian of a graph with ambivalent ties (signnet's laplacian_matrix_complex).

L = D - A with D = diag(sum_j |A_ij|) (1 per P or N tie, 1/sqrt(2) per A tie);
normalised: L = I - D^-1/2 A D^-1/2 (a vertex without ties gets the row of I).
Hermitian and positive semidefinite.

Parameters
----------)doc") + kind_doc + R"doc(
normalised : bool, default False

Returns
-------
numpy.ndarray of complex128, shape (n, n)

Raises ValueError as complex_adjacency. Releases the GIL.
)doc").c_str());
}

// count_complex_triangles.
void bind_complex_triangles(py::module_& m) {
    m.def(
        "count_complex_triangles",
        [](const index_array& src, const index_array& dst, const std::vector<std::string>& kind, std::size_t n) {
            const auto t = ties_of(src, dst, kind, "count_complex_triangles");
            py::gil_scoped_release release;
            return count_complex_triangles(t, n);
        },
        py::arg("src"), py::arg("dst"), py::arg("kind"), py::arg("n") = 0,
        (std::string(R"doc(
Triangles by the kinds of their three ties (signnet's count_complex_triangles).

Parameters
----------)doc") + kind_doc + R"doc(

Returns
-------
ComplexTrianglesResult
    counts (in the order of names: PPP, PPN, PNN, NNN, PPA, PNA, NNA, PAA, NAA,
    AAA), names, triangles, to_dict().

Raises ValueError as complex_adjacency. O(m^1.5); releases the GIL.
)doc").c_str());
}

}  // namespace

void register_complex_ties(py::module_& root) {
    py::module_ m = root.attr("balance").cast<py::module_>();
    bind_complex_ties(m);
    bind_complex_matrices(m);
    bind_complex_triangles(m);
}

}  // namespace kzsec::python
