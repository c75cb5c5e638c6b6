import { DefaultApolloClient } from '@vue/apollo-composable';
import { createPortalClient, createPortalI18n } from '@rv/ui';
import { vLoading } from 'element-plus';
import 'element-plus/dist/index.css';
import { createApp } from 'vue';
import App from './App.vue';
import { messages } from './messages.ts';

const app = createApp(App);
app.provide(DefaultApolloClient, createPortalClient());
app.use(createPortalI18n(messages));
app.directive('loading', vLoading);
app.mount('#app');
