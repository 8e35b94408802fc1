'use strict';
// Directories and directory files (API.md §5, §6) through client.beta.directories.*.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { toFile, NotFoundError, UnprocessableEntityError } = require('@llamaindex/llama-cloud');
const { startServer } = require('../support/server');
const { all } = require('../support/fixtures');
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

const UNKNOWN_DIR = 'dir-00000000-0000-4000-8000-000000000000';

/** Directory, API.md §5. */
function directory(d) {
  for (const key of ['id', 'name', 'project_id', 'created_at', 'deleted_at', 'description', 'type', 'updated_at']) {
    assert.ok(Object.hasOwn(d, key), `Directory has "${key}": ${JSON.stringify(d)}`);
  }
  assert.match(d.id, /^dir-./);
  expect.timestamp(d.created_at, 'created_at');
}

/** DirectoryFile, API.md §6. */
function directoryFile(f) {
  for (const key of ['id', 'directory_id', 'display_name', 'project_id', 'unique_id', 'file_id', 'metadata']) {
    assert.ok(Object.hasOwn(f, key), `DirectoryFile has "${key}": ${JSON.stringify(f)}`);
  }
  assert.match(f.id, /^dfl-./);
}

describe('directories', () => {
  test('create, get, update and delete a directory', async () => {
    const created = await client.beta.directories.create({ name: 'contracts', description: 'signed' });
    directory(created);
    assert.equal(created.type, 'user');
    assert.equal(created.description, 'signed');

    const got = await client.beta.directories.get(created.id);
    assert.deepEqual(got, created);

    const renamed = await client.beta.directories.update(created.id, { name: 'contracts-2024' });
    assert.equal(renamed.name, 'contracts-2024');
    assert.equal(renamed.description, 'signed', 'an absent key leaves description unchanged');
    const cleared = await client.beta.directories.update(created.id, { description: null });
    assert.equal(cleared.description, null, 'description: null clears it');
    assert.equal(cleared.name, 'contracts-2024');

    const response = await client.beta.directories.delete(created.id).asResponse();
    assert.equal(response.status, 204);
    await expect.apiError(client.beta.directories.get(created.id), NotFoundError, 404);
    const withDeleted = await all(client.beta.directories.list({ include_deleted: true, name: 'contracts-2024' }));
    assert.equal(withDeleted.length, 1);
    assert.ok(withDeleted[0].deleted_at, 'a deleted directory carries deleted_at');
  });

  test('list auto-paginates over more than one page, newest first, and filters by type', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await client.beta.directories.create({ name: `paged-${i}` })).id);
    const ephemeral = await client.beta.directories.create({ name: 'temp', type: 'ephemeral' });

    const listed = (await all(client.beta.directories.list({ page_size: 2 }))).map((d) => d.id);
    const onlyEphemeral = (await all(client.beta.directories.list({ types: ['ephemeral'] }))).map((d) => d.id);

    const mine = listed.filter((id) => ids.includes(id));
    assert.deepEqual(mine, [...ids].reverse(), 'newest first across pages');
    assert.equal(new Set(listed).size, listed.length);
    assert.deepEqual(onlyEphemeral, [ephemeral.id]);
  });

  test('an empty name is 422 and an unknown directory is NotFoundError', async () => {
    await expect.apiError(client.beta.directories.create({ name: '' }), UnprocessableEntityError, 422);
    await expect.apiError(client.beta.directories.get(UNKNOWN_DIR), NotFoundError, 404);
    await expect.apiError(client.beta.directories.update(UNKNOWN_DIR, { name: 'x' }), NotFoundError, 404);
  });
});

describe('directory files', () => {
  test('upload with metadata as a JSON string, then get, update and delete the entry', async () => {
    const dir = await client.beta.directories.create({ name: 'uploads' });

    const entry = await client.beta.directories.files.upload(dir.id, {
      upload_file: await toFile(Buffer.from('Holiday policy'), 'holidays.txt'),
      metadata: JSON.stringify({ team: 'hr', year: 2024, tags: ['policy'] }),
    });

    directoryFile(entry);
    assert.equal(entry.directory_id, dir.id);
    assert.equal(entry.display_name, 'holidays.txt');
    assert.equal(entry.unique_id, 'holidays.txt', 'unique_id defaults to the filename');
    assert.equal(entry.metadata.team, 'hr');
    assert.equal(entry.metadata.year, 2024);
    assert.deepEqual(entry.metadata.tags, ['policy']);

    const got = await client.beta.directories.files.get(entry.id, { directory_id: dir.id });
    assert.equal(got.id, entry.id);
    assert.equal(got.file_id, entry.file_id);

    const updated = await client.beta.directories.files.update(entry.id, {
      directory_id: dir.id,
      display_name: 'Holidays 2024.txt',
      metadata: { team: 'people' },
    });
    assert.equal(updated.display_name, 'Holidays 2024.txt');
    assert.equal(updated.metadata.team, 'people');
    assert.ok(!Object.hasOwn(updated.metadata, 'year'), 'metadata replaces the user layer');

    const response = await client.beta.directories.files.delete(entry.id, { directory_id: dir.id }).asResponse();
    assert.equal(response.status, 204);
    await expect.apiError(client.beta.directories.files.get(entry.id, { directory_id: dir.id }), NotFoundError, 404);
  });

  test('uploading the same unique_id twice replaces the entry and keeps its id', async () => {
    const dir = await client.beta.directories.create({ name: 'upserts' });

    const first = await client.beta.directories.files.upload(dir.id, {
      upload_file: await toFile(Buffer.from('v1'), 'doc.txt'),
      unique_id: 'doc',
    });
    const second = await client.beta.directories.files.upload(dir.id, {
      upload_file: await toFile(Buffer.from('v2'), 'doc-v2.txt'),
      unique_id: 'doc',
    });

    assert.equal(second.id, first.id);
    assert.notEqual(second.file_id, first.file_id);
    const entries = await all(client.beta.directories.files.list(dir.id));
    assert.deepEqual(entries.map((e) => e.id), [first.id]);
  });

  test('add puts an uploaded file into a directory', async () => {
    const dir = await client.beta.directories.create({ name: 'adds' });
    const file = await client.files.create({ file: await toFile(Buffer.from('added'), 'added.txt'), purpose: 'user_data' });

    const entry = await client.beta.directories.files.add(dir.id, { file_id: file.id, metadata: { source: 'crm' } });

    directoryFile(entry);
    assert.equal(entry.file_id, file.id);
    assert.equal(entry.display_name, 'added.txt');
    assert.equal(entry.metadata.source, 'crm');
  });

  test('list auto-paginates over more than one page, oldest first, and filters by unique_id', async () => {
    const dir = await client.beta.directories.create({ name: 'many' });
    const ids = [];
    for (let i = 0; i < 5; i++) {
      const entry = await client.beta.directories.files.upload(dir.id, {
        upload_file: await toFile(Buffer.from(`n${i}`), `n${i}.txt`),
      });
      ids.push(entry.id);
    }

    const firstPage = await client.beta.directories.files.list(dir.id, { page_size: 2 });
    const listed = (await all(client.beta.directories.files.list(dir.id, { page_size: 2 }))).map((e) => e.id);
    const byUniqueId = await all(client.beta.directories.files.list(dir.id, { unique_id: 'n3.txt' }));

    assert.ok(firstPage.hasNextPage());
    assert.deepEqual(listed, ids);
    assert.deepEqual(byUniqueId.map((e) => e.id), [ids[3]]);
  });

  test('metadata that is not a JSON object is 422; an unknown directory is NotFoundError', async () => {
    const dir = await client.beta.directories.create({ name: 'bad-metadata' });

    await expect.apiError(
      client.beta.directories.files.upload(dir.id, {
        upload_file: await toFile(Buffer.from('x'), 'x.txt'),
        metadata: '{not json',
      }),
      UnprocessableEntityError,
      422,
    );
    await expect.apiError(client.beta.directories.files.list(UNKNOWN_DIR), NotFoundError, 404);
    await expect.apiError(
      client.beta.directories.files.upload(UNKNOWN_DIR, { upload_file: await toFile(Buffer.from('x'), 'x.txt') }),
      NotFoundError,
      404,
    );
  });
});
