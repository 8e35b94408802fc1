-- PostgreSQL copy of the embedded database's migration of the same version: identical but for
-- collate "C" on every string column, so that comparisons and ORDER BY on names and ids use
-- code-point order as SQLite does, whatever the database's default collation.
-- Answers to creating POST requests sent with an Idempotency-Key, kept 24 hours, so that a retried
-- request gets the first answer instead of creating a second object. The client's key is stored only
-- as a SHA-256 hash, and the answer encrypted with a key derived from it: an answer may hold a new API
-- key's secret, which must not be readable from the database.
create table idempotency_keys (
    project_id    varchar(64) collate "C" not null,
    key_hash      varchar(64) collate "C" not null,
    request_hash  varchar(64) collate "C" not null,
    status        int,
    response      text collate "C",
    created_at    bigint not null,
    primary key (project_id, key_hash)
);
create index idempotency_keys_created on idempotency_keys(created_at);
