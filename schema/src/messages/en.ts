import * as booking from './booking.js';
import * as errors from './errors.js';
import type { Catalogue } from './index.js';
import * as rules from './rules.js';
import * as sms from './sms.js';

/** The server's words in English (the portals' second language); the same keys as zh-CN. */
export const en: Catalogue = {
  ...errors.en,
  ...rules.en,
  ...sms.en,
  ...booking.en,
};
