/** The family portal's words (zh-CN first). */
export const messages = {
  'zh-CN': {
    family: {
      title: '远程会见预约', apply: '申请会见', mine: '我的申请', live: '状态实时更新',
      relative: '在押亲属', noRelatives: '您还没有已登记的亲属关系。首次申请前，请携带身份证和亲属关系证明到监所或司法局登记。',
      day: '会见日期', noDays: '近两个月暂无可预约的日期', left: '余{n}',
      venue: '会见地点（县级司法局或司法所）', visitor: '会见人', name: '姓名', idNumber: '身份证号', relation: '关系',
      idNumberHint: '18位身份证号', submit: '提交申请', submitted: '申请已提交，编号 {number}', free: '远程会见不收取任何费用',
      register: '首次使用？实名注册', registerSubmit: '注册并登录', phone: '手机号', passwordHint: '8位以上，含字母和数字',
      lookup: '查询审批结果（无需登录）', find: '查询', venueShort: '会见地点', briefing: '会见须知', openSlots: '可预约号源（无需登录）', chooseInstitution: '选择监狱或戒毒所', notices: '暂停会见通知', noNotices: '目前没有暂停会见的通知',
      number: '申请编号', status: '状态', subject: '会见对象', rejectionReason: '驳回理由', empty: '暂无申请', choose: '请完成所有选项',
      withdraw: '撤回申请', withdrawConfirm: '确定撤回这份申请吗？号源将释放给其他家属。', keep: '不撤回', withdrawn: '申请已撤回',
      statuses: {
        SUBMITTED: '待审批', APPROVED: '已批准', REJECTED: '已驳回', CANCELLED: '已撤回', REFUSED_AT_VENUE: '现场未准予会见',
        NO_SHOW: '未到场', SUSPENDED: '已暂停', MET: '已会见', TERMINATED: '会见被中止', INTERRUPTED: '会见中断（可优先重新预约）',
      },
    },
  },
  en: {
    family: {
      title: 'Remote meeting booking', apply: 'Apply', mine: 'My applications', live: 'Status updates live',
      relative: 'Relative in custody', noRelatives: 'No relationship is registered for you yet. Before your first application, bring your ID card and proof of the relationship to the institution or your justice bureau.',
      day: 'Meeting day', noDays: 'No open days in the next two months', left: '{n} left',
      venue: 'Where you will sit (county justice bureau or judicial office)', visitor: 'Visitor', name: 'Name', idNumber: 'ID number', relation: 'Relation',
      idNumberHint: '18-digit resident ID number', submit: 'Submit', submitted: 'Application submitted, number {number}', free: 'Remote meetings are free of charge',
      register: 'First time? Register with your real name', registerSubmit: 'Register and sign in', phone: 'Mobile', passwordHint: 'At least 8 characters, letters and digits',
      lookup: 'Look up a result (no sign-in needed)', find: 'Look up', venueShort: 'Venue', briefing: 'Rules for meetings (in Chinese, as published)', openSlots: 'Open slots (no sign-in needed)', chooseInstitution: 'Choose a prison or detox centre', notices: 'Suspension notices', noNotices: 'No meetings are suspended now',
      number: 'Number', status: 'Status', subject: 'Relative', rejectionReason: 'Reason', empty: 'No applications yet', choose: 'Please complete every choice',
      withdraw: 'Withdraw', withdrawConfirm: 'Withdraw this application? Its place goes back to other families.', keep: 'Keep it', withdrawn: 'Application withdrawn',
      statuses: {
        SUBMITTED: 'Under review', APPROVED: 'Approved', REJECTED: 'Rejected', CANCELLED: 'Withdrawn', REFUSED_AT_VENUE: 'Refused at the venue',
        NO_SHOW: 'Did not come', SUSPENDED: 'Suspended', MET: 'Met', TERMINATED: 'Terminated', INTERRUPTED: 'Interrupted (priority rebooking offered)',
      },
    },
  },
};
