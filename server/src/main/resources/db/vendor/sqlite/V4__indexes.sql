-- Indexes over a source directory, their sync jobs, and what each sync produced per file.
create table indexes (
    id                  varchar(64) primary key,
    project_id          varchar(64) not null references projects(id),
    name                varchar(1024) not null,
    description         text,
    source_directory_id varchar(64) not null,
    output_directory_id varchar(64) not null,
    sync_config_id      varchar(64) not null,
    export_config_id    varchar(64) not null unique,
    sync_frequency      varchar(32) not null,
    store_attachments   text not null,
    vector_target       varchar(16) not null,
    products            text not null,
    embedding_model     varchar(255) not null,
    embedding_dimension int not null,
    status              varchar(16) not null,
    error_message       text,
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
    id            varchar(64) primary key,
    index_id      varchar(64) not null references indexes(id),
    state         varchar(16) not null,
    requested_at  bigint not null,
    started_at    bigint,
    finished_at   bigint,
    files_total   int not null,
    files_done    int not null,
    files_failed  int not null,
    error         text
);
create index sync_jobs_index on sync_jobs(index_id, requested_at);

-- One row per source directory file the index has processed. fingerprint says what was indexed
-- (content hash + name + metadata), so an unchanged file is skipped by the next sync.
create table index_files (
    index_id        varchar(64) not null references indexes(id),
    source_file_id  varchar(64) not null,
    parsed_file_id  varchar(64) not null,
    file_id         varchar(64),
    display_name    varchar(1024) not null,
    fingerprint     varchar(128) not null,
    state           varchar(16) not null,
    error           text,
    num_chunks      int not null,
    num_pages       int not null,
    updated_at      bigint not null,
    primary key (index_id, source_file_id)
);
create unique index index_files_parsed on index_files(index_id, parsed_file_id);

-- The parsed text of each file (backs read and grep), with its page boundaries as JSON.
create table parsed_texts (
    index_id        varchar(64) not null references indexes(id),
    parsed_file_id  varchar(64) not null,
    content         text not null,
    pages           text not null,
    primary key (index_id, parsed_file_id)
);

-- Files stored next to parsed output, e.g. screenshots/page_3.jpg.
create table index_attachments (
    index_id        varchar(64) not null references indexes(id),
    parsed_file_id  varchar(64) not null,
    name            varchar(255) not null,
    content_type    varchar(64) not null,
    size_bytes      bigint not null,
    storage_key     varchar(255) not null,
    created_at      bigint not null,
    primary key (index_id, parsed_file_id, name)
);
