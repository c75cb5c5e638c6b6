import { MESSAGES } from '@rv/schema/contract';
import type { Translate } from './errors.js';
import { createI18n, useI18n } from 'vue-i18n';

/** Words every portal uses; each app adds its own screen's words. Chinese first, English switchable. */
export const sharedMessages = {
  'zh-CN': {
    app: { language: 'English', signOut: '退出登录', loading: '加载中…' },
    login: {
      title: '登录',
      username: '用户名',
      password: '密码',
      submit: '登录',
      required: '请输入用户名和密码',
    },
    review: {
      queue: '待审批申请',
      empty: '暂无待审批的申请',
      live: '实时更新',
      number: '申请编号',
      subject: { prison: '服刑人员', detox: '戒毒人员' },
      visitors: '会见人',
      serviceDate: '会见日期',
      due: '审批期限',
      overdue: '已逾期',
      dueToday: '今日到期',
      priority: '优先',
      eligibility: '资格提示',
      actions: '操作',
      approve: '批准',
      reject: '驳回',
      rejectTitle: '驳回申请',
      reason: '驳回理由',
      reasonText: '说明',
      confirm: '确定',
      cancel: '取消',
      approved: '已批准',
      rejected: '已驳回',
      chooseReason: '请选择驳回理由',
      aboutSubject: '（会见对象）',
      aboutVisitor: '（会见人）',
      calendarMissing: '节假日数据缺失',
      inCustody: '在所',
      notInCustody: '已离所',
      search: '申请编号、姓名或人员编号',
      filter: '筛选',
      showAll: '全部期限',
      sort: '排序',
      descending: '倒序',
      status: '状态',
      total: '找到 {shown} 件 · 待审批共 {all} 件',
      noMatch: '没有符合条件的申请',
      ruleHint: '依据：{rule}',
      approveConfirm: '批准申请 {number}？批准后将短信通知家属，不能撤回。',
      meetingTimeHint: '请填写会见时间（时:分，如09:30）',
      filters: { OVERDUE: '已逾期', DUE_TODAY: '今日到期', ON_TIME: '未到期', PRIORITY: '优先' },
      sorts: { PRIORITY: '优先、期限（默认）', DEADLINE: '按审批期限', FILED: '按提交日期', MEETING_DAY: '按会见日期' },
      statuses: { PENDING: '待审批', APPROVED: '已批准', REJECTED: '已驳回', WITHDRAWN: '已撤回', STOPPED: '已终止' },
    },
    publish: {
      tab: '号源公布',
      deadline: '下月号源须在本月{day}日前公布',
      minimumRule: '每月号源不少于{n}个',
      date: '日期',
      capacity: '号源数',
      taken: '已预约',
      total: '本月合计 {n} 个',
      minimum: '最低 {n} 个',
      belowMinimum: '低于最低数量',
      late: '公布晚于5日',
      submit: '公布',
      done: '号源已公布',
      everyDay: '设为全部工作日',
      everyDayCount: '每个工作日的号源数',
      calendarMissing: '{year}年的节假日安排尚未录入：下列日期未能排除法定节假日。省厅录入后，成为节假日的已公布日期将关闭，已预约的会被通知。',
    },
    reviewTab: '审批',
    bureauHint: '管理局账号：可调阅录像、发布暂停通知；统计报表请在省级报表门户（/province/）查看。',
    subjects: {
      search: '姓名或编号',
      number: { prison: '罪犯编号', detox: '戒毒人员编号' },
      name: '姓名',
      unit: { prison: '监区', detox: '大队' },
      brigade: '第{n}大队',
      custody: '羁押状态',
      treatment: '处遇级别',
      custodyStatus: { IN_CUSTODY: '在押', RELEASED: '已释放', TRANSFERRED: '已调出' },
      treatmentLevel: { STRICT: '严管', ORDINARY: '普管', LENIENT: '宽管' },
      sanctions: '暂停远程会见处理',
      noSanctions: '无',
      period: '期间',
      reason: '事由',
      rule: '依据',
      severity: '情节',
      months: '暂停月数',
      severities: { ORDINARY: '一般', SERIOUS: '严重', VERY_SERIOUS: '特别严重' },
      suspend: '暂停远程会见',
      suspended: '已暂停远程会见',
      visits: '现场会见登记（计入当月会见次数）',
      noVisits: '无',
      visitDate: '日期',
      visitors: '会见人数',
      logVisit: '登记现场会见',
      visitLogged: '已登记',
    },
    unitMeetings: {
      tab: { prison: '监区会见通知', detox: '大队会见通知' },
      unit: { prison: '监区', detox: '大队' },
      title: { prison: '第{n}监区 已批准的远程会见', detox: '第{n}大队 已批准的远程会见' },
      print: '打印通知',
      none: '今日起没有已批准的会见',
      day: '日期',
      time: '时间',
      visitors: '会见人',
    },
    custody: {
      title: '亲属也在押（在其他监所）',
      ownReviews: '按本单位规则，由本单位审批，选择本单位的会见日期。',
      relativeReviews: '按本单位规则，由亲属所在单位审批，选择亲属所在单位的会见日期。',
      ownIdNumber: '本单位人员身份证号（核对档案）',
      relativeName: '在押亲属姓名',
      relativeIdNumber: '在押亲属身份证号',
      find: '查找',
      notFound: '未找到该在押人员：姓名和身份证号须与其所在监所登记的一致',
      sameInstitution: '亲属在本单位，由本单位直接安排会见',
      found: '已找到：{name}，在押于{institution}',
      relation: '亲属关系',
      day: '会见日期',
      noDays: '暂无可预约的日期',
      file: '提交会见申请',
      filed: '已提交，等待审批',
    },
    visitorSuspensions: {
      title: '会见人违规，司法局建议停止会见对象远程会见',
      visitor: '违规会见人',
      reason: '违规事实',
      months: '月数',
      recommendedOn: '建议日期',
      status: '决定',
      accept: '同意暂停',
      decline: '不同意',
      accepted: '已同意，会见对象暂停远程会见',
      declined: '已不同意',
      barOnly: '仅禁止该会见人',
      barred: '已禁止该会见人会见此对象',
      visitorBarred: '该会见人禁止至 {endsOn}',
      police: '移送公安',
      refer: '登记移送公安',
      policeUnit: '移送的公安机关',
      reference: '移送文书编号',
      record: '登记',
      referred: '移送已登记',
      statuses: { RECOMMENDED: '待决定', ACCEPTED: '已暂停至 {endsOn}', DECLINED: '未同意' },
    },
    relationships: {
      title: '亲属关系登记（首次申请前）',
      none: '尚未登记亲属关系',
      visitor: '亲属姓名',
      idNumber: '身份证号',
      relation: '关系',
      proof: '证明材料',
      at: '登记日期',
      reference: '材料编号或说明',
      referenceHint: '如户口簿户号、结婚证字号',
      photo: '近期照片（规则要求时）',
      realPerson: '已完成真人核验（规则要求时）',
      vouches: '申请人已承诺所提供材料真实有效',
      register: '登记亲属关系',
      registered: '已登记，该亲属可申请远程会见',
      proofs: {
        HOUSEHOLD_REGISTER: '户口簿',
        MARRIAGE_CERTIFICATE: '结婚证',
        BIRTH_CERTIFICATE: '出生医学证明',
        NOTARIAL_DEED: '公证书',
        PATERNITY_TEST: '亲子鉴定',
        POLICE_CERTIFICATE: '公安机关证明',
        ARMY_CERTIFICATE: '部队证明',
        JUDICIAL_CERTIFICATE: '司法机关证明',
        COMMITTEE_CERTIFICATE: '村（居）委会证明',
        JUDGMENT: '判决书',
        GUARDIANSHIP_CERTIFICATE: '监护证明',
        EMPLOYER_CERTIFICATE: '原工作单位证明',
        WORK_FILE: '工作档案记载',
        TOMBSTONE_INSCRIPTION: '墓碑铭文',
        ADMISSION_REGISTER: '核对入监登记表（监狱办理）',
      },
      household: '户籍所在地',
      householdRegion: '行政区划代码（6位）',
      householdHint: '按所见户口簿或居住证填写，不按身份证号推断',
      householdProof: '户籍证件',
      householdNone: '未核验',
      householdProofs: { HOUSEHOLD_REGISTER: '户口簿', RESIDENCE_PERMIT: '居住证' },
    },
    recordings: {
      tab: '录像调阅',
      title: '会见录像',
      none: '当天没有录像',
      started: '开始',
      ended: '结束',
      missing: '录像缺失',
      play: '播放',
      duration: '时长',
      streams: '音视频流',
      retainUntil: '保存至',
      download: '下载',
      playedAt: '调阅时间',
      playedBy: '调阅人',
      unit: '单位',
    },
    notices: {
      tab: '暂停通知',
      issue: '发布暂停会见通知',
      period: '暂停期间',
      message: '通知内容',
      cause: '原因',
      affected: '受影响申请',
      causes: { UNIT_FAULT: '本单位设备或场所原因', POLICY_CHANGE: '政策调整', SYSTEM_UPGRADE: '系统升级' },
      confirm: '{from} 至 {to} 的已预约会见将全部取消、释放号源并短信通知家属，确定发布？',
      issued: '已发布，{n} 个申请已通知并可优先改期',
      messageRequired: '请填写通知内容',
      none: '暂无暂停通知',
    },
    meeting: {
      tab: '会见室',
      wallTab: '实时监控',
      today: '今日会见',
      none: '今日没有会见',
      noneLive: '当前没有进行中的会见',
      wall: '进行中的会见',
      subject: '会见对象',
      state: '状态',
      start: '开始会见',
      started: '会见已开始',
      enter: '进入会见终端',
      leave: '返回',
      states: { SCHEDULED: '待开始', LIVE: '进行中', ENDED: '已结束', TERMINATED: '已终止', INTERRUPTED: '已中断', CANCELLED: '已取消', NO_SHOW: '未到场' },
      privileged: '律师会见（仅视频监看）',
      otherSide: '对方',
      thisSide: '本方',
      visitorSide: '会见方',
      subjectSide: '监所方',
      waiting: '正在连接对方…',
      connectionLost: '视频连接中断，本次会见将按规定优先改期',
      warning: '警告',
      warnings: '警告 {n} 次',
      listen: '监听',
      listening: '监听中',
      warn: '警告',
      warnReason: '警告原因（双方可见，记录在案）',
      warnDone: '已警告',
      terminate: '终止会见',
      terminateReason: '终止原因（记录在案）',
      terminateDone: '会见已终止',
      reasonRequired: '请填写原因',
      ground: '事由',
      groundReason: '说明（选择“其他”时必填）',
      language: '会见语言',
      languages: { MANDARIN: '普通话', FOREIGN: '外语', MINORITY: '少数民族语言', SIGN: '手语' },
      translatorPresent: '翻译人员在场',
      lengthened: '经批准延长{minutes}分钟',
    },
    errors: {
      UNAUTHENTICATED: '登录已失效，请重新登录',
      FORBIDDEN: '您无权进行此操作',
      NOT_FOUND: '未找到相关记录',
      BAD_USER_INPUT: '填写有误',
      SLOT_FULL: '该日名额已满',
      NOT_ELIGIBLE: '不符合会见条件',
      RELATIONSHIP_NOT_REGISTERED: '亲属关系尚未登记',
      DEADLINE_PASSED: '已超过办理期限',
      ACCOUNT_LOCKED: '登录失败次数过多，账号已暂时锁定，请稍后再试',
      TOO_MANY_REQUESTS: '查询过于频繁，请稍后再试',
      BAD_CREDENTIALS: '用户名或密码错误',
      CONFLICT: '状态已变化，请刷新后重试',
      MEDIA_UNAVAILABLE: '视频服务暂不可用，请联系管理员',
      SERVICE_UNAVAILABLE: '服务暂不可用，请稍后再试',
      NETWORK: '网络连接失败，请检查网络',
      INTERNAL: '系统出错，请联系管理员',
      withDetail: '{words}：{detail}',
    },
  },
  en: {
    app: { language: '中文', signOut: 'Sign out', loading: 'Loading…' },
    login: {
      title: 'Sign in',
      username: 'User name',
      password: 'Password',
      submit: 'Sign in',
      required: 'Enter your user name and password',
    },
    review: {
      queue: 'Applications to review',
      empty: 'Nothing to review',
      live: 'Live',
      number: 'Number',
      subject: { prison: 'Inmate', detox: 'Detainee' },
      visitors: 'Visitors',
      serviceDate: 'Meeting day',
      due: 'Decide by',
      overdue: 'Overdue',
      dueToday: 'Due today',
      priority: 'Priority',
      eligibility: 'Eligibility',
      actions: 'Actions',
      approve: 'Approve',
      reject: 'Reject',
      rejectTitle: 'Reject the application',
      reason: 'Reason',
      reasonText: 'Details',
      confirm: 'Confirm',
      cancel: 'Cancel',
      approved: 'Approved',
      rejected: 'Rejected',
      chooseReason: 'Choose a reason',
      aboutSubject: ' (the person in custody)',
      aboutVisitor: ' (visitor)',
      calendarMissing: 'Holidays not loaded',
      inCustody: 'In the centre',
      notInCustody: 'Left the centre',
      search: 'Application number, name or subject number',
      filter: 'Filter',
      showAll: 'Any deadline',
      sort: 'Sort',
      descending: 'Reverse',
      status: 'Status',
      total: '{shown} found · {all} pending in all',
      noMatch: 'No application matches',
      ruleHint: 'Rule: {rule}',
      approveConfirm: 'Approve {number}? The family is told by SMS at once; it cannot be taken back.',
      meetingTimeHint: 'The meeting time (hours:minutes, e.g. 09:30)',
      filters: { OVERDUE: 'Overdue', DUE_TODAY: 'Due today', ON_TIME: 'Not yet due', PRIORITY: 'Priority' },
      sorts: { PRIORITY: 'Priority, then due (default)', DEADLINE: 'By due day', FILED: 'By filing day', MEETING_DAY: 'By meeting day' },
      statuses: { PENDING: 'Pending', APPROVED: 'Approved', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn', STOPPED: 'Stopped' },
    },
    publish: {
      tab: 'Publish slots',
      deadline: "Next month's slots are published by day {day} of this month",
      minimumRule: 'At least {n} slots a month',
      date: 'Day',
      capacity: 'Slots',
      taken: 'Booked',
      total: '{n} slots this month',
      minimum: 'minimum {n}',
      belowMinimum: 'Below the minimum',
      late: 'Published after the 5th',
      submit: 'Publish',
      done: 'Slots published',
      everyDay: 'Set for every working day',
      everyDayCount: 'Slots on each working day',
      calendarMissing:
        "{year}'s holidays are not loaded yet: the days below may include public holidays. Once the province enters them, published days that become holidays close and their bookings are told.",
    },
    reviewTab: 'Review',
    bureauHint: 'Bureau account: play recordings and announce suspensions here; reports are in the province portal (/province/).',
    subjects: {
      search: 'Name or number',
      number: { prison: 'Inmate number', detox: 'Detainee number' },
      name: 'Name',
      unit: { prison: 'Ward', detox: 'Brigade' },
      brigade: 'Brigade {n}',
      custody: 'Custody',
      treatment: 'Treatment',
      custodyStatus: { IN_CUSTODY: 'In custody', RELEASED: 'Released', TRANSFERRED: 'Transferred' },
      treatmentLevel: { STRICT: 'Strict', ORDINARY: 'Ordinary', LENIENT: 'Lenient' },
      sanctions: 'Remote meetings suspended',
      noSanctions: 'None',
      period: 'Period',
      reason: 'Reason',
      rule: 'Rule',
      severity: 'Severity',
      months: 'Months',
      severities: { ORDINARY: 'Ordinary', SERIOUS: 'Serious', VERY_SERIOUS: 'Very serious' },
      suspend: 'Suspend remote meetings',
      suspended: 'Remote meetings suspended',
      visits: 'On-site visits (count against the month)',
      noVisits: 'None',
      visitDate: 'Day',
      visitors: 'Visitors',
      logVisit: 'Log an on-site visit',
      visitLogged: 'Logged',
    },
    unitMeetings: {
      tab: { prison: 'Ward notices', detox: 'Brigade notices' },
      unit: { prison: 'Ward', detox: 'Brigade' },
      title: { prison: 'Ward {n}: approved remote meetings', detox: 'Brigade {n}: approved remote meetings' },
      print: 'Print the notice',
      none: 'No approved meetings from today',
      day: 'Day',
      time: 'Time',
      visitors: 'Visitors',
    },
    custody: {
      title: 'A relative held in another institution',
      ownReviews: 'Under these rules this institution approves: choose one of its own days.',
      relativeReviews: 'Under these rules the relative’s institution approves: choose one of its days.',
      ownIdNumber: 'This person’s ID number (from the file)',
      relativeName: 'Relative’s name',
      relativeIdNumber: 'Relative’s ID number',
      find: 'Find',
      notFound: 'No one in custody found: the name and ID number must match the holding institution’s record',
      sameInstitution: 'The relative is held here; arrange the meeting directly',
      found: 'Found: {name}, held at {institution}',
      relation: 'Relation',
      day: 'Meeting day',
      noDays: 'No open day',
      file: 'File the application',
      filed: 'Filed; waiting for approval',
    },
    visitorSuspensions: {
      title: 'A visitor’s misconduct: the bureau recommends stopping the subject’s remote meetings',
      visitor: 'Visitor',
      reason: 'What they did',
      months: 'Months',
      recommendedOn: 'Recommended',
      status: 'Decision',
      accept: 'Suspend',
      decline: 'Decline',
      accepted: 'Accepted; the subject’s remote meetings are suspended',
      declined: 'Declined',
      barOnly: 'Bar this visitor only',
      barred: 'The visitor may not meet this subject',
      visitorBarred: 'Visitor barred until {endsOn}',
      police: 'Police',
      refer: 'Record a police referral',
      policeUnit: 'Police unit',
      reference: 'Reference number',
      record: 'Record',
      referred: 'Referral recorded',
      statuses: { RECOMMENDED: 'To decide', ACCEPTED: 'Suspended until {endsOn}', DECLINED: 'Declined' },
    },
    relationships: {
      title: 'Registered relatives (before the first application)',
      none: 'No relationship registered',
      visitor: 'Relative',
      idNumber: 'ID number',
      relation: 'Relation',
      proof: 'Proof',
      at: 'Registered',
      reference: 'Document number or note',
      referenceHint: 'e.g. household register or certificate number',
      photo: 'Recent photo (where the rules ask)',
      realPerson: 'Real-person check done (where the rules ask)',
      vouches: 'The applicant vouches that the documents are true',
      register: 'Register the relationship',
      registered: 'Registered; this relative may now apply',
      proofs: {
        HOUSEHOLD_REGISTER: 'Household register',
        MARRIAGE_CERTIFICATE: 'Marriage certificate',
        BIRTH_CERTIFICATE: 'Birth certificate',
        NOTARIAL_DEED: 'Notarial deed',
        PATERNITY_TEST: 'Paternity test',
        POLICE_CERTIFICATE: 'Police certificate',
        ARMY_CERTIFICATE: 'Army certificate',
        JUDICIAL_CERTIFICATE: 'Judicial certificate',
        COMMITTEE_CERTIFICATE: 'Village or residents’ committee certificate',
        JUDGMENT: 'Judgment',
        GUARDIANSHIP_CERTIFICATE: 'Guardianship certificate',
        EMPLOYER_CERTIFICATE: 'Former employer’s certificate',
        WORK_FILE: 'Work file',
        TOMBSTONE_INSCRIPTION: 'Tombstone inscription',
        ADMISSION_REGISTER: 'Admission register checked (by the prison)',
      },
      household: 'Household (户籍)',
      householdRegion: 'Region code (6 digits)',
      householdHint: 'As seen on the household register or residence permit, never from the ID number',
      householdProof: 'Document seen',
      householdNone: 'Not proven',
      householdProofs: { HOUSEHOLD_REGISTER: 'Household register', RESIDENCE_PERMIT: 'Residence permit' },
    },
    recordings: {
      tab: 'Recordings',
      title: 'Meeting recordings',
      none: 'No recordings that day',
      started: 'Started',
      ended: 'Ended',
      missing: 'Recording missing',
      play: 'Play',
      duration: 'Length',
      streams: 'Streams',
      retainUntil: 'Kept until',
      download: 'Download',
      playedAt: 'Played at',
      playedBy: 'Played by',
      unit: 'Unit',
    },
    notices: {
      tab: 'Suspensions',
      issue: 'Announce a suspension',
      period: 'Period',
      message: 'Notice',
      cause: 'Cause',
      affected: 'Bookings affected',
      causes: { UNIT_FAULT: "This unit's equipment or premises", POLICY_CHANGE: 'Policy change', SYSTEM_UPGRADE: 'System upgrade' },
      confirm: 'Every booking from {from} to {to} is cancelled, its slot given back and its family texted. Announce?',
      issued: 'Announced: {n} booking(s) told and offered a priority reschedule',
      messageRequired: 'Write the notice',
      none: 'No suspensions',
    },
    meeting: {
      tab: 'Meeting room',
      wallTab: 'Live monitoring',
      today: "Today's meetings",
      none: 'No meetings today',
      noneLive: 'No meeting is live',
      wall: 'Live meetings',
      subject: 'Person in custody',
      state: 'State',
      start: 'Start the meeting',
      started: 'Meeting started',
      enter: 'Open the terminal',
      leave: 'Back',
      states: {
        SCHEDULED: 'Not started',
        LIVE: 'Live',
        ENDED: 'Ended',
        TERMINATED: 'Terminated',
        INTERRUPTED: 'Interrupted',
        CANCELLED: 'Cancelled',
        NO_SHOW: 'No-show',
      },
      privileged: 'Lawyer meeting (watched, not heard)',
      otherSide: 'Other side',
      thisSide: 'This side',
      visitorSide: 'Visitors',
      subjectSide: 'Institution',
      waiting: 'Connecting to the other side…',
      connectionLost: 'The video connection was lost; the meeting will be rescheduled with priority',
      warning: 'Warning',
      warnings: '{n} warning(s)',
      listen: 'Listen',
      listening: 'Listening',
      warn: 'Warn',
      warnReason: 'Reason (shown to both sides, recorded)',
      warnDone: 'Warning given',
      terminate: 'Terminate',
      terminateReason: 'Reason (recorded)',
      terminateDone: 'Meeting terminated',
      reasonRequired: 'A reason is required',
      ground: 'Ground',
      groundReason: 'Details (required for “Other”)',
      language: 'Language',
      languages: { MANDARIN: 'Mandarin', FOREIGN: 'Foreign language', MINORITY: 'Minority language', SIGN: 'Sign language' },
      translatorPresent: 'A translator is present',
      lengthened: 'Lengthened {minutes} min on a recorded approval',
    },
    errors: {
      UNAUTHENTICATED: 'Your session has ended; please sign in again',
      FORBIDDEN: 'You may not do this',
      NOT_FOUND: 'Not found',
      BAD_USER_INPUT: 'Please check what you entered',
      SLOT_FULL: 'That day is fully booked',
      NOT_ELIGIBLE: 'Not eligible for a meeting',
      RELATIONSHIP_NOT_REGISTERED: 'The relationship is not registered yet',
      DEADLINE_PASSED: 'The deadline has passed',
      ACCOUNT_LOCKED: 'Too many failed sign-ins: the account is locked for a while',
      TOO_MANY_REQUESTS: 'Too many look-ups; try again later',
      BAD_CREDENTIALS: 'Wrong user name or password',
      CONFLICT: 'This changed meanwhile; refresh and try again',
      MEDIA_UNAVAILABLE: 'The video service is unavailable; call the administrator',
      SERVICE_UNAVAILABLE: 'The service is unavailable; try again later',
      NETWORK: 'No connection; check the network',
      INTERNAL: 'Something went wrong; call the administrator',
      withDetail: '{words}: {detail}',
    },
  },
};

/** A tree of words: namespaces down to strings (vue-i18n's messages). */
interface Messages {
  [key: string]: string | Messages;
}

/** Joins message trees namespace by namespace (the server's `review.*` and the portal's `review.*` both stay). */
export function mergeMessages(...trees: Messages[]): Messages {
  const merged: Messages = {};
  for (const tree of trees)
    for (const [key, value] of Object.entries(tree)) {
      const before = merged[key];
      merged[key] = isTree(before) && isTree(value) ? mergeMessages(before, value) : value;
    }
  return merged;
}

function isTree(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null;
}

/**
 * Every portal's words: the server's shared catalogue (@rv/schema's messages: what errors and
 * decisions say by key), the words all portals share, and the app's own. zh-CN by default; the
 * language chosen is kept for the next visit.
 */
export function portalMessages(appMessages: { 'zh-CN': Messages; en: Messages }): { 'zh-CN': Messages; en: Messages } {
  return {
    'zh-CN': mergeMessages(MESSAGES['zh-CN'], sharedMessages['zh-CN'], appMessages['zh-CN']),
    en: mergeMessages(MESSAGES.en, sharedMessages.en, appMessages.en),
  };
}

let currentLocale: () => string = () => 'zh-CN';

/** The language the portal shows now (for texts translated outside a component). */
export function portalLocale(): string {
  return currentLocale();
}

export function createPortalI18n(appMessages: { 'zh-CN': Messages; en: Messages }) {
  const locale = localStorage.getItem('rv.locale') === 'en' ? 'en' : 'zh-CN';
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages: portalMessages(appMessages) });
  currentLocale = () => i18n.global.locale.value as string;
  return i18n;
}

/**
 * A server decision shown to people: a catalogue key (translated, its params filled) or, from
 * fields and rows still holding words, the words themselves — so either form shows right.
 */
export function useServerText() {
  const { t, te, locale } = useI18n();
  return (text: string | null | undefined, params: Record<string, unknown> = {}): string =>
    !text ? '' : te(text) ? t(text, params) : oneLanguage(text, locale.value);
}

const BILINGUAL = /^(.*[\u4e00-\u9fff].*?)\s*\(([^()]*[A-Za-z][^()]*)\)$/s;

/** A sentence not yet keyed, "中文 (English)": only the side in the portal's language, never both. */
export function oneLanguage(text: string, locale: string): string {
  const [, chinese, english] = BILINGUAL.exec(text) ?? [];
  if (!chinese) return text;
  return locale === 'en' ? english : chinese;
}

/** A decision the server stored by key (issue 14): GraphQL's KeyedText, its params a JSON object. */
export interface KeyedTextLike {
  key: string;
  params?: string | Record<string, unknown> | null;
}

const isKeyed = (value: unknown): value is KeyedTextLike => typeof value === 'object' && value !== null && typeof (value as KeyedTextLike).key === 'string';

/**
 * A keyed text's words: `te(key) ? t(key, params) : key`, each parameter that is itself a keyed text
 * (a pack's reason inside "reason: note") translated first, a list of them joined the language's way. Pure: portals use it through useKeyedText.
 */
export function keyedWords(keyed: KeyedTextLike, t: Translate, te: (key: string) => boolean): string {
  const raw = typeof keyed.params === 'string' ? (JSON.parse(keyed.params) as Record<string, unknown>) : (keyed.params ?? {});
  const params = Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? value.map((item) => (isKeyed(item) ? keyedWords(item, t, te) : String(item))).join(t('decision.listSeparator'))
        : isKeyed(value)
          ? keyedWords(value, t, te)
          : value,
    ]),
  );
  return te(keyed.key) ? t(keyed.key, params) : keyed.key;
}

/**
 * What a screen shows of a stored decision (a rejection, a check-in refusal, an SMS): the keyed form
 * in the portal's language; without one (older rows), the words it was given, one language only.
 */
export function useKeyedText() {
  const { t, te, locale } = useI18n();
  return (keyed: KeyedTextLike | null | undefined, words?: string | null): string =>
    keyed ? keyedWords(keyed, t, (key) => te(key)) : words ? oneLanguage(words, locale.value) : '';
}
