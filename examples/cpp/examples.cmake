# One line per example (kzsec_add_example(<name> [ARGS ...])).
kzsec_add_example(small_world)
kzsec_add_example(hedging_profile ARGS ${KZSEC_EXAMPLES_SHARED}/reference/unga/unvotes_subset_2007_2019.csv)
kzsec_add_example(balance_tribes)
kzsec_add_example(read_csv ARGS ${CMAKE_CURRENT_LIST_DIR}/../data/uzbekistan.csv)
kzsec_add_example(similarity_unga ARGS ${KZSEC_EXAMPLES_SHARED}/reference/unga/unvotes_subset_2007_2019.csv)
kzsec_add_example(signed_centrality)
