-- Keys can be listed (with when they were last used) and revoked. A revoked key keeps its row as a
-- tombstone, so that a repeated DELETE answers 204 and the key's hash can never authenticate again.
-- last_used_at is written at most once a minute per key, not on every request.
alter table api_keys add column last_used_at bigint;
alter table api_keys add column revoked_at bigint;
