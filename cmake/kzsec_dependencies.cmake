# Finds every dependency of the parts being built and, when some are missing, stops with
# one message that lists all of them with the Debian package (or pip package) providing
# each, instead of one bare find_package error at a time.
#
# Sets the usual <Package>_FOUND results and targets (Boost::graph, Eigen3::Eigen, ...),
# and the imported target kzsec::lapacke.

set(_kzsec_missing_what "")
set(_kzsec_missing_debs "")
set(_kzsec_missing_pips "")
# _kzsec_need(<found-variable> <what> <debian-package> [pip-package])
function(_kzsec_need found what deb)
  if(NOT ${found})
    set(_kzsec_missing_what ${_kzsec_missing_what} "${what}" PARENT_SCOPE)
    if(deb)
      set(_kzsec_missing_debs ${_kzsec_missing_debs} ${deb} PARENT_SCOPE)
    endif()
    if(ARGC GREATER 3)
      set(_kzsec_missing_pips ${_kzsec_missing_pips} ${ARGV3} PARENT_SCOPE)
    endif()
  endif()
endfunction()

find_package(Boost 1.74 QUIET CONFIG COMPONENTS graph)
_kzsec_need(Boost_FOUND "Boost.Graph >= 1.74" libboost-graph-dev)
find_package(Eigen3 3.4 QUIET NO_MODULE)
_kzsec_need(Eigen3_FOUND "Eigen >= 3.4" libeigen3-dev)
find_package(nlohmann_json 3.10 QUIET CONFIG)
_kzsec_need(nlohmann_json_FOUND "nlohmann_json >= 3.10" nlohmann-json3-dev)
find_package(fmt 9 QUIET CONFIG)
_kzsec_need(fmt_FOUND "fmt >= 9" libfmt-dev)
find_package(ZLIB QUIET)
_kzsec_need(ZLIB_FOUND "zlib" zlib1g-dev)
find_package(Threads REQUIRED)
# Dense symmetric eigenproblems through LAPACK (via LAPACKE), OpenBLAS preferred; sparse ones
# through Spectra (header-only Lanczos on Eigen).
if(NOT DEFINED BLA_VENDOR)
  set(BLA_VENDOR OpenBLAS)
  find_package(LAPACK QUIET)
  unset(BLA_VENDOR)
endif()
if(NOT LAPACK_FOUND)
  find_package(LAPACK QUIET)
endif()
_kzsec_need(LAPACK_FOUND "LAPACK and BLAS (OpenBLAS recommended)" libopenblas-dev)
find_path(KZSEC_LAPACKE_INCLUDE_DIR lapacke.h)
find_library(KZSEC_LAPACKE_LIBRARY lapacke)
if(KZSEC_LAPACKE_INCLUDE_DIR AND KZSEC_LAPACKE_LIBRARY)
  set(_kzsec_lapacke_found TRUE)
else()
  set(_kzsec_lapacke_found FALSE)
endif()
_kzsec_need(_kzsec_lapacke_found "LAPACKE (lapacke.h and liblapacke)" liblapacke-dev)
find_package(Spectra 1.0 QUIET CONFIG)
_kzsec_need(Spectra_FOUND "Spectra >= 1.0 (sparse eigensolvers, header-only)" libspectra-dev)
if(KZSEC_BUILD_APPS OR KZSEC_BUILD_PYTHON)
  find_package(CLI11 2.1 QUIET CONFIG)
  _kzsec_need(CLI11_FOUND "CLI11 >= 2.1 (the command line)" libcli11-dev)
endif()
if(KZSEC_BUILD_TESTS)
  find_package(doctest 2.4 QUIET CONFIG)
  _kzsec_need(doctest_FOUND "doctest >= 2.4 (for the C++ tests, or configure with -DKZSEC_BUILD_TESTS=OFF)" doctest-dev)
endif()
if(KZSEC_BUILD_PYTHON)
  find_package(Python 3.9 QUIET COMPONENTS Interpreter Development.Module)
  _kzsec_need(Python_FOUND "Python >= 3.9 with its headers (for the Python module, or configure with -DKZSEC_BUILD_PYTHON=OFF)"
              python3-dev)
  if(Python_FOUND AND NOT pybind11_DIR)
    execute_process(COMMAND ${Python_EXECUTABLE} -m pybind11 --cmakedir
                    OUTPUT_VARIABLE _pybind11_dir OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _rc ERROR_QUIET)
    if(_rc EQUAL 0)
      set(pybind11_DIR ${_pybind11_dir} CACHE PATH "pybind11's CMake package (from ${Python_EXECUTABLE} -m pybind11)")
    endif()
  endif()
  find_package(pybind11 2.11 QUIET CONFIG)
  _kzsec_need(pybind11_FOUND "pybind11 >= 2.11 for ${Python_EXECUTABLE} (the Python module)" "" "pybind11")
endif()

if(_kzsec_missing_what)
  list(JOIN _kzsec_missing_what "\n  - " _what)
  set(_msg "[kzsec] missing dependencies:\n  - ${_what}\n")
  if(_kzsec_missing_debs)
    list(JOIN _kzsec_missing_debs " " _debs)
    string(APPEND _msg "On Debian/Ubuntu: sudo apt-get install ${_debs}\n")
  endif()
  if(_kzsec_missing_pips)
    list(JOIN _kzsec_missing_pips " " _pips)
    string(APPEND _msg "Into the Python that builds the module (${Python_EXECUTABLE}): "
                       "${Python_EXECUTABLE} -m pip install ${_pips}\n")
  endif()
  string(APPEND _msg "Or run `bash scripts/install-deps.sh` (every dependency, Debian 12/13). Elsewhere, "
                     "install them and point CMAKE_PREFIX_PATH at them.")
  message(FATAL_ERROR "${_msg}")
endif()

# LAPACKE has no CMake package: an imported target, which the installed kzsecConfig.cmake
# finds again on the consumer's machine (no absolute path in kzsecTargets.cmake): kzsec::lapacke (liblapacke, then LAPACK::LAPACK), found again by kzsecConfig.cmake.
if(NOT TARGET kzsec::lapacke)
  add_library(kzsec::lapacke UNKNOWN IMPORTED)
  set_target_properties(kzsec::lapacke PROPERTIES IMPORTED_LOCATION ${KZSEC_LAPACKE_LIBRARY}
                                                  INTERFACE_INCLUDE_DIRECTORIES ${KZSEC_LAPACKE_INCLUDE_DIR}
                                                  INTERFACE_LINK_LIBRARIES LAPACK::LAPACK)
endif()
message(STATUS "kzsec: LAPACK ${LAPACK_LIBRARIES}; LAPACKE ${KZSEC_LAPACKE_LIBRARY}; Spectra ${Spectra_VERSION}")
