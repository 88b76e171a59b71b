// npm test: the docs and code cite primary sources, never the project's internal working contract.
// Fails on any "SPEC" reference in what is shipped or read (src, docs, README, CHANGELOG, examples,
// bench, scripts, test), and on a formula page that does not link docs/sources.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src', 'docs', 'examples', 'bench', 'scripts', 'test', 'README.md', 'CHANGELOG.md'];
const SELF = join('scripts', 'check-sources.mjs');
const FORMULA_PAGES = ['borrowing', 'interest', 'risk', 'positions', 'liquidation-price', 'liquidation', 'tiers', 'futures', 'venues'];
const TEXT = /\.(ts|mts|cts|js|mjs|cjs|md|json|html|csv|txt)$/;

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path)) if (name !== 'node_modules') yield* files(join(path, name));
  } else if (TEXT.test(path)) yield path;
}

const problems = [];
for (const root of ROOTS) {
  for (const file of files(root)) {
    if (file === SELF) continue;
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (/\bSPEC\b/.test(line)) problems.push(`${file}:${i + 1}: cites SPEC — cite the venue page or public document instead (docs/sources.md)`);
    });
  }
}
for (const page of FORMULA_PAGES) {
  const file = join('docs', `${page}.md`);
  if (!readFileSync(file, 'utf8').includes('sources.md')) problems.push(`${file}: a formula page links docs/sources.md`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`sources: no SPEC reference in ${ROOTS.join(', ')}; ${FORMULA_PAGES.length} formula pages link docs/sources.md`);
