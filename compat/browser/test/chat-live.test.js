'use strict';
// The chat page against a model that takes its time: a stand-in OpenAI-compatible provider on
// loopback (support/openai-standin.js) streams reasoning, a retrieve tool call and a slow answer,
// so the browser can be seen streaming, showing steps and token usage, stopping, and reporting the
// 409 of a second turn started while one runs.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('../support/server');
const { startStandIn, USAGE } = require('../support/openai-standin');
const { launch, newPage, screenshot, assertAccessible } = require('../support/browser');
const { minimalPdf } = require('../support/pdf');

let llm;
let server;
let browser;
let page;
let indexId;

before(async () => {
  llm = await startStandIn({ delayMs: 250 });
  server = await startServer({
    QUIRE_LLM: 'openai',
    QUIRE_LLM_BASE_URL: llm.url,
    QUIRE_LLM_MODEL: 'standin',
    QUIRE_CHUNK_TOKENS: '12', // each short page a chunk of its own
    QUIRE_CHUNK_OVERLAP_TOKENS: '0',
  });
  const dir = await server.api('/api/v1/beta/directories', { method: 'POST', body: { name: 'handbook' } });
  const form = new FormData();
  const pdf = minimalPdf(['The office opens at eight every morning.', 'The lighthouse beacon is painted bright orange.', 'Expense reports are due on the fifth.']);
  form.append('upload_file', new Blob([pdf], { type: 'application/pdf' }), 'handbook.pdf');
  const up = await fetch(`${server.baseURL}/api/v1/beta/directories/${dir.id}/files/upload`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.apiKey}` },
    body: form,
  });
  assert.equal(up.status, 200, await up.clone().text());
  const index = await server.api('/api/v1/indexes', { method: 'POST', body: { source_directory_id: dir.id, store_attachments: ['screenshots'] } });
  indexId = index.id;
  const deadline = Date.now() + 180_000;
  while ((await server.api(`/api/v1/indexes/${indexId}`)).metadata.status !== 'ready') {
    assert.ok(Date.now() < deadline, 'index ready in time');
    await new Promise((r) => setTimeout(r, 250));
  }
  browser = await launch();
  page = await signedIn();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await llm?.stop();
});

async function signedIn() {
  const p = await newPage(browser);
  p.setDefaultTimeout(30_000);
  await p.goto(`${server.baseURL}/#/chat`);
  await p.getByLabel('API key').fill(server.apiKey);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('heading', { name: 'Chats' }).waitFor();
  return p;
}

test('the answer appears piece by piece with its steps, then token usage and a working citation', async () => {
  await page.getByLabel('Message').fill('What color is the lighthouse beacon?');
  await page.getByRole('button', { name: 'Send' }).click();
  const turn = page.locator('.turn').first();
  // While the model is still writing: part of the answer is shown and Stop is offered.
  await turn.locator('.answer-text').getByText('According to').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Stop' }).isVisible(), true);
  assert.doesNotMatch(await turn.locator('.answer-text').innerText(), /\[1\]/, 'not finished yet');
  await screenshot(page, 'live-01-streaming');

  const cite = turn.getByRole('button', { name: /^Citation 1: handbook\.pdf p\. 2/ });
  await cite.waitFor();
  // Two model calls (the tool call, then the answer): usage is their sum, as the provider reported it.
  await turn.getByText(`${2 * USAGE.prompt_tokens} in / ${2 * USAGE.completion_tokens} out tokens · 2 model calls`, { exact: false }).waitFor();
  await turn.locator('summary', { hasText: 'Thinking' }).click();
  await turn.getByText('I will quote it and cite it.').waitFor();
  await turn.locator('summary', { hasText: 'Tool call: retrieve' }).waitFor();
  await page.getByTestId('job-metadata').getByText(`${2 * USAGE.prompt_tokens} input tokens`, { exact: false }).waitFor();
  await cite.click();
  // The answer paraphrases ("According to the handbook: ..."): the chunk's matching sentence is marked.
  await page.getByRole('complementary').locator('mark', { hasText: 'The lighthouse beacon is painted bright orange.' }).waitFor();
  const img = page.getByRole('complementary').getByRole('img', { name: /Page 2 of handbook\.pdf/ });
  await img.waitFor();
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  await assertAccessible(page, 'chat with steps expanded');
  await screenshot(page, 'live-02-steps-and-usage');
});

test('a second turn in the same session while one runs is refused with 409 and shown as an error', async () => {
  const other = await signedIn();
  try {
    await other.getByRole('list', { name: 'Chat sessions' }).getByRole('button', { name: 'What color is the lighthouse beacon?', exact: true }).click();
    await other.locator('.turn').first().waitFor();
    await page.getByLabel('Message').fill('And when are expense reports due?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('.turn').nth(1).locator('.answer-text').getByText('According to').waitFor();
    await other.getByLabel('Message').fill('Anything else?');
    await other.getByRole('button', { name: 'Send' }).click();
    await other.getByRole('alert').filter({ hasText: '409' }).waitFor();
    assert.equal(await other.getByLabel('Message').inputValue(), 'Anything else?', 'the refused question is kept to send again');
    await screenshot(other, 'live-03-conflict');
    await page.locator('.turn').nth(1).getByRole('button', { name: /^Citation 1/ }).waitFor();
  } finally {
    await other.context().close();
  }
});

test('Stop ends the stream in the browser; the server finishes the turn and reopening shows it', async () => {
  await page.getByRole('button', { name: 'New chat' }).click();
  await page.getByLabel('Message').fill('When does the office open?');
  await page.getByRole('button', { name: 'Send' }).click();
  const turn = page.locator('.turn').first();
  await turn.locator('.answer-text').getByText('According to').waitFor();
  await page.getByRole('button', { name: 'Stop' }).click();
  await turn.getByText('Stopped here.', { exact: false }).waitFor();
  assert.doesNotMatch(await turn.innerText(), /\[1\]/);
  await screenshot(page, 'live-04-stopped');

  // The run goes on without the browser (contract §11.5): wait for its stop event, then reopen.
  const sessionId = (await server.api('/api/v1/chat')).items.find((s) => s.generated_title === 'When does the office open?').session_id;
  const deadline = Date.now() + 30_000;
  while (!(await server.api(`/api/v1/chat/${sessionId}`)).events.some((e) => e.type === 'stop')) {
    assert.ok(Date.now() < deadline, 'the turn finished on the server');
    await new Promise((r) => setTimeout(r, 200));
  }
  await page.getByRole('list', { name: 'Chat sessions' }).getByRole('button', { name: 'When does the office open?', exact: true }).click();
  await page.locator('.turn').first().getByRole('button', { name: /^Citation 1: handbook\.pdf p\. 1/ }).waitFor();
  assert.deepEqual(page.problems, []);
});
