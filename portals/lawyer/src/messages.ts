const kindsZh = {
  PRACTICE_CERTIFICATE: '律师执业证书', LEGAL_AID_WORK_CARD: '律师工作证（法律援助机构）', FIRM_LETTER: '律师事务所证明', POWER_OF_ATTORNEY: '委托书',
  LEGAL_AID_LETTER: '法律援助公函', HELP_REQUEST: '法律帮助申请', HELP_NOTICE: '提供法律帮助通知书', INTERN_CARD: '实习律师证',
  APPROVAL_DOCUMENT: '办案机关许可决定文书', IDENTITY_DOCUMENT: '本人有效身份证明', INVESTIGATOR_PERMISSION: '侦查机关许可会见文书',
};
const kindsEn = {
  PRACTICE_CERTIFICATE: 'Practice certificate', LEGAL_AID_WORK_CARD: 'Legal-aid work card', FIRM_LETTER: 'Law firm letter', POWER_OF_ATTORNEY: 'Power of attorney',
  LEGAL_AID_LETTER: 'Legal-aid letter', HELP_REQUEST: 'Request for legal help', HELP_NOTICE: 'Notice to provide legal help', INTERN_CARD: 'Intern card',
  APPROVAL_DOCUMENT: 'Case organ’s approval', IDENTITY_DOCUMENT: 'Identity document', INVESTIGATOR_PERMISSION: 'Investigator’s permission',
};

/** The lawyer portal's own words (zh-CN first). */
export const messages = {
  'zh-CN': {
    lawyer: {
      title: '律师会见', notALawyer: '此入口供律师使用', meetings: '我的会见', mandates: '我的委托', book: '预约会见', refresh: '刷新',
      noMeetings: '暂无会见', noMandates: '暂无委托', register: { open: '律师注册', title: '律师注册（司法局核验执业信息后可用）', name: '姓名', phone: '手机号', certificate: '律师执业证号（17位）', firm: '律师事务所', bureau: '负责核验的司法局', submit: '提交注册', done: '注册已提交', doneHint: '司法局核验您的执业证号和律师事务所后即可登录' }, letters: '在押人员来信', letterStatus: { RECEIVED: '看守所已收到，待转递', PASSED_ON: '已转递', WITHHELD: '看守所暂扣' }, letterVia: { HANDED: '当面交付', AT_MEETING: '会见时转交', POST: '邮寄' }, position: '排队第{n}位', countdown: '距48小时期限', dueBy: '最迟{at}前安排',
      bookedHint: '已预约，到看守所核验凭证后受理排队', refused: '在押人员书面拒绝会见', minutes: '{n}分钟',
      status: { BOOKED: '已预约', WAITING: '排队中', ARRANGED: '已安排', REFUSED_BY_SUSPECT: '书面拒绝', CANCELLED: '已取消' },
      mode: { IN_PERSON: '当面会见', REMOTE: '视频会见' },
      purpose: { MEETING: '会见', MANDATE_END: '确认解除委托' }, purposeLabel: '事由',
      mandateKind: { DEFENCE: '委托辩护', LEGAL_AID: '法律援助', DUTY: '值班律师' },
      centre: '看守所', suspectName: '在押人员姓名', suspectIdNumber: '在押人员身份证号', requester: '身份',
      requesterType: { DEFENCE_LAWYER: '辩护律师', DUTY_LAWYER: '值班律师', ASSISTANT: '律师助理', TRANSLATOR: '翻译' },
      companionName: '姓名', addCompanion: '添加{role}', removeCompanion: '移除',
      kind: kindsZh, or: '或', documentNumber: '证件编号', upload: '上传复印件',
      permission: '侦查机关许可会见文书（仅侦查阶段危害国家安全、恐怖活动犯罪案件）', permissionHint: '文书编号（其他案件不填）',
      how: '会见方式', length: '时长（分钟）', bookedDone: '已预约',
      documents: '留存凭证', join: '进入视频会见', back: '返回', cancel: '取消', noRoomYet: '今日暂无可进入的视频会见', afterTab: '评价投诉',
      alarm: {
        title: '紧急报警', hint: '发现行凶、自杀、自残、逃脱或突发疾病，立即报警，看守所实时收到',
        confirm: '确认向看守所报警：{kind}？', send: '立即报警', sent: '已报警：{kind}，看守所已收到',
      },
      after: {
        rate: '会见服务评价', meeting: '会见', pickMeeting: '选择已安排的会见', score: '评分', points: '{n}分', comment: '意见建议（可不填）',
        send: '提交评价', rated: '评价已提交', complain: '投诉', contact: '受理投诉的机构和联系人', noContacts: '该看守所尚未公布投诉联系人',
        about: '涉及的会见', general: '不涉及具体会见', text: '投诉内容', wantsHearing: '要求当面反映情况', file: '提交投诉', filed: '投诉已提交',
        mine: '我的投诉和反馈', none: '暂无投诉', hearingAsked: '已要求当面反映情况', feedback: '调查处理反馈', heard: '已当面听取意见',
        status: { OPEN: '处理中', ANSWERED: '已反馈' },
      },
    },
  },
  en: {
    lawyer: {
      title: 'Lawyer meetings', notALawyer: 'This portal is for lawyers', meetings: 'My meetings', mandates: 'My mandates', book: 'Book', refresh: 'Refresh',
      noMeetings: 'No meetings', noMandates: 'No mandates', register: { open: 'Register as a lawyer', title: 'Register (usable once a justice bureau verifies your practice)', name: 'Name', phone: 'Mobile', certificate: 'Practice certificate number (17 digits)', firm: 'Law firm', bureau: 'Justice bureau to check it', submit: 'Register', done: 'Registration sent', doneHint: 'You can sign in once the justice bureau has verified your certificate number and firm' }, letters: 'Letters from suspects', letterStatus: { RECEIVED: 'Received by the centre, to be passed on', PASSED_ON: 'Passed on', WITHHELD: 'Withheld by the centre' }, letterVia: { HANDED: 'handed over', AT_MEETING: 'at a meeting', POST: 'by post' }, position: 'Number {n} in the queue', countdown: 'Time left of the 48 hours', dueBy: 'To be arranged by {at}',
      bookedHint: 'Booked; the centre accepts it into the queue once the documents are checked', refused: 'The suspect refused in writing', minutes: '{n} min',
      status: { BOOKED: 'Booked', WAITING: 'Waiting', ARRANGED: 'Arranged', REFUSED_BY_SUSPECT: 'Refused in writing', CANCELLED: 'Cancelled' },
      mode: { IN_PERSON: 'In person', REMOTE: 'Video' },
      purpose: { MEETING: 'Meeting', MANDATE_END: 'Confirm the end of the mandate' }, purposeLabel: 'Purpose',
      mandateKind: { DEFENCE: 'Defence', LEGAL_AID: 'Legal aid', DUTY: 'Duty lawyer' },
      centre: 'Detention centre', suspectName: 'Suspect’s name', suspectIdNumber: 'Suspect’s ID number', requester: 'As',
      requesterType: { DEFENCE_LAWYER: 'Defence lawyer', DUTY_LAWYER: 'Duty lawyer', ASSISTANT: 'Assistant', TRANSLATOR: 'Translator' },
      companionName: 'Name', addCompanion: 'Add: {role}', removeCompanion: 'Remove',
      kind: kindsEn, or: ' or ', documentNumber: 'Document number', upload: 'Upload a copy',
      permission: 'Investigator’s permission (state security or terrorism, investigation stage only)', permissionHint: 'Document number (leave empty otherwise)',
      how: 'How', length: 'Length (minutes)', bookedDone: 'Booked',
      documents: 'Documents kept', join: 'Join the video meeting', back: 'Back', cancel: 'Cancel', noRoomYet: 'No video meeting to join today', afterTab: 'Rate and complain',
      alarm: {
        title: 'Alarm', hint: 'Violence, suicide, self-harm, escape or sudden illness: raise the alarm at once; the centre sees it live',
        confirm: 'Raise an alarm to the centre: {kind}?', send: 'Raise the alarm', sent: 'Alarm raised: {kind}; the centre has it',
      },
      after: {
        rate: 'Rate the service', meeting: 'Meeting', pickMeeting: 'Choose an arranged meeting', score: 'Score', points: '{n}', comment: 'Comments (optional)',
        send: 'Send the rating', rated: 'Rating sent', complain: 'Complain', contact: 'Where to complain (organ and contact)', noContacts: 'This centre has not published complaint contacts yet',
        about: 'About a meeting', general: 'Not about one meeting', text: 'Complaint', wantsHearing: 'I ask to be heard in person', file: 'Send the complaint', filed: 'Complaint sent',
        mine: 'My complaints and their feedback', none: 'No complaints', hearingAsked: 'Asked to be heard in person', feedback: 'Findings and handling', heard: 'Heard in person',
        status: { OPEN: 'Being handled', ANSWERED: 'Answered' },
      },
    },
  },
};
