'use strict';
// Files (API.md §4) through client.files.*: multipart upload, list, retrieve, content, delete.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
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

/** FileResponse, API.md §4. */
function fileResponse(file) {
  for (const key of ['id', 'name', 'project_id', 'expires_at', 'external_file_id', 'file_type', 'purpose']) {
    assert.ok(Object.hasOwn(file, key), `FileResponse has "${key}": ${JSON.stringify(file)}`);
  }
  assert.match(file.id, expect.UUID, `file id is a UUID: ${file.id}`);
  assert.match(file.project_id, expect.UUID);
}

describe('POST /api/v1/beta/files', () => {
  test('create with toFile and purpose user_data returns the stored file', async () => {
    const file = await client.files.create({
      file: await toFile(Buffer.from('hello quire'), 'notes.txt'),
      purpose: 'user_data',
      external_file_id: 'crm-1',
    });

    fileResponse(file);
    assert.equal(file.name, 'notes.txt');
    assert.equal(file.purpose, 'user_data');
    assert.equal(file.external_file_id, 'crm-1');
    assert.equal(file.file_type, 'txt');
    assert.equal(file.expires_at, null);
  });

  test('create with fs.createReadStream sends the basename as filename (README usage)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-files-'));
    const local = path.join(dir, 'from-disk.md');
    fs.writeFileSync(local, '# from disk');

    const file = await client.files.create({ file: fs.createReadStream(local), purpose: 'parse' });

    assert.equal(file.name, 'from-disk.md');
    assert.equal(file.purpose, 'parse');
    assert.equal(file.external_file_id, null);
  });

  test('an unknown purpose is 422 naming body.purpose', async () => {
    const error = await expect.apiError(
      client.files.create({ file: await toFile(Buffer.from('x'), 'x.txt'), purpose: 'not-a-purpose' }),
      UnprocessableEntityError,
      422,
    );

    expect.validationNames(error, ['body', 'purpose']);
  });
});

describe('GET /api/v1/beta/files/{file_id} and /content', () => {
  test('retrieve returns the file and content a presigned URL to its bytes', async () => {
    const created = await client.files.create({ file: await toFile(Buffer.from('the bytes'), 'b.txt'), purpose: 'user_data' });

    const file = await client.files.retrieve(created.id);
    const link = await client.files.content(created.id);

    assert.equal(file.id, created.id);
    assert.equal(file.name, 'b.txt');
    assert.equal(typeof link.url, 'string');
    expect.timestamp(link.expires_at, 'expires_at');
    assert.ok(Date.parse(link.expires_at) > Date.now(), 'the link expires in the future');
    const download = await fetch(link.url);
    assert.equal(download.status, 200);
    assert.equal(await download.text(), 'the bytes');
  });
});

describe('GET /api/v1/beta/files', () => {
  test('auto-pagination walks more than one page, and file_ids filters as repeated keys', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await client.files.create({ file: await toFile(Buffer.from(`f${i}`), `page-${i}.txt`), purpose: 'user_data' })).id);
    }

    const firstPage = await client.files.list({ page_size: 2 });
    const listed = (await all(client.files.list({ page_size: 2 }))).map((f) => f.id);
    const filtered = (await all(client.files.list({ file_ids: [ids[1], ids[3]], page_size: 1 }))).map((f) => f.id);

    assert.equal(firstPage.items.length, 2);
    assert.ok(firstPage.hasNextPage(), 'a first page of 2 out of >= 5 has a next page');
    for (const id of ids) assert.ok(listed.includes(id), `auto-pagination lists ${id}`);
    assert.equal(new Set(listed).size, listed.length, 'no file listed twice');
    assert.deepEqual(filtered.sort(), [ids[1], ids[3]].sort());
  });

  test('file_name filters by exact name', async () => {
    await client.files.create({ file: await toFile(Buffer.from('u'), 'unique-name-42.txt'), purpose: 'user_data' });

    const found = await all(client.files.list({ file_name: 'unique-name-42.txt' }));

    assert.deepEqual(found.map((f) => f.name), ['unique-name-42.txt']);
  });
});

describe('DELETE /api/v1/beta/files/{file_id}', () => {
  test('delete answers 204, then retrieve is NotFoundError', async () => {
    const { id } = await client.files.create({ file: await toFile(Buffer.from('gone'), 'gone.txt'), purpose: 'user_data' });

    const response = await client.files.delete(id).asResponse();

    assert.equal(response.status, 204);
    await expect.apiError(client.files.retrieve(id), NotFoundError, 404);
  });
});
