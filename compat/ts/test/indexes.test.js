'use strict';
// Indexes (API.md §7) through client.beta.indexes.*: the lifecycle the docs describe.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { toFile, NotFoundError, UnprocessableEntityError } = require('@llamaindex/llama-cloud');
const { startServer } = require('../support/server');
const { all, waitUntilReady } = require('../support/fixtures');
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

/** Index, API.md §7. */
function index(i) {
  for (const key of ['id', 'export_config_id', 'name', 'output_directory_id', 'project_id', 'source_directory_id',
    'sync_config_id', 'created_at', 'description', 'last_exported_at', 'last_synced_at', 'metadata', 'updated_at']) {
    assert.ok(Object.hasOwn(i, key), `Index has "${key}": ${JSON.stringify(i)}`);
  }
  assert.match(i.id, /^idx-./);
  expect.timestamp(i.created_at, 'created_at');
  assert.ok(['pending', 'syncing', 'ready', 'failed'].includes(i.metadata.status), `metadata.status: ${i.metadata.status}`);
}

async function directoryWithTwoFiles(name) {
  const dir = await client.beta.directories.create({ name });
  await client.beta.directories.files.upload(dir.id, {
    upload_file: await toFile(Buffer.from('Employees get 30 days of paid leave per year.'), 'holidays.txt'),
    metadata: JSON.stringify({ team: 'hr' }),
  });
  await client.beta.directories.files.upload(dir.id, {
    upload_file: await toFile(Buffer.from('Remote work is allowed two days a week.'), 'remote.txt'),
  });
  return dir;
}

describe('index lifecycle', () => {
  test('create -> immediate sync is 200 -> ready with counts -> delete 204 -> get is NotFoundError', async () => {
    const dir = await directoryWithTwoFiles('lifecycle');

    const created = await client.beta.indexes.create({ source_directory_id: dir.id, name: 'hr' });
    index(created);
    assert.equal(created.name, 'hr');
    assert.equal(created.source_directory_id, dir.id);
    assert.notEqual(created.metadata.status, 'ready', 'the first sync is only queued at create time');

    const { data: synced, response: syncResponse } = await client.beta.indexes.sync(created.id).withResponse();
    assert.equal(syncResponse.status, 200, 'a sync requested while the first one is queued is coalesced');
    assert.equal(synced.id, created.id);

    const ready = await waitUntilReady(client, created.id);
    index(ready);
    assert.equal(ready.metadata.num_source_files, 2);
    assert.equal(ready.metadata.num_parsed_files, 2);
    assert.equal(ready.metadata.num_failed_files, 0);
    assert.ok(ready.metadata.num_chunks >= 2, `num_chunks: ${ready.metadata.num_chunks}`);
    expect.timestamp(ready.last_synced_at, 'last_synced_at');

    const outputs = await all(client.beta.directories.files.list(ready.output_directory_id));
    assert.equal(outputs.length, 2, 'one parsed file per source file in the output directory');

    const response = await client.beta.indexes.delete(created.id).asResponse();
    assert.equal(response.status, 204);
    const again = await client.beta.indexes.delete(created.id).asResponse();
    assert.equal(again.status, 204, 'a repeated delete is still 204 (§1.9)');
    await expect.apiError(client.beta.indexes.get(created.id), NotFoundError, 404);
  });

  test('re-sync after adding a file picks it up', async () => {
    const dir = await directoryWithTwoFiles('resync');
    const created = await client.beta.indexes.create({ source_directory_id: dir.id });
    await waitUntilReady(client, created.id);

    await client.beta.directories.files.upload(dir.id, {
      upload_file: await toFile(Buffer.from('Parking is free on weekends.'), 'parking.txt'),
    });
    await client.beta.indexes.sync(created.id);
    const ready = await waitUntilReady(client, created.id);

    assert.equal(ready.metadata.num_source_files, 3);
    assert.equal(ready.metadata.num_parsed_files, 3);
    assert.equal(ready.name, 'resync', "the name defaults to the source directory's");
  });

  test('get accepts the export_config_id in place of the index id', async () => {
    const dir = await client.beta.directories.create({ name: 'by-export-config' });
    const created = await client.beta.indexes.create({ source_directory_id: dir.id });

    const got = await client.beta.indexes.get(created.export_config_id);

    assert.equal(got.id, created.id);
  });
});

describe('GET /api/v1/indexes', () => {
  test('list auto-paginates newest first and filters by source_directory_id', async () => {
    const dir = await client.beta.directories.create({ name: 'listed' });
    const other = await client.beta.directories.create({ name: 'other' });
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await client.beta.indexes.create({ source_directory_id: dir.id, name: `l${i}` })).id);
    const elsewhere = await client.beta.indexes.create({ source_directory_id: other.id });

    const bySource = (await all(client.beta.indexes.list({ source_directory_id: dir.id, page_size: 2 }))).map((i) => i.id);
    const everything = (await all(client.beta.indexes.list({ page_size: 2 }))).map((i) => i.id);

    assert.deepEqual(bySource, [...ids].reverse());
    assert.ok(everything.includes(elsewhere.id));
    assert.equal(new Set(everything).size, everything.length);
  });
});

describe('errors', () => {
  test('unknown index is NotFoundError for get, sync and delete', async () => {
    const unknown = 'idx-00000000-0000-4000-8000-000000000000';

    await expect.apiError(client.beta.indexes.get(unknown), NotFoundError, 404);
    await expect.apiError(client.beta.indexes.sync(unknown), NotFoundError, 404);
    await expect.apiError(client.beta.indexes.delete(unknown), NotFoundError, 404);
  });

  test('an unknown source directory is NotFoundError; a bad sync_frequency is 422', async () => {
    await expect.apiError(
      client.beta.indexes.create({ source_directory_id: 'dir-00000000-0000-4000-8000-000000000000' }),
      NotFoundError,
      404,
    );
    const dir = await client.beta.directories.create({ name: 'bad-frequency' });
    const error = await expect.apiError(
      client.beta.indexes.create({ source_directory_id: dir.id, sync_frequency: 'hourly' }),
      UnprocessableEntityError,
      422,
    );
    expect.validationNames(error, ['body', 'sync_frequency']);
  });

  test('store_attachments accepts screenshots and items (§7.1); other kinds are 422', async () => {
    const dir = await client.beta.directories.create({ name: 'attachment-kinds' });

    const both = await client.beta.indexes.create({ source_directory_id: dir.id, store_attachments: ['screenshots', 'items'] });
    const error = await expect.apiError(
      client.beta.indexes.create({ source_directory_id: dir.id, store_attachments: ['pictures'] }),
      UnprocessableEntityError,
      422,
    );

    index(both);
    expect.validationNames(error, ['body', 'store_attachments']);
  });
});
