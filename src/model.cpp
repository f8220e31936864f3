#include "kzsec/model.hpp"

#include <fmt/format.h>

#include "kzsec/errors.hpp"

namespace kzsec {

}  // namespace kzsec
