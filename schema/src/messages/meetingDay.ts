/** The meeting day at the venue and in the room (GD-27..GD-30, YN-10..YN-12, YN-19), both languages side by side. */
export const zhCN = {
  meetingDay: {
    notApproved: '该申请未获批准或已结束',
    notToday: '会见日期为{date}，不是今天',
    dateFormat: '日期格式应为YYYY-MM-DD',
    expiryFormat: '证件有效期格式应为YYYY-MM-DD',
    notOnList: '此人不在准予会见名单中',
    noOriginalId: '未携带本人身份证明原件',
    idExpired: '身份证件已过期',
    checkInFirst: '须先通过身份核验',
    reasonRequired: '须写明原因（{max}字以内）',
    absentWithReason: '有正当理由缺席',
    absentWithoutReason: '无故缺席',
    closed: '该申请已结束',
    forfeited: '逾期到达，本次会见视为放弃',
    notReady: '会见人尚未完成到场核验、承诺书签署或会见准备，会见不能开始',
    over: '该会见已结束或已取消',
    notLive: '会见未在进行',
    timeUp: '会见时间已到',
  },
} as const;

export const en = {
  meetingDay: {
    notApproved: 'This application is not approved or already closed',
    notToday: 'The meeting is on {date}, not today',
    dateFormat: 'The date must be YYYY-MM-DD',
    expiryFormat: 'The ID expiry must be YYYY-MM-DD',
    notOnList: 'This person is not on the approved list',
    noOriginalId: 'No original ID',
    idExpired: 'ID expired',
    checkInFirst: 'Check the visitor in first',
    reasonRequired: 'A reason of at most {max} characters is required',
    absentWithReason: 'Absent with reason',
    absentWithoutReason: 'Absent without reason',
    closed: 'This application is already closed',
    forfeited: 'Arrived late: this meeting is forfeited',
    notReady: 'The visitors are not yet checked in, pledged or prepared; the meeting cannot start',
    over: 'This meeting is over or cancelled',
    notLive: 'The meeting is not live',
    timeUp: 'Time limit reached',
  },
};
