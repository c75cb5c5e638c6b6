import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';

import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ANONYMOUS, ErrorCode, IDENTITY_HEADER, signIdentity, translate, type Identity, type SignInStep } from '@rv/schema';
import { Agent, request } from 'undici';
import { withTraceHeaders, type LocalSubgraph } from '@rv/kit';

export interface GatewayContext {
  identity: Identity;
  /** The caller's network address (clientAddress), passed on signed for per-client throttling. */
  client?: string | null;
  /** Issue 15: the caller's token belongs to an unfinished sign-in; only this step's mutations are allowed. */
  step?: Exclude<SignInStep, 'DONE'> | null;
  /** Issue 19: a portal's request (session in an HttpOnly cookie): sign-in tokens go into the cookie, Secure over HTTPS. */
  cookieSession?: { secure: boolean } | null;
}

/**
 * Calls a subgraph with the caller's identity in a header signed with the shared secret.
 * A minimal data source on undici's request with keep-alive: the biggest lever on gateway
 * overhead measured in STACK.md (RemoteGraphQLDataSource adds work we do not use). A subgraph
 * running in this process is called there instead (`local`, kit's LocalSubgraph: issue 16).
 */
export class SignedDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    private readonly url: string,
    private readonly secret: string,
    private readonly dispatcher: Agent,
    private readonly local?: LocalSubgraph,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const context = 'context' in options ? (options.context as GatewayContext) : undefined;
    const identity = context?.identity ?? ANONYMOUS;
    const { query, variables, operationName } = options.request;
    if (this.local) return this.callLocal(this.local, { query, variables, operationName }, identity, context?.client ?? null);
    try {
      const body = JSON.stringify({ query, variables, operationName });
      // Signed for this subgraph and this body only, just before it leaves (schema/identity-header.ts).
      const signed = signIdentity(identity, this.secret, { audience: this.name, body, client: context?.client ?? null });
      const response = await request(this.url, {
        method: 'POST',
        dispatcher: this.dispatcher,
        // The trace goes on into the subgraph (W3C traceparent; nothing when tracing is off).
        headers: withTraceHeaders({ 'content-type': 'application/json', [IDENTITY_HEADER]: signed }),
        body,
      });
      const text = await response.body.text();
      const json = parseGraphQLResponse(text);
      if (json) return json;
      return this.unavailable(`answered HTTP ${response.statusCode}`);
    } catch (error) {
      return this.unavailable((error as Error).message);
    }
  }

  private async callLocal(
    local: LocalSubgraph,
    request: Parameters<LocalSubgraph>[0],
    identity: Identity,
    client: string | null,
  ): Promise<GatewayGraphQLResponse> {
    try {
      return (await local(request, { identity, client, traceHeaders: withTraceHeaders({}) })) as GatewayGraphQLResponse;
    } catch (error) {
      return this.unavailable((error as Error).message);
    }
  }

  /** A subgraph that is down or answers without a GraphQL body becomes a clear, coded error. */
  private unavailable(detail: string): GatewayGraphQLResponse {
    return {
      errors: [
        {
          message: translate('platform.serviceUnavailable', { service: this.name }),
          extensions: {
            code: ErrorCode.SERVICE_UNAVAILABLE,
            messageKey: 'platform.serviceUnavailable',
            params: { service: this.name },
            serviceName: this.name,
            detail,
          },
        },
      ] as any,
    };
  }
}

function parseGraphQLResponse(text: string): GatewayGraphQLResponse | null {
  try {
    const json = JSON.parse(text);
    return json && (json.data !== undefined || Array.isArray(json.errors)) ? json : null;
  } catch {
    return null;
  }
}
