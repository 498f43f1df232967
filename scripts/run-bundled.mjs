// Runs a TypeScript entry point the way the extension ships its code: bundled by esbuild, with no
// dev-time helpers. (tsx wraps every function for stack-trace names, which costs measurably in a
// hot loop, so the engine bench would otherwise time tsx rather than Preflight.)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
const outDir = join(import.meta.dirname, '..', 'node_modules', '.cache', 'preflight-bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${basename(entry).replace(/\.tsx?$/, '')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // alex is only the comparison; everything Preflight ships is bundled in.
  external: ['alex'],
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
