import { benchAssets } from './assets.ts';
import { benchFanout } from './fanout.ts';
import { benchGatewayOverhead } from './gateway-overhead.ts';
import { benchSlotStorm } from './slot-storm.ts';
import { benchJanusChromium, benchJanusLoad } from './janus-load.ts';
import { benchStart } from './start.ts';
import { benchRosterImport } from './roster-import.ts';
import { benchResetTiming } from './reset-timing.ts';
import { benchReport } from './report.ts';

/** `npm run bench [-- overhead|fanout|storm|janus|janus-chromium|assets|start|roster|reset-timing|report]`: prints figures; not part of CI. */
const benches: Record<string, () => Promise<void>> = { overhead: benchGatewayOverhead, fanout: benchFanout, storm: benchSlotStorm, janus: benchJanusLoad, 'janus-chromium': benchJanusChromium, assets: benchAssets, start: benchStart, roster: benchRosterImport, 'reset-timing': benchResetTiming, report: benchReport };
const chosen = process.argv.slice(2).filter((name) => name in benches);
for (const name of chosen.length ? chosen : Object.keys(benches)) await benches[name]();
process.exit(0);
