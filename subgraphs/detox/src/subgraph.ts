import type { SubgraphDefinition } from '@rv/kit';
import { DetoxCentre } from './centre/detox-centre.entity.js';
import { Detainee } from './detainee/detainee.entity.js';
import { DetaineeResolver, detoxReferences } from './detainee/detainee.resolver.js';
import { Migration20261123000000 } from './migrations/Migration20261123000000.js';

export const detoxSubgraph: SubgraphDefinition = {
  name: 'detox',
  schema: 'detox',
  entities: [DetoxCentre, Detainee],
  migrations: [{ name: 'Migration20261123000000', class: Migration20261123000000 }],
  resolvers: [DetaineeResolver],
  references: detoxReferences,
};
