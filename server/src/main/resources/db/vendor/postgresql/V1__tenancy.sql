-- PostgreSQL copy of the embedded database's migration of the same version: identical but for
-- collate "C" on every string column, so that comparisons and ORDER BY on names and ids use
-- code-point order as SQLite does, whatever the database's default collation.
-- Organizations own projects; API keys belong to a project. Timestamps are epoch microseconds (UTC)
-- so that ordering and keyset pagination are exact and portable between H2 and PostgreSQL.
create table organizations (
    id          varchar(64) collate "C" primary key,
    name        varchar(255) collate "C" not null,
    created_at  bigint not null
);

create table projects (
    id              varchar(64) collate "C" primary key,
    organization_id varchar(64) collate "C" not null references organizations(id),
    name            varchar(255) collate "C" not null,
    is_default      boolean not null,
    created_at      bigint not null,
    updated_at      bigint not null
);
create index projects_org on projects(organization_id, created_at);

-- Only the SHA-256 of a key is stored; keys are 256-bit random strings, so a fast hash is enough.
create table api_keys (
    id          varchar(64) collate "C" primary key,
    project_id  varchar(64) collate "C" not null references projects(id),
    key_hash    varchar(64) collate "C" not null unique,
    key_prefix  varchar(16) collate "C" not null,
    name        varchar(255) collate "C" not null,
    role        varchar(16) collate "C" not null,
    created_at  bigint not null
);
create index api_keys_prefix on api_keys(key_prefix);
