import { mountPortal } from '@rv/ui';
import App from './App.vue';
import { messages } from './messages.ts';
import { router } from './router.ts';

mountPortal(App, messages, '#app', [router]);
