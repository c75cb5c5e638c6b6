import { session } from '@rv/ui';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { STEPS, firstMissing, type Step } from './apply/draft.ts';

/** Each screen has an address: the back button works, and an SMS can link straight to a look-up or an application. */
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./pages/HomePage.vue') },
  { path: '/open-days', name: 'openDays', component: () => import('./pages/OpenDaysPage.vue') },
  { path: '/rules', name: 'rules', component: () => import('./pages/RulesPage.vue') },
  { path: '/lookup', name: 'lookup', component: () => import('./pages/LookupPage.vue') },
  { path: '/notices', name: 'notices', component: () => import('./pages/NoticesPage.vue') },
  { path: '/sign-in', name: 'signIn', component: () => import('./pages/SignInPage.vue') },
  { path: '/register', name: 'register', component: () => import('./pages/RegisterPage.vue') },
  { path: '/forgot-password', name: 'forgotPassword', component: () => import('./account/ForgotPasswordPage.vue') },
  { path: '/account', name: 'account', component: () => import('./account/AccountPage.vue'), meta: { signedIn: true } },
  {
    path: '/apply',
    component: () => import('./apply/ApplyFlow.vue'),
    meta: { signedIn: true },
    children: [
      { path: '', redirect: { name: 'relative' } },
      { path: 'relative', name: 'relative', component: () => import('./apply/StepRelative.vue') },
      { path: 'day', name: 'day', component: () => import('./apply/StepDay.vue') },
      { path: 'place', name: 'place', component: () => import('./apply/StepPlace.vue') },
      { path: 'visitors', name: 'visitors', component: () => import('./apply/StepVisitors.vue') },
      { path: 'confirm', name: 'confirm', component: () => import('./apply/StepConfirm.vue') },
    ],
  },
  { path: '/applications/:id/submitted', name: 'submitted', component: () => import('./pages/ResultPage.vue'), meta: { signedIn: true } },
  { path: '/mine', name: 'mine', component: () => import('./pages/MyApplications.vue'), meta: { signedIn: true } },
  { path: '/:rest(.*)*', redirect: { name: 'home' } },
];

export const router = createRouter({ history: createWebHistory('/'), routes, scrollBehavior: () => ({ top: 0 }) });

router.beforeEach((to) => {
  if (to.matched.some((record) => record.meta.signedIn) && !session.signedIn) return { name: 'signIn', query: { next: to.fullPath } };
  // A step needs the ones before it: a deep link or a reload past a missing choice goes back to it.
  const step = STEPS.indexOf(to.name as Step);
  const missing = firstMissing();
  if (step > 0 && missing && STEPS.indexOf(missing) < step) return { name: missing };
  return true;
});
