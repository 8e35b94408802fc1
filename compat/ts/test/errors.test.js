'use strict';
// Authentication and error mapping (API.md §1.2, §1.8) as the official client surfaces them.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  APIError,
  AuthenticationError,
  NotFoundError,
  UnprocessableEntityError,
} = require('@llamaindex/llama-cloud');
const { startServer } = require('../support/server');
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

describe('authentication', () => {
  test('a wrong API key is 401 AuthenticationError with WWW-Authenticate: Bearer', async () => {
    const intruder = server.client({ apiKey: `${server.apiKey}-wrong` });

    const error = await expect.apiError(intruder.beta.chat.list(), AuthenticationError, 401);

    assert.equal(typeof error.error.detail, 'string');
    assert.match(error.headers.get('www-authenticate') ?? '', /^Bearer/i);
  });

  test('a wrong API key is rejected on every kind of call', async () => {
    const intruder = server.client({ apiKey: 'llx-not-the-key' });

    await expect.apiError(intruder.beta.chat.create(), AuthenticationError, 401);
    await expect.apiError(intruder.beta.chat.retrieve('ses-anything'), AuthenticationError, 401);
    await expect.apiError(intruder.beta.chat.delete('ses-anything'), AuthenticationError, 401);
    await expect.apiError(intruder.projects.list(), AuthenticationError, 401);
  });

  test('no Authorization header at all is 401', async () => {
    // An empty apiKey makes the client omit the header entirely.
    const anonymous = server.client({ apiKey: '' });

    const error = await expect.apiError(anonymous.beta.chat.list(), AuthenticationError, 401);

    assert.equal(typeof error.error.detail, 'string');
  });

  test('the health check needs no key', async () => {
    const res = await fetch(`${server.baseURL}/healthz`);

    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  test('unknown headers such as LLAMA_CLOUD_CUSTOM_HEADERS ones are ignored', async () => {
    const custom = server.client({ defaultHeaders: { 'X-Custom-Thing': 'yes', 'X-Another': '1' } });

    const page = await custom.beta.chat.list();

    assert.ok(Array.isArray(page.items));
  });
});

describe('error mapping', () => {
  test('an unknown session id is 404 NotFoundError with a string detail', async () => {
    const error = await expect.apiError(
      client.beta.chat.retrieve('ses-00000000-0000-4000-8000-00000000beef'),
      NotFoundError,
      404,
    );

    assert.equal(typeof error.error.detail, 'string');
    assert.match(error.headers.get('content-type') ?? '', /^application\/json/);
  });

  test('a syntactically odd session id is 404, not a validation error', async () => {
    await expect.apiError(client.beta.chat.retrieve('definitely not an id'), NotFoundError, 404);
  });

  test('index_ids of the wrong type (a number) is 422 naming body.index_ids', async () => {
    const error = await expect.apiError(client.beta.chat.create({ index_ids: 5 }), UnprocessableEntityError, 422);

    expect.validationNames(error, ['body', 'index_ids']);
  });

  test('index_ids containing a non-string is 422', async () => {
    const error = await expect.apiError(
      client.beta.chat.create({ index_ids: ['idx-a', 7] }),
      UnprocessableEntityError,
      422,
    );

    expect.validationNames(error, ['body', 'index_ids']);
  });

  test('malformed JSON is 422 with type json_invalid', async () => {
    const error = await expect.apiError(
      client.post('/api/v1/chat', {
        body: '{"index_ids": [',
        headers: { 'Content-Type': 'application/json' },
      }),
      UnprocessableEntityError,
      422,
    );

    const detail = expect.validationDetail(error);
    assert.equal(detail[0].type, 'json_invalid', JSON.stringify(detail));
    assert.equal(detail[0].loc[0], 'body');
  });

  test('unknown body keys are ignored', async () => {
    const session = await client.beta.chat.create({ index_ids: null, some_future_field: { x: 1 } });

    expect.freshSession(session);
  });

  test('an unknown route is 404 {"detail":"Not Found"}', async () => {
    const error = await expect.apiError(client.get('/api/v1/no-such-thing'), NotFoundError, 404);

    assert.deepEqual(error.error, { detail: 'Not Found' });
  });

  test('a wrong method is 405 {"detail":"Method Not Allowed"}', async () => {
    const error = await expect.apiError(client.patch('/api/v1/chat', { body: {} }), APIError, 405);

    assert.deepEqual(error.error, { detail: 'Method Not Allowed' });
  });
});
