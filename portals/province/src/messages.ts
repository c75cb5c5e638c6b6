/** The province portal's words (zh-CN first). */
export const messages = {
  'zh-CN': {
    province: {
      title: '远程会见统计（省厅）', reportTab: '统计报表', from: '起始月份', to: '截止月份', export: '导出CSV', empty: '该期间没有申请',
      month: '月份', institution: '监所', applications: '申请', approved: '批准', rejected: '驳回', met: '已会见',
      noShows: '未到场', terminated: '中止', interrupted: '中断', approvalRate: '批准率', total: '合计',
      withdrawn: '审批前撤回', pending: '待审批', forfeited: '迟到未会见', stopped: '当天取消', monthsReversed: '起始月份不能晚于截止月份',
      decidedOnTime: '按期审批', decidedLate: '超期审批', overdue: '超期未审', averageReviewHours: '平均审批用时（小时）',
      allInstitutions: '全部监所', exportXlsx: '导出Excel', reportSheet: '会见统计', slotSheet: '号源公布',
      slots: '号源公布情况', slotsRules: '依据：GD-13 每月5日前公布下月号源；GD-14 每月号源不少于最低数量', slotsFine: '该月没有单位被标记', unit: '单位', published: '已公布',
      minimum: '最低数量', flags: '问题', yes: '是', belowMinimum: '低于最低数量', late: '晚于5日公布',
      calendarTab: '工作日历',
    },
    policy: {
      tab: '优先适用规定', hint: '省监狱管理局、省戒毒管理局规定优先适用远程会见的条件、范围和次数（GD-4）；监所（奖励、特殊措施）和家属所在司法局（年老体弱、路途较远）在此规定内设定优先。',
      empty: '尚未规定', category: '优先类别', markedBy: '由谁设定', byInstitution: '监所', byFamilyBureau: '家属所在司法局', times: '次数',
      conditions: '适用条件和范围', save: '保存规定', saved: '规定已保存',
      per: { MONTH: '每月{n}次', YEAR: '每年{n}次' }, periods: { MONTH: '每月', YEAR: '每年' },
      categories: { REWARD: '积极改造、表现突出的奖励', SPECIAL: '改造工作需要等特殊措施', VULNERABLE_FAMILY: '家属年老、年幼或体弱', DISTANT_FAMILY: '家属路途遥远' },
    },
    calendar: {
      missing: '{year}年的节假日安排尚未录入：跨入该年的审批期限暂只按周末计算，并标记为“日历缺失”。国务院公布后请在下方录入。',
      year: '年度', source: '来源', byPackage: '国务院安排（系统内置）', byProvince: '省厅录入', holidays: '放假天数', makeup: '调休上班日',
      enter: '录入或更正年度节假日安排', published: '该年度的安排已随系统载入，无需录入。', pick: '点选日期（可多选）',
      holidaysHint: '放假日期（含调休放假的周末）', makeupHint: '调休上班日（周末上班的日期）', save: '保存{year}年安排', entered: '已保存，各审批期限将重新计算',
    },
  },
  en: {
    province: {
      title: 'Remote meetings — province reports', reportTab: 'Reports', from: 'From', to: 'To', export: 'Export CSV', empty: 'No applications in this period',
      month: 'Month', institution: 'Institution', applications: 'Applications', approved: 'Approved', rejected: 'Rejected', met: 'Met',
      noShows: 'No-shows', terminated: 'Terminated', interrupted: 'Interrupted', approvalRate: 'Approval rate', total: 'Total',
      withdrawn: 'Withdrawn before a decision', pending: 'Pending', forfeited: 'Forfeited (late)', stopped: 'Called off on the day', monthsReversed: 'The first month cannot come after the last',
      decidedOnTime: 'Decided on time', decidedLate: 'Decided late', overdue: 'Overdue, undecided', averageReviewHours: 'Average review (hours)',
      allInstitutions: 'All institutions', exportXlsx: 'Export Excel', reportSheet: 'Meetings', slotSheet: 'Slot publication',
      slots: 'Slot publication', slotsRules: 'Rules: GD-13 next month published by the 5th; GD-14 at least the monthly minimum', slotsFine: 'No unit flagged for this month', unit: 'Unit', published: 'Published',
      minimum: 'Minimum', flags: 'Flags', yes: 'yes', belowMinimum: 'Below the minimum', late: 'Published after the 5th',
      calendarTab: 'Working calendar',
    },
    policy: {
      tab: 'Priority policy', hint: 'The provincial prison and detox bureaus set when remote meetings go first: conditions, scope and how many times (GD-4). Institutions (rewards, special measures) and the families’ bureaus (old, infirm or distant families) mark cases within it.',
      empty: 'No policy yet', category: 'Category', markedBy: 'Marked by', byInstitution: 'Institution', byFamilyBureau: 'Family’s bureau', times: 'Times',
      conditions: 'Conditions and scope', save: 'Save policy', saved: 'Policy saved',
      per: { MONTH: '{n} a month', YEAR: '{n} a year' }, periods: { MONTH: 'a month', YEAR: 'a year' },
      categories: { REWARD: 'Reward for good conduct', SPECIAL: 'Special measure', VULNERABLE_FAMILY: 'Old, young or infirm family', DISTANT_FAMILY: 'Family lives far away' },
    },
    calendar: {
      missing: 'The holidays of {year} are not entered yet: deadlines running into that year count weekends only and are flagged "calendar missing". Enter them below once the State Council publishes them.',
      year: 'Year', source: 'Source', byPackage: 'State Council schedule (built in)', byProvince: 'Entered by the province', holidays: 'Days off', makeup: 'Make-up working days',
      enter: 'Enter or correct a year’s holidays', published: 'This year’s schedule is built in; nothing to enter.', pick: 'Click the days (several)',
      holidaysHint: 'Days off (including weekends taken off)', makeupHint: 'Make-up working days (weekends worked)', save: 'Save {year}', entered: 'Saved; deadlines are counted again',
    },
  },
};
