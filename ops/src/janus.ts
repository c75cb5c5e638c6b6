import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { stopChild } from './supervise.js';

const TEMPLATES = resolve(dirname(fileURLToPath(import.meta.url)), '../janus');
const LIB_DIR = '/usr/lib/x86_64-linux-gnu/janus';

export interface JanusOptions {
  /** Where the rendered configuration and the log go. */
  workDir: string;
  recordingsDir: string;
  adminKey: string;
  adminSecret: string;
  /** What the media subgraph presents on every request (JANUS_API_SECRET). */
  apiSecret: string;
  /** Signs the seats' tokens (JANUS_TOKEN_SECRET): a browser presents one for its seat, nothing else. */
  tokenSecret: string;
  /** The address the WebSocket transport binds (127.0.0.1 by default; the namespace's address in tests). */
  wsIp?: string;
  wsPort?: number;
  /** Janus's own media interface (ICE); unset: Janus picks. */
  iceInterface?: string;
  /** Only gather candidates on these interfaces (e.g. the test namespace's veth). */
  iceEnforceList?: string;
  /** A public address behind NAT (deployment). */
  nat11Mapping?: string;
  rtpPortRange?: string;
  /** Run inside this network namespace (`ip netns exec`), as the tests do. */
  netns?: string;
  /** Said to the operator: e.g. a Janus left by an earlier run being stopped. */
  onWarn?: (message: string) => void;
}

export interface RunningJanus {
  wsUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Fresh secrets for a Janus of one's own (tests, benches): every one non-empty (issue 19). */
export function freshJanusSecrets(): Pick<JanusOptions, 'adminKey' | 'adminSecret' | 'apiSecret' | 'tokenSecret'> {
  const secret = () => randomBytes(16).toString('hex');
  return { adminKey: secret(), adminSecret: secret(), apiSecret: secret(), tokenSecret: secret() };
}

/** What the media subgraph reads to use this Janus (mediaConfigFromEnv). */
export function mediaEnv(janus: RunningJanus, options: JanusOptions): Record<string, string> {
  return {
    JANUS_WS_URL: janus.wsUrl,
    JANUS_ADMIN_KEY: options.adminKey,
    JANUS_API_SECRET: options.apiSecret,
    JANUS_TOKEN_SECRET: options.tokenSecret,
    RECORDINGS_DIR: options.recordingsDir,
  };
}

/** The Janus binary from the Debian package, or null with the reason it cannot run here. */
export function janusBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v janus'], { encoding: 'utf8' }).stdout.trim();
  return found && existsSync(join(LIB_DIR, 'plugins', 'libjanus_videoroom.so')) ? found : null;
}

export const JANUS_INSTALL_HINT =
  'Janus 未安装：sudo apt-get install -y janus janus-tools ffmpeg (Janus is not installed; video meetings report MEDIA_UNAVAILABLE until it is)';

/** Renders ops/janus/*.jcfg with this run's values into `workDir/conf`. */
async function renderConfig(options: JanusOptions): Promise<string> {
  const confDir = join(options.workDir, 'conf');
  await mkdir(confDir, { recursive: true });
  const values: Record<string, string> = {
    CONFIG_DIR: confDir,
    LIB_DIR,
    ADMIN_KEY: options.adminKey,
    ADMIN_SECRET: options.adminSecret,
    API_SECRET: options.apiSecret,
    TOKEN_SECRET: options.tokenSecret,
    WS_IP: options.wsIp ?? '127.0.0.1',
    WS_PORT: String(options.wsPort ?? 8188),
    RTP_PORT_RANGE: options.rtpPortRange ?? '20000-20999',
    INTERFACE_LINE: options.iceInterface ? `\tinterface = "${options.iceInterface}"` : '',
    NAT_LINES: [
      options.iceEnforceList ? `\tice_enforce_list = "${options.iceEnforceList}"` : '',
      options.nat11Mapping ? `\tnat_1_1_mapping = "${options.nat11Mapping}"` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  };
  for (const file of await readdir(TEMPLATES)) {
    const template = await readFile(join(TEMPLATES, file), 'utf8');
    await writeFile(
      join(confDir, file),
      template.replace(/@([A-Z_]+)@/g, (_, key: string) => values[key] ?? ''),
      { mode: 0o600 },
    );
  }
  return confDir;
}

/** True when a WebSocket server accepts the Janus subprotocol at `url`. */
function answers(url: string): Promise<boolean> {
  return new Promise<boolean>((done) => {
    const socket = new WebSocket(url, 'janus-protocol');
    socket.once('open', () => {
      socket.close();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Waits until Janus answers on its WebSocket transport. */
async function untilAnswering(url: string, child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Janus exited with code ${child.exitCode}`);
    if (await answers(url)) {
      if (child.exitCode !== null) throw new Error(`Janus exited with code ${child.exitCode}`);
      return;
    }
    if (Date.now() > deadline) throw new Error(`Janus did not answer on ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A Janus an earlier start left running (npm start killed with -9 leaves its children) is known by the
 * pid file in `workDir` and its command line naming this configuration: stop it (issue 19).
 */
async function reclaimLeftover(options: JanusOptions): Promise<void> {
  const pidFile = join(options.workDir, 'janus.pid');
  const pid = Number(await readFile(pidFile, 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0) return;
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (command.includes('janus') && command.includes(join(options.workDir, 'conf'))) {
    options.onWarn?.(`a Janus left running by an earlier start (pid ${pid}, probably after kill -9) uses ${options.workDir}: stopping it`);
    process.kill(pid, 'SIGTERM');
    for (let waited = 0; existsSync(`/proc/${pid}`) && waited < 5_000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    if (existsSync(`/proc/${pid}`)) process.kill(pid, 'SIGKILL');
    for (let waited = 0; existsSync(`/proc/${pid}`) && waited < 5_000; waited += 100) await new Promise((done) => setTimeout(done, 100));
  }
  await rm(pidFile, { force: true });
}

/** Whether process `pid` holds the listening socket on `port` (its own network namespace's table). */
async function listensOn(pid: number, port: number): Promise<boolean> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['tcp', 'tcp6']) {
    const lines = (await readFile(`/proc/${pid}/net/${table}`, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const fields of lines.map((line) => line.trim().split(/\s+/))) if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') inodes.add(fields[9]);
  }
  for (const fd of await readdir(`/proc/${pid}/fd`).catch(() => [] as string[])) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    if (inodes.has(target.replace(/^socket:\[(\d+)\]$/, '$1'))) return true;
  }
  return false;
}

/** Starts Janus with the platform's own configuration (ops/janus), recordings in `recordingsDir`. */
export async function startJanus(options: JanusOptions): Promise<RunningJanus> {
  const binary = janusBinary();
  if (!binary) throw new Error(JANUS_INSTALL_HINT);
  const wsUrl = `ws://${options.wsIp ?? '127.0.0.1'}:${options.wsPort ?? 8188}`;
  await mkdir(options.workDir, { recursive: true });
  await reclaimLeftover(options);
  // A Janus left on the port (an earlier run's) would answer for a new one that failed to bind (issue 19).
  if (await answers(wsUrl)) throw new Error(`something already answers on ${wsUrl} (a Janus left from an earlier run?): stop it or set JANUS_WS_PORT`);
  await mkdir(options.recordingsDir, { recursive: true });
  const confDir = await renderConfig(options);
  const args = ['-F', confDir, '-C', join(confDir, 'janus.jcfg'), '-N', '-L', join(options.workDir, 'janus.log')];
  const child = options.netns ? spawn('ip', ['netns', 'exec', options.netns, binary, ...args], { stdio: 'ignore' }) : spawn(binary, args, { stdio: 'ignore' });
  await writeFile(join(options.workDir, 'janus.pid'), String(child.pid));
  try {
    await untilAnswering(wsUrl, child);
    // Whatever answers must be this Janus: one that failed to bind while another took the port is not started.
    if (child.pid && !(await listensOn(child.pid, options.wsPort ?? 8188)))
      throw new Error(`${wsUrl} answers, but not from the Janus just started (pid ${child.pid}): another process holds the port`);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    wsUrl,
    process: child,
    async stop() {
      await stopChild(child);
      await rm(join(options.workDir, 'janus.pid'), { force: true });
    },
  };
}
