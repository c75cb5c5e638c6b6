const docsZh = {
  PRACTICE_CERTIFICATE: '律师执业证书', LEGAL_AID_WORK_CARD: '律师工作证', FIRM_LETTER: '律师事务所证明', POWER_OF_ATTORNEY: '委托书',
  LEGAL_AID_LETTER: '法律援助公函', HELP_REQUEST: '法律帮助申请', HELP_NOTICE: '提供法律帮助通知书', INTERN_CARD: '实习律师证',
  APPROVAL_DOCUMENT: '办案机关许可决定文书', IDENTITY_DOCUMENT: '本人有效身份证明', INVESTIGATOR_PERMISSION: '侦查机关许可会见文书',
};
const docsEn = {
  PRACTICE_CERTIFICATE: 'Practice certificate', LEGAL_AID_WORK_CARD: 'Legal-aid work card', FIRM_LETTER: 'Law firm letter', POWER_OF_ATTORNEY: 'Power of attorney',
  LEGAL_AID_LETTER: 'Legal-aid letter', HELP_REQUEST: 'Request for legal help', HELP_NOTICE: 'Notice to provide legal help', INTERN_CARD: 'Intern card',
  APPROVAL_DOCUMENT: 'Case organ’s approval', IDENTITY_DOCUMENT: 'Identity document', INVESTIGATOR_PERMISSION: 'Investigator’s permission',
};

/** The detention centre desk's own words (zh-CN first). */
export const messages = {
  'zh-CN': {
    desk: {
      title: '看守所律师会见', notACentre: '此入口供看守所工作人员使用', queueTab: '排队', walkInTab: '受理', boardTab: '48小时看板', helpTab: '法律帮助',
      empty: '暂无记录', seq: '序号', kind: '类别', suspect: '在押人员', status: '状态', deadline: '期限', details: '内容', actions: '操作',
      kinds: { LAWYER_MEETING: '律师会见', INTERROGATION: '提讯', ESCORT: '提解' },
      statuses: { BOOKED: '已预约', WAITING: '排队中', ARRANGED: '已安排', REFUSED_BY_SUSPECT: '书面拒绝', CANCELLED: '已取消' },
      modes: { IN_PERSON: '当面', REMOTE: '视频' }, mandateEnd: '确认解除委托', docs: docsZh,
      accept: '核验受理', arrange: '安排', refusal: '书面拒绝', handover: '当面交接', room: '会见室', startsAt: '开始时间',
      roomKinds: { STANDARD: '普通', QUICK: '快速（30分钟内）', VIDEO: '视频' },
      leaderApproval: '领导批准（公休日、超时）', leaderHint: '批准领导姓名及职务', refusalText: '在押人员书面拒绝内容',
      identityConfirmed: '已核实确认身份', computer: '律师携带电脑', computerHint: '如：笔记本电脑一台，已关闭上网和即时通讯', confirm: '确定',
      done: { arrange: '已安排', refuse: '已记录书面拒绝并转交律师', handover: '已记录交接', accept: '已受理排队', interrogation: '提讯已受理排队', logged: '已登记', handed: '已转交值班律师' },
      length: '时长（分钟）', lawyerWalkIn: '律师到所会见（无需预约）', certificate: '律师执业证号', requester: '身份',
      requesters: { DEFENCE_LAWYER: '辩护律师', DUTY_LAWYER: '值班律师' }, oneOf: '已核验（任一）', how: '方式', copyAtDesk: '现场留存复印件',
      acceptLawyer: '受理律师会见', addCompanion: '随同{role}', interrogation: '提讯提解', caseUnit: '办案单位', officers: '办案人员', acceptInterrogation: '受理提讯',
      help: { LEGAL_HELP: '法律帮助', LEGAL_AID: '法律援助', RETAIN_LAWYER: '委托辩护律师' }, log: '登记', filedAt: '提出时间', passedTo: '转交',
      dutyLawyer: '值班律师', hand: '转交', alerts: { DUE_SOON: '即将超过24小时', OVERDUE: '已超过24小时' },
      letters: {
        title: '在押人员致辩护律师信件', hint: '信件应当及时转递辩护律师，不拆阅、不复制、不删改，不向办案机关提供信件内容；本登记不记录信件内容。',
        lawyer: '辩护律师', receive: '登记收到信件', received: '已登记信件', receivedAt: '收到时间', passed: '已转递律师', withhold: '暂扣（例外情形）', withheld: '已记录暂扣',
        ground: '暂扣理由', approvedBy: '批准领导', statuses: { RECEIVED: '待转递', PASSED_ON: '已转递', WITHHELD: '已暂扣' }, via: { HANDED: '当面交律师', AT_MEETING: '会见时转交', POST: '邮寄' },
      },
      meetingRoom: {
        tab: '视频会见室', hint: '律师远程会见只可监看画面，不得监听：任何岗位都不会收到声音，也不录制声音。', none: '今天没有安排的律师视频会见',
        lawyers: '律师及随同人员', companions: { ASSISTANT: '律师助理', TRANSLATOR: '翻译' }, lawyerSide: '律师', suspectSide: '在押人员',
        start: '开启会见室', started: '会见室已开启', watch: '监看画面', watching: '正在监看：{name}', seat: '在押人员入座', leave: '离开',
        alarm: '律师报警：{kind}（{at}）', stop: '违规停止会见', stopConfirm: '停止会见并通报司法局', stopped: '已停止会见并通报司法局',
        ground: '违规情形', details: '情况说明', bureau: '通报的司法局',
      },
      alarm: {
        title: '律师报警：{kind}（{at}）', acknowledge: '已知悉，立即处置', acknowledged: '已确认报警',
      },
    },
  },
  en: {
    desk: {
      title: 'Detention centre lawyer meetings', notACentre: 'This portal is for detention centre staff', queueTab: 'Queue', walkInTab: 'Accept', boardTab: '48-hour board', helpTab: 'Legal help',
      empty: 'Nothing yet', seq: 'No.', kind: 'Kind', suspect: 'Suspect', status: 'Status', deadline: 'Deadline', details: 'Details', actions: 'Actions',
      kinds: { LAWYER_MEETING: 'Lawyer', INTERROGATION: 'Interrogation', ESCORT: 'Escort' },
      statuses: { BOOKED: 'Booked', WAITING: 'Waiting', ARRANGED: 'Arranged', REFUSED_BY_SUSPECT: 'Refused in writing', CANCELLED: 'Cancelled' },
      modes: { IN_PERSON: 'In person', REMOTE: 'Video' }, mandateEnd: 'Confirm mandate end', docs: docsEn,
      accept: 'Check and accept', arrange: 'Arrange', refusal: 'Written refusal', handover: 'Handover', room: 'Room', startsAt: 'Starts at',
      roomKinds: { STANDARD: 'standard', QUICK: 'quick (≤30 min)', VIDEO: 'video' },
      leaderApproval: 'Leader’s approval (weekend, holiday)', leaderHint: 'Approving leader’s name and post', refusalText: 'What the suspect’s written refusal says',
      identityConfirmed: 'Identity confirmed', computer: 'Lawyer’s computer', computerHint: 'e.g. one laptop, networking and messaging off', confirm: 'Confirm',
      done: { arrange: 'Arranged', refuse: 'Refusal recorded and passed to the lawyer', handover: 'Handover recorded', accept: 'Accepted into the queue', interrogation: 'Interrogation accepted', logged: 'Logged', handed: 'Handed to the duty lawyer' },
      length: 'Length (minutes)', lawyerWalkIn: 'Lawyer at the desk (no booking needed)', certificate: 'Practice certificate number', requester: 'As',
      requesters: { DEFENCE_LAWYER: 'Defence lawyer', DUTY_LAWYER: 'Duty lawyer' }, oneOf: 'Checked (any one)', how: 'How', copyAtDesk: 'Copy kept at the desk',
      acceptLawyer: 'Accept the lawyer', addCompanion: 'With: {role}', interrogation: 'Interrogation or escort', caseUnit: 'Case-handling unit', officers: 'Officers', acceptInterrogation: 'Accept the interrogation',
      help: { LEGAL_HELP: 'Legal help', LEGAL_AID: 'Legal aid', RETAIN_LAWYER: 'Retain a lawyer' }, log: 'Log', filedAt: 'Filed', passedTo: 'Passed to',
      dutyLawyer: 'Duty lawyer', hand: 'Hand over', alerts: { DUE_SOON: 'Nearing 24 hours', OVERDUE: 'Past 24 hours' },
      letters: {
        title: 'Suspects’ letters to their defence lawyers', hint: 'Letters go to the defence lawyer promptly, unread, uncopied and unaltered, and their content is never given to the case organ; this log keeps no content.',
        lawyer: 'Defence lawyer', receive: 'Log a letter handed in', received: 'Letter logged', receivedAt: 'Received', passed: 'Passed to the lawyer', withhold: 'Withhold (exception)', withheld: 'Withholding recorded',
        ground: 'Ground', approvedBy: 'Approving leader', statuses: { RECEIVED: 'To pass on', PASSED_ON: 'Passed on', WITHHELD: 'Withheld' }, via: { HANDED: 'Handed to the lawyer', AT_MEETING: 'At a meeting', POST: 'By post' },
      },
      meetingRoom: {
        tab: 'Video meeting room', hint: 'Remote lawyer meetings are watched, never listened to: no role receives sound and no sound is recorded.', none: 'No lawyer video meetings arranged today',
        lawyers: 'Lawyers and companions', companions: { ASSISTANT: 'Assistant', TRANSLATOR: 'Translator' }, lawyerSide: 'Lawyer', suspectSide: 'Suspect',
        start: 'Open the room', started: 'Room open', watch: 'Watch', watching: 'Watching: {name}', seat: 'Seat the suspect', leave: 'Leave',
        alarm: 'Lawyer’s alarm: {kind} ({at})', stop: 'Stop for a violation', stopConfirm: 'Stop and report to the justice bureau', stopped: 'Meeting stopped and reported to the justice bureau',
        ground: 'Prohibited act', details: 'What happened', bureau: 'Justice bureau to report to',
      },
      alarm: {
        title: 'Lawyer’s alarm: {kind} ({at})', acknowledge: 'Seen, acting now', acknowledged: 'Alarm acknowledged',
      },
    },
  },
};
