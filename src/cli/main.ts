import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runCli } from './run.js';

// The only place margin-math touches the world: argv in, files and streams out, an exit code.
// dist/cli.js sits beside the package's package.json one folder up
const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
const outcome = runCli(process.argv.slice(2), { readText: (path) => readFileSync(path, 'utf8'), version });
let exitCode: number = outcome.exitCode;
let stderr = outcome.stderr;
for (const file of outcome.files) {
  try {
    writeFileSync(file.path, file.content);
  } catch (error) {
    stderr += `margin-math: cannot write ${file.path}: ${error instanceof Error ? error.message : String(error)}\n`;
    exitCode = 2;
  }
}
process.stdout.write(outcome.stdout);
process.stderr.write(stderr);
process.exitCode = exitCode;
