import { JanusAdmin, seatToken } from '@rv/media';
import { randomInt } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshJanusSecrets, startJanus } from '../dist/janus.js';
import { givenMeetingBrowser, mediaStats } from '../dist/lab/browser.js';
import { givenNetworkNamespace, type NetworkNamespace } from '../dist/lab/netns.js';
import type { LoadMeeting } from '../dist/lab/rtp-peers.js';
import { SMOKE, sized } from './smoke.ts';

/**
 * Janus CPU and memory per recorded meeting (two publishing parties, each watching the other, and
 * one monitor watching both, as in a real meeting), at rising numbers of concurrent meetings.
 *
 * Two drivers: `janus` seats werift peers in Node that all send one ffmpeg encoding (lab/rtp-peers),
 * so the machine's cores are left to Janus and 30 meetings fit; `janus-chromium` seats real Chromium
 * pages with fake devices, whose encoders fill two cores at 5 meetings (the calibration: Janus's
 * per-meeting cost should agree at the levels both reach).
 */
const SAMPLE_MS = sized(10_000, 2_000);
const SETTLE_MS = sized(3_000, 1_000);
const TICKS_PER_SECOND = 100;
const VIDEO = { size: '320x240', fps: 30, kbps: 400 };

interface Driver {
  /** Seats these meetings and resolves once every seat receives audio and video. */
  seat(meetings: LoadMeeting[]): Promise<void>;
  /** Bytes every publisher has sent so far, together. */
  sentBytes(): Promise<number>;
  close(): Promise<void>;
}

/** werift peers in a child process inside the namespace. */
function rtpPeers(ns: NetworkNamespace, janusUrl: string, apiSecret: string): Driver {
  const script = fileURLToPath(new URL('../dist/lab/rtp-peers.js', import.meta.url));
  const child = spawn('ip', ['netns', 'exec', ns.name, process.execPath, script, JSON.stringify({ janusUrl, apiSecret, video: VIDEO })], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return {
    async seat(meetings) {
      child.stdin!.write(`${JSON.stringify(meetings)}\n`);
      const { value, done } = await lines.next();
      if (done || !JSON.parse(value).ready) throw new Error('the load generator stopped');
    },
    async sentBytes() {
      child.stdin!.write('sent\n');
      const { value, done } = await lines.next();
      if (done) throw new Error('the load generator stopped');
      return JSON.parse(value).sent as number;
    },
    async close() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** Real Chromium pages with fake camera and microphone. */
async function chromiumPages(ns: NetworkNamespace, janusUrl: string): Promise<Driver> {
  const browser = await givenMeetingBrowser(ns);
  const pages: Page[] = [];
  return {
    async seat(meetings) {
      for (const meeting of meetings) {
        const seat = (token: string, name: string) => ({ janusUrl, room: String(meeting.room), pin: meeting.pin, token, seat: name });
        pages.push(
          await browser.seat(seat(meeting.tokens[0], 'VISITOR'), true),
          await browser.seat(seat(meeting.tokens[1], 'SUBJECT'), true),
          await browser.seat(seat(meeting.tokens[2], 'MONITOR'), false),
        );
      }
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 500))) {
        const stats = await Promise.all(pages.map(mediaStats));
        if (stats.every((s) => s.received.video > 0 && s.received.audio > 0)) return;
      }
      throw new Error('not every page receives media after 30 s');
    },
    sentBytes: async () => (await Promise.all(pages.map(mediaStats))).reduce((sum, stats) => sum + stats.sent, 0),
    close: () => browser.close(),
  };
}

function janusCpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

function machineBusy(): () => number {
  const read = () => readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const before = read();
  return () => {
    const after = read();
    const delta = after.map((value, i) => value - before[i]);
    const idle = delta[3] + delta[4];
    return 1 - idle / delta.reduce((a, b) => a + b, 0);
  };
}

async function measure(driverName: 'werift' | 'chromium', levels: number[]): Promise<void> {
  const ns = givenNetworkNamespace();
  const work = mkdtempSync(join(tmpdir(), 'rv-janus-bench-'));
  const options = {
    workDir: work,
    recordingsDir: join(work, 'recordings'),
    ...freshJanusSecrets(),
    wsIp: ns.namespaceIp,
    iceInterface: ns.namespaceIp,
    iceEnforceList: ns.namespaceVeth,
    netns: ns.name,
  };
  const janus = await startJanus(options);
  const pid = janus.process.pid!;
  const admin = await JanusAdmin.connect(janus.wsUrl, options);
  const driver = driverName === 'werift' ? rtpPeers(ns, janus.wsUrl, options.apiSecret) : await chromiumPages(ns, janus.wsUrl);
  const picture =
    driverName === 'werift' ? `werift peers, one ffmpeg VP8 ${VIDEO.size}@${VIDEO.fps} ${VIDEO.kbps} kbit/s + Opus` : 'Chromium pages, fake camera 320x240';
  console.log(`\nJanus per recorded meeting (2 parties + 1 monitor; ${picture}), ${SAMPLE_MS / 1000} s samples`);
  console.log('meetings | Janus CPU (% of one core) | per meeting | Janus RSS | kbit/s per party | machine busy (both cores, load generator included)');
  const idleStart = janusCpuTicks(pid);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  console.log(
    `idle     | ${(((janusCpuTicks(pid) - idleStart) / TICKS_PER_SECOND / (SETTLE_MS / 1000)) * 100).toFixed(1)} % | – | ${rssMb(pid).toFixed(1)} MB | –`,
  );
  const measured: { level: number; cpu: number }[] = [];
  try {
    let rooms = 0;
    for (const level of levels) {
      const meetings: LoadMeeting[] = [];
      for (; rooms < level; rooms++) {
        const room = randomInt(1, 2 ** 40);
        // Seat tokens as the platform signs them (Janus admits nobody else); the werift peers use the API secret.
        const token = () => seatToken(options.tokenSecret, ['janus.plugin.videoroom'], new Date(Date.now() + 3_600_000));
        const tokens: LoadMeeting['tokens'] = [token(), token(), token()];
        await admin.create({
          room,
          description: `bench ${rooms}`,
          pin: '123456',
          secret: 'bench',
          recordDir: join(options.recordingsDir, String(room)),
          allowed: tokens,
        });
        meetings.push({ room, pin: '123456', tokens });
      }
      await driver.seat(meetings);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const busy = machineBusy();
      const [start, sentBefore] = [janusCpuTicks(pid), await driver.sentBytes()];
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      const cpu = ((janusCpuTicks(pid) - start) / TICKS_PER_SECOND / (SAMPLE_MS / 1000)) * 100;
      const kbpsPerParty = (((await driver.sentBytes()) - sentBefore) * 8) / (SAMPLE_MS / 1000) / 1000 / (2 * level);
      if (!(kbpsPerParty > 0) || !(cpu > 0))
        throw new Error(`janus bench: ${level} meetings seated but nothing flowed (${kbpsPerParty} kbit/s a party, Janus CPU ${cpu} %): no figures`);
      measured.push({ level, cpu });
      console.log(
        `${String(level).padEnd(8)} | ${cpu.toFixed(1)} % | ${(cpu / level).toFixed(2)} % | ${rssMb(pid).toFixed(1)} MB | ${kbpsPerParty.toFixed(0)} | ${(busy() * 100).toFixed(0)} %`,
      );
    }
    const top = measured.at(-1)!;
    console.log(
      `${top.level} recorded meetings took ${top.cpu.toFixed(1)} % of one core: one core holds about ${Math.floor((top.level * 100) / top.cpu)} (goal ≥30)`,
    );
  } finally {
    await driver.close();
    await admin.close();
    await janus.stop();
    ns.close();
    rmSync(work, { recursive: true, force: true });
  }
}

export const benchJanusLoad = () => measure('werift', SMOKE ? [1] : [1, 5, 10, 20, 30]);
export const benchJanusChromium = () => measure('chromium', SMOKE ? [1] : [1, 3, 5]);
