import { detentionSubgraph } from '@rv/detention';
import { detoxSubgraph } from '@rv/detox';
import { judicialSubgraph } from '@rv/judicial';
import { mediaSubgraph } from '@rv/media';
import { prisonSubgraph } from '@rv/prison';

/** Every subgraph with its default port (used in the checked-in supergraph and by `npm start`). */
export const SUBGRAPHS = [
  { definition: prisonSubgraph, port: 4001 },
  { definition: detoxSubgraph, port: 4002 },
  { definition: judicialSubgraph, port: 4003 },
  { definition: mediaSubgraph, port: 4004 },
  { definition: detentionSubgraph, port: 4005 },
];
