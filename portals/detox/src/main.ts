import { createTabRouter, mountPortal } from '@rv/ui';
import App from './App.vue';
import { messages } from './messages.ts';

mountPortal(App, messages, '#app', [createTabRouter()]);
