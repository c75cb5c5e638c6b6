/** The words of the family's account screens (zh-CN first; no Latin letters on the Chinese side). */
export const accountMessages = {
  'zh-CN': {
    myAccount: {
      title: '我的账户', nav: '账户', username: '用户名', phone: '手机号',
      password: '修改密码', currentPassword: '当前密码', newPassword: '新密码', passwordHint: '8位以上，含字母和数字',
      changePassword: '修改密码', passwordChanged: '密码已修改，其他设备上的登录已失效',
      changePhone: '更换手机号', newPhone: '新手机号', sendCode: '发送验证码', code: '短信验证码', codeHint: '6位数字',
      codeSentTo: '验证码已发送到新手机号，{minutes}分钟内有效', confirmPhone: '确认更换', phoneChanged: '手机号已更换', resend: '重新获取验证码',
      forgot: '忘记密码？', forgotTitle: '找回密码', forgotHint: '输入用户名或注册时的手机号，我们将向账户登记的手机发送验证码。',
      name: '用户名或手机号', getCode: '获取验证码',
      sent: '如果该账户存在，验证码已发送到其登记的手机，{minutes}分钟内有效。',
      resetSubmit: '重设密码', resetDone: '密码已重设，请用新密码登录。之前的登录已全部失效。', toSignIn: '去登录',
    },
  },
  en: {
    myAccount: {
      title: 'My account', nav: 'Account', username: 'User name', phone: 'Mobile',
      password: 'Change password', currentPassword: 'Current password', newPassword: 'New password', passwordHint: 'At least 8 characters, letters and digits',
      changePassword: 'Change password', passwordChanged: 'Password changed; sign-ins on other devices have ended',
      changePhone: 'Change mobile', newPhone: 'New mobile', sendCode: 'Send code', code: 'SMS code', codeHint: '6 digits',
      codeSentTo: 'A code was sent to the new mobile, valid for {minutes} minutes', confirmPhone: 'Confirm', phoneChanged: 'Mobile changed', resend: 'Get a new code',
      forgot: 'Forgot password?', forgotTitle: 'Reset your password', forgotHint: 'Enter your user name or the mobile you registered; a code goes to the mobile on the account.',
      name: 'User name or mobile', getCode: 'Get a code',
      sent: 'If the account exists, a code was sent to its mobile, valid for {minutes} minutes.',
      resetSubmit: 'Set new password', resetDone: 'Your password is set; sign in with it. Earlier sign-ins have all ended.', toSignIn: 'Sign in',
    },
  },
};
