/**
 * Decisions stored by key (issue 14): the words a stored decision is made of, both languages side
 * by side. A reason with a note written by staff, and a note alone (staff's own words, kept as written).
 */
export const zhCN = {
  decision: {
    withNote: '{reason}：{note}',
    note: '{note}',
    unstated: '未注明',
    listSeparator: '、',
  },
} as const;

export const en = {
  decision: {
    withNote: '{reason}: {note}',
    note: '{note}',
    unstated: 'not stated',
    listSeparator: ', ',
  },
};
