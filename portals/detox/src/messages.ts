/** The detox centre portal's own words (zh-CN first); the review queue's are shared (portals/ui). */
export const messages = {
  'zh-CN': { detox: { title: '强制隔离戒毒所远程会见', subjectsTab: '戒毒人员' } },
  en: { detox: { title: 'Detox centre remote meetings', subjectsTab: 'Detainees' } },
};
