# Binding translation units: module.cpp plus one register_<topic>.cpp per topic.
set(KZSEC_BINDING_SOURCES
  module.cpp
  register_report.cpp
  register_graph.cpp
  register_network.cpp
  register_io.cpp
  register_world.cpp
  register_datasets.cpp
  register_balance.cpp
  register_generators.cpp
  register_significance.cpp
  register_triads.cpp
  register_clustering.cpp
  register_directed.cpp
  register_blockmodel_general.cpp
  register_spectral_clustering.cpp
  register_complex_ties.cpp
  register_centrality.cpp
  register_hedging.cpp
  register_similarity.cpp
  register_power.cpp
  register_scenario.cpp
  register_cli.cpp
)
list(TRANSFORM KZSEC_BINDING_SOURCES PREPEND ${CMAKE_CURRENT_LIST_DIR}/)
