-- PostgreSQL copy of the embedded database's migration of the same version: identical but for
-- collate "C" on every string column, so that comparisons and ORDER BY on names and ids use
-- code-point order as SQLite does, whatever the database's default collation.
-- Indexes over a source directory, their sync jobs, and what each sync produced per file.
create table indexes (
    id                  varchar(64) collate "C" primary key,
    project_id          varchar(64) collate "C" not null references projects(id),
    name                varchar(1024) collate "C" not null,
    description         text collate "C",
    source_directory_id varchar(64) collate "C" not null,
    output_directory_id varchar(64) collate "C" not null,
    sync_config_id      varchar(64) collate "C" not null,
    export_config_id    varchar(64) collate "C" not null unique,
    sync_frequency      varchar(32) collate "C" not null,
    store_attachments   text collate "C" not null,
    vector_target       varchar(16) collate "C" not null,
    products            text collate "C" not null,
    embedding_model     varchar(255) collate "C" not null,
    embedding_dimension int not null,
    status              varchar(16) collate "C" not null,
    error_message       text collate "C",
    has_export          boolean not null,
    created_at          bigint not null,
    updated_at          bigint not null,
    last_synced_at      bigint,
    last_exported_at    bigint,
    deleted_at          bigint
);
create index indexes_recent on indexes(project_id, created_at, id);
create index indexes_source on indexes(source_directory_id);

-- A sync request. queued -> running -> succeeded | failed | cancelled. A job still queued or
-- running when the server stops is picked up again at the next start.
create table sync_jobs (
    id            varchar(64) collate "C" primary key,
    index_id      varchar(64) collate "C" not null references indexes(id),
    state         varchar(16) collate "C" not null,
    requested_at  bigint not null,
    started_at    bigint,
    finished_at   bigint,
    files_total   int not null,
    files_done    int not null,
    files_failed  int not null,
    error         text collate "C"
);
create index sync_jobs_index on sync_jobs(index_id, requested_at);

-- One row per source directory file the index has processed. fingerprint says what was indexed
-- (content hash + name + metadata), so an unchanged file is skipped by the next sync.
create table index_files (
    index_id        varchar(64) collate "C" not null references indexes(id),
    source_file_id  varchar(64) collate "C" not null,
    parsed_file_id  varchar(64) collate "C" not null,
    file_id         varchar(64) collate "C",
    display_name    varchar(1024) collate "C" not null,
    fingerprint     varchar(128) collate "C" not null,
    state           varchar(16) collate "C" not null,
    error           text collate "C",
    num_chunks      int not null,
    num_pages       int not null,
    updated_at      bigint not null,
    primary key (index_id, source_file_id)
);
create unique index index_files_parsed on index_files(index_id, parsed_file_id);

-- The parsed text of each file (backs read and grep), with its page boundaries as JSON.
create table parsed_texts (
    index_id        varchar(64) collate "C" not null references indexes(id),
    parsed_file_id  varchar(64) collate "C" not null,
    content         text collate "C" not null,
    pages           text collate "C" not null,
    primary key (index_id, parsed_file_id)
);

-- Files stored next to parsed output, e.g. screenshots/page_3.jpg.
create table index_attachments (
    index_id        varchar(64) collate "C" not null references indexes(id),
    parsed_file_id  varchar(64) collate "C" not null,
    name            varchar(255) collate "C" not null,
    content_type    varchar(64) collate "C" not null,
    size_bytes      bigint not null,
    storage_key     varchar(255) collate "C" not null,
    created_at      bigint not null,
    primary key (index_id, parsed_file_id, name)
);
