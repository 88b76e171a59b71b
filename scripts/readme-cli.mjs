// Runs every command-line example in README.md exactly as written (in the package root, after the
// build) and checks each exits 0 and prints what its "# →" line says. Every subcommand must have one.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const SUBCOMMANDS = ['borrowable', 'interest', 'risk', 'liq-price', 'spot-liq-price', 'plan', 'simulate'];

const examples = [];
for (const block of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
  const lines = block[1].split('\n');
  lines.forEach((line, i) => {
    if (!line.startsWith('npx margin-math ')) return;
    const next = lines[i + 1] ?? '';
    examples.push({ line, expect: next.startsWith('# → ') ? next.slice(4).trim() : undefined });
  });
}

let failed = false;
for (const { line, expect } of examples) {
  const r = spawnSync('sh', ['-c', line.replace(/^npx margin-math /, 'npx --no-install margin-math ')], { cwd: root, encoding: 'utf8' });
  const ok = r.status === 0 && (expect === undefined || r.stdout.includes(expect));
  console.log(`${ok ? '✓' : '✗'} ${line}`);
  if (!ok) {
    failed = true;
    console.error(`  exit ${r.status}; expected output to contain: ${expect}\n${r.stdout}${r.stderr}`);
  }
}
for (const sub of SUBCOMMANDS) {
  if (!examples.some((e) => e.line.startsWith(`npx margin-math ${sub} `) || e.line === `npx margin-math ${sub}`)) {
    failed = true;
    console.error(`✗ README has no example of 'margin-math ${sub}'`);
  }
}
process.exitCode = failed ? 1 : 0;
