import { defineConfig } from 'vite';

/**
 * The preload runs in a sandboxed renderer, where only CommonJS `require('electron')` is
 * available: one self-contained CJS file, nothing else external.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/preload',
    emptyOutDir: true,
    target: 'node24',
    rollupOptions: {
      input: { index: 'electron/preload/index.ts' },
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
