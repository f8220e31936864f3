# One line per example (kzsec_add_example(<name> [ARGS ...])).
kzsec_add_example(small_world)
