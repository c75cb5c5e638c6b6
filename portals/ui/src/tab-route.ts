import { computed, nextTick, watch, type WritableComputedRef } from 'vue';
import { createRouter, createWebHistory, useRoute, useRouter, type Router } from 'vue-router';
import { session } from './session.js';

const NO_VIEW = { render: () => null };

/**
 * A staff portal's addresses: one per tab under the portal's base (`/prison/review`, `/prison/publish`),
 * so the back button, bookmarks and links reach a screen; the gateway answers any such address with
 * the portal's index.html. A tab's name is its address: a new `<el-tab-pane name="accounts">` has one.
 */
export function createTabRouter(): Router {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      { path: '/:tab?', name: 'tab', component: NO_VIEW },
      // A deeper address than a tab (an old or mistyped link) opens the tab it starts with.
      { path: '/:tab/:rest(.*)+', redirect: (to) => ({ name: 'tab', params: { tab: to.params.tab } }) },
    ],
  });
}

/**
 * The open tab, read from and written to the address (`v-model` of the portal's el-tabs). Without a
 * tab in the address, the account's first tab (`first`, e.g. the monitor's wall). A tab this account
 * cannot open (a bookmark from another role) gives way to its first one. Tabs that show only once data
 * has loaded (the prison's pack: inmates' requests, extra meetings) are judged when `ready` says that
 * data is there, so a bookmark of such a tab is not sent to the first tab while it loads.
 */
export function useTabRoute<T extends string>(first: () => T, ready: () => boolean = () => true): WritableComputedRef<T> {
  const route = useRoute();
  const router = useRouter();
  const asked = computed(() => (typeof route.params.tab === 'string' ? route.params.tab : ''));
  const tab = computed<T>({
    get: () => (asked.value || first()) as T,
    set: (name) => void router.push({ name: 'tab', params: { tab: name } }),
  });
  const listed = (name: string) => Boolean(document.querySelector('.el-tabs')?.querySelector(`#tab-${CSS.escape(name)}`));
  watch(
    [asked, () => session.signedIn, ready],
    async () => {
      if (!session.signedIn || !asked.value || !ready()) return;
      // The panes mount in this render; the tab bar lists them in the next one.
      await nextTick();
      if (!listed(asked.value)) await new Promise((resolve) => requestAnimationFrame(resolve));
      if (document.querySelector('.el-tabs') && !listed(asked.value)) await router.replace({ name: 'tab', params: { tab: '' } });
    },
    { immediate: true, flush: 'post' },
  );
  return tab;
}
