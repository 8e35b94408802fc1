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

module.exports = { createIndexes, sleep };
