/** What the platform answers when it refuses a request to protect itself (issue 19). */
export const zhCN = {
  security: {
    identity: {
      missing: '未经网关签名的请求被拒绝',
      forged: '网关签名无效，请求被拒绝',
      expired: '网关签名已过期，请求被拒绝',
      wrongAudience: '网关签名不适用于本服务，请求被拒绝',
      bodyMismatch: '请求内容与网关签名不符，请求被拒绝',
      replayed: '重复使用的网关签名，请求被拒绝',
    },
    databaseUnavailable: '数据库暂时无法访问，请稍后重试',
    badValue: '输入的值无效',
    nulCharacter: '输入包含无效字符',
    contentType: '请求须为 JSON 格式',
    subscriptionOverHttp: '订阅须通过 WebSocket 连接',
    login: {
      slowDown: '登录失败次数较多，请{seconds}秒后再试',
      tooManyFromClient: '此网络登录失败次数过多，请{minutes}分钟后再试',
      busy: '登录请求过多，请稍后再试',
    },
  },
} as const;

export const en = {
  security: {
    identity: {
      missing: 'Request not signed by the gateway',
      forged: 'The gateway signature is invalid',
      expired: 'The gateway signature has expired',
      wrongAudience: 'The gateway signature is for another service',
      bodyMismatch: 'The request does not match its gateway signature',
      replayed: 'The gateway signature was already used',
    },
    databaseUnavailable: 'The database cannot be reached right now; please try again shortly',
    badValue: 'An input value is not valid',
    nulCharacter: 'An input contains an invalid character',
    contentType: 'Requests must be sent as JSON',
    subscriptionOverHttp: 'Subscriptions are served over the WebSocket only',
    login: {
      slowDown: 'Several failed sign-ins: try again in {seconds} seconds',
      tooManyFromClient: 'Too many failed sign-ins from this network: try again in {minutes} minutes',
      busy: 'Too many sign-ins right now; please try again shortly',
    },
  },
};
