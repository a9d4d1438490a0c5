import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The page. Plain Vite (not electron-vite): three small configs we can read in full beat a
 * wrapper whose defaults (sandbox off, a preload that forwards any channel) we would have to undo.
 * `base: './'` so the same build loads from app:// in Electron and from the browser-mode server.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 4000,
  },
});
