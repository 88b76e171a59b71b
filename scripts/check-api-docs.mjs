// Every value the package exports (functions, classes, constants) carries TSDoc with an @example;
// every exported type carries TSDoc (TypeDoc's notDocumented validation, treated as an error).
// Reads TypeDoc's JSON model of src/index.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'margin-math-typedoc-'));
const out = join(dir, 'api.json');
try {
  execFileSync(process.execPath, ['node_modules/typedoc/bin/typedoc', '--json', out, '--out', join(dir, 'html')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const api = JSON.parse(readFileSync(out, 'utf8'));
  // ReflectionKind: Variable 32, Function 64, Class 128.
  const VALUE_KINDS = { 32: 'constant', 64: 'function', 128: 'class' };
  const hasExample = (comment) => (comment?.blockTags ?? []).some((t) => t.tag === '@example');
  const missing = [];
  let checked = 0;
  for (const child of api.children ?? []) {
    const kind = VALUE_KINDS[child.kind];
    if (kind === undefined) continue;
    checked += 1;
    const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)];
    if (!comments.some(hasExample)) missing.push(`${kind} ${child.name}`);
  }
  if (missing.length > 0) {
    console.error(`✗ exports without an @example:\n  ${missing.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`✓ ${checked} exported values have TSDoc with @example; every export is documented`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
