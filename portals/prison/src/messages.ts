/** The prison portal's own words (zh-CN first); the review queue's are shared (portals/ui). */
export const messages = {
  'zh-CN': {
    prison: { title: '监狱远程会见' },
    requests: {
      tab: '服刑人员申请', title: '服刑人员申请会见（YN-9，表一）', file: '登记服刑人员申请', empty: '暂无服刑人员申请', relatives: '申请会见的亲属',
      stage: '环节', stages: { INSTITUTION: '监狱审批', BUREAU_NOTIFY: '司法局通知家属', INMATE_NOTIFY: '告知服刑人员', DONE: '已办结' },
      relative: '亲属', idNumber: '身份证号', phone: '手机', address: '住址', addRelative: '增加亲属', submit: '登记', filed: '已登记',
      day: '会见日期', noDays: '暂无可安排的日期', venue: '家属所在县（市、区）司法局', time: '会见时间',
      told: '已告知服刑人员', toldDone: '已记录', print: '打印表一',
    },
    inmates: {
      tab: '服刑人员', search: '姓名或罪犯编号', number: '罪犯编号', name: '姓名', ward: '监区', custody: '羁押状态', treatment: '处遇级别',
      custodyStatus: { IN_CUSTODY: '在押', RELEASED: '已释放', TRANSFERRED: '已调出' },
      treatmentLevel: { STRICT: '严管', ORDINARY: '普管', LENIENT: '宽管' },
      sanctions: '暂停远程会见处理', noSanctions: '无', period: '期间', reason: '事由', rule: '依据', severity: '情节', months: '暂停月数',
      severities: { ORDINARY: '一般', SERIOUS: '严重', VERY_SERIOUS: '特别严重' }, suspend: '暂停远程会见', suspended: '已暂停远程会见',
      visits: '现场会见登记（计入当月会见次数）', noVisits: '无', visitDate: '日期', visitors: '会见人数', logVisit: '登记现场会见', visitLogged: '已登记',
    },
  },
  en: {
    prison: { title: 'Prison remote meetings' },
    requests: {
      tab: 'Inmate requests', title: "Inmates' own requests (YN-9, Form 1)", file: "Record an inmate's request", empty: 'No requests', relatives: 'Relatives named',
      stage: 'Stage', stages: { INSTITUTION: 'Prison decides', BUREAU_NOTIFY: 'Bureau tells the family', INMATE_NOTIFY: 'Tell the inmate', DONE: 'Done' },
      relative: 'Relative', idNumber: 'ID number', phone: 'Mobile', address: 'Address', addRelative: 'Add a relative', submit: 'Record', filed: 'Recorded',
      day: 'Meeting day', noDays: 'No day open', venue: "The family's county bureau", time: 'Time',
      told: 'Inmate told', toldDone: 'Recorded', print: 'Print Form 1',
    },
    inmates: {
      tab: 'Inmates', search: 'Name or inmate number', number: 'Inmate number', name: 'Name', ward: 'Ward', custody: 'Custody', treatment: 'Treatment',
      custodyStatus: { IN_CUSTODY: 'In custody', RELEASED: 'Released', TRANSFERRED: 'Transferred' },
      treatmentLevel: { STRICT: 'Strict', ORDINARY: 'Ordinary', LENIENT: 'Lenient' },
      sanctions: 'Remote meetings suspended', noSanctions: 'None', period: 'Period', reason: 'Reason', rule: 'Rule', severity: 'Severity', months: 'Months',
      severities: { ORDINARY: 'Ordinary', SERIOUS: 'Serious', VERY_SERIOUS: 'Very serious' }, suspend: 'Suspend remote meetings', suspended: 'Remote meetings suspended',
      visits: 'On-site visits (count against the month)', noVisits: 'None', visitDate: 'Day', visitors: 'Visitors', logVisit: 'Log an on-site visit', visitLogged: 'Logged',
    },
  },
};
