import { defineConfig } from 'vite';

/**
 * Node-side entry points, built as ES modules for Node 24 / Electron's main process.
 * Dependencies stay external (installed in node_modules; better-sqlite3 is native and must be).
 * The browser-mode server is its own entry and is excluded from the packaged app.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out',
    emptyOutDir: false,
    target: 'node24',
    sourcemap: true,
    rollupOptions: {
      input: {
        'main/index': 'electron/main/index.ts',
        'cli/adr': 'electron/cli/adr.ts',
        'cli/verify-package': 'electron/cli/verify-package.ts',
        'web/server': 'electron/web/server.ts',
      },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
