'use strict';
// Retrieval (API.md §8) through client.beta.retrieval.*: retrieve with weights and filters, find and
// grep with POST cursor pagination (§1.7), read, and the §13.1 retrieval checks.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { toFile, BadRequestError, NotFoundError, UnprocessableEntityError } = require('@llamaindex/llama-cloud');
const { startServer } = require('../support/server');
const { all, waitUntilReady } = require('../support/fixtures');
const expect = require('../support/expect');

const UNKNOWN_INDEX = 'idx-00000000-0000-4000-8000-000000000000';
const FILES = {
  'holidays.txt': {
    text: 'Employees get 30 days of paid leave per year. Paid leave must be requested two weeks in advance.',
    metadata: { team: 'a', year: 2023 },
  },
  'remote.txt': { text: 'Remote work from home is allowed two days a week.', metadata: { team: 'b', year: 2024 } },
  'parking.txt': { text: 'Parking in the garage is free on weekends for all staff.', metadata: { team: 'a', year: 2025 } },
  'security.txt': {
    text: 'Laptops must use full disk encryption and lock after five minutes.',
    metadata: { team: 'c', year: 2022 },
  },
};
const NAMES = Object.keys(FILES).sort();

let server;
let client;
let index; // the ready index over FILES
const fileIds = {}; // display name -> parsed file id (find's file_id)
const namesById = {};

async function indexOf(name, files) {
  const dir = await client.beta.directories.create({ name });
  for (const [fileName, { text, metadata }] of Object.entries(files)) {
    await client.beta.directories.files.upload(dir.id, {
      upload_file: await toFile(Buffer.from(text), fileName),
      metadata: JSON.stringify(metadata ?? {}),
    });
  }
  const created = await client.beta.indexes.create({ source_directory_id: dir.id });
  return waitUntilReady(client, created.id, 180_000);
}

before(async () => {
  server = await startServer();
  client = server.client();
  index = await indexOf('policies', FILES);
  for (const file of await all(client.beta.retrieval.find({ index_id: index.id }))) {
    fileIds[file.file_name] = file.file_id;
    namesById[file.file_id] = file.file_name;
  }
});

after(async () => {
  await server?.stop();
});

const fileOf = (result) => result.static_fields.parsed_directory_file_id;
const namesOf = (results) => new Set(results.map((r) => namesById[fileOf(r)]));

async function retrieve(query, params = {}) {
  const { results } = await client.beta.retrieval.retrieve({ index_id: index.id, query, ...params });
  assert.ok(Array.isArray(results), `results is an array: ${JSON.stringify(results)}`);
  return results;
}

/** Result, API.md §8.1: every documented key present, integers as integers. */
function result(r) {
  for (const key of ['content', 'metadata', 'rerank_score', 'score', 'static_fields']) {
    assert.ok(Object.hasOwn(r, key), `Result has "${key}": ${JSON.stringify(r)}`);
  }
  assert.equal(typeof r.content, 'string');
  assert.equal(typeof r.score, 'number');
  const fields = r.static_fields;
  for (const key of ['attachments', 'chunk_end_char', 'chunk_start_char', 'chunk_index', 'chunk_token_count',
    'page_range_start', 'page_range_end', 'parsed_directory_file_id']) {
    assert.ok(Object.hasOwn(fields, key), `static_fields has "${key}": ${JSON.stringify(fields)}`);
  }
  for (const key of ['chunk_end_char', 'chunk_start_char', 'chunk_index', 'chunk_token_count', 'page_range_start', 'page_range_end']) {
    assert.ok(Number.isInteger(fields[key]), `static_fields.${key} is an integer: ${fields[key]}`);
  }
  assert.ok(Array.isArray(fields.attachments));
  assert.match(fields.parsed_directory_file_id, /^dfl-./);
}

async function read(fileId, params = {}) {
  const { content } = await client.beta.retrieval.read({ index_id: index.id, file_id: fileId, ...params });
  assert.equal(typeof content, 'string');
  return content;
}

describe('POST /api/v1/retrieval/retrieve', () => {
  test('the relevant file ranks first; results carry every documented key', async () => {
    const results = await retrieve('How many days of paid leave do employees get?');

    assert.ok(results.length > 0);
    results.forEach(result);
    assert.equal(namesById[fileOf(results[0])], 'holidays.txt');
    assert.match(results[0].content, /30 days of paid leave/);
    // Merged metadata (§6 layering): the user's keys, next to system keys such as file_name.
    assert.equal(results[0].metadata.team, 'a');
    assert.equal(results[0].metadata.year, 2023);
    assert.equal(results[0].rerank_score, null, 'no reranker is configured, so rerank_score is null');
    assert.equal(results[0].static_fields.chunk_index, 0);
    assert.ok(results[0].static_fields.chunk_end_char > results[0].static_fields.chunk_start_char);
  });

  test('top_k is respected; top_k=1000 succeeds with at most 500 results; top_k=0 is 422', async () => {
    assert.equal((await retrieve('work policies', { top_k: 2 })).length, 2);
    assert.equal((await retrieve('work policies', { top_k: 1 })).length, 1);
    const many = await retrieve('work policies', { top_k: 1000 });
    assert.ok(many.length >= 1 && many.length <= 500, `top_k=1000 returns 1..500 results: ${many.length}`);
    const error = await expect.apiError(
      client.beta.retrieval.retrieve({ index_id: index.id, query: 'q', top_k: 0 }), UnprocessableEntityError, 422);
    expect.validationDetail(error);
  });

  test('vector_pipeline_weight 0 (full text only) and full_text_pipeline_weight 0 (vector only) both work', async () => {
    const fullText = await retrieve('garage', { vector_pipeline_weight: 0 });
    const vector = await retrieve('vacation time off for staff', { full_text_pipeline_weight: 0 });

    assert.deepEqual([...namesOf(fullText)], ['parking.txt'], 'only the file with the word matches in full text');
    assert.ok(vector.length > 0);
    assert.equal(namesById[fileOf(vector[0])], 'holidays.txt');
  });

  test('custom_filters eq / in / gte / ranges / several keys narrow the results', async () => {
    const matching = async (custom_filters) => namesOf(await retrieve('company policy', { top_k: 20, custom_filters }));

    assert.deepEqual(await matching({ team: { operator: 'eq', value: 'a' } }), new Set(['holidays.txt', 'parking.txt']));
    assert.deepEqual(await matching({ team: { operator: 'in', value: ['b', 'c'] } }), new Set(['remote.txt', 'security.txt']));
    assert.deepEqual(await matching({ year: { operator: 'gte', value: 2024 } }), new Set(['remote.txt', 'parking.txt']));
    assert.deepEqual(
      await matching({ year: [{ operator: 'gte', value: 2023 }, { operator: 'lte', value: 2024 }] }),
      new Set(['holidays.txt', 'remote.txt']),
    );
    assert.deepEqual(
      await matching({ team: { operator: 'eq', value: 'a' }, year: { operator: 'lt', value: 2024 }, ignored: null }),
      new Set(['holidays.txt']),
    );
  });

  test('static_filters.parsed_directory_file_id scopes results (eq and in)', async () => {
    const parking = fileIds['parking.txt'];
    const remote = fileIds['remote.txt'];

    const one = await retrieve('paid leave', { static_filters: { parsed_directory_file_id: { operator: 'eq', value: parking } } });
    const two = await retrieve('paid leave', {
      static_filters: { parsed_directory_file_id: { operator: 'in', value: [parking, remote] } },
    });

    assert.ok(one.length > 0);
    assert.deepEqual(namesOf(one), new Set(['parking.txt']));
    assert.deepEqual(namesOf(two), new Set(['parking.txt', 'remote.txt']));
  });

  test('accepts the index export_config_id as index_id', async () => {
    const { results } = await client.beta.retrieval.retrieve({ index_id: index.export_config_id, query: 'encryption of laptops' });

    assert.equal(namesById[fileOf(results[0])], 'security.txt');
  });
});

describe('POST /api/v1/retrieval/files/find', () => {
  test('exact names and case-insensitive substrings', async () => {
    assert.deepEqual(Object.keys(fileIds).sort(), NAMES);

    const exact = await all(client.beta.retrieval.find({ index_id: index.id, file_name: 'remote.txt' }));
    const contains = await all(client.beta.retrieval.find({ index_id: index.id, file_name_contains: 'ING' }));
    const wrongCase = await all(client.beta.retrieval.find({ index_id: index.id, file_name: 'REMOTE.TXT' }));

    assert.deepEqual(exact, [{ file_id: fileIds['remote.txt'], file_name: 'remote.txt' }]);
    assert.deepEqual(contains.map((f) => f.file_name), ['parking.txt']);
    assert.deepEqual(wrongCase, []);
  });

  test('for await pages through every file with page_size 1, in name order; page_size 5000 is coerced', async () => {
    const pages = [];
    const firstPage = await client.beta.retrieval.find({ index_id: index.id, page_size: 1 });
    for await (const page of firstPage.iterPages()) {
      pages.push(page.items.map((f) => f.file_name));
    }
    const coerced = await client.beta.retrieval.find({ index_id: index.id, page_size: 5000 });

    assert.deepEqual(pages, NAMES.map((n) => [n]));
    assert.deepEqual(coerced.items.map((f) => f.file_name), NAMES);
  });

  test('page_token is accepted in the body and in the query string (query wins); the last page has no token', async () => {
    const path = '/api/v1/retrieval/files/find';
    const body = { index_id: index.id, page_size: 3 };

    const first = await client.post(path, { body });
    assert.equal(first.items.length, 3);
    assert.equal(typeof first.next_page_token, 'string');
    assert.ok(first.next_page_token.length > 0);
    const inBody = await client.post(path, { body: { ...body, page_token: first.next_page_token } });
    const inQuery = await client.post(path, { query: { page_token: first.next_page_token }, body });
    const both = await client.post(path, { query: { page_token: first.next_page_token }, body: { ...body, page_token: 'not-a-token' } });

    assert.deepEqual(inBody.items.map((f) => f.file_name), [NAMES[3]]);
    assert.deepEqual(inQuery.items, inBody.items);
    assert.deepEqual(both.items, inBody.items);
    assert.ok(inBody.next_page_token === null || inBody.next_page_token === undefined,
      `the last page has no token (never ""): ${JSON.stringify(inBody.next_page_token)}`);
  });

  test('page_size 0 is 422; an undecodable token, or one from other filters, is 400', async () => {
    const first = await client.beta.retrieval.find({ index_id: index.id, page_size: 1 });

    const error = await expect.apiError(client.beta.retrieval.find({ index_id: index.id, page_size: 0 }), UnprocessableEntityError, 422);
    expect.validationDetail(error);
    await expect.apiError(client.beta.retrieval.find({ index_id: index.id, page_token: 'garbage' }), BadRequestError, 400);
    await expect.apiError(
      client.beta.retrieval.find({ index_id: index.id, file_name_contains: 'txt', page_token: first.next_page_token }),
      BadRequestError, 400);
  });

  test('an unknown index is NotFoundError', async () => {
    await expect.apiError(client.beta.retrieval.find({ index_id: UNKNOWN_INDEX }), NotFoundError, 404);
  });
});

describe('POST /api/v1/retrieval/files/grep', () => {
  test('matches in document order; offsets satisfy read(start, end - start) == match; content adds context', async () => {
    const fileId = fileIds['holidays.txt'];
    const params = { index_id: index.id, file_id: fileId, pattern: '[Pp]aid leave', context_chars: 6 };

    const matches = await all(client.beta.retrieval.grep(params));
    const paged = await all(client.beta.retrieval.grep({ ...params, page_size: 1 }));
    const bare = await all(client.beta.retrieval.grep({ ...params, context_chars: 0 }));

    assert.equal(matches.length, 2);
    assert.deepEqual(paged, matches, 'for await over pages of 1 yields the same matches');
    for (const m of matches) {
      assert.ok(Number.isInteger(m.start_char) && Number.isInteger(m.end_char), JSON.stringify(m));
      const text = await read(fileId, { offset: m.start_char, max_length: m.end_char - m.start_char });
      assert.match(text, /^[Pp]aid leave$/);
      assert.ok(m.content.includes(text) && m.content.length > text.length, `content has context: ${JSON.stringify(m)}`);
    }
    assert.ok(matches[0].start_char < matches[1].start_char);
    assert.deepEqual(bare.map((m) => m.content), ['paid leave', 'Paid leave']);
  });

  test('page_token is accepted in the body and in the query string', async () => {
    const path = '/api/v1/retrieval/files/grep';
    const body = { index_id: index.id, file_id: fileIds['holidays.txt'], pattern: '[Pp]aid leave', page_size: 1 };

    const first = await client.post(path, { body });
    assert.ok(first.next_page_token, `a second match follows: ${JSON.stringify(first)}`);
    const inBody = await client.post(path, { body: { ...body, page_token: first.next_page_token } });
    const inQuery = await client.post(path, { query: { page_token: first.next_page_token }, body });

    assert.equal(inBody.items.length, 1);
    assert.equal(inBody.items[0].content, 'Paid leave');
    assert.deepEqual(inQuery.items, inBody.items);
    assert.ok(!inBody.next_page_token, `the last page has no token: ${JSON.stringify(inBody)}`);
  });

  test('an invalid regex is 422 naming pattern; an unknown file or index is 404', async () => {
    const error = await expect.apiError(
      client.beta.retrieval.grep({ index_id: index.id, file_id: fileIds['holidays.txt'], pattern: '(unclosed' }),
      UnprocessableEntityError, 422);
    expect.validationNames(error, ['body', 'pattern']);
    await expect.apiError(
      client.beta.retrieval.grep({ index_id: index.id, file_id: 'dfl-00000000-0000-4000-8000-000000000000', pattern: 'x' }),
      NotFoundError, 404);
    await expect.apiError(
      client.beta.retrieval.grep({ index_id: UNKNOWN_INDEX, file_id: fileIds['holidays.txt'], pattern: 'x' }),
      NotFoundError, 404);
  });

  test('a pathological pattern such as (a+)+$ on a long run of a followed by b returns quickly', async () => {
    const evil = await indexOf('pathological', { 'aaaa.txt': { text: `${'a'.repeat(20_000)}b` } });
    const [file] = await all(client.beta.retrieval.find({ index_id: evil.id }));

    const started = Date.now();
    const matches = await all(client.beta.retrieval.grep({ index_id: evil.id, file_id: file.file_id, pattern: '(a+)+$' }));
    const nested = await all(client.beta.retrieval.grep({ index_id: evil.id, file_id: file.file_id, pattern: '(a|aa)+c' }));
    const elapsed = Date.now() - started;

    assert.deepEqual(matches, [], 'the text ends in b, so nothing matches');
    assert.deepEqual(nested, []);
    assert.ok(elapsed < 5_000, `grep took ${elapsed} ms`);
  });
});

describe('POST /api/v1/retrieval/files/read', () => {
  test('reads the parsed text, windows of it, and "" past its end', async () => {
    const fileId = fileIds['remote.txt'];

    const whole = await read(fileId);
    const window = await read(fileId, { offset: 0, max_length: 6 });
    const past = await read(fileId, { offset: whole.length + 1000 });

    assert.match(whole, /Remote work from home is allowed two days a week\./);
    assert.equal(window, whole.slice(0, 6));
    assert.equal(past, '');
  });

  test('an unknown index is NotFoundError', async () => {
    await expect.apiError(client.beta.retrieval.read({ index_id: UNKNOWN_INDEX, file_id: fileIds['remote.txt'] }), NotFoundError, 404);
  });
});

describe('retrieval errors', () => {
  test('an unknown index is NotFoundError; an empty query is 422 naming query', async () => {
    await expect.apiError(client.beta.retrieval.retrieve({ index_id: UNKNOWN_INDEX, query: 'q' }), NotFoundError, 404);
    const error = await expect.apiError(
      client.beta.retrieval.retrieve({ index_id: index.id, query: '' }), UnprocessableEntityError, 422);
    expect.validationNames(error, ['body', 'query']);
  });
});
