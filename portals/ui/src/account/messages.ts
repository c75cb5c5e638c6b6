/** Words of the Accounts screen and of the sign-in's further steps (issue 15), both languages. */
export const accountMessages = {
  'zh-CN': {
    signInStep: {
      changeTitle: '首次登录请修改临时密码', current: '当前（临时）密码', next: '新密码', repeat: '再次输入新密码', mismatch: '两次输入的新密码不一致',
      passwordRule: '8至64位，同时包含字母和数字', change: '修改密码',
      enrolTitle: '绑定身份验证器', enrolHint: '管理员和主管登录须使用动态口令：请用身份验证器（如“腾讯身份验证器”）扫描二维码，或手动输入密钥，然后填写显示的6位口令。',
      secret: '密钥', qr: '身份验证器二维码', confirm: '绑定并登录',
      verifyTitle: '动态口令', verifyHint: '请输入身份验证器显示的6位口令', code: '6位动态口令', verify: '验证',
      back: '返回登录',
    },
    accounts: {
      tab: '账户管理', create: '新建账户', search: '用户名或姓名', total: '共 {n} 个账户', none: '暂无账户',
      username: '用户名', displayName: '姓名', unit: '所属单位', unitKind: '单位类型', roles: '角色', status: '状态', actions: '操作',
      active: '正常', inactive: '已停用', mustChange: '待修改临时密码', totp: '已绑定动态口令', noTotp: '未绑定动态口令',
      editRoles: '修改角色', reset: '重置密码', resetTotp: '同时重置动态口令（手机丢失时）', deactivate: '停用', reactivate: '启用',
      save: '保存', cancel: '取消', created: '账户已创建', saved: '已保存', resetDone: '密码已重置', deactivated: '账户已停用，其登录已立即失效', reactivated: '账户已启用',
      deactivateConfirm: '停用账户 {name}？其已登录的会话将立即结束。', resetConfirm: '重置 {name} 的密码？其已登录的会话将立即结束。',
      temporaryTitle: '临时密码（只显示这一次）', temporaryHint: '请将临时密码当面交给 {name}。首次登录时须修改。', ok: '我已记下',
      ownUnit: '本单位', provinceHint: '省司法厅管理员管理本单位账户和各单位的管理员账户。', unitHint: '本单位的管理员账户由省司法厅管理员管理。',
      roleNames: { INTAKE_CLERK: '受理员', REVIEWER: '审批员', MONITOR: '监控员', SUPERVISOR: '主管', AUDITOR: '审计员', ADMIN: '管理员', ROOM_TERMINAL: '会见室终端' },
      kinds: { PROVINCE: '省司法厅', PRISON_BUREAU: '省监狱管理局', DETOX_BUREAU: '省戒毒管理局', PRISON: '监狱', DETOX_CENTRE: '戒毒所', COUNTY_BUREAU: '县(市、区)司法局', JUDICIAL_OFFICE: '司法所', DETENTION_CENTRE: '看守所' },
    },
  },
  en: {
    signInStep: {
      changeTitle: 'First sign-in: change the temporary password', current: 'Current (temporary) password', next: 'New password', repeat: 'New password again', mismatch: 'The new passwords differ',
      passwordRule: '8–64 characters with letters and digits', change: 'Change password',
      enrolTitle: 'Set up an authenticator', enrolHint: 'Administrators and supervisors sign in with a one-time code: scan the QR code with an authenticator app, or type the key, then enter the 6-digit code it shows.',
      secret: 'Key', qr: 'Authenticator QR code', confirm: 'Set up and sign in',
      verifyTitle: 'One-time code', verifyHint: 'Enter the 6-digit code from your authenticator app', code: '6-digit code', verify: 'Verify',
      back: 'Back to sign-in',
    },
    accounts: {
      tab: 'Accounts', create: 'New account', search: 'User name or name', total: '{n} accounts', none: 'No accounts',
      username: 'User name', displayName: 'Name', unit: 'Unit', unitKind: 'Kind of unit', roles: 'Roles', status: 'Status', actions: 'Actions',
      active: 'Active', inactive: 'Deactivated', mustChange: 'Temporary password', totp: 'Authenticator set up', noTotp: 'No authenticator',
      editRoles: 'Roles', reset: 'Reset password', resetTotp: 'Also reset the authenticator (lost phone)', deactivate: 'Deactivate', reactivate: 'Reactivate',
      save: 'Save', cancel: 'Cancel', created: 'Account created', saved: 'Saved', resetDone: 'Password reset', deactivated: 'Account deactivated; its sessions ended at once', reactivated: 'Account reactivated',
      deactivateConfirm: 'Deactivate {name}? Their open sessions end at once.', resetConfirm: 'Reset the password of {name}? Their open sessions end at once.',
      temporaryTitle: 'Temporary password (shown only now)', temporaryHint: 'Hand the temporary password to {name} in person. It must be changed at first sign-in.', ok: 'Noted',
      ownUnit: 'Own unit', provinceHint: 'The province’s administrators manage their own unit’s accounts and every unit’s administrators.', unitHint: 'Your unit’s administrator accounts are managed by the province.',
      roleNames: { INTAKE_CLERK: 'Intake clerk', REVIEWER: 'Reviewer', MONITOR: 'Monitor', SUPERVISOR: 'Supervisor', AUDITOR: 'Auditor', ADMIN: 'Administrator', ROOM_TERMINAL: 'Room terminal' },
      kinds: { PROVINCE: 'Province', PRISON_BUREAU: 'Prison bureau', DETOX_BUREAU: 'Detox bureau', PRISON: 'Prison', DETOX_CENTRE: 'Detox centre', COUNTY_BUREAU: 'County bureau', JUDICIAL_OFFICE: 'Judicial office', DETENTION_CENTRE: 'Detention centre' },
    },
  },
};
