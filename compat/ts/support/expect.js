'use strict';
// Assertions shared by the test files: contract shapes (API.md) and typed client errors.

const assert = require('node:assert/strict');

// ISO 8601, UTC, `Z` suffix (API.md §1.5). Fraction digits are not checked here.
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function timestamp(value, field) {
  assert.equal(typeof value, 'string', `${field} must be a string, got ${JSON.stringify(value)}`);
  assert.match(value, ISO_UTC, `${field} must be ISO 8601 UTC ending in Z, got ${value}`);
  assert.ok(!Number.isNaN(Date.parse(value)), `${field} must parse as a date: ${value}`);
}

function nullableTimestamp(value, field) {
  if (value !== null) timestamp(value, field);
}

/** Sort key for ISO timestamps that keeps sub-millisecond digits (Date.parse drops them). */
function timeKey(iso) {
  const m = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/.exec(iso);
  assert.ok(m, `not an ISO UTC timestamp: ${iso}`);
  return `${m[1]}.${(m[2] || '').padEnd(9, '0')}`;
}

function hasKeys(object, keys, what) {
  for (const key of keys) {
    assert.ok(Object.hasOwn(object, key), `${what} must contain key "${key}": ${JSON.stringify(object)}`);
  }
}

/** SessionSummary, API.md §10: every documented key present, nullable ones as null. */
function sessionSummary(session) {
  hasKeys(session, ['session_id', 'last_updated_at', 'generated_title', 'index_ids', 'job_metadata'], 'SessionSummary');
  assert.match(session.session_id, /^ses-./, 'session_id starts with "ses-"');
  timestamp(session.last_updated_at, 'last_updated_at');
  if (session.index_ids !== null) {
    assert.ok(Array.isArray(session.index_ids), 'index_ids is an array or null');
    assert.ok(session.index_ids.length > 0, 'index_ids is never [] (empty means null, §14.42)');
  }
}

/** A session that has never run a turn (§10.1). */
function freshSession(session) {
  sessionSummary(session);
  assert.equal(session.generated_title, null, 'generated_title is null before the first message');
  assert.equal(session.job_metadata, null, 'job_metadata is null before the first run');
}

/** Project, API.md §3. */
function project(p) {
  hasKeys(p, ['id', 'name', 'organization_id', 'created_at', 'updated_at', 'is_default'], 'Project');
  assert.match(p.id, UUID, `project id is a UUID: ${p.id}`);
  assert.equal(typeof p.name, 'string');
  assert.match(p.organization_id, UUID, `organization_id is a UUID: ${p.organization_id}`);
  nullableTimestamp(p.created_at, 'created_at');
  nullableTimestamp(p.updated_at, 'updated_at');
  assert.equal(typeof p.is_default, 'boolean');
}

/**
 * Awaits a client call that must fail with the given error class and status, checks the
 * FastAPI-style body (§1.8) and returns the error for further assertions.
 */
async function apiError(promise, ErrorClass, status) {
  let error;
  try {
    const value = await promise;
    assert.fail(`expected ${ErrorClass.name} (${status}), but the call succeeded with ${JSON.stringify(value)}`);
  } catch (err) {
    if (err instanceof assert.AssertionError) throw err;
    error = err;
  }
  assert.ok(
    error instanceof ErrorClass,
    `expected ${ErrorClass.name} (${status}), got ${error?.constructor?.name}: ${error?.message}`,
  );
  assert.equal(error.status, status);
  assert.ok(error.error && Object.hasOwn(error.error, 'detail'), `error body has "detail": ${JSON.stringify(error.error)}`);
  return error;
}

/** 422 body: detail is a list of {type, loc, msg}; returns the entries. */
function validationDetail(error) {
  const detail = error.error.detail;
  assert.ok(Array.isArray(detail) && detail.length > 0, `422 detail is a non-empty list: ${JSON.stringify(error.error)}`);
  for (const entry of detail) {
    hasKeys(entry, ['type', 'loc', 'msg'], '422 detail entry');
    assert.equal(typeof entry.type, 'string');
    assert.equal(typeof entry.msg, 'string');
    assert.ok(Array.isArray(entry.loc) && entry.loc.length > 0, `loc is a non-empty list: ${JSON.stringify(entry)}`);
    assert.ok(['body', 'query', 'path', 'header'].includes(entry.loc[0]), `loc starts with body/query/path/header: ${JSON.stringify(entry.loc)}`);
  }
  return detail;
}

/** Asserts that some 422 entry points at `loc` (a prefix, e.g. ['body', 'index_ids']). */
function validationNames(error, loc) {
  const detail = validationDetail(error);
  const hit = detail.some((entry) => loc.every((part, i) => entry.loc[i] === part));
  assert.ok(hit, `some detail[].loc starts with ${JSON.stringify(loc)}: ${JSON.stringify(detail)}`);
}

module.exports = {
  timestamp,
  timeKey,
  sessionSummary,
  freshSession,
  project,
  apiError,
  validationDetail,
  validationNames,
  UUID,
};
