import type { ApolloServerPlugin } from '@apollo/server';
import type { FieldNode } from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { GatewayContext } from './data-source.js';

/**
 * Issue 19: a browser's login token lives in an HttpOnly cookie the gateway sets, out of reach of any
 * script on the page (sessionStorage was readable by an injected one). API clients and tests keep the
 * Authorization header, which wins when both are sent.
 *
 * Cross-site request forgery: the cookie is SameSite=Strict (a page of another site never sends it),
 * and the gateway reads it only from a request carrying the `x-rv-session: cookie` header, which a page
 * of another site cannot add without a CORS preflight the gateway never grants (no CORS headers). A
 * simple form POST is refused anyway (JSON bodies only, kit/http.ts; Apollo's CSRF prevention for GET).
 * WebSocket upgrades send no custom headers: there the cookie counts only when the Origin is the
 * gateway's own host.
 */
export const SESSION_COOKIE = 'rv_session';
export const SESSION_HEADER = 'x-rv-session';

/** The mutations answering a LoginResult: their token becomes the cookie. */
const SIGN_IN_FIELDS = new Set(['login', 'registerProxy', 'changePassword', 'confirmTotpEnrolment', 'verifyTotp']);

/** Whether the request is a portal's (it asks for the cookie session). */
export function wantsCookieSession(req: IncomingMessage): boolean {
  return req.headers[SESSION_HEADER] === 'cookie';
}

/** The session token in the Cookie header, or null. */
export function sessionToken(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length) return value.join('=') || null;
  }
  return null;
}

/** The browser reached the gateway over HTTPS: its own TLS, or (behind trusted proxies) the proxy says so. */
export function isHttps(req: IncomingMessage, trustedProxyHops: number): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const forwarded = req.headers['x-forwarded-proto'];
  return trustedProxyHops > 0 && typeof forwarded === 'string' && forwarded.split(',')[0].trim() === 'https';
}

/** Set-Cookie for a token (a session cookie: gone when the browser closes; the token expires before anyway), or to clear it. */
export function sessionCookie(token: string | null, secure: boolean): string {
  return [`${SESSION_COOKIE}=${token ?? ''}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : []), ...(token ? [] : ['Max-Age=0'])].join(
    '; ',
  );
}

/** A WebSocket upgrade from a page of the gateway's own origin (browsers always send Origin on them). */
export function sameOriginUpgrade(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin || !req.headers.host) return false;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * For a portal's request, a sign-in mutation's token is moved from the answer into the cookie: the
 * page receives an empty token and the facts it shows (account, step).
 */
export const sessionCookiePlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart({ contextValue }) {
    if (!contextValue.cookieSession) return;
    const { secure } = contextValue.cookieSession;
    return {
      async willSendResponse({ operation, response }) {
        if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
        const data = response.body.singleResult.data as Record<string, Record<string, unknown> | null> | null | undefined;
        for (const selection of operation.selectionSet.selections) {
          if (selection.kind !== 'Field' || !SIGN_IN_FIELDS.has(selection.name.value)) continue;
          const answer = data?.[selection.alias?.value ?? selection.name.value];
          const tokenField = selection.selectionSet?.selections.find((field): field is FieldNode => field.kind === 'Field' && field.name.value === 'token');
          const key = tokenField ? (tokenField.alias?.value ?? 'token') : null;
          if (!answer || !key || typeof answer[key] !== 'string') continue;
          response.http.headers.set('set-cookie', sessionCookie(answer[key] as string, secure));
          answer[key] = '';
        }
      },
    };
  },
};
