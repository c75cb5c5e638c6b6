import { benchAssets } from './assets.ts';
import { benchFanout } from './fanout.ts';
import { benchGatewayOverhead } from './gateway-overhead.ts';
import { benchSlotStorm } from './slot-storm.ts';
import { benchJanusChromium, benchJanusLoad } from './janus-load.ts';
import { benchStart } from './start.ts';
import { benchRosterImport } from './roster-import.ts';
import { benchResetTiming } from './reset-timing.ts';
import { benchReport } from './report.ts';

/**
 * `npm run bench [-- overhead|fanout|storm|janus|janus-chromium|assets|start|roster|reset-timing|report]`: prints figures;
 * not part of CI. With BENCH_SMOKE=1 each runs at a tiny size (ops/bench/smoke.ts), as `npm test` does.
 */
const benches: Record<string, () => Promise<void>> = {
  overhead: benchGatewayOverhead,
  fanout: benchFanout,
  storm: benchSlotStorm,
  janus: benchJanusLoad,
  'janus-chromium': benchJanusChromium,
  assets: benchAssets,
  start: benchStart,
  roster: benchRosterImport,
  'reset-timing': benchResetTiming,
  report: benchReport,
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in benches));
if (unknown.length) throw new Error(`no bench named ${unknown.join(', ')}; the benches: ${Object.keys(benches).join(', ')}`);
for (const name of chosen.length ? chosen : Object.keys(benches)) await benches[name]();
process.exit(0);
