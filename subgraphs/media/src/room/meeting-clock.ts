import { intervalJob, type Job, type Logger } from '@rv/kit';
import { clock } from '@rv/schema';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { MediaGateway } from '../janus/media-gateway.js';
import { purgeExpiredRecordings } from '../recording/recording.service.js';
import { PartyWatch, superviseLiveMeetings } from './parties.js';
import { endExpiredMeetings, interruptLiveMeetings, processClosedMeetings } from './room.service.js';

/**
 * The meeting clock, every second: ends meetings past their limit (GD-35), watches live rooms and
 * the Janus nodes they are on (YN-18, CQ-4, issue 19). Recordings have their own job
 * (`startRecordingJob`): post-processing a long meeting's file takes a while, and the live rooms must
 * not wait for it.
 */
export function startMeetingTimer(orm: MikroORM, media: () => MediaGateway, logger: Logger, intervalMs = 1000): Job {
  let ticks = 0;
  const parties = new PartyWatch();
  /** Runs one duty; its failure is logged and never keeps the other from running. */
  const duty = async (name: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      logger.warn({ err: error, duty: name }, 'meeting clock');
    }
  };
  return intervalJob('meeting clock', logger, intervalMs, async () => {
    const em = orm.em.fork();
    // One indexed look per tick: meetings past their limit, live ones.
    const [{ due, live }] = await em.execute<{ due: boolean; live: boolean }[]>(
      `select exists (select 1 from "media"."meeting" where state = 'LIVE' and ends_at <= ?) as due,
              exists (select 1 from "media"."meeting" where state = 'LIVE') as live`,
      [clock.now()],
    );
    if (due) await duty('end', () => endExpiredMeetings(em, media())); // each meeting in its own transaction
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
  });
}

/** YN-13: closed meetings' recordings post-processed (a few at a time), and hourly, expired ones purged. */
export function startRecordingJob(orm: MikroORM, media: () => MediaGateway, logger: Logger, intervalMs = 2000): Job {
  let runs = 0;
  return intervalJob('recordings', logger, intervalMs, async () => {
    if (runs++ % (3_600_000 / intervalMs) === 0) await purgeExpiredRecordings(orm.em.fork());
    // Its query is the indexed look for unprocessed meetings: an idle run costs one statement.
    await processClosedMeetings(orm.em.fork(), media());
  });
}
