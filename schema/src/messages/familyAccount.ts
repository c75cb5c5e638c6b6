/** A family's own account (issue 15): changing the password and phone, a forgotten password by SMS code. */
export const zhCN = {
  familyAccount: {
    nameRequired: '请输入用户名或注册手机号',
    format: '验证码为6位数字',
    wrong: '验证码不正确，还可尝试{attemptsLeft}次',
    expired: '验证码已失效，请重新获取',
    tooManyFromClient: '此网络请求验证码过于频繁，请{minutes}分钟后再试',
    tooManyForName: '对该用户名或手机号请求验证码过于频繁，请{minutes}分钟后再试',
    tooManyForAccount: '验证码发送过于频繁，请{minutes}分钟后再试',
    busy: '请求过多，请稍后再试',
    samePhone: '新手机号与当前手机号相同',
  },
  accountSms: {
    resetCode: '【远程会见】您正在找回密码，验证码{code}，{minutes}分钟内有效。如非本人操作，请忽略本短信，切勿告诉他人。',
    phoneCode: '【远程会见】您正在将此号码设为账户手机号，验证码{code}，{minutes}分钟内有效，切勿告诉他人。',
    phoneChanged: '【远程会见】您账户的手机号已改为{phone}。如非本人操作，请尽快联系当地司法局。',
  },
} as const;

export const en = {
  familyAccount: {
    nameRequired: 'Enter your username or registered mobile',
    format: 'The code is 6 digits',
    wrong: 'Wrong code; {attemptsLeft} tries left',
    expired: 'This code is no longer valid; ask for a new one',
    tooManyFromClient: 'Too many code requests from this network: try again in {minutes} minutes',
    tooManyForName: 'Too many code requests for this name or mobile: try again in {minutes} minutes',
    tooManyForAccount: 'Too many codes sent: try again in {minutes} minutes',
    busy: 'Too many requests right now; please try again shortly',
    samePhone: 'This is already your mobile number',
  },
  accountSms: {
    resetCode:
      'Remote meetings: your code to reset your password is {code}, valid for {minutes} minutes. If this was not you, ignore this message; never share the code.',
    phoneCode: 'Remote meetings: your code to make this your account’s mobile is {code}, valid for {minutes} minutes; never share it.',
    phoneChanged: 'Remote meetings: your account’s mobile is now {phone}. If this was not you, contact your justice bureau at once.',
  },
};
