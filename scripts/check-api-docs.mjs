// Every value the package exports (functions, classes, constants) carries TSDoc with an @example;
// every exported type and every field of one carries TSDoc (TypeDoc's notDocumented validation,
// treated as an error).
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
  // With project documents the exports sit under a module reflection (kind 2): read through modules.
  const exportsOf = (node) => (node.children ?? []).flatMap((c) => (c.kind === 2 || c.kind === 4 ? exportsOf(c) : [c]));
  const expected = JSON.parse(readFileSync('scripts/public-api.json', 'utf8')).functions.length;
  for (const child of exportsOf(api)) {
    const kind = VALUE_KINDS[child.kind];
    if (kind === undefined) continue;
    checked += 1;
    const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)];
    if (!comments.some(hasExample)) missing.push(`${kind} ${child.name}`);
  }
  if (checked < expected) {
    console.error(`✗ only ${checked} exported values found in TypeDoc's model, fewer than the ${expected} of scripts/public-api.json: the check is not reading the exports`);
    process.exitCode = 1;
  } else if (missing.length > 0) {
    console.error(`✗ exports without an @example:\n  ${missing.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`✓ ${checked} exported values have TSDoc with @example; every export and every field is documented`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
