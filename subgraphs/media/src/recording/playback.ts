import type { SubgraphRoute } from '@rv/kit';
import { SignJWT, jwtVerify } from 'jose';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { translate, type MessageKey } from '@rv/schema';
import { Recording } from './recording.entity.js';

/** Where the gateway passes recording playback through to the media subgraph. */
export const PLAYBACK_PREFIX = '/recordings/';
const AUDIENCE = 'recording-playback';
const TICKET_MINUTES = 10;

const key = (secret: string) => new TextEncoder().encode(`${AUDIENCE}:${secret}`);

/**
 * GD-37: the playback address handed out by the (logged, authorised) `recording` query: a ticket
 * for this one file, valid ten minutes, since a browser's <video> sends no Authorization header.
 */
export async function playbackUrl(recording: Recording, secret: string): Promise<string> {
  const ticket = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(recording.id)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TICKET_MINUTES}m`)
    .sign(key(secret));
  return `${PLAYBACK_PREFIX}${recording.id}?ticket=${ticket}`;
}

async function ticketFor(id: string, ticket: string | null, secret: string): Promise<boolean> {
  if (!ticket) return false;
  try {
    const { payload } = await jwtVerify(ticket, key(secret), { audience: AUDIENCE, algorithms: ['HS256'] });
    return payload.sub === id;
  } catch {
    return false;
  }
}

/** `bytes=a-b` of a file of `size` bytes, or null when the header asks for nothing we can give. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (!match[1] && !match[2])) return null;
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  return start <= end && start < size ? { start, end } : null;
}

/** Streams a recording to a ticket holder, with ranges so a player can seek. */
export const playbackRoute: SubgraphRoute = {
  prefix: PLAYBACK_PREFIX,
  async handle(req, res, { orm, internalSecret }) {
    const url = new URL(req.url!, 'http://media');
    const id = url.pathname.slice(PLAYBACK_PREFIX.length);
    const refuse = (status: number, key: MessageKey) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(translate(key));
    };
    if (!(await ticketFor(id, url.searchParams.get('ticket'), internalSecret))) return refuse(403, 'platform.playbackTicketInvalid');
    const recording = await orm.em.fork().findOne(Recording, { id, purgedAt: null });
    if (!recording) return refuse(404, 'platform.recordingGone');
    const { size } = await stat(recording.path);
    const headers = {
      'content-type': 'video/x-matroska',
      'accept-ranges': 'bytes',
      'cache-control': 'private, no-store',
      'content-disposition': `inline; filename="${recording.meetingId}.mkv"`,
    };
    const range = req.headers.range ? byteRange(req.headers.range, size) : undefined;
    if (range === null) return void res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
    const { start, end } = range ?? { start: 0, end: size - 1 };
    res.writeHead(range ? 206 : 200, { ...headers, 'content-length': end - start + 1, ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}) });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(recording.path, { start, end }).pipe(res);
  },
};
