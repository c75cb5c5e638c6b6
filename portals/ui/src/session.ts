import { reactive } from 'vue';

/** The signed-in account of this tab (sessionStorage: a shared counter PC forgets it with the tab). */
export interface Session {
  token: string | null;
  displayName: string | null;
  tenantName: string | null;
}

const KEY = 'rv.session';

export const session = reactive<Session>(JSON.parse(sessionStorage.getItem(KEY) ?? 'null') ?? { token: null, displayName: null, tenantName: null });

export function signIn(token: string, displayName: string, tenantName: string | null): void {
  Object.assign(session, { token, displayName, tenantName });
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function signOut(): void {
  Object.assign(session, { token: null, displayName: null, tenantName: null });
  sessionStorage.removeItem(KEY);
}
