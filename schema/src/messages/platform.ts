/** What the gateway, the subgraph kit and the media service answer about requests themselves. */
export const zhCN = {
  platform: {
    sessionExpired: '登录已失效，请重新登录',
    serviceUnavailable: '{service} 服务暂不可用，请稍后再试',
    queryTooLarge: '查询过长（超过{tokens}个词元）',
    unreadableQuery: '查询语句有误，无法解析',
    queryTooDeep: '查询嵌套过深（超过{levels}层）',
    tooManyAliases: '别名过多（超过{n}个）',
    tooManyDirectives: '指令过多',
    queryTooComplex: '查询过于复杂',
    payloadTooLarge: '请求过大',
    mediaUnavailable: '视频会见服务暂不可用，请联系管理员',
    playbackTicketInvalid: '调阅凭证无效或已过期',
    recordingGone: '录像不存在或已过保存期',
    dateFormat: '日期格式应为“年-月-日”，如2026-12-03',
    videoGatewayLost: '视频网关连接中断',
    visitorSideLost: '会见方连接中断',
    subjectSideLost: '监所方连接中断',
    unknownLocale: '不支持该语言',
  },
} as const;

export const en = {
  platform: {
    sessionExpired: 'Your sign-in has expired; please sign in again',
    serviceUnavailable: 'The {service} service is unavailable; please try again later',
    queryTooLarge: 'Query longer than {tokens} tokens',
    unreadableQuery: 'The query could not be parsed',
    queryTooDeep: 'Query deeper than {levels} levels',
    tooManyAliases: 'More than {n} aliases',
    tooManyDirectives: 'Too many directives',
    queryTooComplex: 'Query too complex',
    payloadTooLarge: 'Request body too large',
    mediaUnavailable: 'The video service is unavailable; please call the administrator',
    playbackTicketInvalid: 'The playback ticket is invalid or expired',
    recordingGone: 'No such recording, or past its retention',
    dateFormat: 'Dates are year-month-day, e.g. 2026-12-03',
    videoGatewayLost: 'The video gateway was lost',
    visitorSideLost: 'The visitors’ connection was lost',
    subjectSideLost: 'The institution’s connection was lost',
    unknownLocale: 'Unknown language',
  },
};
