'use strict';
// Parsing (LlamaParse v2) through client.parsing.*: create from a file id, a URL or an upload,
// polling to completion, every expansion the server produces, list with filters and paging,
// cancel, delete, versions; and /api/v2/projects through client.v2Projects.*.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  toFile, NotFoundError, UnprocessableEntityError, ConflictError, BadRequestError,
} = require('@llamaindex/llama-cloud');
const { startServer } = require('../support/server');
const { minimalPdf } = require('../support/pdf');

let server;
let client;

before(async () => {
  server = await startServer({ ownProject: true });
  client = server.client();
});

after(async () => {
  await server?.stop();
});

const FAST = { tier: 'fast', version: 'latest' };
const POLL = { pollingInterval: 0.1, maxInterval: 0.5, timeout: 120 };

async function uploadFile(name, bytes) {
  return client.files.create({ file: await toFile(bytes, name), purpose: 'user_data' });
}

function assertJob(job) {
  assert.equal(typeof job.id, 'string');
  assert.equal(typeof job.project_id, 'string');
  assert.ok(['PENDING', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'].includes(job.status), job.status);
  assert.ok(!Number.isNaN(Date.parse(job.created_at)), `created_at ${job.created_at}`);
  assert.ok(!Number.isNaN(Date.parse(job.updated_at)), `updated_at ${job.updated_at}`);
}

describe('client.parsing.create + waitForCompletion', () => {
  test('a file id parses to per-page text, markdown and items', async () => {
    const file = await uploadFile('three.pdf', minimalPdf(['Alpha page one', 'Bravo page two', 'Charlie page three']));

    const job = await client.parsing.create({ ...FAST, file_id: file.id, name: 'three pages', user_metadata: { k: 'v' } });
    assertJob(job);
    assert.equal(job.tier, 'fast');
    assert.equal(job.name, 'three pages');
    assert.deepEqual(job.user_metadata, { k: 'v' });

    const done = await client.parsing.waitForCompletion(job.id, { expand: ['text', 'markdown', 'items'] }, POLL);
    assertJob(done.job);
    assert.equal(done.job.status, 'COMPLETED');
    assert.deepEqual(done.text.pages.map((p) => [p.page_number, p.text]),
      [[1, 'Alpha page one'], [2, 'Bravo page two'], [3, 'Charlie page three']]);
    assert.deepEqual(done.markdown.pages.map((p) => p.success), [true, true, true]);
    assert.equal(done.markdown.pages[1].markdown, 'Bravo page two');
    const item = done.items.pages[0].items[0];
    assert.equal(done.items.pages[0].page_width, 612);
    assert.equal(done.items.pages[0].page_height, 792);
    assert.ok(['text', 'heading'].includes(item.type), item.type);
    assert.equal(item.md.replace(/^#+ /, ''), 'Alpha page one');
    assert.ok(item.bbox[0].w > 0 && item.bbox[0].h > 0, JSON.stringify(item.bbox));
  });

  test('each other expansion: text_full, markdown_full, metadata, job_metadata, raw_parameters, usage', async () => {
    const file = await uploadFile('notes.md', Buffer.from('# Notes\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'));
    const job = await client.parsing.create({ ...FAST, file_id: file.id });
    await client.parsing.waitForCompletion(job.id, {}, POLL);

    const got = await client.parsing.get(job.id, {
      expand: ['text_full', 'markdown_full', 'metadata', 'job_metadata', 'raw_parameters', 'usage'],
    });

    assert.ok(got.markdown_full.startsWith('# Notes'), got.markdown_full);
    assert.ok(got.text_full.includes('one\ntwo'), got.text_full);
    assert.deepEqual(got.metadata.pages.map((p) => p.page_number), [1]);
    assert.equal(got.job_metadata.file_name, 'notes.md');
    assert.equal(got.raw_parameters.file_id, file.id);
    assert.equal(got.text, undefined, 'text not expanded');
    const items = (await client.parsing.get(job.id, { expand: ['items'] })).items.pages[0].items;
    assert.deepEqual(items.map((i) => i.type), ['heading', 'list', 'table']);
    assert.deepEqual(items[2].rows, [['a', 'b'], ['1', '2']]);
    assert.deepEqual(items[1].items.map((i) => i.value), ['one', 'two']);
  });

  test('an upload goes to /api/v2/parse/upload and client.parsing.parse returns the result', async () => {
    const result = await client.parsing.parse({
      ...FAST,
      upload_file: await toFile(minimalPdf(['Uploaded and parsed']), 'up.pdf'),
      expand: ['markdown'],
    }, POLL);

    assert.equal(result.job.status, 'COMPLETED');
    assert.ok(result.markdown.pages[0].markdown.includes('Uploaded and parsed'));
  });

  test('a source_url the server can fetch is parsed; one it cannot reach is a 400', async () => {
    const file = await uploadFile('linked.pdf', minimalPdf(['Fetched by URL']));
    const link = await client.files.content(file.id);

    const result = await client.parsing.parse({ ...FAST, source_url: link.url, expand: ['text'] }, POLL);
    assert.equal(result.text.pages[0].text, 'Fetched by URL');

    await assert.rejects(client.parsing.create({ ...FAST, source_url: 'http://127.0.0.1:1/nothing.pdf' }),
      (e) => e instanceof BadRequestError && /could not fetch source_url/.test(JSON.stringify(e.error)));
  });

  test('target_pages and max_pages choose the pages', async () => {
    const file = await uploadFile('five.pdf', minimalPdf(['p one', 'p two', 'p three', 'p four', 'p five']));

    const some = await client.parsing.parse({ ...FAST, file_id: file.id, page_ranges: { target_pages: '2,4-5' }, expand: ['text'] }, POLL);
    const first = await client.parsing.parse({ ...FAST, file_id: file.id, page_ranges: { max_pages: 2 }, expand: ['text'] }, POLL);

    assert.deepEqual(some.text.pages.map((p) => p.page_number), [2, 4, 5]);
    assert.deepEqual(first.text.pages.map((p) => p.text), ['p one', 'p two']);
  });

  test('a document that cannot be parsed fails with its reason (waitForCompletion rejects)', async () => {
    const file = await uploadFile('broken.pdf', Buffer.from('%PDF-1.7 not really'));
    const job = await client.parsing.create({ ...FAST, file_id: file.id });

    await assert.rejects(client.parsing.waitForCompletion(job.id, {}, POLL), /FAILED.*corrupt PDF/);
    const got = await client.parsing.get(job.id);
    assert.equal(got.job.status, 'FAILED');
    assert.match(got.job.error_message, /^corrupt PDF/);
  });
});

describe('client.parsing input checks', () => {
  test('model tiers answer 422 naming the supported tier; so do unknown versions', async () => {
    const file = await uploadFile('x.md', Buffer.from('# x'));
    for (const tier of ['cost_effective', 'agentic', 'agentic_plus']) {
      await assert.rejects(client.parsing.create({ tier, version: 'latest', file_id: file.id }),
        (e) => e instanceof UnprocessableEntityError && /supported tiers: fast/.test(JSON.stringify(e.error)));
    }
    await assert.rejects(client.parsing.create({ tier: 'fast', version: '2000-01-01', file_id: file.id }),
      (e) => e instanceof UnprocessableEntityError && /2026-06-15/.test(JSON.stringify(e.error)));
  });

  test('an expansion the server does not produce is a 422; an unknown job a 404', async () => {
    const file = await uploadFile('y.md', Buffer.from('# y'));
    const job = await client.parsing.create({ ...FAST, file_id: file.id });
    await assert.rejects(client.parsing.get(job.id, { expand: ['images_content_metadata'] }), UnprocessableEntityError);
    await assert.rejects(client.parsing.get('pjb-does-not-exist'), NotFoundError);
    await assert.rejects(client.parsing.create({ ...FAST, file_id: 'file-does-not-exist' }), NotFoundError);
  });
});

describe('client.parsing.list', () => {
  test('lists newest first with status and job_ids filters across cursor pages', async () => {
    const file = await uploadFile('list.md', Buffer.from('# listed'));
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const job = await client.parsing.create({ ...FAST, file_id: file.id });
      await client.parsing.waitForCompletion(job.id, {}, POLL);
      ids.push(job.id);
    }

    const seen = [];
    for await (const job of client.parsing.list({ page_size: 1, job_ids: ids })) {
      assertJob(job);
      seen.push(job.id);
    }
    const firstPage = await client.parsing.list({ page_size: 2, job_ids: ids });
    const completed = await client.parsing.list({ status: 'COMPLETED', job_ids: ids });
    const cancelled = await client.parsing.list({ status: 'CANCELLED', job_ids: ids });
    const future = await client.parsing.list({ created_at_on_or_after: '2999-01-01T00:00:00Z' });

    assert.deepEqual(seen, [...ids].reverse());
    assert.equal(firstPage.items.length, 2);
    assert.ok(firstPage.next_page_token);
    assert.equal(completed.items.length, 3);
    assert.equal(cancelled.items.length, 0);
    assert.equal(future.items.length, 0);
  });
});

describe('client.parsing.cancel and delete', () => {
  test('a job is cancelled before it finishes, then deleted; a finished job cannot be cancelled', async () => {
    const pages = Array.from({ length: 1500 }, (_, i) => `Long document page ${i + 1} with some text on it`);
    const file = await uploadFile('long.pdf', minimalPdf(pages));
    const job = await client.parsing.create({ ...FAST, file_id: file.id });

    const cancelled = await client.parsing.cancel(job.id);
    assert.equal(cancelled.status, 'CANCELLED');
    await assert.rejects(client.parsing.cancel(job.id), ConflictError);
    const deleted = await client.parsing.delete(job.id);
    assert.deepEqual(deleted, { id: job.id, project_id: job.project_id });
    await assert.rejects(client.parsing.get(job.id), NotFoundError);
  });

  test('a running job cannot be deleted (409); a finished one can', async () => {
    const pages = Array.from({ length: 1500 }, (_, i) => `Another long page ${i + 1}`);
    const file = await uploadFile('long2.pdf', minimalPdf(pages));
    const job = await client.parsing.create({ ...FAST, file_id: file.id });

    await assert.rejects(client.parsing.delete(job.id), ConflictError);
    await client.parsing.waitForCompletion(job.id, {}, POLL);
    await assert.rejects(client.parsing.cancel(job.id), ConflictError);
    await client.parsing.delete(job.id);
    await assert.rejects(client.parsing.get(job.id), NotFoundError);
  });
});

describe('client.parsing.listVersions and client.v2Projects', () => {
  test('versions name what each tier accepts and what latest is', async () => {
    const versions = await client.parsing.listVersions();
    assert.deepEqual(versions.fast, ['2026-06-15', '2025-12-11']);
    assert.equal(versions.latest.fast, '2026-06-15');
    assert.deepEqual(versions.agentic, []);
  });

  test('v2 projects list and get the project of the key', async () => {
    const projects = [];
    for await (const p of client.v2Projects.list()) {
      projects.push(p);
    }
    assert.ok(projects.length >= 1);
    const one = await client.v2Projects.get(projects[0].id);
    assert.equal(one.id, projects[0].id);
    assert.equal(typeof one.organization_id, 'string');
    await assert.rejects(client.v2Projects.get('prj-does-not-exist'), NotFoundError);
  });
});
