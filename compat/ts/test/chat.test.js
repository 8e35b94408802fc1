'use strict';
// Chat sessions (API.md §10.1-§10.5) through client.beta.chat.*. Streaming turns come later.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { NotFoundError, UnprocessableEntityError } = require('@llamaindex/llama-cloud');
const { startServer } = require('../support/server');
const { createIndexes } = require('../support/fixtures');
const expect = require('../support/expect');

let server;
let client;

before(async () => {
  server = await startServer();
  client = server.client();
});

after(async () => {
  await server?.stop();
});

describe('POST /api/v1/chat', () => {
  test('create without arguments returns an unbound, never-run session', async () => {
    const { data: session, response } = await client.beta.chat.create().withResponse();

    assert.ok(response.status >= 200 && response.status < 300, `2xx, got ${response.status}`);
    expect.freshSession(session);
    assert.equal(session.index_ids, null);
    assert.ok(session.last_updated_at.endsWith('Z'));
  });

  test('create defaults shared_access to read_only ([newer] field, §10)', async () => {
    const session = await client.beta.chat.create();

    assert.equal(session.shared_access, 'read_only');
  });

  test('create gives every session a distinct id', async () => {
    const a = await client.beta.chat.create();
    const b = await client.beta.chat.create();

    assert.notEqual(a.session_id, b.session_id);
  });

  test('create with index_ids null or [] gives an unbound session', async () => {
    const withNull = await client.beta.chat.create({ index_ids: null });
    const withEmpty = await client.beta.chat.create({ index_ids: [] });

    expect.freshSession(withNull);
    expect.freshSession(withEmpty);
    assert.equal(withNull.index_ids, null);
    assert.equal(withEmpty.index_ids, null);
  });

  test('create with index_ids keeps their order and removes duplicates', async () => {
    const [a, b, c] = await createIndexes(client, 3);

    const session = await client.beta.chat.create({ index_ids: [b, a, b, c, a] });

    expect.freshSession(session);
    assert.deepEqual(session.index_ids, [b, a, c]);
    const again = await client.beta.chat.retrieve(session.session_id);
    assert.deepEqual(again.index_ids, [b, a, c]);
  });

  test('create with an index id that does not exist is 404', async () => {
    await expect.apiError(
      client.beta.chat.create({ index_ids: ['idx-00000000-0000-4000-8000-000000000000'] }),
      NotFoundError,
      404,
    );
  });

  test('create with 11 index_ids is 422 naming the field', async () => {
    const ids = Array.from({ length: 11 }, (_, i) => `idx-00000000-0000-4000-8000-0000000000${10 + i}`);

    const error = await expect.apiError(client.beta.chat.create({ index_ids: ids }), UnprocessableEntityError, 422);

    const [first] = expect.validationDetail(error);
    assert.equal(first.loc[0], 'body', `detail[0].loc: ${JSON.stringify(first.loc)}`);
    assert.ok(first.loc.includes('index_ids'), `detail[0].loc names index_ids: ${JSON.stringify(first.loc)}`);
  });
});

describe('GET /api/v1/chat/{session_id} and /summary', () => {
  test('retrieve returns the summary fields plus an empty event list', async () => {
    const created = await client.beta.chat.create();

    const full = await client.beta.chat.retrieve(created.session_id);

    expect.freshSession(full);
    assert.deepEqual(full.events, []);
    assert.equal(full.session_id, created.session_id);
    assert.equal(full.last_updated_at, created.last_updated_at);
    assert.equal(full.index_ids, null);
  });

  test('getSummary returns the same summary as create', async () => {
    const created = await client.beta.chat.create();

    const summary = await client.beta.chat.getSummary(created.session_id);

    expect.freshSession(summary);
    for (const key of ['session_id', 'last_updated_at', 'generated_title', 'index_ids', 'job_metadata']) {
      assert.deepEqual(summary[key], created[key], `summary.${key}`);
    }
  });

  test('retrieve and getSummary of an unknown session are 404', async () => {
    const unknown = 'ses-00000000-0000-4000-8000-000000000000';

    await expect.apiError(client.beta.chat.retrieve(unknown), NotFoundError, 404);
    await expect.apiError(client.beta.chat.getSummary(unknown), NotFoundError, 404);
  });
});

describe('DELETE /api/v1/chat/{session_id}', () => {
  test('delete answers 204, then the session is gone', async () => {
    const { session_id } = await client.beta.chat.create();

    const response = await client.beta.chat.delete(session_id).asResponse();

    assert.equal(response.status, 204);
    assert.equal(await response.text(), '');
    await expect.apiError(client.beta.chat.retrieve(session_id), NotFoundError, 404);
    await expect.apiError(client.beta.chat.getSummary(session_id), NotFoundError, 404);
    const listed = [];
    for await (const s of client.beta.chat.list({ page_size: 1000 })) listed.push(s.session_id);
    assert.ok(!listed.includes(session_id), 'a deleted session is not listed');
  });

  test('deleting an already deleted session still answers 204 (retry safety, §1.9)', async () => {
    const { session_id } = await client.beta.chat.create();
    await client.beta.chat.delete(session_id);

    const response = await client.beta.chat.delete(session_id).asResponse();

    assert.equal(response.status, 204);
    assert.equal(await client.beta.chat.delete(session_id), null);
  });

  test('deleting a session that never existed is 404', async () => {
    await expect.apiError(
      client.beta.chat.delete('ses-00000000-0000-4000-8000-000000000001'),
      NotFoundError,
      404,
    );
  });
});
