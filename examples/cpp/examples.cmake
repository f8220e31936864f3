# One line per example (kzsec_add_example(<name> [ARGS ...])), then the bad-input
# cases (kzsec_add_example_error(<name> <case> ERROR <regex> [ARGS ...])).
kzsec_add_example(small_world)
kzsec_add_example(hedging_profile ARGS ${KZSEC_EXAMPLES_DATA}/unvotes_kz_2007_2019.csv.gz)
kzsec_add_example(balance_tribes)
kzsec_add_example(read_csv ARGS ${KZSEC_EXAMPLES_DATA}/uzbekistan.csv)
kzsec_add_example(similarity_unga ARGS ${KZSEC_EXAMPLES_DATA}/unvotes_kz_2007_2019.csv.gz)
kzsec_add_example(signed_centrality)
kzsec_add_example(generic_adjacency_list)

kzsec_add_example_error(similarity_unga missing-file ERROR "no-such-file\\.csv: cannot open file"
                        ARGS ${KZSEC_EXAMPLES_DATA}/no-such-file.csv)
kzsec_add_example_error(similarity_unga not-votes ERROR "uzbekistan\\.csv.*(unmapped|column)"
                        ARGS ${KZSEC_EXAMPLES_DATA}/uzbekistan.csv)
kzsec_add_example_error(hedging_profile missing-file ERROR "no-such-file\\.csv: cannot open file"
                        ARGS ${KZSEC_EXAMPLES_DATA}/no-such-file.csv)
kzsec_add_example_error(read_csv not-a-table ERROR "unvotes_kz_2007_2019\\.csv\\.gz"
                        ARGS ${KZSEC_EXAMPLES_DATA}/unvotes_kz_2007_2019.csv.gz)
