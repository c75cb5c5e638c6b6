import type { SubgraphDefinition } from '@rv/kit';
import { DetoxCentre } from './centre/detox-centre.entity.js';
import { Detainee } from './detainee/detainee.entity.js';
import { DetaineeResolver, DetoxCentreResolver, detoxReferences } from './detainee/detainee.resolver.js';
import { Migration20261123000000 } from './migrations/Migration20261123000000.js';
import { Migration20261123010000 } from './migrations/Migration20261123010000.js';
import { Migration20261124000000 } from './migrations/Migration20261124000000.js';
import { Migration20261126000000 } from './migrations/Migration20261126000000.js';
import { Migration20261203100000 } from './migrations/Migration20261203100000.js';
import { DetaineeOnsiteVisit, DetaineeSanction } from './sanction/detainee-sanction.entity.js';
import { DetaineeSanctionResolver } from './sanction/detainee-sanction.resolver.js';
import { imposeRequestedDetaineeSanction } from './sanction/requested-sanction.js';
import { DetaineeReview } from './review/detainee-review.entity.js';
import { DetaineeReviewResolver } from './review/review.resolver.js';
import { DETAINEE_REVIEWS, followDetaineeApplication, openDetaineeReview, prioritizeDetaineeReview } from './review/review.service.js';
import { Migration20261203110000 } from './migrations/Migration20261203110000.js';
import { Migration20261203140000 } from './migrations/Migration20261203140000.js';
import { Migration20261203150000 } from './migrations/Migration20261203150000.js';
import { Migration20261203151500 } from './migrations/Migration20261203151500.js';
import { Migration20261203160300 } from './migrations/Migration20261203160300.js';
import { Migration20261203165100 } from './migrations/Migration20261203165100.js';
import { Brigade } from './centre/detox-centre.entity.js';
import { DetoxCentreAdminResolver } from './centre/detox-centre.resolver.js';
import { DetaineeCustodyChange, DetaineeRosterImport } from './roster/roster.entity.js';
import { DetaineeRosterResolver } from './roster/roster.resolver.js';
import { DetaineeCustodyChangeResolver } from './roster/custody-change.resolver.js';
import { recomputeReviewDeadlines, startDeadlineTicker } from '@rv/kit';
import { Topic } from '@rv/schema';

export const detoxSubgraph: SubgraphDefinition = {
  name: 'detox',
  schema: 'detox',
  entities: [DetoxCentre, Brigade, Detainee, DetaineeReview, DetaineeSanction, DetaineeOnsiteVisit, DetaineeRosterImport, DetaineeCustodyChange],
  migrations: [
    { name: 'Migration20261123000000', class: Migration20261123000000 },
    { name: 'Migration20261123010000', class: Migration20261123010000 },
    { name: 'Migration20261124000000', class: Migration20261124000000 },
    { name: 'Migration20261126000000', class: Migration20261126000000 },
    { name: 'Migration20261203100000', class: Migration20261203100000 },
    { name: 'Migration20261203110000', class: Migration20261203110000 },
    { name: 'Migration20261203140000', class: Migration20261203140000 },
    { name: 'Migration20261203150000', class: Migration20261203150000 },
    { name: 'Migration20261203151500', class: Migration20261203151500 },
    { name: 'Migration20261203160300', class: Migration20261203160300 },
    { name: 'Migration20261203165100', class: Migration20261203165100 },
  ],
  resolvers: [
    DetaineeResolver,
    DetoxCentreResolver,
    DetoxCentreAdminResolver,
    DetaineeReviewResolver,
    DetaineeSanctionResolver,
    DetaineeRosterResolver,
    DetaineeCustodyChangeResolver,
  ],
  references: detoxReferences,
  workingDays: { recompute: (em) => recomputeReviewDeadlines(em, DETAINEE_REVIEWS) },
  jobs: [(orm, logger) => startDeadlineTicker(orm, DETAINEE_REVIEWS, logger)],
  handlers: {
    judicial: {
      [Topic.APPLICATION_SUBMITTED]: openDetaineeReview,
      [Topic.APPLICATION_PRIORITIZED]: prioritizeDetaineeReview,
      [Topic.SANCTION_REQUESTED]: imposeRequestedDetaineeSanction,
      [Topic.APPLICATION_CHANGED]: followDetaineeApplication,
    },
  },
};
