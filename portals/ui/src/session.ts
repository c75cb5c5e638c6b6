import type { Role } from '@rv/schema/contract';
import { reactive } from 'vue';

/**
 * The signed-in account of this tab: only what the screens show (sessionStorage: a shared counter PC
 * forgets it with the tab). The credential itself is an HttpOnly cookie the gateway sets at sign-in
 * and clears at sign-out (issue 19): no script on the page can read it.
 */
export interface Session {
  signedIn: boolean;
  displayName: string | null;
  tenantName: string | null;
  /** The account's roles, to show each the screens it uses (the server checks every call anyway). */
  roles: string[];
  tenantKind: string | null;
  /** The institution or bureau the account works for (to pick its own entry from public lists). */
  tenantId: string | null;
}

const KEY = 'rv.session';

/** Sent with every request: the gateway then reads and sets the session cookie (a header no other site's page can add). */
export const SESSION_HEADERS = { 'x-rv-session': 'cookie' };

const SIGNED_OUT: Session = { signedIn: false, displayName: null, tenantName: null, roles: [], tenantKind: null, tenantId: null };

function stored(): Partial<Session> {
  const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as (Partial<Session> & { token?: unknown }) | null;
  // A tab saved by an older portal kept the token itself: that session is not carried over.
  return saved && !('token' in saved) ? saved : {};
}

export const session = reactive<Session>({ ...SIGNED_OUT, ...stored() });

/** The gateway has set the session cookie (the sign-in answered DONE): remember what the screens show. */
export function signIn(
  displayName: string,
  tenantName: string | null,
  roles: string[] = [],
  tenantKind: string | null = null,
  tenantId: string | null = null,
): void {
  Object.assign(session, { signedIn: true, displayName, tenantName, roles, tenantKind, tenantId });
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

/** Forgets the session here and has the gateway clear the cookie. */
export function signOut(): void {
  Object.assign(session, SIGNED_OUT);
  sessionStorage.removeItem(KEY);
  void fetch('/logout', { method: 'POST', headers: SESSION_HEADERS, credentials: 'same-origin' }).catch(() => undefined);
}

/** Whether the signed-in account holds any of these roles (for what the screens show; the server decides). Role names are the server's own. */
export function hasRole(...roles: Role[]): boolean {
  return roles.some((role) => session.roles.includes(role));
}
