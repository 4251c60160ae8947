import { defineConfig } from 'vite';

// No React plugin: esbuild compiles the JSX (tsconfig `jsx: react-jsx`); the page needs no Fast
// Refresh to be served by the partner server.
export default defineConfig({
  build: {
    target: 'es2022',
    // The partner server's CSP allows only same-origin scripts: no inline module-preload helper.
    modulePreload: { polyfill: false },
  },
});
