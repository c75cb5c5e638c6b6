import * as booking from './booking.js';
import * as briefing from './briefing.js';
import * as account from './account.js';
import * as errors from './errors.js';
import * as meetingDay from './meetingDay.js';
import * as review from './review.js';
import type { Catalogue } from './index.js';
import * as platform from './platform.js';
import * as relations from './relations.js';
import * as powers from './powers.js';
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

/** The server's words in English (the portals' second language); the same keys as zh-CN. */
export const en: Catalogue = {
  ...errors.en,
  ...rules.en,
  ...relations.en,
  ...sms.en,
  ...booking.en,
  ...platform.en,
  ...account.en,
  ...powers.en,
  ...briefing.en,
  ...review.en,
  ...meetingDay.en,
  ...grounds.en,
  ...security.en,
  ...roster.en,
  ...lawyer.en,
  ...audit.en,
  ...lawyerConduct.en,
  ...official.en,
  ...admin.en,
  ...decision.en,
  ...familyAccount.en,
};
