/** Review of applications by prisons and detox centres (GD-21..GD-26), both languages side by side. */
export const zhCN = {
  review: {
    closed: {
      withdrawn: '家属已撤回该申请，不能再审批',
      decided: '该申请已审批，不能再次审批',
      stopped: '会见对象在会见日不符合会见条件，该会见已停止',
    },
    subjectIneligible: '会见对象在会见日（{date}）不得安排会见，只能不予批准',
    reasonTooLong: '理由不得超过{max}字',
    sanctionReasonRequired: '须写明处理事由（{max}字以内）',
    visitorCount: '会见人数应为{min}至{max}人',
    falseInformationStop: '会见人隐瞒、捏造个人信息，停止后续会见（{rule}）',
  },
} as const;

export const en = {
  review: {
    closed: {
      withdrawn: 'The family withdrew this application; it can no longer be decided',
      decided: 'This application has already been decided',
      stopped: 'The subject may not meet on the meeting day; this meeting was stopped',
    },
    subjectIneligible: 'The subject may not be given a meeting on the meeting day ({date}); the request can only be rejected',
    reasonTooLong: 'The reason is limited to {max} characters',
    sanctionReasonRequired: 'A reason of at most {max} characters is required',
    visitorCount: 'Visitors must be {min} to {max}',
    falseInformationStop: 'A visitor hid or fabricated personal information; later meetings stop ({rule})',
  },
};
