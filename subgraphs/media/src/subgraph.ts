import type { SubgraphDefinition } from '@rv/kit';
import { Topic } from '@rv/schema';
import { Meeting } from './meeting/meeting.entity.js';
import { ApplicationMeetingResolver, MeetingResolver, meetingReferences } from './meeting/meeting.resolver.js';
import { followApplication, followArrangement, followReadiness } from './meeting/meeting.service.js';
import { mediaGateway } from './janus/media-gateway.js';
import { janusNodeGauges } from './janus/node-metrics.js';
import { RoomResolver } from './room/room.resolver.js';
import { UNPROCESSED, stopForViolation } from './room/room.service.js';
import { MeetingWarning } from './room/warning.entity.js';
import { Recording } from './recording/recording.entity.js';
import { RecordingResolver } from './recording/recording.resolver.js';
import { startMeetingTimer, startRecordingJob } from './room/meeting-clock.js';
import { playbackRoute } from './recording/playback.js';
import { Migration20261123000000 } from './migrations/Migration20261123000000.js';
import { Migration20261124000000 } from './migrations/Migration20261124000000.js';
import { Migration20261125000000 } from './migrations/Migration20261125000000.js';
import { Migration20261203120000 } from './migrations/Migration20261203120000.js';
import { Migration20261203130000 } from './migrations/Migration20261203130000.js';
import { Migration20261203140100 } from './migrations/Migration20261203140100.js';
import { Migration20261203141000 } from './migrations/Migration20261203141000.js';
import { Migration20261203160100 } from './migrations/Migration20261203160100.js';
import { Migration20261203166000 } from './migrations/Migration20261203166000.js';
import { Migration20261203201000 } from './migrations/Migration20261203201000.js';
import { MeetingAlarm } from './room/alarm.entity.js';
import { AlarmResolver, alarmReferences } from './room/alarm.resolver.js';

export const mediaSubgraph: SubgraphDefinition = {
  name: 'media',
  schema: 'media',
  entities: [Meeting, MeetingWarning, Recording, MeetingAlarm],
  migrations: [
    { name: 'Migration20261123000000', class: Migration20261123000000 },
    { name: 'Migration20261124000000', class: Migration20261124000000 },
    { name: 'Migration20261125000000', class: Migration20261125000000 },
    { name: 'Migration20261203120000', class: Migration20261203120000 },
    { name: 'Migration20261203130000', class: Migration20261203130000 },
    { name: 'Migration20261203140100', class: Migration20261203140100 },
    { name: 'Migration20261203141000', class: Migration20261203141000 },
    { name: 'Migration20261203160100', class: Migration20261203160100 },
    { name: 'Migration20261203166000', class: Migration20261203166000 },
    { name: 'Migration20261203201000', class: Migration20261203201000 },
  ],
  resolvers: [MeetingResolver, ApplicationMeetingResolver, RoomResolver, RecordingResolver, AlarmResolver],
  routes: [playbackRoute],
  // Readiness reports Janus (issue 19): down or unconfigured, meetings fail but the rest works.
  checks: { janus: () => mediaGateway().healthy() },
  jobs: [(orm, logger) => startMeetingTimer(orm, mediaGateway, logger), (orm, logger) => startRecordingJob(orm, mediaGateway, logger)],
  gauges: {
    rv_live_meetings: { help: 'Meetings live now', sql: `select count(*)::int as value from "media"."meeting" where state = 'LIVE'` },
    rv_recordings_unprocessed: {
      help: 'Closed meetings whose recording awaits post-processing',
      sql: `select count(*)::int as value from "media"."meeting" where ${UNPROCESSED}`,
    },
  },
  samplers: (orm) => janusNodeGauges(orm, mediaGateway),
  references: { ...meetingReferences, ...alarmReferences },
  handlers: {
    judicial: {
      [Topic.APPLICATION_CHANGED]: followApplication,
      [Topic.APPLICATION_READINESS]: followReadiness,
      // CQ-14: a reported violation stops the live lawyer meeting.
      [Topic.LAWYER_VIOLATION_REPORTED]: (em, event) => stopForViolation(em, mediaGateway(), event),
    },
    // CQ-4: a remote lawyer meeting arranged at a detention centre becomes a privileged room.
    detention: { [Topic.MEETING_ARRANGED]: followArrangement },
    // YN-34: the prison's official sessions get their meeting.
    prison: { [Topic.MEETING_ARRANGED]: followArrangement },
  },
};
