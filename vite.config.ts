import {defineConfig} from 'vite';

export default defineConfig({
  // Relative URLs, so the built folder works from any path on any static host.
  base: './',
  build: {
    target: 'es2022',
    // MapLibre is one large pre-minified module that cannot be split further; its size is
    // guarded by the budgets test instead of this warning.
    chunkSizeWarningLimit: 1200,
  },
  server: {port: 5173},
  preview: {port: 4173, strictPort: true},
  // Vite's dependency optimiser cannot follow MapLibre's `?worker&url` import.
  optimizeDeps: {exclude: ['maplibre-gl']},
});
