/** Catalogue entries of the powers area (GD-4 priority, GD-33, GD-41, SX-8(1) after approval, YN-8 stages), both languages side by side. */
export const zhCN = {
  powers: {
    policy: {
      ownInstitutionsOnly: '只能为本局所管监所设定优先适用规定',
      maxTimes: '优先次数应为0至{max}次',
      period: '期间应为每月或每年',
      conditions: '须写明适用条件和范围（{max}字以内）',
    },
    priority: {
      notACategory: '不是可设定的优先类别',
      noteTooLong: '说明不得超过{max}字',
      specialNeedsReason: '特殊情况须写明理由',
      institutionMarks: '奖励和特殊措施由监所设定',
      familyBureauMarks: '年老体弱、路途较远等便利措施由家属所在司法局设定',
      onlyPending: '只能为待审批的申请设定优先',
      alreadyFirst: '该申请已优先审批',
      noPolicy: '省监狱（戒毒）管理局未规定此类优先',
      countUsed: '该会见对象在{period}的优先次数（{max}次）已用完',
    },
    visitorSanction: {
      reason: '须写明违规事实（{max}字以内）',
      notAVisitor: '此人不在该申请的会见人名单中',
      alreadyDecided: '该建议已处理',
      visitorBarred: '会见人{name}不得远程会见该会见对象，至{until}止',
    },
    referral: {
      policeUnit: '须写明移送的公安机关（{max}字以内）',
      reference: '须写明移送文书编号（{max}字以内）',
      alreadyRecorded: '该案已登记移送',
    },
    bureau: {
      onlyOffices: '只能指定司法所行使县（市、区）司法局权责',
    },
    stage: {
      notAtStage: '该申请当前不在此环节（当前：{stage}）',
    },
    falseInformation: {
      note: '须写明隐瞒或捏造的信息（{max}字以内）',
      notApproved: '只能处理已批准且尚未到期的会见',
      reason: '会见人{name}隐瞒、捏造个人信息：{note}',
      subjectStopped: '会见对象的远程会见停止至{until}',
      sanctionReason: '会见人隐瞒、捏造个人信息，停止后续会见（{rule}）：{note}',
    },
  },
} as const;

export const en = {
  powers: {
    policy: {
      ownInstitutionsOnly: 'A bureau sets the priority policy for its own institutions only',
      maxTimes: 'The number of times must be 0 to {max}',
      period: 'The period is a month or a year',
      conditions: 'Write the conditions and scope (at most {max} characters)',
    },
    priority: {
      notACategory: 'Not a priority category that can be set',
      noteTooLong: 'The note is limited to {max} characters',
      specialNeedsReason: 'A special case needs a written reason',
      institutionMarks: 'Rewards and special measures are set by the institution',
      familyBureauMarks: 'Help for old, infirm or distant families is set by the family’s bureau',
      onlyPending: 'Only a pending application can be put first',
      alreadyFirst: 'This application already goes first',
      noPolicy: 'The provincial bureau’s policy has no such priority',
      countUsed: 'This subject’s priority for {period} is used up ({max} times)',
    },
    visitorSanction: {
      reason: 'Write what the visitor did (at most {max} characters)',
      notAVisitor: 'Not a visitor on this application',
      alreadyDecided: 'Already decided',
      visitorBarred: 'Visitor {name} may not meet this subject remotely until {until}',
    },
    referral: {
      policeUnit: 'Name the police unit (at most {max} characters)',
      reference: 'Give the referral’s reference number (at most {max} characters)',
      alreadyRecorded: 'The referral of this case is already recorded',
    },
    bureau: {
      onlyOffices: 'Only a judicial office can be given a county bureau’s powers',
    },
    stage: {
      notAtStage: 'The application is not at this stage (now: {stage})',
    },
    falseInformation: {
      note: 'Write what was hidden or fabricated (at most {max} characters)',
      notApproved: 'Only an approved meeting still ahead can be stopped',
      reason: 'Visitor {name} hid or fabricated personal information: {note}',
      subjectStopped: 'The subject’s remote meetings are stopped until {until}',
      sanctionReason: 'A visitor hid or fabricated personal information; later meetings stopped ({rule}): {note}',
    },
  },
};
