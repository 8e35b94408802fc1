-- PostgreSQL copy of the embedded database's migration of the same version: identical but for
-- collate "C" on every string column, so that comparisons and ORDER BY on names and ids use
-- code-point order as SQLite does, whatever the database's default collation.
-- Uploaded files. The bytes live in the blob store under blob_key (never a user-supplied name);
-- deleted_at keeps a tombstone so that a retried DELETE answers 204.
create table files (
    id                varchar(64) collate "C" primary key,
    project_id        varchar(64) collate "C" not null references projects(id),
    name              varchar(1024) collate "C" not null,
    file_type         varchar(255) collate "C",
    external_file_id  varchar(1024) collate "C",
    purpose           varchar(32) collate "C" not null,
    blob_key          varchar(64) collate "C" not null,
    file_size         bigint not null,
    sha256            varchar(64) collate "C" not null,
    created_at        bigint not null,
    updated_at        bigint not null,
    deleted_at        bigint
);
create index files_recent on files(project_id, created_at, id);
create index files_by_name on files(project_id, name, id);

-- Directories: user, ephemeral, or index (an index's output). system_metadata is JSON text.
create table directories (
    id               varchar(64) collate "C" primary key,
    project_id       varchar(64) collate "C" not null references projects(id),
    name             varchar(1024) collate "C" not null,
    description      text collate "C",
    type             varchar(16) collate "C" not null,
    system_metadata  text collate "C",
    expires_at       bigint,
    created_at       bigint not null,
    updated_at       bigint not null,
    deleted_at       bigint
);
create index directories_recent on directories(project_id, created_at, id);

-- Entries of a directory. live_unique_id equals unique_id while the entry is live and is null once
-- it is deleted: the unique constraint then holds among live entries only, on H2 and PostgreSQL
-- alike (both treat NULLs as distinct). Metadata layers are JSON text objects.
create table directory_files (
    id               varchar(64) collate "C" primary key,
    project_id       varchar(64) collate "C" not null references projects(id),
    directory_id     varchar(64) collate "C" not null references directories(id),
    unique_id        varchar(1024) collate "C" not null,
    live_unique_id   varchar(1024) collate "C",
    display_name     varchar(1024) collate "C" not null,
    file_id          varchar(64) collate "C",
    system_metadata  text collate "C" not null,
    user_metadata    text collate "C" not null,
    created_at       bigint not null,
    updated_at       bigint not null,
    deleted_at       bigint,
    constraint directory_files_live_unique unique (directory_id, live_unique_id)
);
create index directory_files_order on directory_files(directory_id, created_at, id);
create index directory_files_changes on directory_files(directory_id, updated_at);
create index directory_files_by_file on directory_files(file_id);

-- Server-generated secrets such as the key that signs presigned download links. Never logged.
create table server_secrets (
    name        varchar(64) collate "C" primary key,
    secret      varchar(255) collate "C" not null,
    created_at  bigint not null
);
