/** How browsers and policy files name the extension (DESIGN.md contract 5). */

/** Fixed by the manifest `key` (tests/e2e/extension.e2e.ts checks it). */
export const CHROME_EXTENSION_ID = 'cpebobfhmophgofheghkleocmfdfljel';

/**
 * The Firefox add-on ID (`browser_specific_settings.gecko.id`), written into dist/firefox by
 * scripts/build-firefox.mjs (tests/e2e/firefox.e2e.ts checks they agree); the Chrome build
 * stays without it.
 */
export const FIREFOX_EXTENSION_ID = 'preflight@preflight.dev';
