import { runSubgraphFromEnv } from '@rv/kit';
import { prisonSubgraph } from './subgraph.js';

await runSubgraphFromEnv(prisonSubgraph, 4001);
