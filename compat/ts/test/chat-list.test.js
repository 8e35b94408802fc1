'use strict';
// GET /api/v1/chat: GET-flavour cursor pagination (API.md §1.7, §10.2) on a server (or, in the
// cluster run, a project) of its own, so the exact set of sessions is known.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BadRequestError, UnprocessableEntityError } = require('@llamaindex/llama-cloud');
const { startServer } = require('../support/server');
const { sleep } = require('../support/fixtures');
const expect = require('../support/expect');

const SESSIONS = 7;

let server;
let client;
/** Session ids in creation order. */
const created = [];

before(async () => {
  server = await startServer({ ownProject: true });
  client = server.client();
  for (let i = 0; i < SESSIONS; i++) {
    created.push((await client.beta.chat.create()).session_id);
    await sleep(3); // distinct last_updated_at even on a millisecond clock
  }
});

after(async () => {
  await server?.stop();
});

/** Raw pages as the server sends them (the page class hides null vs "" tokens). */
async function rawPages(query) {
  const pages = [];
  let token;
  do {
    const body = await client.get('/api/v1/chat', { query: { ...query, page_token: token } });
    pages.push(body);
    token = body.next_page_token;
    assert.ok(pages.length <= 100, 'pagination terminates');
  } while (token);
  return pages;
}

describe('GET /api/v1/chat', () => {
  test('auto-pagination with page_size 2 yields every session once, newest first', async () => {
    const seen = [];
    for await (const session of client.beta.chat.list({ page_size: 2 })) {
      expect.freshSession(session);
      seen.push(session);
    }

    const ids = seen.map((s) => s.session_id);
    assert.equal(new Set(ids).size, ids.length, `no duplicates: ${ids}`);
    assert.deepEqual(ids, [...created].reverse());
    for (let i = 1; i < seen.length; i++) {
      assert.ok(
        expect.timeKey(seen[i - 1].last_updated_at) >= expect.timeKey(seen[i].last_updated_at),
        `ordered by last_updated_at desc: ${seen[i - 1].last_updated_at} before ${seen[i].last_updated_at}`,
      );
    }
  });

  test('the SDK page objects walk more than one page', async () => {
    const first = await client.beta.chat.list({ page_size: 2 });
    assert.equal(first.items.length, 2);
    assert.ok(first.hasNextPage(), 'first page has a next page');

    const sizes = [];
    for await (const page of first.iterPages()) sizes.push(page.items.length);

    assert.deepEqual(sizes, [2, 2, 2, 1]);
  });

  test('raw pages: full pages carry a non-empty token, the last page next_page_token null', async () => {
    const pages = await rawPages({ page_size: 2 });

    assert.equal(pages.length, Math.ceil(SESSIONS / 2));
    for (const page of pages.slice(0, -1)) {
      assert.equal(page.items.length, 2);
      assert.equal(typeof page.next_page_token, 'string');
      assert.notEqual(page.next_page_token, '', 'a token is never ""');
    }
    const last = pages.at(-1);
    assert.equal(last.items.length, 1);
    assert.ok(Object.hasOwn(last, 'next_page_token'), `last page has the key next_page_token: ${JSON.stringify(last)}`);
    assert.equal(last.next_page_token, null);
  });

  test('page_size exactly covering the list ends without an empty page carrying a token', async () => {
    const pages = await rawPages({ page_size: SESSIONS });

    for (const page of pages) {
      assert.ok(page.items.length > 0 || !page.next_page_token, 'no empty page with a token');
    }
    assert.equal(pages.flatMap((p) => p.items).length, SESSIONS);
  });

  test('without page_size all sessions fit the default page', async () => {
    const body = await client.get('/api/v1/chat');

    assert.equal(body.items.length, SESSIONS);
    assert.equal(body.next_page_token, null);
  });

  test('page_size above 1000 is coerced, not rejected', async () => {
    const page = await client.beta.chat.list({ page_size: 5000 });

    assert.equal(page.items.length, SESSIONS);
  });

  test('page_size 0 is 422 naming the query parameter', async () => {
    const error = await expect.apiError(client.beta.chat.list({ page_size: 0 }), UnprocessableEntityError, 422);

    expect.validationNames(error, ['query', 'page_size']);
  });

  test('an undecodable page_token is 400', async () => {
    const error = await expect.apiError(
      client.beta.chat.list({ page_size: 2, page_token: 'not-a-token' }),
      BadRequestError,
      400,
    );

    assert.equal(error.error.detail, 'Invalid page_token');
  });
});
