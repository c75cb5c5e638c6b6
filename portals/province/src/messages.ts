/** The province portal's words (zh-CN first). */
export const messages = {
  'zh-CN': {
    province: {
      title: '远程会见统计（省厅）', from: '起始月份', to: '截止月份', export: '导出CSV', empty: '该期间没有申请',
      month: '月份', institution: '监所', applications: '申请', approved: '批准', rejected: '驳回', met: '已会见',
      noShows: '未到场', terminated: '中止', interrupted: '中断', approvalRate: '批准率', total: '合计',
    },
  },
  en: {
    province: {
      title: 'Remote meetings — province reports', from: 'From', to: 'To', export: 'Export CSV', empty: 'No applications in this period',
      month: 'Month', institution: 'Institution', applications: 'Applications', approved: 'Approved', rejected: 'Rejected', met: 'Met',
      noShows: 'No-shows', terminated: 'Terminated', interrupted: 'Interrupted', approvalRate: 'Approval rate', total: 'Total',
    },
  },
};
