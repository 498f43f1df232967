// Derives the Firefox extension (dist/firefox) from the Chrome build (dist/chrome), so both run
// the very same bundled code and only the manifest differs. Run after `vite build`.
//
// Why a copy and not a second crxjs build: crxjs's `browser: 'firefox'` output loads content
// scripts through a dynamic-import loader, and that content script never ran in Firefox. Our content
// scripts are already self-contained classic IIFEs in dist/chrome, the background loader is a
// plain ES module, and the pages are ordinary HTML with module scripts: all of that runs in
// Firefox as it is. What Firefox needs differently is only in manifest.json.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CHROME = join(ROOT, 'dist/chrome');
const FIREFOX = join(ROOT, 'dist/firefox');

/** Same value as FIREFOX_EXTENSION_ID in src/core/policy/identity.ts (the Firefox e2e test checks). */
const GECKO_ID = 'preflight@preflight.dev';

/**
 * The oldest Firefox with all of this (140 is also an ESR line; tested on ESR 153):
 * `data_collection_permissions` (140), background `type: "module"` (112),
 * `optional_host_permissions` (128), `storage.session` (115), the CSS Custom Highlight API
 * used for inline highlights (140); webRequest.onBeforeRedirect is far older.
 */
const STRICT_MIN_VERSION = '140.0';

/** Chrome-only: Firefox warns about `key` (not in its manifest schema) and has no use for the other. */
const CHROME_ONLY_KEYS = ['key', 'minimum_chrome_version'];

function firefoxManifest(chrome) {
  const manifest = structuredClone(chrome);
  for (const key of CHROME_ONLY_KEYS) delete manifest[key];

  // Firefox MV3 runs the background as an event page, not a service worker. The loader crxjs
  // writes is an ES module that imports the bundled worker, hence type "module".
  const { service_worker: worker, type } = manifest.background ?? {};
  if (!worker) throw new Error('dist/chrome/manifest.json has no background.service_worker');
  manifest.background = { scripts: [worker], ...(type && { type }) };

  // Firefox has no managed-storage schema: it reads managed policy from policies.json as is
  // (the extension validates it itself), and warns about a manifest `storage` key.
  if (manifest.storage) {
    delete manifest.storage.managed_schema;
    if (Object.keys(manifest.storage).length === 0) delete manifest.storage;
  }

  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: STRICT_MIN_VERSION,
      // Post text never leaves the device (DESIGN.md); Firefox asks add-ons to declare it.
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android learned data_collection_permissions only in 142; saying so keeps the
    // linter from warning. Android is not tested.
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}

function build() {
  if (!existsSync(join(CHROME, 'manifest.json'))) throw new Error('dist/chrome is missing: run `vite build` first');
  const chrome = JSON.parse(readFileSync(join(CHROME, 'manifest.json'), 'utf8'));
  const manifest = firefoxManifest(chrome);

  rmSync(FIREFOX, { recursive: true, force: true });
  // The schema file only serves Chrome's `storage.managed_schema`.
  const chromeOnlyFiles = new Set([chrome.storage?.managed_schema].filter(Boolean).map((f) => join(CHROME, f)));
  cpSync(CHROME, FIREFOX, { recursive: true, filter: (src) => !chromeOnlyFiles.has(src) });
  writeFileSync(join(FIREFOX, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log('firefox: dist/firefox written from dist/chrome');
}

build();
