/** The audit trail: the server's refusals and the auditor's screen, both languages side by side. */
export const zhCN = {
  audit: {
    tooManyRows: '导出记录过多（{count}条，最多{max}条），请缩小查询范围',
    periodOrder: '开始日期不能晚于结束日期',
    screen: {
      tab: '审计日志',
      person: '操作人（用户名）', unit: '单位编号', entityType: '对象类型', entityId: '对象编号', action: '操作', from: '开始日期', to: '结束日期',
      search: '查询', reset: '重置', export: '导出CSV', total: '共 {n} 条',
      seq: '序号', at: '时间', role: '角色', operation: '变更', before: '变更前', after: '变更后', none: '无记录',
      operations: { INSERT: '新增', UPDATE: '修改', DELETE: '删除' },
      integrity: '校验完整性', intact: '审计日志完整（已校验{n}条）',
      broken: '审计日志不完整：第{seq}条起{reason}',
      reasons: { ROW_MISSING: '记录缺失', CHAIN_BROKEN: '链接断开', ROW_ALTERED: '记录被修改' },
    },
  },
} as const;

export const en = {
  audit: {
    tooManyRows: 'Too many records to export ({count}, at most {max}); narrow the search',
    periodOrder: 'The start date may not be after the end date',
    screen: {
      tab: 'Audit trail',
      person: 'Staff member (username)', unit: 'Unit ID', entityType: 'Entity type', entityId: 'Entity ID', action: 'Action', from: 'From', to: 'To',
      search: 'Search', reset: 'Reset', export: 'Export CSV', total: '{n} records',
      seq: 'No.', at: 'Time', role: 'Role', operation: 'Change', before: 'Before', after: 'After', none: 'No records',
      operations: { INSERT: 'Created', UPDATE: 'Changed', DELETE: 'Deleted' },
      integrity: 'Check integrity', intact: 'The audit trail is intact ({n} records checked)',
      broken: 'The audit trail is broken from record {seq}: {reason}',
      reasons: { ROW_MISSING: 'a record is missing', CHAIN_BROKEN: 'the chain is broken', ROW_ALTERED: 'a record was altered' },
    },
  },
};
