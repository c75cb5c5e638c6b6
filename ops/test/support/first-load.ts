import { request } from 'node:http';

/** No relative imports here: `ops/bench/assets.ts` runs this file under Node's type stripping too. */

export interface Transfer {
  path: string;
  status: number;
  encoding: string;
  /** Bytes of the body as sent (compressed when the server compressed it). */
  bytes: number;
}

export interface FirstLoad {
  portal: string;
  transfers: Transfer[];
  bytes: number;
}

/** One GET as a browser sends it, body counted as it arrives on the wire (no decompression). */
export function getRaw(url: string, acceptEncoding: string): Promise<Transfer & { body: Buffer; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({
          path: new URL(url).pathname,
          status: response.statusCode ?? 0,
          encoding: String(response.headers['content-encoding'] ?? 'identity'),
          bytes: body.length,
          body,
          headers: response.headers,
        });
      });
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The scripts, module preloads and stylesheets index.html names (what a browser fetches before the app runs). */
export function htmlAssets(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    const wanted = tag.startsWith('<script') ? /type="module"/.test(tag) : /rel="(modulepreload|stylesheet)"/.test(tag);
    return url && wanted ? [url] : [];
  });
}

/** The chunks a module imports statically (not `import()`): they load before it runs. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)].map((match) => match[1]);
}

/**
 * What a first visit to a portal transfers: its index.html and every script, module preload and
 * stylesheet it names, plus the chunks those scripts import statically — each asked for with
 * `accept-encoding` as a browser does. Lazy chunks (the meeting screens, later tabs) are not counted.
 * Throws when the portal is not built (no index.html, or an asset it names is missing).
 */
export async function measureFirstLoad(origin: string, prefix: string, acceptEncoding = 'br, gzip'): Promise<FirstLoad> {
  const page = await getRaw(`${origin}${prefix}/`, acceptEncoding);
  const html = await decoded(page);
  if (page.status !== 200 || !html.includes('<div id="app">')) {
    throw new Error(`portal ${prefix || '/'} is not built (GET ${prefix}/ → ${page.status}): run \`npm run build\` first`);
  }
  const transfers: Transfer[] = [strip(page)];
  const seen = new Set<string>();
  const queue = htmlAssets(html).map((url) => new URL(url, `${origin}${prefix}/`).href);
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const asset = await getRaw(url, acceptEncoding);
    if (asset.status !== 200) throw new Error(`portal ${prefix || '/'}: ${asset.path} → ${asset.status}: run \`npm run build\` first`);
    transfers.push(strip(asset));
    if (url.endsWith('.js')) queue.push(...staticImports(await decoded(asset)).map((next) => new URL(next, url).href));
  }
  return { portal: prefix || '/', transfers, bytes: transfers.reduce((sum, { bytes }) => sum + bytes, 0) };
}

function strip({ path, status, encoding, bytes }: Transfer): Transfer {
  return { path, status, encoding, bytes };
}

async function decoded({ body, encoding }: { body: Buffer; encoding: string }): Promise<string> {
  const zlib = await import('node:zlib');
  if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(body).toString('utf8');
  return body.toString('utf8');
}
