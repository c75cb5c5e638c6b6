/**
 * The family's rules briefing (GD-26), composed from the pack's data in the reader's language
 * (rules/briefing.ts). Pieces that may be absent (children, levels, checks) are their own entries.
 */
export const zhCN = {
  briefing: {
    free: '远程会见不收取任何费用。',
    allowance: '每名会见对象每月可会见{n}次{byLevel}，远程会见与现场会见合并计算。',
    byLevel: '（{levels}）',
    level: { LENIENT: '宽管级每月{n}次', ORDINARY: '普管级每月{n}次', STRICT: '严管级每月{n}次' },
    listSeparator: '，',
    duration: '每次会见不超过{minutes}分钟，屏幕上显示倒计时，时间到自动结束。',
    visitors: '每次会见人数不超过{max}人{children}。',
    children: '；{age}周岁以下儿童不计人数，须由监护人陪同',
    relationship: '首次申请前，须携带身份证和亲属关系证明（户口簿、结婚证等）到{place}办理亲属关系登记{realPerson}{photo}。',
    atInstitution: '会见对象所在监所',
    atBureau: '司法局',
    realPerson: '并进行真人核验',
    photo: '，提交近期照片',
    applyAhead: '须提前{days}日申请。',
    workingDaysOnly: '申请在工作日受理。',
    review: '审批流程：{stages}。结果以短信通知，也可凭申请编号和身份证号码在网上查询。',
    stage: '{actor}（{days}个工作日）',
    stageSeparator: ' → ',
    actor: {
      JUDICIAL_OFFICE: '司法所初审',
      COUNTY_BUREAU: '县（市、区）司法局审核',
      INSTITUTION: '监所审批',
      BUREAU_NOTIFY: '司法局通知申请人',
      INMATE_NOTIFY: '监狱告知服刑人员',
    },
    arriveEarly: '会见当日须提前{minutes}分钟携带本人身份证原件到会见地点核验；未列入申请名单或证件不符的人员不得参加。迟到的，本次会见取消。',
    arriveOnTime: '会见当日须按时携带本人身份证原件到会见地点核验；未列入申请名单或证件不符的人员不得参加。迟到或无故未到的，当月不再安排远程会见。',
    pledge: '会见前须阅读并签署《{title}》。',
    conduct: '会见全程录音录像并实时监听。使用暗语、谈论有害内容或使用手机、录音录像设备的，工作人员将予以警告；情节严重的，终止会见。',
    mandarinOnly: '会见须使用普通话。',
    translator: '使用外语、少数民族语言或手语的，须有翻译人员在场。',
  },
} as const;

export const en = {
  briefing: {
    free: 'Remote meetings are free of charge.',
    allowance: 'Each person in custody may have {n} meeting(s) a month{byLevel}; remote and on-site meetings count together.',
    byLevel: ' ({levels})',
    level: { LENIENT: 'lenient level {n} a month', ORDINARY: 'ordinary level {n} a month', STRICT: 'strict level {n} a month' },
    listSeparator: ', ',
    duration: 'A meeting lasts at most {minutes} minutes; a countdown is shown and it ends by itself.',
    visitors: 'At most {max} visitors per meeting{children}.',
    children: '; children under {age} are not counted and come with a guardian',
    relationship:
      'Before the first application, bring your ID card and proof of the relationship (household register, marriage certificate …) to {place} to register the relationship{realPerson}{photo}.',
    atInstitution: 'the institution holding your relative',
    atBureau: 'the justice bureau',
    realPerson: ' and pass a real-person check',
    photo: ', with a recent photo',
    applyAhead: 'Apply at least {days} days ahead.',
    workingDaysOnly: 'Applications are taken on working days.',
    review: 'Review: {stages}. The result is sent by SMS and can be looked up online with the application number and the ID number.',
    stage: '{actor} ({days} working days)',
    stageSeparator: ' → ',
    actor: {
      JUDICIAL_OFFICE: 'judicial office first review',
      COUNTY_BUREAU: 'county justice bureau review',
      INSTITUTION: 'institution approval',
      BUREAU_NOTIFY: 'the bureau tells the applicant',
      INMATE_NOTIFY: 'the prison tells the inmate',
    },
    arriveEarly:
      'On the day, come {minutes} minutes early to the meeting place with your original ID card; anyone not on the application or with a different ID may not join. Coming late cancels the meeting.',
    arriveOnTime:
      'On the day, come on time to the meeting place with your original ID card; anyone not on the application or with a different ID may not join. Coming late or not at all without reason means no remote meeting that month.',
    pledge: 'Read and sign “{title}” before the meeting.',
    conduct:
      'Meetings are recorded and monitored live. Code words, harmful talk, or using a phone or a recording device bring a warning; serious cases end the meeting.',
    mandarinOnly: 'Meetings are held in Mandarin.',
    translator: 'A translator must be present for a foreign or minority language or sign language.',
  },
};
