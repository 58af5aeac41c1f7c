import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { devCspPlugin } from './build/devCsp';

const root = import.meta.dirname;

// electron-vite builds the three Electron targets from our own folders (design.md, Layers):
// out/main from electron/main, out/preload from electron/preload, out/renderer from renderer/.
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // The analysis worker thread is a second entry: out/main/analysisWorker.js, beside index.js,
      // where electron/core/project/analysisThread.ts looks for it. Shared chunks stay in out/main too.
      lib: {
        entry: { index: resolve(root, 'electron/main/index.ts'), analysisWorker: resolve(root, 'electron/core/project/analysisWorker.ts') },
        formats: ['es'],
      },
      rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js' } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot be an ES module: one CommonJS file, nothing external but electron.
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      externalizeDeps: false,
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devCspPlugin()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
