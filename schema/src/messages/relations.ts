/** How a relation (YN-36 / YN-37) is named on screens and printed forms; keys are the Relation values. */
export const zhCN = {
  relations: {
    SPOUSE: '配偶',
    PARENT: '父母',
    CHILD: '子女',
    SIBLING: '兄弟姐妹',
    GRANDPARENT: '祖父母、外祖父母',
    GRANDCHILD: '孙子女、外孙子女',
    IN_LAW: '姻亲',
    OTHER_RELATIVE: '其他亲属',
    GUARDIAN: '监护人',
  },
} as const;

export const en = {
  relations: {
    SPOUSE: 'Spouse',
    PARENT: 'Parent',
    CHILD: 'Child',
    SIBLING: 'Sibling',
    GRANDPARENT: 'Grandparent',
    GRANDCHILD: 'Grandchild',
    IN_LAW: 'In-law',
    OTHER_RELATIVE: 'Other relative',
    GUARDIAN: 'Guardian',
  },
};
