import * as booking from './booking.js';
import * as briefing from './briefing.js';
import * as account from './account.js';
import * as errors from './errors.js';
import * as platform from './platform.js';
import * as relations from './relations.js';
import * as powers from './powers.js';
import * as meetingDay from './meetingDay.js';
import * as review from './review.js';
import * as rules from './rules.js';
import * as sms from './sms.js';
import * as grounds from './grounds.js';
import * as security from './security.js';
import * as roster from './roster.js';
import * as lawyer from './lawyer.js';
import * as audit from './audit.js';
import * as lawyerConduct from './lawyerConduct.js';
import * as official from './official.js';
import * as admin from './admin.js';
import * as decision from './decision.js';
import * as familyAccount from './familyAccount.js';

/**
 * The server's words in Chinese (the default language), composed from one file per area (each
 * holds both languages side by side). Parameters are written `{name}` (vue-i18n's named
 * interpolation); no `|`, `@`, `$` or other braces (vue-i18n gives them meaning).
 */
export const zhCN = {
  ...errors.zhCN,
  ...rules.zhCN,
  ...relations.zhCN,
  ...sms.zhCN,
  ...booking.zhCN,
  ...platform.zhCN,
  ...account.zhCN,
  ...powers.zhCN,
  ...briefing.zhCN,
  ...review.zhCN,
  ...meetingDay.zhCN,
  ...grounds.zhCN,
  ...security.zhCN,
  ...roster.zhCN,
  ...lawyer.zhCN,
  ...audit.zhCN,
  ...lawyerConduct.zhCN,
  ...official.zhCN,
  ...admin.zhCN,
  ...decision.zhCN,
  ...familyAccount.zhCN,
} as const;
