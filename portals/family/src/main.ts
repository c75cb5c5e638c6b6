import { mountPortal } from '@rv/ui';
import App from './App.vue';
import { accountMessages } from './account/messages.ts';
import { messages } from './messages.ts';
import { router } from './router.ts';

mountPortal(
  App,
  {
    'zh-CN': { ...messages['zh-CN'], ...accountMessages['zh-CN'] },
    en: { ...messages.en, ...accountMessages.en },
  },
  '#app',
  [router],
);
