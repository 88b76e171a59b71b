// Runs every example against the BUILT package (npm test, after the build):
// the Node scripts must exit 0; the browser calculator's logic runs under Node, and its page is
// loaded in headless Chromium when one is installed (CI installs Debian's chromium and requires it).
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
let failed = false;
const fail = (message) => {
  console.error(`✗ ${message}`);
  failed = true;
};

for (const script of ['quick-start.mjs', 'exchange-tick.mjs', 'bot-stop-check.mjs', 'risk-service.mjs', 'futures-bot.mjs']) {
  const r = spawnSync(process.execPath, [join(root, 'examples', script)], { encoding: 'utf8' });
  if (r.status === 0) console.log(`✓ examples/${script}`);
  else fail(`examples/${script} exited ${r.status}\n${r.stdout}${r.stderr}`);
}

// The calculator's logic, under Node: 1,000 USDT at 3x on Bitget (risk = debt × 10% / net assets, liquidation
// at 100%: assets ≤ 1.1 × debt) → 0.05 BTC, 2,000 owed, liquidated at 1.1 × 2,000 / 0.05 = 44,000.
const { calculate } = await import(join(root, 'examples/browser-calculator/calculator.js'));
const answer = calculate({ venue: 'bitget', margin: '1000', leverage: '3', entryPrice: '60000' });
if (answer.liquidationPrice === '44000' && answer.borrowed === '2000') console.log('✓ examples/browser-calculator/calculator.js (Node)');
else fail(`calculator.js gave ${JSON.stringify(answer)}`);

function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json' };
const chromium = findChromium();
if (chromium === undefined) {
  if (process.env.CI === 'true') fail('no chromium on PATH: CI must load the browser calculator page (apt-get install chromium)');
  else console.log('- examples/browser-calculator/index.html: skipped in a browser (no chromium on PATH; Debian: apt-get install chromium)');
} else {
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/examples/browser-calculator/`;
  const profile = mkdtempSync(join(tmpdir(), 'margin-math-chromium-'));
  try {
    const dom = await spawnAsync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--virtual-time-budget=10000', '--dump-dom', url,
    ]);
    if (dom.includes('data-ready="true"') && dom.includes('liquidated at 44000')) console.log('✓ examples/browser-calculator/index.html (headless Chromium)');
    else fail(`the calculator page did not render its answer:\n${dom.slice(0, 2000)}`);
  } catch (error) {
    fail(`chromium: ${error.message}`);
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs a command without blocking this process's event loop (the page is served from here). */
function spawnAsync(command, args) {
  return new Promise((ok, ko) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) ok(out);
      else ko(new Error(`exit ${code}: ${err.slice(-1000)}`));
    });
  });
}

process.exitCode = failed ? 1 : 0;
