# Finds every dependency of the parts being built and, when some are missing, stops with
# one message that lists all of them with the Debian package (or pip package) providing
# each, instead of one bare find_package error at a time.
#
# Sets the usual <Package>_FOUND results and targets (Boost::graph, Eigen3::Eigen, ...),
# KZSEC_CSV_INCLUDE_DIR / KZSEC_CSV_LIBRARY and the imported target kzsec::csv.

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
find_path(KZSEC_CSV_INCLUDE_DIR csv.h PATH_SUFFIXES libcsv)
find_library(KZSEC_CSV_LIBRARY csv)
if(KZSEC_CSV_INCLUDE_DIR AND KZSEC_CSV_LIBRARY)
  set(_kzsec_csv_found TRUE)
else()
  set(_kzsec_csv_found FALSE)
endif()
_kzsec_need(_kzsec_csv_found "libcsv (csv.h and libcsv)" libcsv-dev)
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

# libcsv has no CMake package: an imported target, which the installed kzsecConfig.cmake
# finds again on the consumer's machine (no absolute path in kzsecTargets.cmake).
if(NOT TARGET kzsec::csv)
  add_library(kzsec::csv UNKNOWN IMPORTED)
  set_target_properties(kzsec::csv PROPERTIES IMPORTED_LOCATION ${KZSEC_CSV_LIBRARY}
                                              INTERFACE_INCLUDE_DIRECTORIES ${KZSEC_CSV_INCLUDE_DIR})
endif()
