import type { Component } from 'vue';
import { accountMessages } from './account/messages.js';
import type { createPortalI18n } from './i18n.js';
import { mountPortal } from './mount.js';
import { createTabRouter } from './tab-route.js';

/**
 * Starts a staff portal: each tab an address, and the words of the accounts screen and the sign-in's
 * further steps (issue 15) on top of its own. The family portal has neither, so they stay out of its
 * first load (issue 16: ≤150 kB).
 */
export function mountStaffPortal(root: Component, messages: Parameters<typeof createPortalI18n>[0]): void {
  mountPortal(
    root,
    {
      'zh-CN': { ...accountMessages['zh-CN'], ...messages['zh-CN'] },
      en: { ...accountMessages.en, ...messages.en },
    },
    '#app',
    [createTabRouter()],
  );
}
