-- Coordination between several Quire nodes sharing this database (plain SQL for SQLite and PostgreSQL).
-- Lease times (lease_until, turn_lease_until) are milliseconds since the epoch from the nodes' clocks, which must be in sync.

-- A sync job is run by the node holding its lease; a job whose lease ran out (its node died) is claimed
-- by another. cancel_requested is how a cancel or an index deletion on any node reaches the runner.
alter table sync_jobs add column lease_owner varchar(64);
alter table sync_jobs add column lease_until bigint;
alter table sync_jobs add column cancel_requested boolean not null default false;

-- At most one unfinished job per index, whichever node asks. Older duplicates (none are expected)
-- are closed first so that the unique index can be built.
update sync_jobs set state = 'cancelled', error = 'superseded', finished_at = requested_at
where state in ('queued', 'running') and exists (
    select 1 from sync_jobs newer where newer.index_id = sync_jobs.index_id
    and newer.state in ('queued', 'running')
    and (newer.requested_at > sync_jobs.requested_at
         or (newer.requested_at = sync_jobs.requested_at and newer.id > sync_jobs.id)));
create unique index sync_jobs_one_unfinished on sync_jobs(index_id) where state in ('queued', 'running');
-- What every node's claim loop reads each second: the unfinished jobs, oldest first (the table keeps history).
create index sync_jobs_unfinished on sync_jobs(requested_at) where state in ('queued', 'running');

-- When an on_source_change index's source last changed without a sync having been scheduled for it
-- (microseconds, like the other index times): any node's loop schedules it once the quiet period
-- passed, so a change noticed by a node that died before its debounce fired is not lost.
alter table indexes add column source_changed_at bigint;
create index indexes_source_changed on indexes(source_changed_at);
-- When the daily schedule last fired (microseconds): a compare-and-set on it fires it once per cluster.
alter table indexes add column schedule_fired_at bigint;

-- The node streaming a session's running turn and until when it holds it; a turn whose lease ran out
-- was interrupted (its node died) and is closed by any node.
alter table chat_sessions add column turn_owner varchar(64);
alter table chat_sessions add column turn_lease_until bigint;
