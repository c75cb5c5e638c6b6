import type { Role } from '@rv/schema/contract';
import { reactive } from 'vue';

/** The signed-in account of this tab (sessionStorage: a shared counter PC forgets it with the tab). */
export interface Session {
  token: string | null;
  displayName: string | null;
  tenantName: string | null;
  /** The account's roles, to show each the screens it uses (the server checks every call anyway). */
  roles: string[];
  tenantKind: string | null;
  /** The institution or bureau the account works for (to pick its own entry from public lists). */
  tenantId: string | null;
}

const KEY = 'rv.session';

const SIGNED_OUT: Session = { token: null, displayName: null, tenantName: null, roles: [], tenantKind: null, tenantId: null };

export const session = reactive<Session>({ ...SIGNED_OUT, ...JSON.parse(sessionStorage.getItem(KEY) ?? 'null') });

export function signIn(token: string, displayName: string, tenantName: string | null, roles: string[] = [], tenantKind: string | null = null, tenantId: string | null = null): void {
  Object.assign(session, { token, displayName, tenantName, roles, tenantKind, tenantId });
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function signOut(): void {
  Object.assign(session, SIGNED_OUT);
  sessionStorage.removeItem(KEY);
}

/** Whether the signed-in account holds any of these roles (for what the screens show; the server decides). Role names are the server's own. */
export function hasRole(...roles: Role[]): boolean {
  return roles.some((role) => session.roles.includes(role));
}
