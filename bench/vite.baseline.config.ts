import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vite';

/** Builds the benchmark's baseline page (bench/baseline) into bench-results/baseline-dist. */
export default defineConfig({
  root: fileURLToPath(new URL('./baseline/', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../bench-results/baseline-dist/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
