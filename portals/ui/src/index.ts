export { createPortalClient } from './apollo.js';
export { createPortalI18n, sharedMessages } from './i18n.js';
export { errorCode, errorText } from './errors.js';
export { maskIdNumber, maskPhone } from './mask.js';
export { session, signIn, signOut } from './session.js';
export { default as LoginForm } from './LoginForm.vue';
export { default as PortalLayout } from './PortalLayout.vue';
export { mountPortal } from './mount.js';
export { chinaMonth, chinaToday } from './dates.js';
