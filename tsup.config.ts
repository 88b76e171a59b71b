import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** The command line's file gets its shebang and the execute bit (only it: the library's files stay plain modules). */
async function markCli(): Promise<void> {
  const file = 'dist/cli.js';
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${text}`);
  chmodSync(file, 0o755);
}

export default defineConfig([
  {
    // The library (ESM) and the command line (package.json "bin") in one build: the CLI shares the
    // library's chunks instead of carrying a second copy of it.
    entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    splitting: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    treeshake: true,
    onSuccess: markCli,
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    target: 'node20',
    treeshake: true,
  },
]);
