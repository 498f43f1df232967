import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

// The unpacked Chrome extension (contract 5). scripts/build-firefox.mjs derives dist/firefox
// from this output with its own manifest transform; keep browser-specific keys out of manifest.json.
export default defineConfig({
  plugins: [preact(), crx({ manifest, browser: 'chrome' })],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    // Post text is shown in extension pages; keep the output readable for review by IT.
    minify: true,
  },
  server: { strictPort: true, port: 5173, hmr: { port: 5173 } },
});
