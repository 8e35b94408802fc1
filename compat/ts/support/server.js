'use strict';
// Starts the real Quire server (the packaged jar) as a child process for one test file.
//
//   const { startServer } = require('../support/server');
//   let server;
//   before(async () => { server = await startServer(); });
//   after(() => server.stop());
//   test('...', async () => { const client = server.client(); ... });
//
// In the cluster run (support/cluster-run.js) QUIRE_COMPAT_CLUSTER_URL and QUIRE_COMPAT_CLUSTER_KEY
// name an already running cluster's balancer and admin key: startServer() then hands out that
// cluster, shared by every test file, instead of spawning a server; stop() leaves it running.
// startServer({ ownProject: true }) is for files that need to know every object the key can see
// (exact list sizes): on the shared cluster they get a new project and a member key of it.
//
// Lives outside test/ because `node --test test/` runs every .js file under test/ as a test.

const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LlamaCloud } = require('@llamaindex/llama-cloud');

// compat/ts/support -> repository root
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const JAR = path.join(REPO_ROOT, 'server', 'target', 'quire-server.jar');
const LISTENING = /Quire listening on http:\/\/[^\s:]+:(\d+)/;
const STARTUP_TIMEOUT_MS = Number(process.env.QUIRE_COMPAT_STARTUP_TIMEOUT_MS || 60_000);

function javaBinary() {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

async function startServer(options = {}) {
  if (process.env.QUIRE_COMPAT_CLUSTER_URL) {
    return clusterServer(options);
  }
  if (!fs.existsSync(JAR)) {
    throw new Error(
      `Quire server jar not found at ${JAR}. ` +
        `Build it first: cd ${REPO_ROOT} && mvn -B -DskipTests package`,
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-compat-'));
  const apiKey = `quire-test-${crypto.randomBytes(18).toString('base64url')}`;
  const child = spawn(javaBinary(), ['-jar', JAR], {
    cwd: dataDir,
    env: {
      ...process.env,
      QUIRE_HOST: '127.0.0.1',
      QUIRE_PORT: '0',
      QUIRE_DATA_DIR: dataDir,
      QUIRE_API_KEY: apiKey,
      // The parsing suite parses a presigned link of this same loopback server by URL.
      QUIRE_PARSE_URL_PRIVATE_HOSTS: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never leave a server behind, even if the test process dies without running after().
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);

  const output = [];
  const verbose = process.env.QUIRE_COMPAT_VERBOSE === '1';
  const collect = (chunk) => {
    output.push(chunk.toString('utf8'));
    if (verbose) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const cleanup = async () => {
    process.off('exit', killOnExit);
    const running = child.pid !== undefined && child.exitCode === null && child.signalCode === null;
    if (running) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const port = await waitForPort(child, output, exited);
    const baseURL = `http://127.0.0.1:${port}`;
    await waitForHealth(baseURL, exited, output);
    return handle(baseURL, apiKey, dataDir, () => output.join(''), cleanup);
  } catch (err) {
    await cleanup();
    throw err;
  }
}

function handle(baseURL, apiKey, dataDir, logs, stop) {
  return {
    baseURL,
    apiKey,
    dataDir,
    /** The official client as users create it; retries off so failures surface at once. */
    client(options = {}) {
      return new LlamaCloud({ apiKey, baseURL, maxRetries: 0, timeout: 30_000, ...options });
    },
    /** Server output so far, for assertion messages. */
    logs,
    stop,
  };
}

/** The shared cluster started by support/cluster-run.js: nothing to start, nothing to stop. */
async function clusterServer({ ownProject = false } = {}) {
  const baseURL = process.env.QUIRE_COMPAT_CLUSTER_URL;
  const adminKey = process.env.QUIRE_COMPAT_CLUSTER_KEY;
  const logFile = process.env.QUIRE_COMPAT_CLUSTER_LOG;
  const logs = () => (logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
  if (!adminKey) throw new Error('QUIRE_COMPAT_CLUSTER_URL is set but QUIRE_COMPAT_CLUSTER_KEY is not');
  await waitForHealth(baseURL, new Promise(() => {}), [logs()]);
  const apiKey = ownProject ? await projectKey(baseURL, adminKey) : adminKey;
  return handle(baseURL, apiKey, undefined, logs, async () => {});
}

/** A new project and a member key of it, made with the admin key (the admin routes of ProjectRoutes). */
async function projectKey(baseURL, adminKey) {
  const post = async (route, body) => {
    const res = await fetch(`${baseURL}${route}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`POST ${route}: ${res.status} ${text}`);
    return JSON.parse(text);
  };
  const project = await post('/api/v1/projects', { name: `compat-${crypto.randomBytes(6).toString('hex')}` });
  return (await post(`/api/v1/projects/${project.id}/api-keys`, { name: 'compat', role: 'member' })).key;
}

function waitForPort(child, output, exited) {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk.toString('utf8');
      const match = LISTENING.exec(buffered);
      if (match) {
        finish();
        resolve(Number(match[1]));
      }
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Quire did not print "Quire listening on ..." within ${STARTUP_TIMEOUT_MS} ms.\n${tail(output)}`));
    }, STARTUP_TIMEOUT_MS);
    const finish = () => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
    };
    child.stdout.on('data', onData);
    exited.then(({ code, signal }) => {
      finish();
      reject(new Error(`Quire exited during start-up (code ${code}, signal ${signal}).\n${tail(output)}`));
    });
    child.once('error', (err) => {
      finish();
      reject(new Error(`Could not start ${javaBinary()}: ${err.message}`));
    });
  });
}

async function waitForHealth(baseURL, exited, output) {
  let stopped = false;
  exited.then(() => (stopped = true));
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let last = 'no response';
  while (Date.now() < deadline && !stopped) {
    try {
      const res = await fetch(`${baseURL}/healthz`);
      const text = await res.text();
      if (res.status === 200 && safeJson(text)?.status === 'ok') return;
      last = `${res.status} ${text}`;
    } catch (err) {
      last = err.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`GET ${baseURL}/healthz never answered 200 {"status":"ok"} (last: ${last}).\n${tail(output)}`);
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function tail(output) {
  const text = output.join('');
  return text.length > 4000 ? `...${text.slice(-4000)}` : text;
}

module.exports = { startServer, REPO_ROOT };
