import { defineAsyncComponent } from 'vue';

export { createPortalClient } from './apollo.js';
export { createPortalI18n, keyedWords, sharedMessages, useKeyedText, useServerText, type KeyedTextLike } from './i18n.js';
export { errorCode, errorText } from './errors.js';
export { maskIdNumber, maskPhone } from '@rv/schema/contract';
export { hasRole, session, signIn, signOut } from './session.js';
export { default as LoginForm } from './LoginForm.vue';
export { default as PortalLayout } from './PortalLayout.vue';
export { default as RuleTip } from './RuleTip.vue';
export { mountPortal } from './mount.js';
export { mountStaffPortal } from './staff-portal.js';
export { createTabRouter, useTabRoute } from './tab-route.js';
export { chinaDateTime, chinaMonth, chinaTime, chinaToday, dayLabel, monthLabel, weekdayLabel } from './dates.js';
export { default as ReviewQueue } from './ReviewQueue.vue';
export { useOpenDays, type OpenDay } from './api/calendar.ts';
export { useOwnUnit, type OwnUnit } from './api/units.ts';
export { askAfresh } from './api/ask-afresh.ts';
export { NEAR_RELATIONS, RELATIONS } from './relations.js';
export { printForm, type PrintableForm } from './print.js';
export { useAction } from './action.js';
export { remaining, useNow } from './time-left.js';
export { default as VisitorSuspensions } from './sanction/VisitorSuspensions.vue';

// The meeting screens carry the Janus client (with bluebird, ~115 kB): fetched when their tab first
// opens, not with every page of every portal (families and the province never need them).
export const MeetingsToday = defineAsyncComponent(() => import('./meeting/MeetingsToday.vue'));
export const MonitorWall = defineAsyncComponent(() => import('./meeting/MonitorWall.vue'));

// Screens behind a tab other than the first: fetched when their tab first opens.
export const PublishDays = defineAsyncComponent(() => import('./PublishDays.vue'));
export const SuspensionNotices = defineAsyncComponent(() => import('./SuspensionNotices.vue'));
export const Recordings = defineAsyncComponent(() => import('./recording/Recordings.vue'));
export const AuditTrail = defineAsyncComponent(() => import('./audit/AuditTrail.vue'));
export const SubjectDesk = defineAsyncComponent(() => import('./SubjectDesk.vue'));
export const UnitMeetings = defineAsyncComponent(() => import('./UnitMeetings.vue'));
export const RosterDesk = defineAsyncComponent(() => import('./roster/RosterDesk.vue'));
export const StaffAccounts = defineAsyncComponent(() => import('./account/StaffAccounts.vue'));
/** A party's seat on its own device (the lawyer's phone, CQ-4): video, countdown, and the caller's actions in its slot. */
export const PartyRoom = defineAsyncComponent(() => import('./meeting/PartyRoom.vue'));
/** CQ-4: a lawyer meeting's video-only stream, as every staff person watches it. */
export const VideoWatch = defineAsyncComponent(() => import('./meeting/VideoWatch.vue'));
