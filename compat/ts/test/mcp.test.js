'use strict';
// The MCP server at /mcp (Streamable HTTP) driven by the official MCP TypeScript SDK client, as an AI
// assistant or IDE would: initialize, list and call every tool, read a parsed file as a resource,
// progress notifications from ask, bad arguments as tool errors, and a wrong key as a 401.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { toFile } = require('@llamaindex/llama-cloud');
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = require('@modelcontextprotocol/sdk/client/streamableHttp.js');
const { McpError, ErrorCode } = require('@modelcontextprotocol/sdk/types.js');
const { startServer } = require('../support/server');
const { waitUntilReady } = require('../support/fixtures');

const FILES = {
  'tea.txt': 'Green tea should be brewed at about eighty degrees for two minutes. Black tea takes boiling water.',
  'parking.txt': 'Parking spaces in the garage are assigned by the facilities team every January.',
};

let server;
let indexId;
let mcp; // a connected MCP client

async function connect(apiKey, options = {}) {
  const client = new Client({ name: 'quire-compat', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${server.baseURL}/mcp`), {
    requestInit: { headers: { Authorization: `Bearer ${apiKey}` } },
    ...options,
  });
  await client.connect(transport);
  return client;
}

/** A tool call's structured result, after checking that it is not an error and matches its text. */
async function call(name, args) {
  const result = await mcp.callTool({ name, arguments: args });
  assert.notEqual(result.isError, true, `${name} failed: ${JSON.stringify(result.content)}`);
  assert.equal(result.content[0].type, 'text');
  assert.deepEqual(JSON.parse(result.content[0].text), result.structuredContent, 'text and structured agree');
  return result.structuredContent;
}

/** A tool call that must fail as a tool error (isError), not as a protocol or HTTP failure. */
async function toolError(name, args, pattern) {
  const result = await mcp.callTool({ name, arguments: args });
  assert.equal(result.isError, true, `${name}(${JSON.stringify(args)}) should fail: ${JSON.stringify(result)}`);
  assert.match(result.content[0].text, pattern);
}

before(async () => {
  server = await startServer({ ownProject: true });
  const client = server.client();
  const dir = await client.beta.directories.create({ name: 'mcp' });
  for (const [name, text] of Object.entries(FILES)) {
    await client.beta.directories.files.upload(dir.id, { upload_file: await toFile(Buffer.from(text), name) });
  }
  const created = await client.beta.indexes.create({ source_directory_id: dir.id, name: 'handbook' });
  indexId = (await waitUntilReady(client, created.id, 180_000)).id;
  mcp = await connect(server.apiKey);
});

after(async () => {
  await mcp?.close();
  await server?.stop();
});

describe('initialize and list', () => {
  test('the server names itself and offers tools and resources', () => {
    assert.equal(mcp.getServerVersion().name, 'quire');
    const caps = mcp.getServerCapabilities();
    assert.ok(caps.tools, JSON.stringify(caps));
    assert.ok(caps.resources, JSON.stringify(caps));
    assert.match(mcp.getInstructions() ?? '', /list_indexes/);
  });

  test('tools have precise input schemas', async () => {
    const { tools } = await mcp.listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    assert.deepEqual(Object.keys(byName).sort(),
      ['ask', 'find_files', 'grep_file', 'list_indexes', 'read_file', 'retrieve']);
    const retrieve = byName.retrieve.inputSchema;
    assert.deepEqual(retrieve.required, ['query', 'index_ids']);
    assert.equal(retrieve.additionalProperties, false);
    assert.equal(retrieve.properties.top_k.type, 'integer');
    assert.equal(retrieve.properties.top_k.maximum, 50);
    assert.equal(retrieve.properties.index_ids.maxItems, 10);
    assert.ok(byName.grep_file.inputSchema.properties.pattern.description.includes('RE2'));
    for (const tool of tools) {
      assert.ok(tool.description.length > 30, `${tool.name} has a description`);
      for (const [prop, schema] of Object.entries(tool.inputSchema.properties)) {
        assert.ok(schema.description || schema.type === 'array' || schema.$ref, `${tool.name}.${prop} is described`);
      }
    }
  });

  test('the parsed-file resource template', async () => {
    const { resourceTemplates } = await mcp.listResourceTemplates();
    assert.deepEqual(resourceTemplates.map((t) => t.uriTemplate), ['quire://indexes/{index_id}/files/{file_id}']);
  });
});

describe('tools', () => {
  test('list_indexes shows the project index', async () => {
    const { indexes } = await call('list_indexes', {});
    assert.deepEqual(indexes.map((i) => [i.index_id, i.name, i.searchable]), [[indexId, 'handbook', true]]);
  });

  test('retrieve finds the passage, with its file and a resource URI', async () => {
    const { results } = await call('retrieve', { query: 'how hot should the water be for green tea', index_ids: [indexId], top_k: 1 });
    assert.equal(results.length, 1);
    const [hit] = results;
    assert.equal(hit.file_name, 'tea.txt');
    assert.equal(hit.index_id, indexId);
    assert.match(hit.content, /eighty degrees/);
    assert.equal(hit.uri, `quire://indexes/${indexId}/files/${hit.file_id}`);
    assert.equal(typeof hit.score, 'number');
  });

  test('retrieve honours a file filter', async () => {
    const { files } = await call('find_files', { index_id: indexId, name: 'parking.txt' });
    const { results } = await call('retrieve', { query: 'tea', index_ids: [indexId], file_id: files[0].file_id });
    assert.ok(results.length >= 1);
    assert.ok(results.every((r) => r.file_name === 'parking.txt'), JSON.stringify(results));
  });

  test('find_files, grep_file and read_file agree on offsets', async () => {
    const { files, more } = await call('find_files', { index_id: indexId, name_contains: 'TEA' });
    assert.equal(more, false);
    assert.deepEqual(files.map((f) => f.file_name), ['tea.txt']);
    const fileId = files[0].file_id;
    const { matches } = await call('grep_file', { index_id: indexId, file_id: fileId, pattern: 'eighty\\s+degrees', context_chars: 5 });
    assert.equal(matches.length, 1);
    const [m] = matches;
    const read = await call('read_file', { index_id: indexId, file_id: fileId, offset: m.start_char, max_length: m.end_char - m.start_char });
    assert.equal(read.content, 'eighty degrees');
    assert.equal(read.end, m.end_char);
  });

  test('ask answers with citations and sends progress notifications', async () => {
    const progress = [];
    const result = await mcp.callTool(
      { name: 'ask', arguments: { question: 'At what temperature should green tea be brewed?', index_ids: [indexId] } },
      undefined,
      { onprogress: (p) => progress.push(p), timeout: 120_000 },
    );
    assert.notEqual(result.isError, true, JSON.stringify(result));
    const body = result.structuredContent;
    assert.match(body.answer, /eighty degrees/);
    assert.match(body.answer, /\[1\]/);
    assert.ok(body.citations.some((c) => c.file_name === 'tea.txt' && c.uri.startsWith('quire://')), JSON.stringify(body.citations));
    assert.match(body.session_id, /^ses-/);
    assert.ok(progress.length >= 2, `progress notifications: ${JSON.stringify(progress)}`);
    assert.ok(progress.some((p) => /retrieve/.test(p.message)), JSON.stringify(progress));
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i].progress > progress[i - 1].progress);
    // The turn is an ordinary chat session, visible through the REST API.
    const session = await server.client().beta.chat.retrieve(body.session_id);
    assert.ok(JSON.stringify(session).includes('green tea'));
  });
});

describe('resources', () => {
  test('a cited file reads as its parsed text', async () => {
    const { results } = await call('retrieve', { query: 'parking garage', index_ids: [indexId], top_k: 1 });
    const { contents } = await mcp.readResource({ uri: results[0].uri });
    assert.equal(contents.length, 1);
    assert.equal(contents[0].uri, results[0].uri);
    assert.equal(contents[0].mimeType, 'text/plain');
    assert.match(contents[0].text, /assigned by the facilities team/);
  });

  test('an unknown file is a JSON-RPC error, not a 500', async () => {
    await assert.rejects(
      mcp.readResource({ uri: `quire://indexes/${indexId}/files/dfl-00000000-0000-4000-8000-000000000000` }),
      (err) => err instanceof McpError && err.code === -32002,
    );
    await assert.rejects(mcp.readResource({ uri: 'file:///etc/passwd' }), McpError);
  });
});

describe('bad arguments are tool errors', () => {
  test('missing, mistyped, out of range and unknown arguments', async () => {
    await toolError('retrieve', { index_ids: [indexId] }, /query/);
    await toolError('retrieve', { query: 'tea', index_ids: indexId }, /index_ids/);
    await toolError('retrieve', { query: 'tea', index_ids: [indexId], top_k: 0 }, /top_k/);
    await toolError('retrieve', { query: 'tea', index_ids: [indexId], top_k: 1000 }, /top_k/);
    await toolError('retrieve', { query: 'tea', index_ids: [indexId], colour: 'red' }, /colour/);
    await toolError('retrieve', { query: 'tea', index_ids: [indexId], filters: { year: { operator: 'near', value: 1 } } }, /operator|filters/);
    await toolError('read_file', { index_id: indexId, file_id: 'x', max_length: 'ten' }, /max_length/);
    await toolError('grep_file', { index_id: indexId, file_id: 'x', pattern: '' }, /pattern/);
  });

  test('unknown ids and bad patterns are tool errors with the service message', async () => {
    await toolError('retrieve', { query: 'tea', index_ids: ['idx-00000000-0000-4000-8000-000000000000'] }, /not found/i);
    await toolError('find_files', { index_id: 'idx-00000000-0000-4000-8000-000000000000' }, /not found/i);
    const { files } = await call('find_files', { index_id: indexId, name: 'tea.txt' });
    await toolError('grep_file', { index_id: indexId, file_id: files[0].file_id, pattern: '(unclosed' }, /regular expression/);
    await toolError('read_file', { index_id: indexId, file_id: 'dfl-00000000-0000-4000-8000-000000000000' }, /not found/i);
    await toolError('ask', { question: 'tea?', index_ids: [indexId], session_id: 'ses-00000000-0000-4000-8000-000000000000' }, /not found/i);
  });

  test('an unknown tool is a JSON-RPC error', async () => {
    await assert.rejects(mcp.callTool({ name: 'drop_everything', arguments: {} }), (err) => {
      assert.ok(err instanceof McpError, String(err));
      return err.code === ErrorCode.InvalidParams || err.code === ErrorCode.MethodNotFound;
    });
  });
});

describe('authentication', () => {
  test('a wrong key cannot initialize: 401 in the API error shape', async () => {
    await assert.rejects(connect('quire-wrong-key'), (err) => {
      assert.equal(err.code, 401, String(err));
      assert.match(err.message, /Invalid API key/);
      return true;
    });
    const res = await fetch(`${server.baseURL}/mcp`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('www-authenticate'), 'Bearer');
    assert.deepEqual(Object.keys(await res.json()), ['detail']);
  });

  test("another project's key does not see this project's index", async () => {
    const other = await projectKey();
    const client = await connect(other);
    try {
      const { structuredContent } = await client.callTool({ name: 'list_indexes', arguments: {} });
      assert.deepEqual(structuredContent.indexes, []);
      const result = await client.callTool({ name: 'retrieve', arguments: { query: 'tea', index_ids: [indexId] } });
      assert.equal(result.isError, true);
      assert.match(result.content[0].text, /not found/i);
      await assert.rejects(client.readResource({ uri: `quire://indexes/${indexId}/files/x` }), McpError);
    } finally {
      await client.close();
    }
  });
});

/** A member key of a new project, made with the admin key. */
async function projectKey() {
  const post = async (route, body) => {
    const res = await fetch(`${server.baseURL}${route}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.QUIRE_COMPAT_CLUSTER_KEY ?? server.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(res.status, 200, await res.clone().text());
    return res.json();
  };
  const project = await post('/api/v1/projects', { name: `mcp-other-${Date.now()}` });
  return (await post(`/api/v1/projects/${project.id}/api-keys`, { name: 'other', role: 'member' })).key;
}
