'use strict';
// Projects (API.md §3): the default project every fresh server has.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { NotFoundError } = require('@llamaindex/llama-cloud');
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

async function defaultProject() {
  const projects = await client.projects.list();
  const defaults = projects.filter((p) => p.is_default === true);
  assert.equal(defaults.length, 1, `exactly one default project: ${JSON.stringify(projects)}`);
  return defaults[0];
}

describe('GET /api/v1/projects', () => {
  test('list is a plain array holding the default project', async () => {
    const projects = await client.projects.list();

    assert.ok(Array.isArray(projects), `a plain JSON array, got ${JSON.stringify(projects)}`);
    assert.ok(projects.length >= 1);
    projects.forEach(expect.project);
    assert.equal(projects.filter((p) => p.is_default === true).length, 1, 'exactly one default project');
  });

  test('list filtered by project_name finds the project by exact name', async () => {
    const project = await defaultProject();

    const byName = await client.projects.list({ project_name: project.name });
    const none = await client.projects.list({ project_name: `${project.name}-does-not-exist` });

    assert.deepEqual(byName.map((p) => p.id), [project.id]);
    assert.deepEqual(none, []);
  });

  test('list filtered by the project organization_id still holds it', async () => {
    const project = await defaultProject();

    const projects = await client.projects.list({ organization_id: project.organization_id });

    assert.ok(projects.some((p) => p.id === project.id));
  });
});

describe('GET /api/v1/projects/{project_id}', () => {
  test('get by id returns the same project as the list', async () => {
    const project = await defaultProject();

    const fetched = await client.projects.get(project.id);

    expect.project(fetched);
    assert.deepEqual(fetched, project);
  });

  test('an unknown project id is 404', async () => {
    await expect.apiError(client.projects.get('00000000-0000-4000-8000-000000000000'), NotFoundError, 404);
  });

  test('a project id that is not a UUID is 404, not 422', async () => {
    await expect.apiError(client.projects.get('not-a-project'), NotFoundError, 404);
  });
});
