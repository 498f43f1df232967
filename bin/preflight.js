#!/usr/bin/env node
// `npx preflight` entry: runs the bundled CLI, or says how to build it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/preflight.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('preflight: the command line is not built yet. Run `npm run build` first.\n');
  process.exit(2);
}
await import(cli.href);
