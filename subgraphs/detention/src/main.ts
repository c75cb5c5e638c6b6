import { runSubgraphFromEnv } from '@rv/kit';
import { detentionSubgraph } from './subgraph.js';

await runSubgraphFromEnv(detentionSubgraph, 4005);
