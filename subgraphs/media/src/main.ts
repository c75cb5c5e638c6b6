import { runSubgraphFromEnv } from '@rv/kit';
import { mediaSubgraph } from './subgraph.js';

await runSubgraphFromEnv(mediaSubgraph, 4004);
