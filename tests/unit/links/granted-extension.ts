/**
 * A copy of the built extension with the short-link permissions granted up front. Headless
 * Chromium cannot answer the permission prompt (permissions.request for hosts never settles
 * there; checked in Chromium 156), so the e2e run and the bench load this copy: the same code
 * and the same extension ID, asking `permissions.contains` exactly as after a user's grant.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePermissionRequest } from '../../../src/core/links/origins';
import { defaultPolicy } from '../../../src/core/policy/resolve';

export function grantedExtensionCopy(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-granted-'));
  cpSync(dist, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const granted = resolvePermissionRequest(defaultPolicy());
  manifest.host_permissions = granted.origins;
  manifest.permissions = [...manifest.permissions, ...granted.permissions];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
