'use strict';
// Attachments (API.md §9, [newer]: not in the 2.16 client, so through client.get): page
// screenshots of an index created with store_attachments: ['screenshots'].

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { toFile, NotFoundError, UnprocessableEntityError } = require('@llamaindex/llama-cloud');
const { startServer } = require('../support/server');
const { all, waitUntilReady } = require('../support/fixtures');
const { minimalPdf } = require('../support/pdf');
const expect = require('../support/expect');

let server;
let client;
let parsed; // the parsed directory file of the PDF

before(async () => {
  server = await startServer();
  client = server.client();
  const dir = await client.beta.directories.create({ name: 'with-screenshots' });
  await client.beta.directories.files.upload(dir.id, {
    upload_file: await toFile(minimalPdf(['Quarterly report page one', 'Page two']), 'report.pdf'),
  });
  const created = await client.beta.indexes.create({ source_directory_id: dir.id, store_attachments: ['screenshots'] });
  const ready = await waitUntilReady(client, created.id);
  assert.equal(ready.metadata.num_failed_files, 0, `the PDF parses: ${JSON.stringify(ready.metadata)}`);
  [parsed] = await all(client.beta.directories.files.list(ready.output_directory_id));
  assert.ok(parsed, 'the output directory holds the parsed PDF');
});

after(async () => {
  await server?.stop();
});

describe('GET /api/v1/beta/attachments/{attachment_name}', () => {
  test('screenshots%2Fpage_1.jpg resolves to a presigned URL of a JPEG', async () => {
    const link = await client.get('/api/v1/beta/attachments/screenshots%2Fpage_1.jpg', {
      query: { source_id: parsed.id },
    });

    assert.equal(typeof link.url, 'string');
    expect.timestamp(link.expires_at, 'expires_at');
    const download = await fetch(link.url);
    assert.equal(download.status, 200);
    const bytes = Buffer.from(await download.arrayBuffer());
    assert.ok(bytes.length > 100, `a real image, got ${bytes.length} bytes`);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xd8], 'JPEG magic bytes');
  });

  test('the source file id (UUID) works as source_id too', async () => {
    const link = await client.get('/api/v1/beta/attachments/screenshots%2Fpage_2.jpg', {
      query: { source_id: parsed.file_id },
    });

    assert.equal(typeof link.url, 'string');
  });

  test('the list names one screenshot per page', async () => {
    const page = await client.get('/api/v1/beta/attachments', { query: { source_id: parsed.id } });

    const names = page.items.map((a) => a.name).sort();
    assert.deepEqual(names, ['screenshots/page_1.jpg', 'screenshots/page_2.jpg']);
    for (const a of page.items) assert.ok(Number.isInteger(a.size) && a.size > 0, `size: ${JSON.stringify(a)}`);
  });

  test('an unknown page is NotFoundError and a missing source_id is 422', async () => {
    await expect.apiError(
      client.get('/api/v1/beta/attachments/screenshots%2Fpage_9.jpg', { query: { source_id: parsed.id } }),
      NotFoundError,
      404,
    );
    await expect.apiError(client.get('/api/v1/beta/attachments/screenshots%2Fpage_1.jpg'), UnprocessableEntityError, 422);
  });
});
