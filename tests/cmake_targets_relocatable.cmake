# cmake -DPREFIX=<install prefix> -P cmake_targets_relocatable.cmake
# The installed kzsecTargets*.cmake must not name a library by an absolute path of the
# build machine (it once named /usr/lib/x86_64-linux-gnu/libcsv.so): the consumer's
# kzsecConfig.cmake finds such libraries again (kzsec::lapacke, LAPACKE).
file(GLOB_RECURSE _files "${PREFIX}/*/kzsecTargets*.cmake")
if(NOT _files)
  message(FATAL_ERROR "no kzsecTargets*.cmake under ${PREFIX}")
endif()
set(_seen_lapacke FALSE)
foreach(f IN LISTS _files)
  file(READ "${f}" _text)
  # a path that starts the value or follows a separator (not "${_IMPORT_PREFIX}/lib/...")
  if(_text MATCHES "[\";( :](/[^\";$ >]*\\.(so|a)(\\.[0-9]+)*)[\"; )>]")
    message(FATAL_ERROR "${f} names the library ${CMAKE_MATCH_1} by an absolute path")
  endif()
  if(_text MATCHES "kzsec::lapacke")
    set(_seen_lapacke TRUE)
  endif()
endforeach()
if(NOT _seen_lapacke)
  message(FATAL_ERROR "kzsecTargets.cmake does not link kzsec::lapacke (LAPACKE): ${_files}")
endif()
message(STATUS "relocatable: ${_files}")
