/** How browsers and policy files name the extension (DESIGN.md contract 5). */

/** Fixed by the manifest `key` (tests/e2e/extension.e2e.ts checks it). */
export const CHROME_EXTENSION_ID = 'cpebobfhmophgofheghkleocmfdfljel';

/**
 * Proposed Firefox add-on ID (`browser_specific_settings.gecko.id`), to be set by the Firefox
 * build once it exists; manifest.json's Chrome build stays without it. Until an ID is fixed in
 * the Firefox manifest, pass the real one with `--id` when exporting.
 */
export const FIREFOX_EXTENSION_ID = 'preflight@preflight.dev';
