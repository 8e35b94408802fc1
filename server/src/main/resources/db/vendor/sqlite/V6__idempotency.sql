-- Answers to creating POST requests sent with an Idempotency-Key, kept 24 hours, so that a retried
-- request gets the first answer instead of creating a second object. The client's key is stored only
-- as a SHA-256 hash, and the answer encrypted with a key derived from it: an answer may hold a new API
-- key's secret, which must not be readable from the database.
create table idempotency_keys (
    project_id    varchar(64) not null,
    key_hash      varchar(64) not null,
    request_hash  varchar(64) not null,
    status        int,
    response      text,
    created_at    bigint not null,
    primary key (project_id, key_hash)
);
create index idempotency_keys_created on idempotency_keys(created_at);
