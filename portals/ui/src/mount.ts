import { DefaultApolloClient } from '@vue/apollo-composable';
import { vLoading } from 'element-plus';
import './portal.css';
import { createApp, type Component, type Plugin } from 'vue';
import { createPortalClient } from './apollo.js';
import { createPortalI18n } from './i18n.js';

/** Starts a portal: its Apollo client, its words on top of the shared ones, Element Plus's loading directive, and its own plugins (a router). */
export function mountPortal(root: Component, messages: Parameters<typeof createPortalI18n>[0], selector = '#app', plugins: Plugin[] = []): void {
  const app = createApp(root);
  for (const plugin of plugins) app.use(plugin);
  app.provide(DefaultApolloClient, createPortalClient());
  app.use(createPortalI18n(messages));
  app.directive('loading', vLoading);
  app.mount(selector);
}
