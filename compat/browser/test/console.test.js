'use strict';
// The web console end to end: the packaged server on a random port, Debian's Chromium, and a user
// who signs in, uploads, indexes, searches, chats with citations, manages keys and gets signed out.
// The tests share one server and one browser page and run in order, as a user's session would.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { startServer } = require('../support/server');
const { launch, newPage, screenshot, assertAccessible } = require('../support/browser');
const { minimalPdf } = require('../support/pdf');

const PDF_PAGES = [
  'Quire handbook. Welcome to the team. The office opens at eight every morning.',
  'The lighthouse beacon is painted bright orange so that ships can see it in fog.',
  'Expense reports are due on the fifth working day of each month.',
];
const XSS_MARKDOWN = [
  '# Parking',
  '',
  'Parking permits are renewed every March at the front desk of the main building.',
  '',
  '<script>window.__xss = "script ran"</script>',
  '',
  '<img src="x" onerror="window.__xss = \'onerror ran\'">',
  '',
].join('\n');
const TIMEOUT = 30_000;

let server;
let browser;
let page;

before(async () => {
  // Small chunks, so that each short PDF page is a chunk of its own and "the right page" is defined.
  server = await startServer({ QUIRE_CHUNK_TOKENS: '24', QUIRE_CHUNK_OVERLAP_TOKENS: '0' });
  browser = await launch();
  page = await newPage(browser);
  page.setDefaultTimeout(TIMEOUT);
  // confirm() is accepted; prompt() gets the answer a test left in page.promptAnswer.
  page.on('dialog', (d) => d.accept(d.type() === 'prompt' ? page.promptAnswer ?? d.defaultValue() : undefined));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function go(name) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

/** sha-256 of the bytes an <img> shows, fetched again from its own src inside the page. */
async function imageDigest(img) {
  await img.waitFor();
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  const bytes = await img.evaluate(async (el) => Array.from(new Uint8Array(await (await fetch(el.src)).arrayBuffer())));
  return crypto.createHash('sha256').update(Buffer.from(bytes)).digest('hex');
}

/** sha-256 of one page screenshot of a parsed file, fetched through the API with the admin key. */
async function screenshotDigest(sourceId, pageNumber) {
  const link = await server.api(`/api/v1/beta/attachments/screenshots%2Fpage_${pageNumber}.jpg?source_id=${sourceId}`);
  const res = await fetch(new URL(new URL(link.url).pathname + new URL(link.url).search, server.baseURL));
  assert.equal(res.status, 200);
  return crypto.createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex');
}

async function assertInert() {
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no document script ran');
  assert.equal(await page.locator('#root script, #root img[src="x"], #root [onerror]').count(), 0, 'no document markup became elements');
}

describe('web console', () => {
  test('is served at / with a strict Content-Security-Policy and no key, while /api still needs one', async () => {
    const res = await fetch(`${server.baseURL}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    const csp = res.headers.get('content-security-policy');
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const html = await res.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)[1];
    const asset = await fetch(`${server.baseURL}${script}`);
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('content-type'), /^text\/javascript/);
    assert.match(asset.headers.get('cache-control'), /immutable/);
    assert.equal((await fetch(`${server.baseURL}/assets/missing-file.js`)).status, 404);
    assert.equal((await fetch(`${server.baseURL}/assets/..%2Fdev%2Fquire%2FMain.class`)).status, 404);
    assert.equal((await fetch(`${server.baseURL}/api/v1/projects`)).status, 401);
  });

  test('signs in with an API key kept out of URLs and localStorage; a wrong key is refused', async () => {
    await page.goto(server.baseURL);
    await assertAccessible(page, 'sign-in page');
    await screenshot(page, '01-sign-in');
    await page.getByLabel('API key').fill('not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not valid' }).waitFor();
    await page.getByLabel('API key').fill(server.apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    assert.ok(!page.url().includes(server.apiKey), 'the key is not in the URL');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('quire.console.key')), server.apiKey);
    // A reload keeps the session (same tab).
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  test('creates a directory, uploads a 3-page PDF and a Markdown file, and edits metadata', async () => {
    await page.getByLabel('Directory name').fill('handbook');
    await page.getByRole('button', { name: 'Create directory' }).click();
    await page.getByRole('heading', { name: 'Files in handbook' }).waitFor();
    await page.getByLabel('Upload files').setInputFiles([
      { name: 'handbook.pdf', mimeType: 'application/pdf', buffer: minimalPdf(PDF_PAGES) },
      { name: 'parking.md', mimeType: 'text/markdown', buffer: Buffer.from(XSS_MARKDOWN) },
    ]);
    await page.getByText('2 / 2 uploaded').waitFor();
    const table = page.getByRole('table');
    await table.getByRole('cell', { name: 'handbook.pdf', exact: true }).waitFor();
    await table.getByRole('cell', { name: 'parking.md', exact: true }).waitFor();

    // Metadata editor: invalid JSON is refused in place, an object is saved through the API.
    await page.getByRole('button', { name: 'Edit metadata of parking.md' }).click();
    const editor = page.getByLabel(/Metadata \(JSON object\) of parking\.md/);
    await editor.fill('{"team": ');
    await page.getByRole('button', { name: 'Save metadata' }).click();
    await page.getByRole('alert').filter({ hasText: 'Not valid JSON' }).waitFor();
    await editor.fill('{"team": "facilities"}');
    await page.getByRole('button', { name: 'Save metadata' }).click();
    await table.getByRole('cell', { name: '{"team":"facilities"}' }).waitFor();
    const dirs = await server.api('/api/v1/beta/directories');
    const dir = dirs.items.find((d) => d.name === 'handbook');
    const files = await server.api(`/api/v1/beta/directories/${dir.id}/files`);
    assert.equal(files.items.find((f) => f.display_name === 'parking.md').metadata.team, 'facilities');
    await assertAccessible(page, 'files page');
    await screenshot(page, '02-files');
  });

  test('creates an index with page screenshots and shows its sync progress until ready', async () => {
    await go('Indexes');
    assert.equal(await page.getByLabel('Page screenshots').isChecked(), true);
    await page.getByRole('button', { name: 'Create index' }).click();
    const card = page.getByRole('listitem', { name: 'Index handbook' });
    // Queued or syncing first: the card shows a progress bar, then the state settles on ready.
    await card.getByRole('progressbar', { name: 'Sync progress of handbook' }).waitFor({ timeout: 15_000 });
    await screenshot(page, '03-index-syncing');
    await card.getByText('ready', { exact: true }).waitFor({ timeout: 180_000 });
    await card.getByText(/2 files indexed · [1-9]\d* chunks · 0 failed/).waitFor();
    await assertAccessible(page, 'indexes page');
    await screenshot(page, '04-index-ready');
    // Sync now queues another sync over the unchanged directory; it settles on ready again.
    const before = (await server.api('/api/v1/indexes')).items[0].metadata.sync_started_at;
    await card.getByRole('button', { name: 'Sync handbook now' }).click();
    const deadline = Date.now() + 60_000;
    for (;;) {
      const index = (await server.api('/api/v1/indexes')).items[0];
      if (index.metadata.status === 'ready' && index.metadata.sync_started_at !== before) break;
      assert.ok(Date.now() < deadline, `re-sync finished: ${JSON.stringify(index.metadata)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    await card.getByText('ready', { exact: true }).waitFor();
  });

  test('searches and shows the matching chunk with the right page screenshot', async () => {
    await go('Search');
    await page.getByLabel('Query').fill('lighthouse beacon orange');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const first = page.locator('.result').first();
    await first.getByText('handbook.pdf').waitFor();
    assert.match(await first.locator('.result-head').innerText(), /p\. 2\b/);
    assert.equal(await first.locator('mark').first().innerText(), 'lighthouse');
    const index = (await server.api('/api/v1/indexes')).items[0];
    const found = await server.api('/api/v1/retrieval/files/find', { method: 'POST', body: { index_id: index.id, file_name: 'handbook.pdf' } });
    const sourceId = found.items[0].file_id;
    const shown = await imageDigest(first.locator('img'));
    assert.equal(shown, await screenshotDigest(sourceId, 2), 'the image is page 2');
    assert.notEqual(shown, await screenshotDigest(sourceId, 1), 'and not page 1');
    await assertAccessible(page, 'search page with results');
    await screenshot(page, '05-search');

    // Metadata filters: a bad one is refused in place; {"team": "facilities"} keeps only parking.md.
    const filters = page.getByLabel('Metadata filters (JSON)');
    await filters.fill('{"team": ');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'must be a JSON object' }).waitFor();
    await filters.fill('{"team": {"operator": "eq", "value": "facilities"}}');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('.result').first().getByText('parking.md').waitFor();
    const names = await page.locator('.result .result-head strong').allInnerTexts();
    assert.ok(names.length > 0 && names.every((n) => n === 'parking.md'), `only the file with that metadata: ${names}`);
    await filters.fill('');
  });

  test('asks a question, streams the cited answer, and opens the citation with the page image', async () => {
    await go('Chat');
    const streamed = page.waitForResponse((r) => /\/messages\/stream/.test(r.url()));
    await page.getByLabel('Message').fill('What color is the lighthouse beacon?');
    await page.getByRole('button', { name: 'Send' }).click();
    const response = await streamed;
    assert.match(response.headers()['content-type'], /^text\/event-stream/);
    const turn = page.locator('.turn').first();
    const cite = turn.getByRole('button', { name: /^Citation 1: handbook\.pdf, p\. 2/ }).first();
    await cite.waitFor();
    assert.match(await turn.locator('.answer-text').innerText(), /orange/);
    await turn.locator('.usage').waitFor();
    await cite.click();
    const panel = page.getByRole('complementary');
    await panel.getByRole('heading', { name: 'Source [1]' }).waitFor();
    await panel.getByText('handbook.pdf').waitFor();
    assert.match(await panel.locator('mark').first().innerText(), /orange/);
    const img = panel.getByRole('img', { name: /Page 2 of handbook\.pdf/ });
    const index = (await server.api('/api/v1/indexes')).items[0];
    const found = await server.api('/api/v1/retrieval/files/find', { method: 'POST', body: { index_id: index.id, file_name: 'handbook.pdf' } });
    assert.equal(await imageDigest(img), await screenshotDigest(found.items[0].file_id, 2));
    await assertAccessible(page, 'chat page with an opened citation');
    await screenshot(page, '06-chat-citation', { fullPage: false });
  });

  test('asks a follow-up in the same session; the session gets its generated title', async () => {
    await page.getByLabel('Message').fill('And when are expense reports due?');
    await page.getByRole('button', { name: 'Send' }).click();
    const second = page.locator('.turn').nth(1);
    await second.getByRole('button', { name: /^Citation 1: handbook\.pdf, p\. 3/ }).first().waitFor();
    assert.match(await second.locator('.answer-text').innerText(), /fifth working day/);
    await page.getByRole('list', { name: 'Chat sessions' }).getByRole('button', { name: 'What color is the lighthouse beacon?', exact: true }).waitFor();
    await page.getByTestId('job-metadata').waitFor();
    const sessions = await server.api('/api/v1/chat');
    assert.equal(sessions.items.length, 1, 'the follow-up used the same session');
    await screenshot(page, '07-chat-follow-up');
  });

  test('shows a document with <script> and <img onerror> as inert text in search and chat', async () => {
    await go('Search');
    // Small test chunks put the markup in chunks of its own: the page shows every result's text.
    await page.getByLabel('Query').fill('parking permits script window xss onerror');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('.result').first().getByText('parking.md').waitFor();
    const text = (await page.locator('.result .chunk').allInnerTexts()).join('\n');
    assert.ok(text.includes('<script>window.__xss = "script ran"</script>'), `shown as text: ${text}`);
    assert.ok(text.includes('<img src="x" onerror='), `shown as text: ${text}`);
    await assertInert();
    await screenshot(page, '08-xss-search');

    await go('Chat');
    await page.getByRole('button', { name: 'New chat' }).click();
    await page.getByLabel('Message').fill('What happens when the script ran in the window?');
    await page.getByRole('button', { name: 'Send' }).click();
    const cite = page.locator('.turn').first().getByRole('button', { name: /^Citation 1: parking\.md/ }).first();
    await cite.waitFor();
    // The extractive answer quotes one of the document's markup lines (which one depends on ranking):
    // the quote and the cited chunk beside it must both show it as text.
    const markup = /<script>window\.__xss|<img src="x" onerror=/;
    const answer = await page.locator('.turn').first().innerText();
    assert.match(answer, markup, `the answer quotes the markup as text: ${answer}`);
    await cite.click();
    await page.getByRole('complementary').getByText(markup).first().waitFor();
    await assertInert();
    await screenshot(page, '09-xss-chat');
  });

  test('creates a key (secret shown once), and revoking it signs its browser session out', async () => {
    await go('Admin');
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    await page.getByLabel('Key name').fill('colleague');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = await page.getByTestId('new-key').inputValue();
    assert.ok(secret.length > 20);
    await assertAccessible(page, 'admin page with a new key');
    await screenshot(page, '10-admin-new-key');

    const other = await newPage(browser);
    other.setDefaultTimeout(TIMEOUT);
    try {
      await other.goto(server.baseURL);
      await other.getByLabel('API key').fill(secret);
      await other.getByRole('button', { name: 'Sign in' }).click();
      // Fully loaded first, so no request of the first render is still on its way when the key goes.
      await other.getByRole('heading', { name: 'Files in handbook' }).waitFor();
      await other.getByRole('table').getByRole('cell', { name: 'handbook.pdf', exact: true }).waitFor();

      await page.getByRole('button', { name: 'Revoke colleague' }).click();
      await page.getByRole('cell', { name: 'colleague', exact: true }).waitFor({ state: 'detached' });

      await other.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indexes' }).click();
      await other.getByRole('alert').filter({ hasText: 'signed out' }).waitFor();
      await other.getByLabel('API key').waitFor();
      assert.equal(await other.evaluate(() => sessionStorage.getItem('quire.console.key')), null, 'the key is forgotten');
      await screenshot(other, '11-signed-out-after-revoke');
      assert.deepEqual(other.problems, []);
    } finally {
      await other.context().close();
    }
  });

  test('creates a project and switches to it: its data is separate from the first project', async () => {
    await go('Admin');
    await page.getByLabel('Project name').fill('team-b');
    await page.getByRole('button', { name: 'Create project' }).click();
    const switcher = page.getByRole('combobox', { name: 'Project', exact: true });
    await switcher.selectOption({ label: 'team-b' });
    await page.getByRole('heading', { name: 'API keys of team-b' }).waitFor();
    await go('Files');
    await page.getByText('No directories yet.').waitFor();
    await page.getByLabel('Directory name').fill('team-b docs');
    await page.getByRole('button', { name: 'Create directory' }).click();
    await page.getByRole('heading', { name: 'Files in team-b docs' }).waitFor();
    const teamB = (await server.api('/api/v1/projects')).find((p) => p.name === 'team-b');

    // Drag and drop a file onto the upload area, rename the directory, then delete the file.
    const dropped = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Team B keeps its notes here.'], 'notes.md', { type: 'text/markdown' }));
      return dt;
    });
    await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByText('1 / 1 uploaded').waitFor();
    await page.getByRole('table').getByRole('cell', { name: 'notes.md', exact: true }).waitFor();
    page.promptAnswer = 'team-b handbook';
    await page.getByRole('button', { name: 'Rename team-b docs' }).click();
    await page.getByRole('heading', { name: 'Files in team-b handbook' }).waitFor();
    await page.getByRole('button', { name: 'Delete notes.md' }).click();
    await page.getByRole('table').getByText('No files.').waitFor();
    const dirs = await server.api(`/api/v1/beta/directories?project_id=${teamB.id}`);
    assert.deepEqual(dirs.items.map((d) => d.name), ['team-b handbook']);
    await screenshot(page, '12-project-team-b');

    // A file that cannot be parsed: the index still gets ready and lists it with the reason; delete.
    await page.getByLabel('Upload files').setInputFiles([
      { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 this is not really a PDF') },
    ]);
    await page.getByRole('table').getByRole('cell', { name: 'broken.pdf', exact: true }).waitFor();
    await go('Indexes');
    await page.getByRole('button', { name: 'Create index' }).click();
    const card = page.getByRole('listitem', { name: 'Index team-b handbook' });
    await card.getByText('ready', { exact: true }).waitFor({ timeout: 120_000 });
    await card.getByText(/0 files indexed · 0 chunks · 1 failed/).waitFor();
    await card.locator('summary', { hasText: 'Failed files' }).click();
    const reason = await card.locator('details li').innerText();
    assert.match(reason, /^broken\.pdf: .{5,}/, 'the file and why it failed');
    await screenshot(page, '12b-failed-file');
    await card.getByRole('button', { name: 'Delete team-b handbook' }).click();
    await page.getByText('No indexes yet.').waitFor();
    await go('Files');
    await switcher.selectOption({ label: "Key's own project" });
    await page.getByRole('heading', { name: 'Files in handbook' }).waitFor();
    assert.equal(await page.getByRole('list', { name: 'Directories' }).getByText('team-b handbook').count(), 0);
  });

  test('reads at phone width in the dark theme without accessibility violations', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await go('Chat');
    await page.getByRole('list', { name: 'Chat sessions' }).getByRole('button').first().click();
    await page.locator('.turn').first().waitFor();
    await assertAccessible(page, 'chat page, dark theme, phone width');
    await screenshot(page, '13-chat-dark-phone');
    for (const name of ['Files', 'Indexes', 'Search', 'Admin']) {
      await go(name);
      await page.locator('main h1').first().waitFor();
      await assertAccessible(page, `${name} page, dark theme, phone width`);
    }
  });

  test('ran under its Content-Security-Policy without violations or page errors', () => {
    assert.deepEqual(page.problems, []);
  });
});
