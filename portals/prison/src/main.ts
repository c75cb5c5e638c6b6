import { mountStaffPortal } from '@rv/ui';
import App from './App.vue';
import { messages } from './messages.ts';

mountStaffPortal(App, messages);
