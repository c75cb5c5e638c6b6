import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

/**
 * Every portal's Vite config: served by the gateway under `base` (npm start); `npm run dev -w
 * @rv/portal-<app>` proxies GraphQL (HTTP and WebSocket) to a running platform.
 */
export function portalConfig(base: string): UserConfig {
  return defineConfig({
    base,
    plugins: [vue()],
    // janus-gateway-js pulls webrtc-adapter 1.1.0, which breaks the browser's own RTCPeerConnection (STACK.md).
    resolve: { alias: { 'webrtc-adapter': fileURLToPath(new URL('./src/meeting/webrtc-adapter-stub.ts', import.meta.url)) } },
    define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
    server: { proxy: { '/graphql': { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000', ws: true } } },
    build: { chunkSizeWarningLimit: 1500 },
  });
}
