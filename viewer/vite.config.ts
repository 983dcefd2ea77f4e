// Builds the viewer into viewer/dist, which `actorgraph serve` serves. Relative asset paths, so
// the viewer works under any path prefix.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
