-- PostgreSQL copy of the embedded database's migration of the same version: identical but for
-- collate "C" on every string column, so that comparisons and ORDER BY on names and ids use
-- code-point order as SQLite does, whatever the database's default collation.
-- Chat sessions. index_ids and job_metadata are JSON text; deleted_at keeps a tombstone so that a
-- retried DELETE answers 204 instead of 404.
create table chat_sessions (
    id              varchar(64) collate "C" primary key,
    project_id      varchar(64) collate "C" not null references projects(id),
    index_ids       text collate "C",
    generated_title varchar(512) collate "C",
    job_metadata    text collate "C",
    shared_access   varchar(16) collate "C" not null,
    locked          boolean not null,
    created_at      bigint not null,
    last_updated_at bigint not null,
    deleted_at      bigint
);
create index chat_sessions_recent on chat_sessions(project_id, last_updated_at, id);

-- The session's history: message events in order (deltas are not stored).
create table chat_events (
    session_id  varchar(64) collate "C" not null references chat_sessions(id),
    seq         bigint not null,
    turn        int not null,
    payload     text collate "C" not null,
    created_at  bigint not null,
    primary key (session_id, seq)
);
