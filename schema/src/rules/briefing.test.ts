import { describe, expect, it } from 'vitest';
import { rulesBriefing } from './briefing.js';
import { GD, SX, YN } from './packs.js';

const text = (pack: typeof GD) =>
  rulesBriefing(pack)
    .map((line) => line.text)
    .join('\n');

describe('the family’s rules briefing, written from the pack', () => {
  it('GD-26 / GD-40 / GD-11 / GD-35: Guangdong families read no fee, one meeting a month shared with on-site ones, 25 minutes, three visitors, the GD-22 review and the pledge', () => {
    const briefing = text(GD);
    expect(briefing).toContain('不收取任何费用');
    expect(briefing).toContain('每月可会见1次');
    expect(briefing).toContain('不超过25分钟');
    expect(briefing).toContain('不超过3人');
    expect(briefing).toContain('监所审批（3个工作日）');
    expect(briefing).toContain(`《${GD.pledge!.title}》`);
    expect(briefing).toContain('会见对象所在监所办理亲属关系登记');
  });

  it('YN-8 / YN-10 / YN-23: Yunnan families read the four review stages, arriving 30 minutes early, real-person checks at the bureau and the translator rule', () => {
    const briefing = text(YN);
    expect(briefing).toContain('司法所初审（2个工作日） → 县（市、区）司法局审核（2个工作日） → 监所审批（5个工作日） → 司法局通知申请人（2个工作日）');
    expect(briefing).toContain('须提前30分钟');
    expect(briefing).toContain('迟到的，本次会见取消');
    expect(briefing).toContain('到司法局办理亲属关系登记并进行真人核验');
    expect(briefing).toContain('须有翻译人员在场');
  });

  it('SX-3 / SX-3(2) / SX-8(3): Shanxi families read two meetings a month at the lenient level, children up to 14 not counted, applying 10 days ahead, a photo for the relationship and Mandarin only', () => {
    const briefing = text(SX);
    expect(briefing).toContain('宽管级每月2次');
    expect(briefing).toContain('14周岁以下儿童不计人数');
    expect(briefing).toContain('须提前10日申请');
    expect(briefing).toContain('会见须使用普通话');
    expect(briefing).toContain('提交近期照片');
  });
});

describe('the briefing in the reader’s language', () => {
  it('GD-26: in English from the same pack data, not a Chinese word except the pledge’s own title', () => {
    const lines = rulesBriefing(YN, 'en');
    expect(lines.find((line) => line.topic === 'DURATION')?.text).toBe(
      `A meeting lasts at most ${YN.limits.minutesPerMeeting} minutes; a countdown is shown and it ends by itself.`,
    );
    expect(lines.find((line) => line.topic === 'REVIEW')?.text).toContain(
      'judicial office first review (2 working days) → county justice bureau review (2 working days) → institution approval (5 working days)',
    );
    for (const line of lines.filter((candidate) => candidate.topic !== 'PLEDGE')) expect(line.text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(lines.map((line) => line.topic)).toEqual(rulesBriefing(YN).map((line) => line.topic));
  });

  it('SX-3(2): Shanxi sets no review deadline, so its stage is named without days (it read "undefined个工作日")', () => {
    expect(rulesBriefing(SX).find((line) => line.topic === 'REVIEW')?.text).toBe('审批流程：监所审批。结果以短信通知，也可凭申请编号和身份证号码在网上查询。');
  });
});
