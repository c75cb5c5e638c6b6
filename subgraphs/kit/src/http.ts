import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, translate, type MessageKey, type MessageParams } from '@rv/schema';

export const MAX_BODY_BYTES = 256 * 1024;

export class PayloadTooLarge extends Error {}

/** Reads the raw body, refusing more than `limit` bytes before reading it all. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new PayloadTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The parsed JSON, or undefined (Apollo answers 400 for a missing or malformed body). */
export function parseJsonBody(raw: Buffer): unknown {
  if (!raw.length) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Reads a JSON body, refusing more than `limit` bytes before reading it all. */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  return parseJsonBody(await readBody(req, limit));
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendGraphQLError(res: ServerResponse, status: number, code: ErrorCode, key: MessageKey, params: MessageParams = {}): void {
  sendJson(res, status, { errors: [{ message: translate(key, params), extensions: { code, messageKey: key, params } }] });
}

/** Runs one HTTP GraphQL request through Apollo without an extra framework (STACK.md: faster). */
export async function serveGraphQL<C extends BaseContext>(
  apollo: ApolloServer<C>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<C>,
  /** The body when the caller has read it already (a subgraph checks its digest first). */
  preread?: { body: unknown },
): Promise<void> {
  let body: unknown;
  if (preread) body = preread.body;
  else if (req.method === 'POST') {
    // JSON only (issue 19): a body sent as text/plain or a form is not executed (no CSRF by "simple" requests).
    if (!/^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
      req.resume();
      return sendGraphQLError(res, 415, ErrorCode.BAD_USER_INPUT, 'security.contentType');
    }
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch (error) {
      if (error instanceof PayloadTooLarge) return sendGraphQLError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, 'platform.payloadTooLarge');
      throw error;
    }
    // A NUL character has no place in any argument and PostgreSQL cannot store it: refused at the edge.
    if (raw.includes('\\u0000')) return sendGraphQLError(res, 400, ErrorCode.BAD_USER_INPUT, 'security.nulCharacter');
    body = parseJsonBody(raw);
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  const responseHeaders: Record<string, string> = {};
  for (const [key, value] of response.headers) responseHeaders[key] = value;
  res.writeHead(response.status ?? 200, responseHeaders);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
