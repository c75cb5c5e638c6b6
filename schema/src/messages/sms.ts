/**
 * SMS to families (GD-26), both languages side by side. Families get them in zh-CN; the English
 * side serves the portals' SMS log and keeps the catalogues symmetric. `{name}` are parameters.
 */
export const zhCN = {
  sms: {
    approved:
      '【远程会见】您的会见申请（编号{number}）已获批准。会见时间{month}月{day}日{time}，请会见人携带本人身份证原件提前到{venue}签署承诺书，遵守会见纪律。',
    rejected: '【远程会见】您的会见申请（编号{number}）未获批准，原因：{reason}。',
    cancelled: '【远程会见】您的会见申请（编号{number}）已取消，号源已释放。',
    rescheduleReceived: '【远程会见】您的改期申请（编号{number}，会见日期{date}）已受理，将优先审批。',
    movedByPrison: '【远程会见】监狱变更了会见安排（编号{number}）：改为{date}{time}，司法局将与您确认。',
    interrupted: '【远程会见】您的会见（编号{number}）因设备或网络故障中断（已进行{minutes}分钟），重新申请时将优先安排。',
    suspended: '【远程会见】因故暂停远程会见（{from}至{to}）：{message}。您的申请（编号{number}）已取消，号源已释放；重新申请时将优先审批。',
    stopped: '【远程会见】您的会见（编号{number}，{date}）已停止：会见对象在会见日不符合会见条件（{rule}）。号源和本月会见次数已退还。',
    custodyTransferred: '【远程会见】您的会见申请（编号{number}，{date}）已取消：会见对象已调往其他监所。号源和本月会见次数已退还，请向其现所在监所重新申请。',
    custodyReleased: '【远程会见】您的会见申请（编号{number}，{date}）已取消：会见对象已释放。号源和本月会见次数已退还。',
    forfeited: '【远程会见】您的会见（编号{number}）因会见人逾期到达，本次会见视为放弃（{rule}）。',
    venueUnnamed: '会见地点',
    reasonUnstated: '未注明',
  },
} as const;

export const en = {
  sms: {
    approved:
      'Remote meetings: your application (no. {number}) is approved. Meeting on {month}/{day} {time}; visitors bring their own ID card and come early to {venue} to sign the pledge and keep the meeting rules.',
    rejected: 'Remote meetings: your application (no. {number}) is not approved. Reason: {reason}.',
    cancelled: 'Remote meetings: your application (no. {number}) is cancelled and its place released.',
    rescheduleReceived: 'Remote meetings: your rescheduled application (no. {number}, meeting on {date}) is received and will be reviewed first.',
    movedByPrison: 'Remote meetings: the prison moved the meeting (no. {number}) to {date}{time}; the justice bureau will confirm with you.',
    interrupted:
      'Remote meetings: your meeting (no. {number}) was interrupted by an equipment or network fault after {minutes} minutes; a new application will be arranged first.',
    suspended:
      'Remote meetings: suspended from {from} to {to}: {message}. Your application (no. {number}) is cancelled and its place released; a new application will be reviewed first.',
    stopped:
      'Remote meetings: your meeting (no. {number}, {date}) is stopped: the person in custody may not meet on that day ({rule}). The place and the month’s meeting are given back.',
    custodyTransferred:
      'Remote meetings: your application (no. {number}, {date}) is cancelled: the person in custody was transferred to another institution. The place and the month’s meeting are given back; apply to the new institution.',
    custodyReleased:
      'Remote meetings: your application (no. {number}, {date}) is cancelled: the person in custody was released. The place and the month’s meeting are given back.',
    forfeited: 'Remote meetings: your meeting (no. {number}) is forfeited because the visitors arrived late ({rule}).',
    venueUnnamed: 'the meeting place',
    reasonUnstated: 'not stated',
  },
};
