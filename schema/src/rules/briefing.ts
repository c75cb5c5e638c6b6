import { DEFAULT_LOCALE, translate, type Locale, type MessageKey, type MessageParams } from '../messages/index.js';
import type { RulePack } from './rule-pack.js';

/** One line of the rules a family reads before applying (GD-26: the visitor is told the rules). */
export interface BriefingLine {
  topic: 'FREE_OF_CHARGE' | 'ALLOWANCE' | 'DURATION' | 'VISITORS' | 'RELATIONSHIP' | 'APPLY' | 'REVIEW' | 'ARRIVAL' | 'PLEDGE' | 'CONDUCT' | 'LANGUAGE';
  text: string;
}

/**
 * The family's rules briefing, written from the pack's own data so each province's families read
 * their own limits, in the reader's language from the catalogue (messages/briefing.ts; zh-CN by
 * default); nothing here decides anything (the evaluation functions do).
 */
export function rulesBriefing(pack: RulePack, locale: Locale = DEFAULT_LOCALE): BriefingLine[] {
  const say = (key: MessageKey, params: MessageParams = {}) => translate(key, params, locale);
  const { limits } = pack;
  const levels = Object.entries(limits.meetingsPerMonthByLevel ?? {}).map(([level, n]) =>
    say(`briefing.level.${level as 'LENIENT' | 'ORDINARY' | 'STRICT'}`, { n }),
  );
  const check = pack.relationshipCheck;
  const stages = pack.review.stages
    // SX sets no review deadline: the stage is named without a number of days.
    .map((stage) =>
      stage.workingDays === undefined
        ? say(`briefing.actor.${stage.actor}`)
        : say('briefing.stage', { actor: say(`briefing.actor.${stage.actor}`), days: stage.workingDays }),
    )
    .join(say('briefing.stageSeparator'));
  const lines: (BriefingLine | null)[] = [
    { topic: 'FREE_OF_CHARGE', text: say('briefing.free') },
    {
      topic: 'ALLOWANCE',
      text: say('briefing.allowance', {
        n: limits.meetingsPerMonth,
        byLevel: levels.length ? say('briefing.byLevel', { levels: levels.join(say('briefing.listSeparator')) }) : '',
      }),
    },
    { topic: 'DURATION', text: say('briefing.duration', { minutes: limits.minutesPerMeeting }) },
    {
      topic: 'VISITORS',
      text: say('briefing.visitors', {
        max: limits.visitorsPerMeeting,
        children: limits.uncountedChildMaxAge ? say('briefing.children', { age: limits.uncountedChildMaxAge }) : '',
      }),
    },
    {
      topic: 'RELATIONSHIP',
      text: say('briefing.relationship', {
        place: say(check.by === 'INSTITUTION' ? 'briefing.atInstitution' : 'briefing.atBureau'),
        realPerson: check.realPersonCheck ? say('briefing.realPerson') : '',
        photo: check.photo ? say('briefing.photo') : '',
      }),
    },
    limits.applyAheadDays ? { topic: 'APPLY', text: say('briefing.applyAhead', { days: limits.applyAheadDays }) } : null,
    limits.applicationsOnWorkingDaysOnly ? { topic: 'APPLY', text: say('briefing.workingDaysOnly') } : null,
    { topic: 'REVIEW', text: say('briefing.review', { stages }) },
    { topic: 'ARRIVAL', text: limits.arriveEarlyMinutes ? say('briefing.arriveEarly', { minutes: limits.arriveEarlyMinutes }) : say('briefing.arriveOnTime') },
    pack.pledge ? { topic: 'PLEDGE', text: say('briefing.pledge', { title: pack.pledge.title }) } : null,
    { topic: 'CONDUCT', text: say('briefing.conduct') },
    pack.meeting.mandarinOnly ? { topic: 'LANGUAGE', text: say('briefing.mandarinOnly') } : null,
    pack.meeting.otherLanguageNeedsTranslator ? { topic: 'LANGUAGE', text: say('briefing.translator') } : null,
  ];
  return lines.filter((line): line is BriefingLine => line !== null);
}
