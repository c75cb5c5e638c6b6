/** The prison portal's own words (zh-CN first); the review queue's are shared (portals/ui). */
export const messages = {
  'zh-CN': { prison: { title: '监狱远程会见' } },
  en: { prison: { title: 'Prison remote meetings' } },
};
