-- Jobs of the parse API (/api/v2/parse). A job's input is a blob of its own (a copy of the uploaded
-- file or of the named file's bytes), so deleting the file later does not break a pending job, and its
-- result is one JSON blob (pages of text, Markdown and items). Deleting the job deletes both blobs.
-- status: PENDING, RUNNING, COMPLETED, FAILED, CANCELLED. Times are microseconds since the epoch.
create table parse_jobs (
    id                varchar(64) primary key,
    project_id        varchar(64) not null references projects(id),
    name              varchar(1024),
    file_name         varchar(1024) not null,
    file_id           varchar(64),
    tier              varchar(32) not null,
    version           varchar(32) not null,
    status            varchar(16) not null,
    options           text not null,
    user_metadata     text,
    input_blob        varchar(64),
    result_blob       varchar(64),
    error_message     text,
    pages             int,
    cancel_requested  boolean not null default false,
    created_at        bigint not null,
    updated_at        bigint not null
);
create index parse_jobs_recent on parse_jobs(project_id, created_at, id);
create index parse_jobs_unfinished on parse_jobs(created_at) where status in ('PENDING', 'RUNNING');
