#pragma once
/// @file kzsec.hpp
/// @brief Umbrella header: includes every public kzsec header.
#include "kzsec/errors.hpp"
#include "kzsec/io.hpp"
#include "kzsec/model.hpp"
#include "kzsec/network.hpp"
#include "kzsec/signed_graph.hpp"
#include "kzsec/version.hpp"
