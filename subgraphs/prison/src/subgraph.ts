import type { SubgraphDefinition } from '@rv/kit';
import { Topic } from '@rv/schema';
import { Inmate } from './inmate/inmate.entity.js';
import { InmateResolver, inmateReference } from './inmate/inmate.resolver.js';
import { Migration20261123000000 } from './migrations/Migration20261123000000.js';
import { Migration20261123010000 } from './migrations/Migration20261123010000.js';
import { Migration20261124000000 } from './migrations/Migration20261124000000.js';
import { Migration20261203100000 } from './migrations/Migration20261203100000.js';
import { Prison, Ward } from './prison/prison.entity.js';
import { PrisonResolver, prisonReference } from './prison/prison.resolver.js';
import { InmateReview } from './review/inmate-review.entity.js';
import { Sanction } from './sanction/sanction.entity.js';
import { OnsiteVisit } from './visit/onsite-visit.entity.js';
import { ExtraMeeting } from './emergency/extra-meeting.entity.js';
import { ExtraMeetingResolver } from './emergency/extra-meeting.resolver.js';
import { OnsiteVisitResolver } from './visit/onsite-visit.resolver.js';
import { SanctionResolver } from './sanction/sanction.resolver.js';
import { imposeRequestedSanction } from './sanction/requested-sanction.js';
import { ReviewResolver } from './review/review.resolver.js';
import { INMATE_REVIEWS, followInmateApplication, openReviewCase, prioritizeReviewCase } from './review/review.service.js';
import { Migration20261203110000 } from './migrations/Migration20261203110000.js';
import { Migration20261203140000 } from './migrations/Migration20261203140000.js';
import { Migration20261203150000 } from './migrations/Migration20261203150000.js';
import { Migration20261203151500 } from './migrations/Migration20261203151500.js';
import { InmateCustodyChange, InmateRosterImport } from './roster/roster.entity.js';
import { InmateRosterResolver } from './roster/roster.resolver.js';
import { InmateCustodyChangeResolver } from './roster/custody-change.resolver.js';
import { Migration20261203152500 } from './migrations/Migration20261203152500.js';
import { Migration20261203160200 } from './migrations/Migration20261203160200.js';
import { Migration20261203165000 } from './migrations/Migration20261203165000.js';
import { OfficialSession } from './official/official-session.entity.js';
import { OfficialSessionResolver } from './official/official-session.resolver.js';
import { recomputeReviewDeadlines, startDeadlineTicker } from '@rv/kit';

export const prisonSubgraph: SubgraphDefinition = {
  name: 'prison',
  schema: 'prison',
  entities: [Prison, Ward, Inmate, InmateReview, Sanction, OnsiteVisit, ExtraMeeting, InmateRosterImport, InmateCustodyChange, OfficialSession],
  migrations: [
    { name: 'Migration20261123000000', class: Migration20261123000000 },
    { name: 'Migration20261123010000', class: Migration20261123010000 },
    { name: 'Migration20261124000000', class: Migration20261124000000 },
    { name: 'Migration20261203100000', class: Migration20261203100000 },
    { name: 'Migration20261203110000', class: Migration20261203110000 },
    { name: 'Migration20261203140000', class: Migration20261203140000 },
    { name: 'Migration20261203150000', class: Migration20261203150000 },
    { name: 'Migration20261203151500', class: Migration20261203151500 },
    { name: 'Migration20261203152500', class: Migration20261203152500 },
    { name: 'Migration20261203160200', class: Migration20261203160200 },
    { name: 'Migration20261203165000', class: Migration20261203165000 },
  ],
  resolvers: [
    PrisonResolver,
    InmateResolver,
    ReviewResolver,
    SanctionResolver,
    OnsiteVisitResolver,
    ExtraMeetingResolver,
    InmateRosterResolver,
    InmateCustodyChangeResolver,
    OfficialSessionResolver,
  ],
  references: { ...prisonReference, ...inmateReference },
  workingDays: { recompute: (em) => recomputeReviewDeadlines(em, INMATE_REVIEWS) },
  jobs: [(orm, logger) => startDeadlineTicker(orm, INMATE_REVIEWS, logger)],
  handlers: {
    judicial: {
      [Topic.APPLICATION_SUBMITTED]: openReviewCase,
      [Topic.APPLICATION_PRIORITIZED]: prioritizeReviewCase,
      [Topic.SANCTION_REQUESTED]: imposeRequestedSanction,
      [Topic.APPLICATION_CHANGED]: followInmateApplication,
    },
  },
};
