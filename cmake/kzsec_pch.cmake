# Precompiled headers (issue #14): the third-party headers every translation unit of a
# target parses (Eigen, Boost.Graph, fmt, pybind11, doctest and the standard library) are
# parsed once per target instead of once per file. KZSEC_PCH=OFF turns them off; the sources
# include everything they use, so they build either way.
#
# With ccache as the compiler launcher, ccache only caches a file that uses a precompiled
# header with sloppiness pch_defines,time_macros (https://ccache.dev/manual/latest.html,
# "Precompiled headers"); include_file_mtime,include_file_ctime let it cache a file whose
# precompiled header was just rebuilt (a clean build). The launcher becomes
# `cmake -E env CCACHE_SLOPPINESS=<the configured sloppiness + these> ccache`, so nothing in
# the user's ccache.conf has to change.

option(KZSEC_PCH "Precompiled headers for the library, the Python extension and the tests" ON)

if(KZSEC_PCH AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache"
   AND NOT CMAKE_CXX_COMPILER_LAUNCHER MATCHES "CCACHE_SLOPPINESS")
  list(GET CMAKE_CXX_COMPILER_LAUNCHER 0 _kzsec_ccache)
  set(_kzsec_sloppiness "")
  if(_kzsec_ccache MATCHES "ccache$")
    execute_process(COMMAND ${_kzsec_ccache} --get-config sloppiness
                    OUTPUT_VARIABLE _kzsec_sloppiness OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
  string(REPLACE " " "" _kzsec_sloppiness "${_kzsec_sloppiness}")
  string(REPLACE "," ";" _kzsec_sloppiness "${_kzsec_sloppiness}")
  list(APPEND _kzsec_sloppiness pch_defines time_macros include_file_mtime include_file_ctime)
  list(REMOVE_ITEM _kzsec_sloppiness "")
  list(REMOVE_DUPLICATES _kzsec_sloppiness)
  list(JOIN _kzsec_sloppiness "," _kzsec_sloppiness)
  # A directory-scope variable: every target created after this point gets it.
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=${_kzsec_sloppiness}
      ${CMAKE_CXX_COMPILER_LAUNCHER})
  message(STATUS "kzsec: precompiled headers with ccache (CCACHE_SLOPPINESS=${_kzsec_sloppiness})")
endif()

# The standard and Eigen/Boost.Graph headers of the public headers (signed_graph.hpp includes
# Eigen/Core, Eigen/SparseCore and Boost.Graph's adjacency_list and filtered_graph).
set(KZSEC_PCH_COMMON
  <algorithm> <array> <cmath> <cstddef> <cstdint> <filesystem> <functional> <limits> <map>
  <memory> <mutex> <optional> <span> <string> <string_view> <unordered_map> <utility> <vector>
  <Eigen/Core> <Eigen/SparseCore> <boost/graph/adjacency_list.hpp> <boost/graph/filtered_graph.hpp>)

# kzsec_precompile_headers(<target> HEADERS <header>... [SKIP <source>...]): precompile the
# headers for <target>; the SKIP sources compile without them (a file that defines a macro
# before its includes, e.g. EIGEN_USE_BLAS, or that has its own code-generation options, which
# would make GCC refuse the precompiled header).
function(kzsec_precompile_headers target)
  if(NOT KZSEC_PCH)
    return()
  endif()
  cmake_parse_arguments(PARSE_ARGV 1 _a "" "" "HEADERS;SKIP")
  target_precompile_headers(${target} PRIVATE ${_a_HEADERS})
  if(_a_SKIP)
    set_source_files_properties(${_a_SKIP} TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
endfunction()
