-- Responses the gateway keeps for the OpenAI Responses API (store, previous_response_id,
-- GET and DELETE /v1/responses/{id}), each visible only to the token that created it;
-- created_at is in Unix seconds, as the Response object's own (SQLite).
CREATE TABLE responses (
  id TEXT PRIMARY KEY,
  token_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  conversation_json TEXT NOT NULL,
  response_json TEXT NOT NULL
);
CREATE INDEX responses_token_time ON responses (token_id, created_at);
