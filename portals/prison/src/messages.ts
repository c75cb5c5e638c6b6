/** The prison portal's own words (zh-CN first); the review queue's are shared (portals/ui). */
export const messages = {
  'zh-CN': {
    prison: { title: '监狱远程会见', subjectsTab: '服刑人员' },
    requests: {
      tab: '服刑人员申请', title: '服刑人员申请会见（表一）', file: '登记服刑人员申请', empty: '暂无服刑人员申请', relatives: '申请会见的亲属',
      stage: '环节', stages: { INSTITUTION: '监狱审批', BUREAU_NOTIFY: '司法局通知家属', INMATE_NOTIFY: '告知服刑人员', DONE: '已办结' },
      relative: '亲属', idNumber: '身份证号', phone: '手机', address: '住址', addRelative: '增加亲属', submit: '登记', filed: '已登记',
      day: '会见日期', noDays: '暂无可安排的日期', venue: '家属所在县（市、区）司法局', time: '会见时间',
      told: '已告知服刑人员', toldDone: '已记录', print: '打印表一', move: '变更会见时间', moved: '已变更，司法局将重新通知家属',
    },
    extra: {
      tab: '紧急加次会见', chain: '家庭发生紧急情况时，可在当月次数之外增加一次远程会见，逐级审批：{steps}（每级须由不同人员审批）。',
      inmate: '服刑人员', findInmate: '输入姓名或编号查找', month: '月份', reason: '紧急事由', reasonHint: '如：母亲病危', request: '提交审批', requested: '已提交审批',
      none: '暂无紧急会见申请', progress: '审批进度', granted: '已批准，本月可增加一次', approve: '{step}审批同意', approved: '已审批', waiting: '待{step}审批',
      longerTab: '紧急会见（延长或另定时间）',
      longerChain: '家庭发生紧急情况时，经{steps}批准，可延长会见时间或另定会见时间；不增加当月会见次数。',
      meeting: '会见', day: '日期', time: '时间', minutes: '延长（分钟）', newTime: '另定时间', approveLonger: '监狱长批准', approvedLonger: '已记录批准',
      recorded: '已批准：延长{minutes}分钟', noMeetings: '暂无已批准、尚未举行的会见',
    },
    officialDesk: {
      tab: '公务会见', intro: '法院、检察院、公安机关、纪检监察机关和公证机构凭公函预约远程会见：使用同一会见室，全程录音录像，不占用家属会见名额。',
      inmate: '服刑人员', findInmate: '输入姓名或编号查找', organ: '来函机关', issuedBy: '机关名称', letterNumber: '公函文号', purpose: '事由',
      officials: '参加人员', officialsHint: '多人用顿号分隔', date: '会见日期', dateHint: '例如 2026-12-08', minutes: '时长（分钟）',
      arrange: '登记并安排', arranged: '已安排', none: '暂无公务会见', cancel: '取消', cancelled: '已取消', cancelledDone: '已取消',
      code: '已安排。请将会见编号 {id} 和入会码 {code} 随复函告知来函机关（入会码只显示这一次）。',
    },
  },
  en: {
    prison: { title: 'Prison remote meetings', subjectsTab: 'Inmates' },
    requests: {
      tab: 'Inmate requests', title: "Inmates' own requests (Form 1)", file: "Record an inmate's request", empty: 'No requests', relatives: 'Relatives named',
      stage: 'Stage', stages: { INSTITUTION: 'Prison decides', BUREAU_NOTIFY: 'Bureau tells the family', INMATE_NOTIFY: 'Tell the inmate', DONE: 'Done' },
      relative: 'Relative', idNumber: 'ID number', phone: 'Mobile', address: 'Address', addRelative: 'Add a relative', submit: 'Record', filed: 'Recorded',
      day: 'Meeting day', noDays: 'No day open', venue: "The family's county bureau", time: 'Time',
      told: 'Inmate told', toldDone: 'Recorded', print: 'Print Form 1', move: 'Move the meeting', moved: 'Moved; the bureau tells the family again',
    },
    extra: {
      tab: 'Emergency meetings', chain: 'For a family emergency one remote meeting may be added beyond the month’s allowance, approved step by step: {steps} (each step by a different person).',
      inmate: 'Inmate', findInmate: 'Type a name or number', month: 'Month', reason: 'Emergency', reasonHint: 'e.g. mother gravely ill', request: 'Ask for approval', requested: 'Sent for approval',
      none: 'No emergency requests', progress: 'Approvals', granted: 'Granted: one more this month', approve: 'Approve as {step}', approved: 'Approved', waiting: 'Waiting for {step}',
      longerTab: 'Emergency meetings (longer or off schedule)',
      longerChain: 'For a family emergency, approved by the {steps}, a meeting may run longer or take place at another time; it does not add a meeting to the month.',
      meeting: 'Meeting', day: 'Day', time: 'Time', minutes: 'Extra minutes', newTime: 'Other time', approveLonger: 'Approve as warden', approvedLonger: 'Approval recorded',
      recorded: 'Approved: {minutes} more minutes', noMeetings: 'No approved meeting still to come',
    },
    officialDesk: {
      tab: 'Official sessions', intro: 'Courts, procuratorates, police, discipline commissions and notaries book remote sessions on an official letter: the same rooms, sound and picture recorded throughout, no family’s place taken.',
      inmate: 'Inmate', findInmate: 'Type a name or number', organ: 'Organ', issuedBy: 'Organ’s name', letterNumber: 'Letter number', purpose: 'Purpose',
      officials: 'Officials', officialsHint: 'Separate names with commas', date: 'Day', dateHint: 'e.g. 2026-12-08', minutes: 'Minutes',
      arrange: 'Record and arrange', arranged: 'Arranged', none: 'No official sessions', cancel: 'Cancel', cancelled: 'Cancelled', cancelledDone: 'Cancelled',
      code: 'Arranged. Send the organ the session number {id} and joining code {code} with the reply (the code is shown only now).',
    },
  },
};
