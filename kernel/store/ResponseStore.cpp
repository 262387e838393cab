#include "store/ResponseStore.h"

#include <soci/soci.h>

namespace sluice::store {

void ResponseStore::insert(soci::session& sql, const StoredResponse& response) {
    long long tokenId = response.tokenId, createdAt = response.createdAt;
    sql << "INSERT INTO responses (id, token_id, created_at, conversation_json, response_json) "
           "VALUES (:id, :token, :created, :conversation, :response)",
        soci::use(response.id), soci::use(tokenId), soci::use(createdAt), soci::use(response.conversationJson),
        soci::use(response.responseJson);
}

std::optional<StoredResponse> ResponseStore::find(soci::session& sql, const std::string& id, int64_t tokenId) {
    long long token = tokenId, createdAt = 0;
    std::string conversation, response;
    soci::indicator found = soci::i_null;
    sql << "SELECT created_at, conversation_json, response_json FROM responses WHERE id = :id AND token_id = :token",
        soci::use(id), soci::use(token), soci::into(createdAt, found), soci::into(conversation), soci::into(response);
    if (!sql.got_data() || found == soci::i_null) return std::nullopt;
    return StoredResponse{id, tokenId, createdAt, std::move(conversation), std::move(response)};
}

bool ResponseStore::remove(soci::session& sql, const std::string& id, int64_t tokenId) {
    long long token = tokenId;
    soci::statement st = (sql.prepare << "DELETE FROM responses WHERE id = :id AND token_id = :token", soci::use(id),
                          soci::use(token));
    st.execute(true);
    return st.get_affected_rows() > 0;
}

}  // namespace sluice::store
