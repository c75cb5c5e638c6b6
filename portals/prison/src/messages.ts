/** The prison portal's own words (zh-CN first); the review queue's are shared (portals/ui). */
export const messages = {
  'zh-CN': {
    prison: { title: '监狱远程会见', subjectsTab: '服刑人员' },
    requests: {
      tab: '服刑人员申请', title: '服刑人员申请会见（YN-9，表一）', file: '登记服刑人员申请', empty: '暂无服刑人员申请', relatives: '申请会见的亲属',
      stage: '环节', stages: { INSTITUTION: '监狱审批', BUREAU_NOTIFY: '司法局通知家属', INMATE_NOTIFY: '告知服刑人员', DONE: '已办结' },
      relative: '亲属', idNumber: '身份证号', phone: '手机', address: '住址', addRelative: '增加亲属', submit: '登记', filed: '已登记',
      day: '会见日期', noDays: '暂无可安排的日期', venue: '家属所在县（市、区）司法局', time: '会见时间',
      told: '已告知服刑人员', toldDone: '已记录', print: '打印表一',
    },
  },
  en: {
    prison: { title: 'Prison remote meetings', subjectsTab: 'Inmates' },
    requests: {
      tab: 'Inmate requests', title: "Inmates' own requests (YN-9, Form 1)", file: "Record an inmate's request", empty: 'No requests', relatives: 'Relatives named',
      stage: 'Stage', stages: { INSTITUTION: 'Prison decides', BUREAU_NOTIFY: 'Bureau tells the family', INMATE_NOTIFY: 'Tell the inmate', DONE: 'Done' },
      relative: 'Relative', idNumber: 'ID number', phone: 'Mobile', address: 'Address', addRelative: 'Add a relative', submit: 'Record', filed: 'Recorded',
      day: 'Meeting day', noDays: 'No day open', venue: "The family's county bureau", time: 'Time',
      told: 'Inmate told', toldDone: 'Recorded', print: 'Print Form 1',
    },
  },
};
