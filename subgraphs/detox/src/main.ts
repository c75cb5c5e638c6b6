import { runSubgraphFromEnv } from '@rv/kit';
import { detoxSubgraph } from './subgraph.js';

await runSubgraphFromEnv(detoxSubgraph, 4002);
