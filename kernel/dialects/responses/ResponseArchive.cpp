#include "dialects/responses/ResponseArchive.h"

#include <soci/soci.h>

namespace sluice::dialects {

bool ResponseArchive::find(net::EventLoop& loop, std::string id, int64_t tokenId,
                           std::function<void(std::optional<store::StoredResponse>, std::exception_ptr)> done) const {
    return executor_.runThenResume<std::optional<store::StoredResponse>>(
        loop,
        [&database = database_, id = std::move(id), tokenId] {
            soci::session sql(database.pool());
            return store::ResponseStore::find(sql, id, tokenId);
        },
        std::move(done));
}

bool ResponseArchive::insert(net::EventLoop& loop, store::StoredResponse response,
                             std::function<void(std::exception_ptr)> done) const {
    return executor_.runThenResume<bool>(
        loop,
        [&database = database_, response = std::move(response)] {
            soci::session sql(database.pool());
            store::ResponseStore::insert(sql, response);
            return true;
        },
        [done = std::move(done)](bool, std::exception_ptr failure) { done(failure); });
}

bool ResponseArchive::remove(net::EventLoop& loop, std::string id, int64_t tokenId,
                             std::function<void(bool, std::exception_ptr)> done) const {
    return executor_.runThenResume<bool>(
        loop,
        [&database = database_, id = std::move(id), tokenId] {
            soci::session sql(database.pool());
            return store::ResponseStore::remove(sql, id, tokenId);
        },
        std::move(done));
}

}  // namespace sluice::dialects
