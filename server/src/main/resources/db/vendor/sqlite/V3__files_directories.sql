-- Uploaded files. The bytes live in the blob store under blob_key (never a user-supplied name);
-- deleted_at keeps a tombstone so that a retried DELETE answers 204.
create table files (
    id                varchar(64) primary key,
    project_id        varchar(64) not null references projects(id),
    name              varchar(1024) not null,
    file_type         varchar(255),
    external_file_id  varchar(1024),
    purpose           varchar(32) not null,
    blob_key          varchar(64) not null,
    file_size         bigint not null,
    sha256            varchar(64) not null,
    created_at        bigint not null,
    updated_at        bigint not null,
    deleted_at        bigint
);
create index files_recent on files(project_id, created_at, id);
create index files_by_name on files(project_id, name, id);

-- Directories: user, ephemeral, or index (an index's output). system_metadata is JSON text.
create table directories (
    id               varchar(64) primary key,
    project_id       varchar(64) not null references projects(id),
    name             varchar(1024) not null,
    description      text,
    type             varchar(16) not null,
    system_metadata  text,
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
    id               varchar(64) primary key,
    project_id       varchar(64) not null references projects(id),
    directory_id     varchar(64) not null references directories(id),
    unique_id        varchar(1024) not null,
    live_unique_id   varchar(1024),
    display_name     varchar(1024) not null,
    file_id          varchar(64),
    system_metadata  text not null,
    user_metadata    text not null,
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
    name        varchar(64) primary key,
    secret      varchar(255) not null,
    created_at  bigint not null
);
