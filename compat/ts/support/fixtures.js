'use strict';
// Resources that tests need as inputs, created through the official client.

/** Creates `count` indexes over one (empty) source directory and returns their ids. */
async function createIndexes(client, count) {
  try {
    const directory = await client.beta.directories.create({ name: 'compat-chat-fixture' });
    const ids = [];
    for (let i = 0; i < count; i++) {
      const index = await client.beta.indexes.create({
        source_directory_id: directory.id,
        name: `compat-chat-fixture-${i}`,
      });
      ids.push(index.id);
    }
    return ids;
  } catch (err) {
    err.message =
      `fixture: creating indexes needs POST /api/v1/beta/directories and POST /api/v1/indexes ` +
      `(API.md §5.1, §7.1): ${err.message}`;
    throw err;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls client.beta.indexes.get until metadata.status is "ready" and returns the index; fails on
 * "failed" or after `timeoutMs`, showing the last state.
 */
async function waitUntilReady(client, indexId, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let index;
  for (;;) {
    index = await client.beta.indexes.get(indexId);
    const status = index.metadata?.status;
    if (status === 'ready') return index;
    if (status === 'failed') throw new Error(`index ${indexId} failed: ${JSON.stringify(index.metadata)}`);
    if (Date.now() > deadline) throw new Error(`index ${indexId} not ready in ${timeoutMs} ms: ${JSON.stringify(index)}`);
    await sleep(200);
  }
}

/** Collects every item of a client list call (auto-pagination with `for await`). */
async function all(pagePromise) {
  const items = [];
  for await (const item of pagePromise) items.push(item);
  return items;
}

module.exports = { createIndexes, sleep, waitUntilReady, all };
