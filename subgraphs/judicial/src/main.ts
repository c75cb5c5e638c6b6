import { runSubgraphFromEnv } from '@rv/kit';
import { judicialSubgraph } from './subgraph.js';

await runSubgraphFromEnv(judicialSubgraph, 4003);
