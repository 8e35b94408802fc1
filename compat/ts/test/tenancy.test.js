'use strict';
// Project scoping through query parameters (API.md §1.3).

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { NotFoundError } = require('@llamaindex/llama-cloud');
const { startServer } = require('../support/server');
const expect = require('../support/expect');

let server;
let client;
let project;

before(async () => {
  server = await startServer();
  client = server.client();
  project = (await client.projects.list()).find((p) => p.is_default === true);
  assert.ok(project, 'the server has a default project');
});

after(async () => {
  await server?.stop();
});

/** A client that records the URLs it requests, to prove what was actually sent. */
function recordingClient(options = {}) {
  const urls = [];
  const recording = server.client({
    ...options,
    fetch: (url, init) => {
      urls.push(String(url));
      return fetch(url, init);
    },
  });
  return { client: recording, urls };
}

describe('project scoping', () => {
  test('project_id: null sends ?project_id= and is treated like no project_id', async () => {
    const { client: scoped, urls } = recordingClient();

    const created = await scoped.beta.chat.create({ project_id: null, organization_id: null });
    const summary = await scoped.beta.chat.getSummary(created.session_id, { project_id: null });
    const page = await scoped.beta.chat.list({ project_id: null, page_size: 1000 });
    const projects = await scoped.projects.list({ organization_id: null, project_name: null });

    for (const url of urls) assert.match(url, /[?&]project_id=(&|$)|[?&]organization_id=(&|$)/, url);
    expect.freshSession(created);
    assert.equal(summary.session_id, created.session_id);
    assert.ok(page.items.some((s) => s.session_id === created.session_id));
    assert.ok(projects.some((p) => p.id === project.id));
    const plain = await client.beta.chat.retrieve(created.session_id);
    assert.equal(plain.session_id, created.session_id, 'visible without any scoping parameter');

    const response = await scoped.beta.chat.delete(created.session_id, { project_id: null }).asResponse();
    assert.equal(response.status, 204);
  });

  test('an empty project_id in defaultQuery is ignored on every call', async () => {
    // Only calls whose params do not name project_id carry it: create/delete spread
    // `project_id: undefined` over defaultQuery, so the SDK drops it there.
    const { client: scoped, urls } = recordingClient({ defaultQuery: { project_id: '' } });
    const created = await client.beta.chat.create();

    const full = await scoped.beta.chat.retrieve(created.session_id);
    const summary = await scoped.beta.chat.getSummary(created.session_id);
    const page = await scoped.beta.chat.list();
    const projects = await scoped.projects.list();

    assert.equal(urls.length, 4);
    for (const url of urls) assert.match(url, /[?&]project_id=(&|$)/, url);
    assert.equal(summary.session_id, created.session_id);
    assert.ok(projects.some((p) => p.id === project.id));
    assert.equal(full.session_id, created.session_id);
    assert.deepEqual(full.events, []);
    assert.ok(page.items.some((s) => s.session_id === created.session_id));
  });

  test('the default project id scopes to the same data as no project_id', async () => {
    const created = await client.beta.chat.create({ project_id: project.id });

    const viaId = await client.beta.chat.retrieve(created.session_id, { project_id: project.id });
    const plain = await client.beta.chat.retrieve(created.session_id);

    assert.equal(viaId.session_id, created.session_id);
    assert.equal(plain.session_id, created.session_id);
  });

  test('the default project organization_id scopes to its default project', async () => {
    const created = await client.beta.chat.create();

    const viaOrg = await client.beta.chat.getSummary(created.session_id, {
      organization_id: project.organization_id,
    });

    assert.equal(viaOrg.session_id, created.session_id);
  });

  test('an unknown project_id is 404 Project not found', async () => {
    const error = await expect.apiError(
      client.beta.chat.list({ project_id: '00000000-0000-4000-8000-0000000000aa' }),
      NotFoundError,
      404,
    );

    assert.equal(error.error.detail, 'Project not found');
  });
});
