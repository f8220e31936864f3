#pragma once
/// @file kzsec.hpp
/// @brief Umbrella header: includes every public kzsec header.
#include "kzsec/balance.hpp"
#include "kzsec/centrality.hpp"
#include "kzsec/datasets.hpp"
#include "kzsec/world.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/hedging.hpp"
#include "kzsec/io.hpp"
#include "kzsec/model.hpp"
#include "kzsec/network.hpp"
#include "kzsec/power.hpp"
#include "kzsec/readers.hpp"
#include "kzsec/report.hpp"
#include "kzsec/scenario.hpp"
#include "kzsec/signed_graph.hpp"
#include "kzsec/similarity.hpp"
#include "kzsec/version.hpp"
