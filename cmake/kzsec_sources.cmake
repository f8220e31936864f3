# Sources of the kzsec library, one line per file (keep sorted within a topic).
set(KZSEC_SOURCES
  # model and graphs
  src/model.cpp
  src/network.cpp
  src/signed_graph.cpp
  # structural balance
  src/balance_blockmodel.cpp
  src/blockmodel_general.cpp
  src/balance_coalitions.cpp
  src/balance_frustration.cpp
  src/balance_indices.cpp
  src/clustering.cpp
  src/complex_ties.cpp
  src/spectral_clustering.cpp
  src/directed.cpp
  src/significance.cpp
  src/triads.cpp
  # the algorithms on any Boost.Graph graph (include/kzsec/generic.hpp)
  src/generic.cpp
  # random signed graphs
  src/generators.cpp
  # centrality in signed graphs
  src/centrality.cpp
  # dense (LAPACK) and sparse (Spectra) eigensolvers
  src/eigen_solvers.cpp
  # similarity, capabilities and data readers
  src/power.cpp
  src/readers.cpp
  src/readers_csv.cpp
  src/similarity.cpp
  # hedging and strategies
  src/hedging.cpp
  src/hedging_rank.cpp
  # scenarios, shocks and Monte Carlo
  src/scenario.cpp
  src/scenario_compare.cpp
  src/scenario_indicators.cpp
  src/scenario_json.cpp
  src/scenario_mc.cpp
  # input / output
  src/io_json.cpp
  src/io_csv.cpp
  src/io_export.cpp
  src/file_io.cpp
  src/json_document.cpp
  src/json_records.cpp
  # the yearly report (kzsec report)
  src/report.cpp
  src/calibration.cpp
  # shipped datasets
  src/datasets.cpp
  # the world network from public data
  src/world_network.cpp
  src/world_readers.cpp
)
list(TRANSFORM KZSEC_SOURCES PREPEND ${CMAKE_CURRENT_LIST_DIR}/../)
