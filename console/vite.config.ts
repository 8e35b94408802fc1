import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built into target/classes/dev/quire/console so the module's jar carries the assets the server
// serves at `/`. Hashed file names under assets/ let the server cache them for a year.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'target/classes/dev/quire/console',
    emptyOutDir: true,
    assetsDir: 'assets',
    // No inline scripts or data: modules: the server's Content-Security-Policy forbids them.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
