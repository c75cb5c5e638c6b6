/** YN-34: official sessions (courts, procuratorates, police, discipline commissions, notaries) with a prison, both languages side by side. */
export const zhCN = {
  official: {
    organ: {
      COURT: '人民法院',
      PROCURATORATE: '人民检察院',
      POLICE: '公安机关',
      DISCIPLINE_COMMISSION: '纪检监察机关',
      NOTARY: '公证机构',
    },
    purpose: {
      INTERROGATION: '远程提讯',
      HEARING: '远程庭审',
      INVESTIGATION: '调查取证',
      NOTARISATION: '公证',
      OTHER: '其他公务',
    },
    notAnOrgan: '只有法院、检察院、公安机关、纪检监察机关和公证机构可以预约公务会见',
    notInPack: '{pack}规定中没有公务远程会见',
    codeWrong: '入会码不正确',
    notAPurpose: '公务会见事由不在规定之内',
    letterRequired: '请填写公函文号和出具机关（不超过{max}字）',
    officialsRequired: '请填写参加人员（1至{max}人）',
    minutesRange: '时长须为{min}至{max}分钟',
    dateInPast: '会见日期不能早于今天',
    notFound: '公务会见不存在',
    alreadyClosed: '该公务会见已结束或已取消',
    inmateNotHere: '该服刑人员不在本监狱',
  },
} as const;

export const en = {
  official: {
    organ: {
      COURT: 'Court',
      PROCURATORATE: 'Procuratorate',
      POLICE: 'Police',
      DISCIPLINE_COMMISSION: 'Discipline inspection and supervision commission',
      NOTARY: 'Notary',
    },
    purpose: {
      INTERROGATION: 'Remote interrogation',
      HEARING: 'Remote hearing',
      INVESTIGATION: 'Investigation',
      NOTARISATION: 'Notarisation',
      OTHER: 'Other official business',
    },
    notAnOrgan: 'Only courts, procuratorates, police, discipline commissions and notaries book official sessions',
    notInPack: 'The {pack} rules have no remote official sessions',
    codeWrong: 'The joining code is wrong',
    notAPurpose: 'That purpose is not one an official session may have',
    letterRequired: 'Give the official letter’s number and issuing organ (at most {max} characters)',
    officialsRequired: 'Name the officials taking part (1 to {max})',
    minutesRange: 'The length must be {min} to {max} minutes',
    dateInPast: 'The session cannot be on a past day',
    notFound: 'Official session not found',
    alreadyClosed: 'This official session has ended or was cancelled',
    inmateNotHere: 'That inmate is not held in this prison',
  },
} as const;
