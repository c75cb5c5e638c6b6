/** The province portal's words (zh-CN first). */
export const messages = {
  'zh-CN': {
    province: {
      title: '远程会见统计（省厅）', reportTab: '统计报表', from: '起始月份', to: '截止月份', export: '导出CSV', empty: '该期间没有申请',
      month: '月份', institution: '监所', applications: '申请', approved: '批准', rejected: '驳回', met: '已会见',
      noShows: '未到场', terminated: '中止', interrupted: '中断', approvalRate: '批准率', total: '合计',
      decidedOnTime: '按期审批', decidedLate: '超期审批', overdue: '超期未审', averageReviewHours: '平均审批用时（小时）',
      allInstitutions: '全部监所', exportXlsx: '导出Excel', reportSheet: '会见统计', slotSheet: '号源公布',
      slots: '号源公布情况（GD-13 每月5日前公布，GD-14 不少于最低数量）', slotsFine: '该月没有单位被标记', unit: '单位', published: '已公布',
      minimum: '最低数量', flags: '问题', yes: '是', belowMinimum: '低于最低数量', late: '晚于5日公布',
    },
  },
  en: {
    province: {
      title: 'Remote meetings — province reports', reportTab: 'Reports', from: 'From', to: 'To', export: 'Export CSV', empty: 'No applications in this period',
      month: 'Month', institution: 'Institution', applications: 'Applications', approved: 'Approved', rejected: 'Rejected', met: 'Met',
      noShows: 'No-shows', terminated: 'Terminated', interrupted: 'Interrupted', approvalRate: 'Approval rate', total: 'Total',
      decidedOnTime: 'Decided on time', decidedLate: 'Decided late', overdue: 'Overdue, undecided', averageReviewHours: 'Average review (hours)',
      allInstitutions: 'All institutions', exportXlsx: 'Export Excel', reportSheet: 'Meetings', slotSheet: 'Slot publication',
      slots: 'Slot publication (GD-13: by the 5th; GD-14: at least the minimum)', slotsFine: 'No unit flagged for this month', unit: 'Unit', published: 'Published',
      minimum: 'Minimum', flags: 'Flags', yes: 'yes', belowMinimum: 'Below the minimum', late: 'Published after the 5th',
    },
  },
};
