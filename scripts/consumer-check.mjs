// npm test: what an installed user gets. Packs the package, installs the tarball into a fresh project
// outside the repository, and there
//   1. compiles every ```ts / ```js block of README.md and docs/*.md under `tsc --strict` (module
//      resolution node16 and bundler) and runs it: each block is a whole program, and every
//      `console.log(…); // → X` line in it must print X (in order);
//   2. runs every `npx margin-math …` line of the README's ```sh blocks, each exiting 0 and printing
//      what its `# → …` line says; every subcommand has one.
// A block that only shows a shape is written ```text, not ts/js.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(join(root, 'package.json'));
const tsc = require.resolve('typescript/bin/tsc');
const nodeTypes = JSON.parse(readFileSync(join(root, 'node_modules/@types/node/package.json'), 'utf8')).version;
const SUBCOMMANDS = ['borrowable', 'interest', 'risk', 'liq-price', 'spot-liq-price', 'plan', 'simulate'];

let failed = false;
const fail = (message) => {
  console.error(`✗ ${message}`);
  failed = true;
};

// the package as npm would publish it, installed where nothing of the repository is reachable
const work = mkdtempSync(join(tmpdir(), 'margin-math-consumer-'));
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error', join(work, tarball), `@types/node@${nodeTypes}`], { cwd: consumer, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`consumer project: ${tarball} installed in ${consumer}`);

  // 1. the code blocks
  const blocks = [];
  for (const file of ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/^```(ts|js)\n([\s\S]*?)^```/gm)) {
      const line = text.slice(0, m.index).split('\n').length;
      blocks.push({ where: `${file}:${line}`, kind: m[1], code: m[2], name: `block${String(blocks.length).padStart(2, '0')}` });
    }
  }
  const src = join(consumer, 'src');
  mkdirSync(src);
  for (const b of blocks) writeFileSync(join(src, `${b.name}.${b.kind}`), b.code);
  const base = { strict: true, target: 'es2022', lib: ['es2022'], types: ['node'], allowJs: true, checkJs: true, skipLibCheck: false, rootDir: 'src' };
  writeFileSync(join(consumer, 'tsconfig.node16.json'), JSON.stringify({ compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16', outDir: 'out' }, include: ['src'] }));
  writeFileSync(join(consumer, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler', noEmit: true }, include: ['src'] }));
  const where = (output) => output.replace(/src\/(block\d\d)\.(ts|js)/g, (_, name) => blocks.find((b) => b.name === name)?.where ?? name);
  for (const config of ['tsconfig.bundler.json', 'tsconfig.node16.json']) {
    const r = spawnSync(process.execPath, [tsc, '-p', config], { cwd: consumer, encoding: 'utf8' });
    if (r.status === 0) console.log(`✓ ${blocks.length} code blocks compile (tsc --strict, ${config.split('.')[1]})`);
    else fail(`code blocks do not compile (${config}):\n${where(r.stdout)}${r.stderr}`);
  }
  for (const b of blocks) {
    const r = spawnSync(process.execPath, [join(consumer, 'out', `${b.name}.js`)], { cwd: consumer, encoding: 'utf8' });
    const printed = r.stdout.split('\n').map((l) => l.trim());
    const expected = [...b.code.matchAll(/console\.log\(.*\);\s*\/\/ → (.*)$/gm)].map((m) => m[1].trim());
    let at = 0;
    const missing = expected.filter((e) => {
      const found = printed.indexOf(e, at);
      if (found < 0) return true;
      at = found + 1;
      return false;
    });
    if (r.status !== 0) fail(`${b.where} exited ${r.status}\n${r.stdout}${r.stderr}`);
    else if (missing.length > 0) fail(`${b.where} did not print ${missing.map((m) => JSON.stringify(m)).join(', ')}; it printed:\n${r.stdout}`);
    else console.log(`✓ ${b.where} runs${expected.length > 0 ? ` and prints its ${expected.length} // → line(s)` : ''}`);
  }

  // 2. the README's command lines, in the consumer project
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const examples = [];
  for (const block of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const lines = block[1].split('\n');
    lines.forEach((line, i) => {
      if (!line.startsWith('npx margin-math')) return;
      const next = lines[i + 1] ?? '';
      examples.push({ line, expect: next.startsWith('# → ') ? next.slice(4).trim() : undefined });
    });
  }
  for (const { line, expect } of examples) {
    const r = spawnSync('sh', ['-c', line.replace(/^npx margin-math/, 'npx --no-install margin-math')], { cwd: consumer, encoding: 'utf8' });
    const ok = r.status === 0 && (expect === undefined || r.stdout.includes(expect));
    if (ok) console.log(`✓ ${line}`);
    else fail(`${line}: exit ${r.status}; expected output to contain: ${expect}\n${r.stdout}${r.stderr}`);
  }
  for (const sub of SUBCOMMANDS) if (!examples.some((e) => e.line.startsWith(`npx margin-math ${sub}`))) fail(`README has no example of 'margin-math ${sub}'`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
