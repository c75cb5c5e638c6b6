import { DefaultApolloClient } from '@vue/apollo-composable';
import './portal.css';
import { createApp, type Component, type Directive, type DirectiveHook, type ObjectDirective, type Plugin } from 'vue';
import { createPortalClient } from './apollo.js';
import { createPortalI18n } from './i18n.js';

/** Starts a portal: its Apollo client, its words on top of the shared ones, Element Plus's loading directive, and its own plugins (a router). */
export function mountPortal(root: Component, messages: Parameters<typeof createPortalI18n>[0], selector = '#app', plugins: Plugin[] = []): void {
  const app = createApp(root);
  for (const plugin of plugins) app.use(plugin);
  app.provide(DefaultApolloClient, createPortalClient());
  app.use(createPortalI18n(messages));
  app.directive('loading', lazyLoadingDirective());
  app.mount(selector);
}

type Hook = 'mounted' | 'updated' | 'unmounted';

/**
 * `v-loading`, with Element Plus's directive fetched while the first page renders (it is not part of
 * the first load). A hook called before it arrived runs when it does, in the order called.
 */
function lazyLoadingDirective(): Directive {
  let real: ObjectDirective | undefined;
  const arrived = import('./loading.js').then(({ vLoading }) => {
    real = vLoading as ObjectDirective;
  });
  const forward =
    (hook: Hook): DirectiveHook =>
    (...args) => {
      const run = () => (real?.[hook] as DirectiveHook | undefined)?.(...args);
      if (real) run();
      else void arrived.then(run);
    };
  return { mounted: forward('mounted'), updated: forward('updated'), unmounted: forward('unmounted') };
}
