import { JanusAdmin } from '@rv/media';
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startJanus } from '../dist/janus.js';
import { givenMeetingBrowser, mediaStats } from '../dist/lab/browser.js';
import { givenNetworkNamespace } from '../dist/lab/netns.js';

/**
 * Janus CPU and memory per recorded meeting (two publishing parties + one monitor, as in a real
 * meeting), at 1, 3 and 5 concurrent meetings, driven by real Chromium pages with fake devices in
 * a network namespace. Chromium's encoders, not Janus, fill the two cores: more meetings than this
 * measure the browsers, so the per-meeting Janus figure is extrapolated to a core.
 */
const LEVELS = [1, 3, 5];
const SAMPLE_MS = 10_000;
const TICKS_PER_SECOND = 100;

function janusCpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'))!;
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

export async function benchJanusLoad(): Promise<void> {
  const ns = givenNetworkNamespace();
  const work = mkdtempSync(join(tmpdir(), 'rv-janus-bench-'));
  const options = {
    workDir: work, recordingsDir: join(work, 'recordings'), adminKey: randomBytes(12).toString('hex'), adminSecret: randomBytes(12).toString('hex'),
    wsIp: ns.namespaceIp, iceInterface: ns.namespaceIp, iceEnforceList: ns.namespaceVeth, netns: ns.name,
  };
  const janus = await startJanus(options);
  const pid = janus.process.pid!;
  const admin = await JanusAdmin.connect(janus.wsUrl, options.adminKey);
  const browser = await givenMeetingBrowser(ns);
  console.log(`\nJanus per recorded meeting (2 parties + 1 monitor, 320x240 fake camera), ${SAMPLE_MS / 1000} s samples`);
  console.log('meetings | Janus CPU (% of one core) | per meeting | Janus RSS | machine busy (both cores, Chromium included)');
  const idleStart = janusCpuTicks(pid);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  console.log(`idle     | ${(((janusCpuTicks(pid) - idleStart) / TICKS_PER_SECOND / 3) * 100).toFixed(1)} % | – | ${rssMb(pid).toFixed(1)} MB | –`);
  const perMeeting: number[] = [];
  try {
    let pages: Awaited<ReturnType<typeof browser.seat>>[] = [];
    let rooms = 0;
    for (const level of LEVELS) {
      for (; rooms < level; rooms++) {
        const room = randomInt(1, 2 ** 47);
        const tokens = [randomBytes(8).toString('hex'), randomBytes(8).toString('hex'), randomBytes(8).toString('hex')];
        const pin = '123456';
        await admin.create({ room, description: `bench ${rooms}`, pin, secret: 'bench', recordDir: join(options.recordingsDir, String(room)), allowed: tokens });
        const seat = (token: string, name: string) => ({ janusUrl: janus.wsUrl, room: String(room), pin, token, seat: name });
        pages.push(await browser.seat(seat(tokens[0], 'VISITOR'), true), await browser.seat(seat(tokens[1], 'SUBJECT'), true), await browser.seat(seat(tokens[2], 'MONITOR'), false));
      }
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 500))) {
        const stats = await Promise.all(pages.map(mediaStats));
        if (stats.every((s) => s.received.video > 0 && s.received.audio > 0)) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 3000)); // settle
      const busy = machineBusy();
      const start = janusCpuTicks(pid);
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      const cpu = ((janusCpuTicks(pid) - start) / TICKS_PER_SECOND / (SAMPLE_MS / 1000)) * 100;
      perMeeting.push(cpu / level);
      console.log(`${String(level).padEnd(8)} | ${cpu.toFixed(1)} % | ${(cpu / level).toFixed(2)} % | ${rssMb(pid).toFixed(1)} MB | ${(busy() * 100).toFixed(0)} %`);
    }
    const worst = Math.max(...perMeeting);
    console.log(`one core holds about ${Math.floor(100 / worst)} recorded meetings at the worst per-meeting figure (goal ≥30)`);
    pages = [];
  } finally {
    await browser.close();
    await admin.close();
    await janus.stop();
    ns.close();
  }
}
