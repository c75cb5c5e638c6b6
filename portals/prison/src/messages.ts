/** The prison portal's own words (zh-CN first). */
export const messages = {
  'zh-CN': {
    prison: {
      title: '监狱远程会见', queue: '待审批申请', empty: '暂无待审批的申请', live: '实时更新',
      number: '申请编号', inmate: '服刑人员', visitors: '会见人', serviceDate: '会见日期', due: '审批期限',
      overdue: '已逾期', dueToday: '今日到期', priority: '优先', eligibility: '资格提示', actions: '操作',
      approve: '批准', reject: '驳回', rejectTitle: '驳回申请', reason: '驳回理由', reasonText: '说明', confirm: '确定', cancel: '取消',
      approved: '已批准', rejected: '已驳回', chooseReason: '请选择驳回理由', aboutSubject: '（服刑人员）', aboutVisitor: '（会见人）',
      calendarMissing: '节假日数据缺失',
    },
  },
  en: {
    prison: {
      title: 'Prison remote meetings', queue: 'Applications to review', empty: 'Nothing to review', live: 'Live',
      number: 'Number', inmate: 'Inmate', visitors: 'Visitors', serviceDate: 'Meeting day', due: 'Decide by',
      overdue: 'Overdue', dueToday: 'Due today', priority: 'Priority', eligibility: 'Eligibility', actions: 'Actions',
      approve: 'Approve', reject: 'Reject', rejectTitle: 'Reject the application', reason: 'Reason', reasonText: 'Details', confirm: 'Confirm', cancel: 'Cancel',
      approved: 'Approved', rejected: 'Rejected', chooseReason: 'Choose a reason', aboutSubject: ' (inmate)', aboutVisitor: ' (visitor)',
      calendarMissing: 'Holidays not loaded',
    },
  },
};
