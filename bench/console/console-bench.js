'use strict';
// bench/run console: the web console's weight and speed, measured on this machine.
//   1. gzip size (level 9) of the JS and CSS the server sends for /, as a browser downloads them;
//   2. time to first render of the chat page in headless Chromium over loopback: a fresh browser
//      context per load (empty cache, as a first visit), the key already in the tab's session,
//      median of N loads: first contentful paint, the chat page's frame (its "Chats" heading), and
//      the session list with data from the API.
// With --screenshot FILE it also writes the chat page with an opened citation (the README's picture).
//
// Usage: node bench/console/console-bench.js [loads] [--screenshot FILE]

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..', '..');
const BROWSER_TESTS = path.join(ROOT, 'compat', 'browser');
const { startServer } = require(path.join(BROWSER_TESTS, 'support', 'server.js'));
const { launch } = require(path.join(BROWSER_TESTS, 'support', 'browser.js'));
const { minimalPdf } = require(path.join(BROWSER_TESTS, 'support', 'pdf.js'));

const HANDBOOK = [
  [
    'Employee handbook - 1. Working hours',
    '',
    'The office is open from 8:00 to 19:00, Monday to Friday.',
    'Core hours, when everyone is expected to be reachable, are 10:00 to 16:00.',
    'Remote work is possible up to three days a week after agreement with your manager.',
    'Overtime is recorded in the time tracker and compensated as time off within three months.',
  ],
  [
    'Employee handbook - 2. Travel and expenses',
    '',
    'Expense reports are due on the fifth working day of each month.',
    'Receipts for amounts over 25 EUR must be attached to the report.',
    'Hotel stays are reimbursed up to 140 EUR per night, or 190 EUR in capital cities.',
    'Train travel is preferred for journeys under four hours.',
  ],
  [
    'Employee handbook - 3. Security',
    '',
    'Every laptop uses full-disk encryption and locks after five minutes.',
    'A lost or stolen laptop must be reported to the security desk within one hour,',
    'by calling extension 4242 or writing to the security channel.',
    'Passwords are reset through the self-service portal; never share them by e-mail.',
  ],
];

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main() {
  const args = process.argv.slice(2);
  const shotAt = args.indexOf('--screenshot');
  const screenshotFile = shotAt >= 0 ? path.resolve(args[shotAt + 1]) : null;
  const loads = Number(args.find((a, i) => /^\d+$/.test(a) && (shotAt < 0 || i !== shotAt + 1)) || 15);

  // Page-sized chunks for this three-page sample, so each citation names one page.
  const server = await startServer({ QUIRE_CHUNK_TOKENS: '120', QUIRE_CHUNK_OVERLAP_TOKENS: '0' });
  const browser = await launch();
  try {
    // 1. Bundle size, from what the server actually serves.
    const html = await (await fetch(`${server.baseURL}/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    let raw = 0;
    let gz = 0;
    for (const a of assets) {
      const bytes = Buffer.from(await (await fetch(`${server.baseURL}${a}`)).arrayBuffer());
      raw += bytes.length;
      gz += zlib.gzipSync(bytes, { level: 9 }).length;
      console.log(`asset ${a}: ${(bytes.length / 1024).toFixed(1)} KB raw, ${(zlib.gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
    }
    console.log(`console bundle (JS + CSS): ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);

    // Seed: a directory with the handbook, an index with screenshots, one answered chat session.
    const dir = await server.api('/api/v1/beta/directories', { method: 'POST', body: { name: 'handbook' } });
    const form = new FormData();
    form.append('upload_file', new Blob([minimalPdf(HANDBOOK)], { type: 'application/pdf' }), 'employee-handbook.pdf');
    const up = await fetch(`${server.baseURL}/api/v1/beta/directories/${dir.id}/files/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.apiKey}` },
      body: form,
    });
    if (!up.ok) throw new Error(`upload: ${up.status} ${await up.text()}`);
    const index = await server.api('/api/v1/indexes', {
      method: 'POST',
      body: { source_directory_id: dir.id, name: 'Employee handbook', store_attachments: ['screenshots'] },
    });
    const deadline = Date.now() + 180_000;
    for (;;) {
      const i = await server.api(`/api/v1/indexes/${index.id}`);
      if (i.metadata.status === 'ready') break;
      if (i.metadata.status === 'failed' || Date.now() > deadline) throw new Error(`index: ${JSON.stringify(i.metadata)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const session = await server.api('/api/v1/chat', { method: 'POST', body: { index_ids: [index.id] } });
    const turn = await fetch(`${server.baseURL}/api/v1/chat/${session.session_id}/messages/stream`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ index_ids: [index.id], prompt: 'How soon must a lost laptop be reported?' }),
    });
    const events = await turn.text();
    if (!events.includes('"is_error":false')) throw new Error(`chat turn: ${events.slice(-500)}`);

    // 2. Time to first render of the chat page, fresh context (cold cache) per load.
    const fcp = [];
    const frame = [];
    const listed = [];
    for (let i = 0; i < loads + 2; i++) {
      const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
      await context.addInitScript((key) => sessionStorage.setItem('quire.console.key', key), server.apiKey);
      const page = await context.newPage();
      await page.goto(`${server.baseURL}/#/chat`, { waitUntil: 'commit' });
      // Checked on every animation frame inside the page, so the time is the frame it appeared in.
      const at = (selector) =>
        page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : false), selector, { polling: 'raf' })
          .then((handle) => handle.jsonValue());
      const frameMs = await at('#sessions-h');
      const listedMs = await at('ul[aria-label="Chat sessions"] li button');
      const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
      await context.close();
      if (i < 2) continue; // warm-up: JIT of the server's handlers, Chromium's own start-up
      frame.push(frameMs);
      listed.push(listedMs);
      if (paint !== null) fcp.push(paint);
    }
    const fmt = (xs) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
    console.log(`chat page, ${loads} cold loads on loopback:`);
    if (fcp.length) console.log(`  first contentful paint:        ${fmt(fcp)}`);
    console.log(`  chat page rendered (frame):    ${fmt(frame)}`);
    console.log(`  session list rendered (data):  ${fmt(listed)}`);

    if (screenshotFile) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 760 } });
      await context.addInitScript((key) => sessionStorage.setItem('quire.console.key', key), server.apiKey);
      const page = await context.newPage();
      await page.goto(`${server.baseURL}/#/chat`);
      await page.getByRole('list', { name: 'Chat sessions' }).getByRole('button', { name: /^How soon/ }).click();
      const cite = page.locator('.turn').first().locator('.answer-text').getByRole('button', { name: /^Citation 1/ }).first();
      await cite.click();
      const img = page.getByRole('complementary').getByRole('img');
      await img.waitFor();
      await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
      fs.mkdirSync(path.dirname(screenshotFile), { recursive: true });
      await page.screenshot({ path: screenshotFile });
      console.log(`screenshot: ${screenshotFile}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
