-- Responses the gateway keeps for the OpenAI Responses API (store, previous_response_id,
-- GET and DELETE /v1/responses/{id}), each visible only to the token that created it;
-- created_at is in Unix seconds, as the Response object's own (MySQL / MariaDB).
CREATE TABLE responses (
  id VARCHAR(64) PRIMARY KEY,
  token_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  conversation_json LONGTEXT NOT NULL,
  response_json LONGTEXT NOT NULL,
  INDEX responses_token_time (token_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
