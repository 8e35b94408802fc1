-- Chat sessions. index_ids and job_metadata are JSON text; deleted_at keeps a tombstone so that a
-- retried DELETE answers 204 instead of 404.
create table chat_sessions (
    id              varchar(64) primary key,
    project_id      varchar(64) not null references projects(id),
    index_ids       text,
    generated_title varchar(512),
    job_metadata    text,
    shared_access   varchar(16) not null,
    locked          boolean not null,
    created_at      bigint not null,
    last_updated_at bigint not null,
    deleted_at      bigint
);
create index chat_sessions_recent on chat_sessions(project_id, last_updated_at, id);

-- The session's history: message events in order (deltas are not stored).
create table chat_events (
    session_id  varchar(64) not null references chat_sessions(id),
    seq         bigint not null,
    turn        int not null,
    payload     text not null,
    created_at  bigint not null,
    primary key (session_id, seq)
);
