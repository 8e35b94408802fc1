'use strict';
// The cluster run: ONE local cluster (two Quire nodes on PostgreSQL, SolrCloud and an S3 server,
// behind a round-robin balancer, so consecutive requests reach different nodes) for every test file.
//
//   node support/cluster-run.js        (npm run test:cluster)
//
// Starts `dev.quire.cluster.LocalCluster 2` from the cluster module's build output, waits for its
// "cluster ready <balancer-url> <admin-key> <node-url>..." line, runs the same `node --test` command
// as `npm test` with QUIRE_COMPAT_CLUSTER_URL / _KEY / _LOG set (support/server.js then hands out
// the cluster instead of spawning servers), and stops the cluster by closing its stdin: at the end,
// on SIGINT/SIGTERM, and if the tests cannot be started. Exits with the tests' exit code.

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT } = require('./server');

const NODES = process.env.QUIRE_COMPAT_CLUSTER_NODES || '2';
const STARTUP_TIMEOUT_MS = Number(process.env.QUIRE_COMPAT_CLUSTER_STARTUP_TIMEOUT_MS || 240_000);
const STOP_TIMEOUT_MS = 60_000;
const READY = /^cluster ready (\S+) (\S+)((?: \S+)*)\s*$/m;

function javaBinary() {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

function clusterClasspath() {
  const target = path.join(REPO_ROOT, 'cluster', 'target');
  const listed = path.join(target, 'classpath.txt');
  if (!fs.existsSync(listed)) {
    throw new Error(`${listed} not found. Build the cluster module first: ` +
      `cd ${REPO_ROOT} && mvn -B -DskipTests package`);
  }
  return [path.join(target, 'classes'), fs.readFileSync(listed, 'utf8').trim()].join(path.delimiter);
}

function startCluster(work, logFile) {
  const log = fs.openSync(logFile, 'a');
  // stdin stays a pipe: LocalCluster runs until it closes, then stops nodes and backends and drops
  // its database. cwd = repository root, where it finds testing/*/target.
  const child = spawn(javaBinary(), ['-cp', clusterClasspath(), 'dev.quire.cluster.LocalCluster', NODES, work], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', log],
  });
  let started = false;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error(`the cluster printed no "cluster ready" line within ${STARTUP_TIMEOUT_MS} ms`)),
      STARTUP_TIMEOUT_MS,
    );
    child.stdout.on('data', (chunk) => {
      fs.appendFileSync(logFile, chunk);
      buffered += chunk.toString('utf8');
      const match = READY.exec(buffered);
      if (match) {
        started = true;
        clearTimeout(timer);
        resolve({ balancer: match[1], adminKey: match[2], nodes: match[3].trim().split(/\s+/) });
      }
    });
    child.once('error', (err) => reject(new Error(`could not start ${javaBinary()}: ${err.message}`)));
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the cluster exited during start-up (code ${code}, signal ${signal})`));
    });
  });
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin.end();
        // LocalCluster reads stdin only once it is ready, so a stop during start-up lets the start
        // finish and then shuts down cleanly (SIGTERM would leave the node processes behind: only
        // the Solr and S3 processes have shutdown hooks). SIGTERM is the last resort.
        const timeout = started ? STOP_TIMEOUT_MS : STARTUP_TIMEOUT_MS + STOP_TIMEOUT_MS;
        const timer = setTimeout(() => child.kill('SIGTERM'), timeout);
        await exited;
        clearTimeout(timer);
      }
      fs.closeSync(log);
    })();
    return stopping;
  };
  return { ready, stop };
}

function tail(file) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return text.length > 4000 ? `...${text.slice(-4000)}` : text;
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-compat-cluster-'));
  const logFile = path.join(work, 'cluster.log');
  const started = Date.now();
  let cluster;
  let tests;
  let interrupted;
  // Stops whatever runs now; the finally below then stops the cluster and removes its directory.
  const onSignal = (signal) => {
    process.stderr.write(`# ${signal}: stopping the tests and the cluster\n`);
    interrupted = signal;
    if (tests) tests.kill(signal);
    else cluster?.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let code = 1;
  try {
    cluster = startCluster(work, logFile);
    let ready;
    try {
      ready = await cluster.ready;
    } catch (err) {
      throw new Error(`${err.message}\n${tail(logFile)}`);
    }
    if (interrupted) throw new Error(`interrupted by ${interrupted}`);
    process.stdout.write(`# cluster of ${ready.nodes.length} nodes ready in ${Date.now() - started} ms: ` +
      `balancer ${ready.balancer}, nodes ${ready.nodes.join(' ')}\n`);
    tests = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', 'test/'], {
      cwd: path.join(__dirname, '..'),
      env: {
        ...process.env,
        QUIRE_COMPAT_CLUSTER_URL: ready.balancer,
        QUIRE_COMPAT_CLUSTER_KEY: ready.adminKey,
        QUIRE_COMPAT_CLUSTER_LOG: logFile,
      },
      stdio: 'inherit',
    });
    code = await new Promise((resolve) => {
      tests.once('exit', (exitCode, signal) => resolve(interrupted || signal ? 1 : exitCode));
      tests.once('error', (err) => {
        process.stderr.write(`could not start the tests: ${err.message}\n`);
        resolve(1);
      });
    });
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
  } finally {
    await cluster?.stop();
    if (code !== 0) process.stderr.write(`# cluster output:\n${tail(logFile)}\n`);
    fs.rmSync(work, { recursive: true, force: true });
    process.stdout.write(`# cluster run took ${Date.now() - started} ms\n`);
  }
  process.exit(code);
}

main();
