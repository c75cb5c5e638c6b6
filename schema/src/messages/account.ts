/** Sign-in, registration, the SMS log, reports and suspension notices (judicial's own desks). */
export const zhCN = {
  account: {
    tooLong: '用户名或密码过长',
    wrongCredentials: '用户名或密码错误',
    weakPassword: '密码应为8至64位，且同时包含字母和数字',
    wrongCurrentPassword: '当前密码不正确',
    currentPasswordSlowDown: '当前密码错误次数过多，请{minutes}分钟后再试',
    samePassword: '新密码不能与当前密码相同',
    badUsername: '用户名应为4至32位字母、数字或 _ . -',
    badName: '姓名应为1至30字',
    badIdNumber: '身份证号码无效',
    badPhone: '手机号码无效',
    taken: '用户名已被使用，或该身份证号已注册',
  },
  report: {
    badMonths: '月份应为“年-月”（如2026-12），且起始不晚于截止',
    unknownInstitution: '机构编号无效',
  },
  suspension: {
    badPeriod: '起止日期无效',
    periodOver: '暂停期间已过',
    messageRequired: '须写明通知内容（500字以内）',
  },
} as const;

export const en = {
  account: {
    tooLong: 'Username or password too long',
    wrongCredentials: 'Wrong username or password',
    weakPassword: 'The password needs 8–64 characters with letters and digits',
    wrongCurrentPassword: 'The current password is wrong',
    currentPasswordSlowDown: 'Too many wrong current passwords: try again in {minutes} minutes',
    samePassword: 'The new password must differ from the current one',
    badUsername: 'Username: 4–32 letters, digits, _ . -',
    badName: 'Name must be 1–30 characters',
    badIdNumber: 'Invalid resident ID number',
    badPhone: 'Invalid mobile number',
    taken: 'The username is taken, or this ID number already has an account',
  },
  report: {
    badMonths: 'Months are year-month (e.g. 2026-12), from not after to',
    unknownInstitution: 'Unknown institution',
  },
  suspension: {
    badPeriod: 'Invalid period',
    periodOver: 'The period is over',
    messageRequired: 'A notice of at most 500 characters is required',
  },
};
