'use strict';
// Debian's Chromium driven by playwright-core (npm's browser downloads cannot work here), axe-core
// scans, and one screenshot per screen under target/screenshots for reviewers.

const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');
const axe = require('axe-core');

const SHOTS = path.resolve(__dirname, '..', 'target', 'screenshots');
const EXECUTABLE = process.env.QUIRE_CHROMIUM || '/usr/bin/chromium';

async function launch() {
  if (!fs.existsSync(EXECUTABLE)) {
    throw new Error(`Chromium not found at ${EXECUTABLE} (Debian package "chromium"; or set QUIRE_CHROMIUM)`);
  }
  // Chromium's sandbox cannot start as root (CI runs as root); the pages are our own console.
  const args = process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : [];
  return chromium.launch({ executablePath: EXECUTABLE, headless: true, args });
}

/**
 * A page that records Content-Security-Policy violations and page errors, so a test can assert the
 * console runs under its own policy without breaking it.
 */
async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(m.text())) page.problems.push(m.text());
  });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  return page;
}

async function screenshot(page, name, options = {}) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, ...options });
  return file;
}

/** Runs axe on the current page; fails on serious or critical violations, listing them. */
async function assertAccessible(page, label) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    [],
    `axe on ${label}`,
  );
}

module.exports = { launch, newPage, screenshot, assertAccessible, SHOTS };
