import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** Served by the gateway under /province/ (npm start); `npm run dev -w @rv/portal-province` proxies to a running platform. */
export default defineConfig({
  base: '/province/',
  plugins: [vue()],
  define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
  server: { proxy: { '/graphql': { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000', ws: true } } },
  build: { chunkSizeWarningLimit: 1500 },
});
