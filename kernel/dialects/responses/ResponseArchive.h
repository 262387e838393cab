// The responses the gateway keeps for the Responses API, read and written off the event loops.
#pragma once

#include "exec/Executor.h"
#include "store/Database.h"
#include "store/ResponseStore.h"

#include <exception>
#include <functional>
#include <optional>

namespace sluice::dialects {

/**
 * Runs the responses table's SQL on the executor and hands each result back
 * on the loop that asked, so that no event loop waits on the database. Every
 * call returns false, and runs nothing, when the executor refuses the job
 * (its queue is full); the caller then answers "busy" or goes on without.
 */
class ResponseArchive {
public:
    /** database and executor outlive the archive. */
    ResponseArchive(store::Database& database, exec::Executor& executor) : database_(database), executor_(executor) {}

    /** Looks up tokenId's response id, then calls done(response, or nullopt when there is none; failure) on loop. */
    bool find(net::EventLoop& loop, std::string id, int64_t tokenId,
              std::function<void(std::optional<store::StoredResponse>, std::exception_ptr)> done) const;

    /** Keeps response, then calls done(failure) on loop. */
    bool insert(net::EventLoop& loop, store::StoredResponse response, std::function<void(std::exception_ptr)> done) const;

    /** Deletes tokenId's response id, then calls done(whether there was one, failure) on loop. */
    bool remove(net::EventLoop& loop, std::string id, int64_t tokenId, std::function<void(bool, std::exception_ptr)> done) const;

private:
    store::Database& database_;
    exec::Executor& executor_;
};

}  // namespace sluice::dialects
