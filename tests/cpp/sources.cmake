# C++ test sources, one per public header (paths relative to tests/).
set(KZSEC_TEST_SOURCES
  cpp/test_model.cpp
  cpp/test_signed_graph.cpp
  cpp/test_balance.cpp
  cpp/test_generators.cpp
  cpp/test_significance.cpp
  cpp/test_triads.cpp
  cpp/test_centrality.cpp
  cpp/test_eigensolver.cpp
  cpp/test_network.cpp
  cpp/test_io.cpp
  cpp/test_report.cpp
  cpp/test_hedging.cpp
  cpp/test_scenario.cpp
  cpp/test_similarity.cpp
  cpp/test_power.cpp
  cpp/test_readers.cpp
  cpp/test_datasets.cpp
  cpp/test_kazakhstan_claims.cpp
  cpp/test_world.cpp
  cpp/test_validation.cpp
  cpp/test_calibration.cpp
)
list(TRANSFORM KZSEC_TEST_SOURCES PREPEND ${CMAKE_CURRENT_LIST_DIR}/../)
