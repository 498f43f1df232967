/** Writes public/managed_schema.json from the policy schema (run by `npm run build`). */
import { writeFileSync } from 'node:fs';
import { managedSchema } from '../src/core/policy/managed-schema';

writeFileSync(
  new URL('../public/managed_schema.json', import.meta.url),
  `${JSON.stringify(managedSchema(), null, 2)}\n`,
);
