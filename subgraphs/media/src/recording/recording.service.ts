import type { EntityManager } from '@rv/kit';
import { chinaDate, clock, suspensionEndsOn } from '@rv/schema';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Recording } from './recording.entity.js';

const run = promisify(execFile);

/** YN-13: recordings are kept at least six months. */
export const RETENTION_MONTHS = 6;

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('hex');
}

async function probe(path: string): Promise<{ durationSeconds: number; streams: string[] }> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration:stream=codec_type,codec_name', '-of', 'json', path]);
  const info = JSON.parse(stdout) as { format: { duration?: string }; streams: { codec_type: string; codec_name: string }[] };
  return { durationSeconds: Number(info.format.duration ?? 0), streams: info.streams.map((stream) => `${stream.codec_type}/${stream.codec_name}`) };
}

/**
 * After a meeting: every `.mjr` Janus wrote becomes a webm/opus file (janus-pp-rec), and all of them
 * are muxed into one playable file per meeting (ffmpeg, no re-encoding), checksummed and kept for
 * the retention period. Returns null when Janus wrote nothing (nobody published).
 */
export async function processRecording(em: EntityManager, meetingId: string, recordDir: string): Promise<Recording | null> {
  const sources = (await readdir(recordDir).catch(() => [] as string[])).filter((file) => file.endsWith('.mjr')).sort();
  if (!sources.length) return null;
  const parts: string[] = [];
  for (const source of sources) {
    const part = join(recordDir, source.replace(/\.mjr$/, source.includes('-audio-') ? '.opus' : '.webm'));
    await run('janus-pp-rec', [join(recordDir, source), part]);
    parts.push(part);
  }
  const path = join(recordDir, `${meetingId}.mkv`);
  await run('ffmpeg', ['-y', '-v', 'error', ...parts.flatMap((part) => ['-i', part]), ...parts.flatMap((_, i) => ['-map', String(i)]), '-c', 'copy', path]);
  for (const part of parts) await rm(part, { force: true });
  const { durationSeconds, streams } = await probe(path);
  const recording = em.create(Recording, {
    meetingId,
    path,
    sha256: await sha256(path),
    bytes: (await stat(path)).size,
    durationSeconds,
    streams,
    createdAt: clock.now(),
    retainUntil: suspensionEndsOn(chinaDate(clock.now()), RETENTION_MONTHS),
    purgedAt: null,
  });
  await em.flush();
  return recording;
}

/** YN-13: past their retention, a meeting's files are deleted; the record of them (and its checksum) stays. */
export async function purgeExpiredRecordings(em: EntityManager, today = chinaDate(clock.now())): Promise<number> {
  const expired = await em.find(Recording, { retainUntil: { $lt: today }, purgedAt: null });
  for (const recording of expired) {
    await rm(join(recording.path, '..'), { recursive: true, force: true });
    recording.purgedAt = clock.now();
  }
  await em.flush();
  return expired.length;
}
