// Runs a TypeScript script with tsx (used by `npm run eval` and `npm run bench`).
import { spawnSync } from 'node:child_process';

const [script, ...args] = process.argv.slice(2);
const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
