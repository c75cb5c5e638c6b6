import type { RulePack, ReviewActor } from './rule-pack.js';

/** One line of the rules a family reads before applying (GD-26: the visitor is told the rules). */
export interface BriefingLine {
  topic: 'FREE_OF_CHARGE' | 'ALLOWANCE' | 'DURATION' | 'VISITORS' | 'RELATIONSHIP' | 'APPLY' | 'REVIEW' | 'ARRIVAL' | 'PLEDGE' | 'CONDUCT' | 'LANGUAGE';
  text: string;
}

const ACTOR: Record<ReviewActor, string> = {
  JUDICIAL_OFFICE: '司法所初审', COUNTY_BUREAU: '县（市、区）司法局审核', INSTITUTION: '监所审批',
  BUREAU_NOTIFY: '司法局通知申请人', INMATE_NOTIFY: '监狱告知服刑人员',
};
const LEVEL = { LENIENT: '宽管级', ORDINARY: '普管级', STRICT: '严管级' } as const;

/**
 * The family's rules briefing, written from the pack's own data so each province's families read
 * their own limits; nothing here decides anything (the evaluation functions do).
 */
export function rulesBriefing(pack: RulePack): BriefingLine[] {
  const { limits } = pack;
  const byLevel = Object.entries(limits.meetingsPerMonthByLevel ?? {}).map(([level, n]) => `${LEVEL[level as keyof typeof LEVEL]}每月${n}次`);
  const child = limits.uncountedChildMaxAge ? `；${limits.uncountedChildMaxAge}周岁以下儿童不计人数，须由监护人陪同` : '';
  const check = pack.relationshipCheck;
  const stages = pack.review.stages.map((stage) => stage.workingDays === undefined ? ACTOR[stage.actor] : `${ACTOR[stage.actor]}（${stage.workingDays}个工作日）`).join(' → ');
  const lines: (BriefingLine | null)[] = [
    { topic: 'FREE_OF_CHARGE', text: '远程会见不收取任何费用。' },
    { topic: 'ALLOWANCE', text: `每名会见对象每月可会见${limits.meetingsPerMonth}次${byLevel.length ? `（${byLevel.join('，')}）` : ''}，远程会见与现场会见合并计算。` },
    { topic: 'DURATION', text: `每次会见不超过${limits.minutesPerMeeting}分钟，屏幕上显示倒计时，时间到自动结束。` },
    { topic: 'VISITORS', text: `每次会见人数不超过${limits.visitorsPerMeeting}人${child}。` },
    {
      topic: 'RELATIONSHIP',
      text: `首次申请前，须携带身份证和亲属关系证明（户口簿、结婚证等）到${check.by === 'INSTITUTION' ? '会见对象所在监所' : '司法局'}办理亲属关系登记${check.realPersonCheck ? '并进行真人核验' : ''}${check.photo ? '，提交近期照片' : ''}。`,
    },
    limits.applyAheadDays ? { topic: 'APPLY', text: `须提前${limits.applyAheadDays}日申请。` } : null,
    limits.applicationsOnWorkingDaysOnly ? { topic: 'APPLY', text: '申请在工作日受理。' } : null,
    { topic: 'REVIEW', text: `审批流程：${stages}。结果以短信通知，也可凭申请编号和身份证号码在网上查询。` },
    {
      topic: 'ARRIVAL',
      text: `会见当日${limits.arriveEarlyMinutes ? `须提前${limits.arriveEarlyMinutes}分钟` : '须按时'}携带本人身份证原件到会见地点核验；未列入申请名单或证件不符的人员不得参加。${limits.arriveEarlyMinutes ? '迟到的，本次会见取消。' : '迟到或无故未到的，当月不再安排远程会见。'}`,
    },
    pack.pledge ? { topic: 'PLEDGE', text: `会见前须阅读并签署《${pack.pledge.title}》。` } : null,
    { topic: 'CONDUCT', text: '会见全程录音录像并实时监听。使用暗语、谈论有害内容或使用手机、录音录像设备的，工作人员将予以警告；情节严重的，终止会见。' },
    pack.meeting.mandarinOnly ? { topic: 'LANGUAGE', text: '会见须使用普通话。' } : null,
    pack.meeting.otherLanguageNeedsTranslator ? { topic: 'LANGUAGE', text: '使用外语、少数民族语言或手语的，须有翻译人员在场。' } : null,
  ];
  return lines.filter((line): line is BriefingLine => line !== null);
}
