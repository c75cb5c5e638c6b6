import vue from '@vitejs/plugin-vue';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const ELEMENT_PLUS_COMPONENTS = fileURLToPath(new URL('../../node_modules/element-plus/es/components/', import.meta.url));

/**
 * Every portal's Vite config: served by the gateway under `base` (npm start); `npm run dev -w
 * @rv/portal-<app>` proxies GraphQL (HTTP and WebSocket) to a running platform.
 */
export function portalConfig(base: string): UserConfig {
  return defineConfig({
    base,
    plugins: [
      typedDocuments(),
      vue(),
      elementPlusStyles(),
      // Precompressed beside each asset (the gateway serves .br or .gz by Accept-Encoding): no CPU per request.
      // Brotli 10, not 11: 1.7 % larger, but 11 took 2.6× the CPU (~17 s for the five portals), paid on every fresh build.
      compression({
        algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } })],
        threshold: 1024,
      }),
    ],
    // janus-gateway-js pulls webrtc-adapter 1.1.0, which breaks the browser's own RTCPeerConnection (STACK.md).
    resolve: { alias: { 'webrtc-adapter': fileURLToPath(new URL('./src/meeting/webrtc-adapter-stub.ts', import.meta.url)) } },
    // Apollo Client's development checks and messages (globalThis.__DEV__) are dropped from the built portals, as its docs advise.
    define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false, 'globalThis.__DEV__': 'false' },
    server: { proxy: { '/graphql': { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000', ws: true } } },
    build: { chunkSizeWarningLimit: 1500 },
  });
}

/**
 * Element Plus styles on demand: a module that imports `ElTable` (or `ElMessage`, or `vLoading`) from
 * 'element-plus' also imports that component's own stylesheet (which pulls in the ones it builds on),
 * so each chunk carries the CSS of what it uses instead of every page loading the whole library's
 * 365 kB. Components stay explicit, typed imports; nothing to register.
 */
function elementPlusStyles(): Plugin {
  const styleOf = (name: string): string | null => {
    const component = name.replace(/^El(?=[A-Z])/, '').replace(/^v(?=[A-Z])/, '');
    if (component === name) return null; // not a component (a type, a helper)
    const folder = component.replace(/[A-Z]/g, (letter, at: number) => `${at ? '-' : ''}${letter.toLowerCase()}`);
    return existsSync(`${ELEMENT_PLUS_COMPONENTS}${folder}/style/css.mjs`) ? `element-plus/es/components/${folder}/style/css` : null;
  };
  return {
    name: 'rv:element-plus-styles',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.(vue|ts)$/.test(id.split('?')[0])) return null;
      const styles = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]element-plus['"]/g)]
        .flatMap(([, names]) =>
          names
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name && !name.startsWith('type ')),
        )
        .map((name) => styleOf(name.split(/\s+as\s+/)[0]))
        .filter((style): style is string => style !== null);
      if (!styles.length) return null;
      // Prepended on the first line, so the module's own styles still come after Element Plus's and its source map holds.
      return { code: [...new Set(styles)].map((style) => `import '${style}';`).join('') + code, map: null };
    },
  };
}

/**
 * Issue 17: a `graphql(`query Name …`)` call in a portal's `src/api/*.ts` becomes an import of the
 * generated `NameDocument` (`NameFragmentDoc`) from that portal's `src/gql/graphql.ts`, as the client
 * preset's babel plugin does: only the documents a chunk uses ship, not the preset's map of every
 * document's source. A name the generated file lacks (codegen not run) fails the build.
 */
export function typedDocuments(): Plugin {
  return {
    name: 'rv:typed-documents',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      const at = file.lastIndexOf('/src/api/');
      if (at < 0 || !file.endsWith('.ts') || file.includes('/node_modules/')) return null;
      const imports = new Map<string, string>();
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, source: string) => {
        const [, kind, name] = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(source) ?? [];
        if (!name) throw new Error(`${file}: a graphql() document without a name: ${call.slice(0, 80)}`);
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        imports.set(exported, `__${exported}`);
        return `__${exported}`;
      });
      if (!imports.size) return null;
      const names = [...imports].map(([exported, local]) => `${exported} as ${local}`).join(', ');
      return { code: `import { ${names} } from ${JSON.stringify(`${file.slice(0, at)}/src/gql/graphql.ts`)};${replaced}`, map: null };
    },
  };
}
