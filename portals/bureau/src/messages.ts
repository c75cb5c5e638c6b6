/** The county bureau / judicial office portal's words (zh-CN first). */
export const messages = {
  'zh-CN': {
    preReview: {
      tab: '预审', title: '待本处办理的申请（YN-8）', empty: '暂无待办理的申请', day: '会见日期', stage: '环节',
      stages: { JUDICIAL_OFFICE: '司法所初审', COUNTY_BUREAU: '司法局审核', BUREAU_NOTIFY: '通知申请人' },
      forward: '初审通过，转报司法局', atOffice: '司法所初审中', approve: '审核通过，报监所', notify: '已通知申请人',
      approvedAt: '监所已批准，会见时间 {time}', inmateRequests: '服刑人员申请会见（YN-9）：通知家属并反馈', familyAccepts: '家属接受', familyDeclines: '家属不接受', forwarded: '已转报司法局', sent: '已报送监所审批', notified: '已记录通知',
    },
    counter: {
      tab: '窗口代办', title: '代为申请远程会见（GD-20）', name: '申请人姓名', idNumber: '申请人身份证号', find: '查找登记的亲属', phone: '申请人手机',
      relative: '在押亲属', noRelatives: '该身份证号尚未登记亲属关系，请先办理亲属关系登记（GD-17）', day: '会见日期', noDays: '暂无可预约的日期',
      left: '余{n}', file: '提交申请并打印回执', incomplete: '请填写申请人信息并选择亲属和日期', receipt: '远程会见申请受理回执',
      applicant: '申请人', receivedAt: '受理时间', place: '受理地点', howToCheck: '结果查询', fee: '费用', free: '远程会见不收取任何费用',
      print: '打印回执', next: '办理下一位',
    },
    bureau: {
      title: '司法局远程会见', today: '今日会见', empty: '今天本处没有已批准的会见', live: '实时更新',
      number: '申请编号', subject: '会见对象', visitors: '会见人', status: '状态',
      idNumber: '身份证号（刷卡或输入）', originalPresent: '已核验身份证原件', expiresOn: '有效期至（长期可不填）', checkIn: '核验',
      admitted: '核验通过', refused: '不予会见', pledge: '会见承诺书', print: '打印承诺书', sign: '已签字确认', signedAt: '已签署 {at}',
      noPledge: '本规则无需签署承诺书', checkInFirst: '请先核验身份', checked: '核验结果已记录', signedDone: '承诺书签署已记录',
      todayTab: '今日会见', smsTab: '短信记录', smsEmpty: '暂无短信', smsAt: '时间', smsPhone: '手机', smsBody: '内容', smsStatus: '状态', smsStatuses: { PENDING: '待发送', SENT: '已发送', FAILED: '发送失败' },
      statuses: { APPROVED: '已批准', MET: '已会见', REFUSED_AT_VENUE: '现场未准予会见', NO_SHOW: '未到场', TERMINATED: '会见被中止', INTERRUPTED: '会见中断' },
    },
    pending: {
      tab: '待审批', title: '本处家属待审批的申请', empty: '没有待审批的申请', due: '本环节期限', priority: '优先（GD-4）', putFirst: '设为优先',
      institutionOverdue: '监所已逾期', putFirstTitle: '优先审批 {number}', category: '优先理由', note: '说明（可选）', noteRequired: '说明（特殊情况必须填写）', cancel: '取消', prioritized: '已设为优先，监所审批队列已调整',
      categories: { REWARD: '服刑人员受奖励', VULNERABLE_FAMILY: '家属年老、年幼或体弱', DISTANT_FAMILY: '家属路途遥远', SPECIAL: '其他特殊情况', RESCHEDULE: '重新安排（暂停或中断后）' },
    },
    day: {
      equipmentChecked: '设备已调试', rulesBriefed: '已告知会见规定', devicesDeposited: '手机、录音录像设备已寄存', confirmPreparation: '确认准备就绪', prepared: '已记录会见准备',
      ready: '可以开始会见', notReady: '尚未就绪（核验、承诺书或准备）',
      noShowWithReason: '未到场（有正当理由）', noShow: '无故未到场', noShowRecorded: '已记录未到场',
      noShowWithReasonConfirm: '记录家属因正当理由未到场？不影响本月其他会见。', noShowConfirm: '记录家属无故未到场？该会见对象本月不再安排远程会见。',
      refuse: '因违规不予会见', refuseReason: '写明违规情形', refuseConfirm: '确认不予会见', refused: '已记录不予会见',
      recommend: '建议暂停会见人', recommendIdNumber: '该会见人身份证号（刷卡或输入）', months: '个月', recommendReason: '违规事实', recommendSend: '提交监所决定', recommended: '建议已提交，由监所决定',
    },
  },
  en: {
    preReview: {
      tab: 'Pre-review', title: 'Applications waiting for this office (YN-8)', empty: 'Nothing waiting', day: 'Meeting day', stage: 'Stage',
      stages: { JUDICIAL_OFFICE: 'Office first check', COUNTY_BUREAU: 'Bureau review', BUREAU_NOTIFY: 'Tell the family' },
      forward: 'Checked: forward to the bureau', atOffice: 'At the judicial office', approve: 'Approve: send to the institution', notify: 'Family told',
      approvedAt: 'Approved by the institution, meeting at {time}', inmateRequests: "Inmates' requests (YN-9): tell the family and report back", familyAccepts: 'Family accepts', familyDeclines: 'Family declines', forwarded: 'Forwarded to the bureau', sent: 'Sent to the institution', notified: 'Notice recorded',
    },
    counter: {
      tab: 'Counter', title: "Apply on a family's behalf (GD-20)", name: "Applicant's name", idNumber: "Applicant's ID number", find: 'Find registered relatives', phone: "Applicant's mobile",
      relative: 'Relative in custody', noRelatives: 'No relationship registered for this ID number: register it first (GD-17)', day: 'Meeting day', noDays: 'No day open',
      left: '{n} left', file: 'File and print the receipt', incomplete: 'Fill in the applicant and choose the relative and the day', receipt: 'Receipt: remote meeting application',
      applicant: 'Applicant', receivedAt: 'Received', place: 'Place', howToCheck: 'The result', fee: 'Fee', free: 'Remote meetings are free of charge',
      print: 'Print the receipt', next: 'Next family',
    },
    bureau: {
      title: 'Justice bureau remote meetings', today: "Today's meetings", empty: 'No approved meetings here today', live: 'Live',
      number: 'Number', subject: 'Relative in custody', visitors: 'Visitors', status: 'Status',
      idNumber: 'ID number (swipe or type)', originalPresent: 'Original ID card checked', expiresOn: 'Valid until (blank: long-term)', checkIn: 'Check',
      admitted: 'Admitted', refused: 'Refused', pledge: 'Meeting pledge', print: 'Print the pledge', sign: 'Signed', signedAt: 'Signed {at}',
      noPledge: 'No pledge under these rules', checkInFirst: 'Check the ID first', checked: 'Check recorded', signedDone: 'Signed pledge recorded',
      todayTab: "Today's meetings", smsTab: 'SMS log', smsEmpty: 'No messages yet', smsAt: 'Time', smsPhone: 'Mobile', smsBody: 'Text', smsStatus: 'Status', smsStatuses: { PENDING: 'Waiting', SENT: 'Sent', FAILED: 'Failed' },
      statuses: { APPROVED: 'Approved', MET: 'Met', REFUSED_AT_VENUE: 'Refused at the venue', NO_SHOW: 'Did not come', TERMINATED: 'Terminated', INTERRUPTED: 'Interrupted' },
    },
    pending: {
      tab: 'Pending', title: 'This venue’s applications waiting for a decision', empty: 'Nothing pending', due: 'Stage due', priority: 'Priority (GD-4)', putFirst: 'Put first',
      institutionOverdue: 'Institution overdue', putFirstTitle: 'Put {number} first', category: 'Why', note: 'Note (optional)', noteRequired: 'Note (required for a special case)', cancel: 'Cancel', prioritized: 'Put first; the institution’s queue has moved it up',
      categories: { REWARD: 'Reward for the person in custody', VULNERABLE_FAMILY: 'Old, young or infirm family', DISTANT_FAMILY: 'Family lives far away', SPECIAL: 'Other special case', RESCHEDULE: 'Rescheduled (after a suspension or interruption)' },
    },
    day: {
      equipmentChecked: 'Equipment tested', rulesBriefed: 'Rules explained', devicesDeposited: 'Phones and recorders deposited', confirmPreparation: 'Confirm ready', prepared: 'Preparation recorded',
      ready: 'Ready to start', notReady: 'Not ready (check-in, pledge or preparation)',
      noShowWithReason: 'Did not come (with reason)', noShow: 'Did not come, no reason', noShowRecorded: 'No-show recorded',
      noShowWithReasonConfirm: 'Record that the family could not come for a good reason? Other meetings this month are not affected.', noShowConfirm: 'Record that the family did not come without reason? No more remote meetings for this person this month.',
      refuse: 'Refuse for conduct', refuseReason: 'Describe the conduct', refuseConfirm: 'Refuse the meeting', refused: 'Refusal recorded',
      recommend: 'Recommend suspending a visitor', recommendIdNumber: 'That visitor’s ID number (swipe or type)', months: 'months', recommendReason: 'What they did', recommendSend: 'Send to the institution', recommended: 'Recommendation sent; the institution decides',
    },
  },
};
