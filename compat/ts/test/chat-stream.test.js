'use strict';
// Chat turns (API.md §10.6–§11) through client.beta.chat.stream: a whole conversation.
// The 2.16 client reads the SSE body as one string, so the events are parsed here per §11.1.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { toFile, BadRequestError, ConflictError, NotFoundError } = require('@llamaindex/llama-cloud');
const { startServer } = require('../support/server');
const { waitUntilReady } = require('../support/fixtures');
const expect = require('../support/expect');

let server;
let client;
let teaIndex;
let parkingIndex;

/** An index over one uploaded text file, synced until ready. */
async function indexOf(name, fileName, text) {
  const dir = await client.beta.directories.create({ name });
  await client.beta.directories.files.upload(dir.id, { upload_file: await toFile(Buffer.from(text), fileName) });
  const index = await client.beta.indexes.create({ source_directory_id: dir.id, name });
  await waitUntilReady(client, index.id);
  return index.id;
}

before(async () => {
  server = await startServer();
  client = server.client();
  teaIndex = await indexOf('tea', 'tea.txt', 'Green tea should be brewed at about eighty degrees for two minutes.');
  parkingIndex = await indexOf('parking', 'parking.txt', 'Parking spaces are assigned by the facilities team.');
});

after(async () => {
  await server?.stop();
});

/**
 * Parses an SSE body strictly per §11.1: `event:` then one `data: ` line with compact JSON, a
 * blank line after each event, `\n` line endings, comments (`:`) only as keep-alives.
 * Returns [{event, data}] in order.
 */
function parseSse(body) {
  assert.equal(typeof body, 'string', 'the client returns the SSE body as a string');
  assert.ok(!body.includes('\r'), 'line endings are \\n');
  const events = [];
  let current = {};
  for (const line of body.split('\n')) {
    if (line === '') {
      if (current.data !== undefined) {
        assert.ok(current.event === 'delta' || current.event === 'message', `event name: ${JSON.stringify(current)}`);
        events.push(current);
      } else {
        assert.equal(current.event, undefined, 'an event: line is followed by a data: line');
      }
      current = {};
    } else if (line.startsWith(':')) {
      assert.deepEqual(current, {}, 'comments stand alone between events');
    } else if (line.startsWith('event:')) {
      assert.equal(current.event, undefined, `one event: line per event: ${line}`);
      assert.ok(line.startsWith('event: '), `"event: " with one space: ${line}`);
      current.event = line.slice('event: '.length);
    } else if (line.startsWith('data:')) {
      assert.ok(current.event !== undefined, `event: comes before data: ${line}`);
      assert.equal(current.data, undefined, 'the JSON is on a single data: line');
      assert.ok(line.startsWith('data: ') && !line.startsWith('data:  '), `exactly "data: ": ${line}`);
      current.data = JSON.parse(line.slice('data: '.length));
      assert.equal(typeof current.data.type, 'string', `every event has a type: ${line}`);
      assert.equal(current.event, current.data.type.endsWith('_delta') ? 'delta' : 'message',
        `SSE event name matches the type: ${line}`);
    } else {
      assert.fail(`unexpected SSE line (no id:/retry:/other fields): ${line}`);
    }
  }
  assert.equal(current.data, undefined, 'the stream ends after a complete event');
  return events.map((e) => e.data);
}

/** The ordering invariants of §11.2 for one turn; returns the events. */
function checkTurn(events, prompt) {
  const types = events.map((e) => e.type);
  assert.ok(events.length >= 2, `a turn has events: ${types}`);
  assert.deepEqual(events[0], { type: 'user_input', content: prompt }, 'user_input (the prompt) comes first');
  assert.equal(types.at(-1), 'stop', `stop comes last: ${types}`);
  assert.equal(types.filter((t) => t === 'stop').length, 1, `exactly one stop: ${types}`);
  assert.ok(types.includes('text'), `the turn answers with a text event: ${types}`);

  const calls = new Map();
  const results = new Set();
  let textDeltas = '';
  let thinkingDeltas = '';
  for (const e of events) {
    switch (e.type) {
      case 'tool_call':
        assert.equal(typeof e.call_id, 'string');
        assert.equal(typeof e.name, 'string');
        assert.equal(typeof e.arguments, 'object');
        assert.ok(!calls.has(e.call_id), `call ids are unique: ${e.call_id}`);
        calls.set(e.call_id, e.name);
        break;
      case 'tool_result':
        assert.ok(calls.has(e.call_id), `tool_result ${e.call_id} follows its tool_call: ${types}`);
        assert.equal(e.name, calls.get(e.call_id));
        assert.ok(Object.hasOwn(e, 'result') && Object.hasOwn(e, 'image_attachment'), JSON.stringify(e));
        assert.ok(!results.has(e.call_id), `one result per call: ${e.call_id}`);
        results.add(e.call_id);
        break;
      case 'text_delta':
        textDeltas += e.content;
        break;
      case 'text':
        if (textDeltas !== '') assert.equal(e.content, textDeltas, 'text equals the concatenation of its deltas');
        textDeltas = '';
        break;
      case 'thinking_delta':
        thinkingDeltas += e.content;
        break;
      case 'thinking':
        if (thinkingDeltas !== '') assert.equal(e.content, thinkingDeltas, 'thinking equals its deltas');
        thinkingDeltas = '';
        break;
      case 'stop':
        assert.equal(typeof e.is_error, 'boolean');
        assert.ok(Object.hasOwn(e, 'error'), 'stop has error');
        for (const key of ['duration_ms', 'total_input_tokens', 'total_output_tokens', 'turns']) {
          assert.ok(Object.hasOwn(e.usage, key), `stop.usage has ${key}: ${JSON.stringify(e)}`);
        }
        assert.ok(Number.isInteger(e.usage.turns), `usage.turns is an integer: ${e.usage.turns}`);
        break;
      default:
        assert.ok(['user_input'].includes(e.type), `known event type: ${e.type}`);
    }
  }
  assert.equal(textDeltas, '', 'every run of text deltas is closed by a text event');
  assert.deepEqual([...results].sort(), [...calls.keys()].sort(), 'every tool_call gets a tool_result before stop');
  return events;
}

async function turn(sessionId, indexIds, prompt) {
  const { data, response } = await client.beta.chat.stream(sessionId, { index_ids: indexIds, prompt }).withResponse();
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/event-stream/);
  return checkTurn(parseSse(data), prompt);
}

/** A raw POST of one turn, for headers and concurrency the client hides. */
function rawTurn(sessionId, indexIds, prompt, headers = {}) {
  return fetch(`${server.baseURL}/api/v1/chat/${sessionId}/messages/stream`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.apiKey}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ index_ids: indexIds, prompt }),
  });
}

describe('chat turns', () => {
  test('a bound session: two streamed turns, history without deltas, title and job_metadata', async () => {
    const session = await client.beta.chat.create({ index_ids: [teaIndex] });

    const first = await turn(session.session_id, [teaIndex], 'How should green tea be brewed?');
    const answer = first.find((e) => e.type === 'text').content;
    assert.match(answer, /eighty degrees/);
    assert.equal(first.find((e) => e.type === 'tool_call').name, 'retrieve');
    const second = await turn(session.session_id, [teaIndex], 'And for how long?');

    const full = await client.beta.chat.retrieve(session.session_id);
    expect.sessionSummary(full);
    const notDelta = (e) => !e.type.endsWith('_delta');
    assert.deepEqual(full.events, [...first.filter(notDelta), ...second.filter(notDelta)],
      'the history is the message events of both turns, as streamed');
    assert.equal(full.generated_title, 'How should green tea be brewed?');
    assert.deepEqual(full.index_ids, [teaIndex]);

    const stop = second.at(-1);
    const job = full.job_metadata;
    assert.equal(job.is_error, stop.is_error);
    assert.equal(job.error, stop.error);
    assert.equal(job.duration_ms, stop.usage.duration_ms);
    assert.equal(job.total_input_tokens, stop.usage.total_input_tokens);
    assert.equal(job.total_output_tokens, stop.usage.total_output_tokens);
    assert.equal(job.turns, stop.usage.turns);
    assert.equal(job.export_config_ids.length, 1);

    const summary = await client.beta.chat.getSummary(session.session_id);
    assert.deepEqual(summary.job_metadata, job);
    assert.equal(summary.generated_title, full.generated_title);
  });

  test('a later turn with a different index set is a BadRequestError (400) and changes nothing', async () => {
    const session = await client.beta.chat.create({ index_ids: [teaIndex] });
    await turn(session.session_id, [teaIndex], 'What is in the tea notes?');

    const error = await expect.apiError(
      client.beta.chat.stream(session.session_id, { index_ids: [parkingIndex], prompt: 'And parking?' }),
      BadRequestError, 400);
    assert.deepEqual(error.error, { detail: 'index_ids are locked for this session' });
    await expect.apiError(
      client.beta.chat.stream(session.session_id, { index_ids: [teaIndex, parkingIndex], prompt: 'Both?' }),
      BadRequestError, 400);
    await turn(session.session_id, [teaIndex, teaIndex], 'Same set with a duplicate');

    const full = await client.beta.chat.retrieve(session.session_id);
    assert.deepEqual(full.events.filter((e) => e.type === 'user_input').map((e) => e.content),
      ['What is in the tea notes?', 'Same set with a duplicate']);
  });

  test('an unknown session is a NotFoundError before any stream', async () => {
    await expect.apiError(
      client.beta.chat.stream('ses-00000000-0000-4000-8000-000000000000', { index_ids: [teaIndex], prompt: 'Hi?' }),
      NotFoundError, 404);
  });

  test('Accept: application/json still gets text/event-stream', async () => {
    const session = await client.beta.chat.create({});
    const response = await rawTurn(session.session_id, [teaIndex], 'Tea?', { Accept: 'application/json' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/event-stream/);
    assert.equal(response.headers.get('content-length'), null, 'streamed, no Content-Length');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    checkTurn(parseSse(await response.text()), 'Tea?');
  });

  test('two turns started at once on one session: one streams, the other is 409 with x-should-retry: false', async () => {
    const session = await client.beta.chat.create({ index_ids: [teaIndex] });
    const responses = await Promise.all([
      rawTurn(session.session_id, [teaIndex], 'First at once?'),
      rawTurn(session.session_id, [teaIndex], 'Second at once?'),
    ]);
    const statuses = responses.map((r) => r.status).sort();
    const bodies = await Promise.all(responses.map((r) => r.text()));
    assert.deepEqual(statuses, [200, 409], `one 200 and one 409, got ${statuses}: ${bodies.map((b) => b.slice(0, 200))}`);

    const ok = responses.findIndex((r) => r.status === 200);
    const conflict = responses[1 - ok];
    assert.equal(conflict.headers.get('x-should-retry'), 'false');
    assert.match(conflict.headers.get('content-type'), /^application\/json/);
    assert.equal(typeof JSON.parse(bodies[1 - ok]).detail, 'string');
    checkTurn(parseSse(bodies[ok]), ok === 0 ? 'First at once?' : 'Second at once?');

    const full = await client.beta.chat.retrieve(session.session_id);
    assert.equal(full.events.filter((e) => e.type === 'user_input').length, 1, 'the rejected turn left no trace');
  });

  test('the official client maps a turn sent while another is running to ConflictError', async () => {
    const session = await client.beta.chat.create({ index_ids: [teaIndex] });
    const running = await rawTurn(session.session_id, [teaIndex], 'Running?');
    assert.equal(running.status, 200, 'the 200 and SSE headers arrive before the turn does its work (§1.9)');
    try {
      // The first turn's body is still unread: it is running (retrieval, answer) while this is sent.
      const error = await expect.apiError(
        client.beta.chat.stream(session.session_id, { index_ids: [teaIndex], prompt: 'Meanwhile?' }),
        ConflictError, 409);
      assert.equal(error.headers.get('x-should-retry'), 'false');
    } finally {
      checkTurn(parseSse(await running.text()), 'Running?');
    }
  });
});
