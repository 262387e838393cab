#include "catalog/Token.h"

#include <algorithm>

namespace sluice::catalog {

bool Token::allowsModel(const std::string& model) const {
    return std::any_of(models.begin(), models.end(), [&](const std::string& m) { return m == "*" || m == model; });
}

}  // namespace sluice::catalog
