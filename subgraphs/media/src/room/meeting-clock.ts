import type { Logger } from '@rv/kit';
import { clock } from '@rv/schema';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { MediaGateway } from '../janus/media-gateway.js';
import { purgeExpiredRecordings } from '../recording/recording.service.js';
import { PartyWatch, superviseLiveMeetings } from './parties.js';
import { UNPROCESSED, endExpiredMeetings, interruptLiveMeetings, processClosedMeetings } from './room.service.js';

/**
 * The meeting clock, every second: ends meetings past their limit (GD-35), watches live rooms and
 * the Janus nodes they are on (YN-18, CQ-4, issue 19), post-processes recordings of closed meetings and purges expired ones (YN-13).
 */
export function startMeetingTimer(orm: MikroORM, media: () => MediaGateway, logger: Logger, intervalMs = 1000): { stop(): Promise<void> } {
  let running = false;
  let ticks = 0;
  let housekeeping = 0;
  const parties = new PartyWatch();
  /** Runs one duty; its failure is logged and never keeps the others from running. */
  const duty = async (name: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      logger.warn({ err: error, duty: name }, 'meeting clock');
    }
  };
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const em = orm.em.fork();
      // One indexed look per tick: meetings past their limit, live ones, closed ones awaiting their recording.
      const [{ due, live, closed }] = await em.execute<{ due: boolean; live: boolean; closed: boolean }[]>(
        `select exists (select 1 from "media"."meeting" where state = 'LIVE' and ends_at <= ?) as due,
                exists (select 1 from "media"."meeting" where state = 'LIVE') as live,
                exists (select 1 from "media"."meeting" where ${UNPROCESSED}) as closed`,
        [clock.now()],
      );
      if (due) await duty('end', () => em.transactional((tx) => endExpiredMeetings(tx, media())));
      // YN-18: while meetings are live, probe every Janus node every few seconds; a dead or hung node's
      // meetings are interrupted (the other nodes' go on). The reason is stored as a catalogue key: the
      // family's application and the terminal translate it.
      if (live)
        await duty('watch', async () => {
          const down = ++ticks % 3 === 0 ? (await media().probe()).filter((node) => !node.health.up) : [];
          for (const node of down)
            await em.transactional((tx) =>
              interruptLiveMeetings(tx, { key: 'platform.videoGatewayLost' }, { name: node.name, first: node === media().nodes[0] }),
            );
          await superviseLiveMeetings(em, media(), parties);
        });
      // Recordings come after the live rooms: post-processing a file takes a while and may fail.
      if (closed) await duty('recordings', () => processClosedMeetings(em, media()));
      if (++housekeeping % 3600 === 1) await duty('purge', () => purgeExpiredRecordings(em)); // YN-13 retention, hourly
    } catch (error) {
      logger.warn({ err: error }, 'meeting clock');
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return { stop: async () => clearInterval(timer) };
}
