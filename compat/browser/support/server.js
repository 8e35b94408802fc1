'use strict';
// Starts the real Quire server (the packaged jar, console included) as a child process on a random
// port with a fresh data directory and a known admin key. Modelled on compat/ts/support/server.js.
//
// Lives outside test/ because `node --test test/` runs every .js file under test/ as a test.

const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const JAR = path.join(REPO_ROOT, 'server', 'target', 'quire-server.jar');
const LISTENING = /Quire listening on http:\/\/[^\s:]+:(\d+)/;
const STARTUP_TIMEOUT_MS = Number(process.env.QUIRE_COMPAT_STARTUP_TIMEOUT_MS || 60_000);

async function startServer(env = {}) {
  if (!fs.existsSync(JAR)) {
    throw new Error(`Quire server jar not found at ${JAR}. Build it first: cd ${REPO_ROOT} && mvn -B -DskipTests package`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-browser-'));
  const apiKey = `quire-test-${crypto.randomBytes(18).toString('base64url')}`;
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const child = spawn(java, ['-jar', JAR], {
    cwd: dataDir,
    env: { ...process.env, QUIRE_HOST: '127.0.0.1', QUIRE_PORT: '0', QUIRE_DATA_DIR: dataDir, QUIRE_API_KEY: apiKey, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const output = [];
  child.stdout.on('data', (c) => output.push(c.toString('utf8')));
  child.stderr.on('data', (c) => output.push(c.toString('utf8')));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const port = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "Quire listening" line in ${STARTUP_TIMEOUT_MS} ms\n${output.join('')}`)), STARTUP_TIMEOUT_MS);
      const onData = () => {
        const m = LISTENING.exec(output.join(''));
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      };
      child.stdout.on('data', onData);
      exited.then(({ code }) => reject(new Error(`Quire exited during start-up (code ${code})\n${output.join('')}`)));
    });
    const baseURL = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    for (;;) {
      try {
        const res = await fetch(`${baseURL}/healthz`);
        if (res.status === 200) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error(`/healthz never answered 200\n${output.join('')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { baseURL, apiKey, logs: () => output.join(''), stop, api: (route, init) => api(baseURL, apiKey, route, init) };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** A JSON call to the public API with the admin key (for checks the browser cannot make). */
async function api(baseURL, key, route, { method = 'GET', body } = {}) {
  const res = await fetch(`${baseURL}${route}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

module.exports = { startServer };
