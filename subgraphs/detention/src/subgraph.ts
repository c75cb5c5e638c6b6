import type { SubgraphDefinition } from '@rv/kit';
import { Topic } from '@rv/schema';
import { DetentionCentre, MeetingRoom } from './centre/detention-centre.entity.js';
import { startAlertTicker } from './jobs.js';
import { Lawyer, Mandate } from './lawyer/lawyer.entity.js';
import { LawyerResolver } from './lawyer/lawyer.resolver.js';
import { rememberLawyer } from './lawyer/lawyer.service.js';
import { LegalHelpRequest } from './legal-help/legal-help.entity.js';
import { LegalHelpResolver } from './legal-help/legal-help.resolver.js';
import { Migration20261203130000 } from './migrations/Migration20261203130000.js';
import { Migration20261203203100 } from './migrations/Migration20261203203100.js';
import { DetentionCentreAdminResolver } from './centre/detention-centre.resolver.js';
import { Migration20261203204000 } from './migrations/Migration20261203204000.js';
import { Migration20261203204100 } from './migrations/Migration20261203204100.js';
import { LawyerLetter } from './letter/letter.entity.js';
import { LetterResolver } from './letter/letter.resolver.js';
import { Companion, Credential, QueueEntry } from './queue/queue-entry.entity.js';
import { QueueResolver } from './queue/queue.resolver.js';
import { SuspectResolver, detentionReferences } from './suspect/suspect.resolver.js';
import { Suspect } from './suspect/suspect.entity.js';

/** Detention centres (看守所) of public security: suspects, lawyers' mandates, the lawyer/interrogation queue (CQ-1…CQ-8). */
export const detentionSubgraph: SubgraphDefinition = {
  name: 'detention',
  schema: 'detention',
  entities: [DetentionCentre, MeetingRoom, Suspect, Lawyer, Mandate, QueueEntry, Credential, Companion, LegalHelpRequest, LawyerLetter],
  migrations: [
    { name: 'Migration20261203130000', class: Migration20261203130000 },
    { name: 'Migration20261203203100', class: Migration20261203203100 },
    { name: 'Migration20261203204000', class: Migration20261203204000 },
    { name: 'Migration20261203204100', class: Migration20261203204100 },
  ],
  resolvers: [SuspectResolver, QueueResolver, LegalHelpResolver, LawyerResolver, DetentionCentreAdminResolver, LetterResolver],
  references: detentionReferences,
  // CQ-3 and CQ-1 count clock hours, not working days: nothing to recompute when a year is loaded (CQ-8 reads the calendar live).
  workingDays: { recompute: async () => {} },
  jobs: [(orm, logger) => startAlertTicker(orm, logger)],
  gauges: {
    rv_lawyer_queue_waiting: {
      help: 'CQ-3: accepted requests waiting to be arranged, all centres',
      sql: `select count(*)::int as value from "detention"."queue_entry" where status = 'WAITING'`,
    },
    rv_lawyer_queue_overdue: {
      help: 'CQ-3: waiting requests past their 48 hours',
      sql: `select count(*)::int as value from "detention"."queue_entry" where status = 'WAITING' and overdue_alerted_at is not null`,
    },
  },
  handlers: { judicial: { [Topic.LAWYER_VERIFIED]: rememberLawyer } },
};
