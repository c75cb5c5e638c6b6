import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type TextMapSetter } from '@opentelemetry/api';
import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * OpenTelemetry traces (issue 19): off unless OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) names an OTLP/HTTP collector. Off, nothing is loaded and
 * every helper below is a plain call (no context, no span objects). On, one tracer provider per
 * process exports in batches; the gateway's own spans (@apollo/gateway: request, validate, plan,
 * execute, fetch) join them, and the W3C `traceparent` header carries the trace to each subgraph,
 * so one request is one trace across processes.
 *
 * Spans are made here, not by patching `node:http` (instrumentation-http): this code is ES modules,
 * whose imports of `node:http` that package reaches only through a loader hook given before start, and
 * `npm start` runs the gateway and every subgraph in one process. Made here, a span carries only what
 * is written below: the service, the route, the operation's type and first root field and the error
 * code, never variables, documents, addresses or tokens (personal data).
 */
let provider: { shutdown(): Promise<void> } | null = null;

export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT) && env.OTEL_SDK_DISABLED !== 'true';
}

/** Starts exporting this process's spans when configured (see above); `service` unless OTEL_SERVICE_NAME says otherwise. */
export async function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (provider || !tracingConfigured(env)) return !!provider;
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);
  const started = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || service }),
    // The exporter reads the endpoint and headers from the standard OTEL_EXPORTER_OTLP_* variables.
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // The global provider, AsyncLocalStorage context and the W3C trace-context propagator.
  started.register();
  provider = started;
  return true;
}

/** Exports what is left and stops (before the process exits). */
export async function stopTracing(): Promise<void> {
  const stopping = provider;
  provider = null;
  await stopping?.shutdown();
}

const headerGetter = {
  keys: (headers: IncomingHttpHeaders) => Object.keys(headers),
  get: (headers: IncomingHttpHeaders, key: string) => headers[key],
};

/**
 * Runs the handling of a GraphQL HTTP request inside a server span of `service`, a child of the
 * caller's span when its `traceparent` names one (a subgraph's parent is the gateway's fetch).
 */
export function traceRequest<T>(service: string, headers: IncomingHttpHeaders, handle: () => Promise<T>): Promise<T> {
  if (!provider) return handle();
  const parent = propagation.extract(ROOT_CONTEXT, headers, headerGetter);
  return trace.getTracer('rv').startActiveSpan(
    `POST /graphql`,
    {
      kind: SpanKind.SERVER,
      attributes: { 'rv.service': service, 'http.request.method': 'POST', 'url.path': '/graphql' },
    },
    parent,
    async (span) => {
      try {
        return await handle();
      } finally {
        span.end();
      }
    },
  );
}

const headerSetter: TextMapSetter<Record<string, string>> = {
  set: (headers, key, value) => {
    headers[key] = value;
  },
};

/** Adds the current span's `traceparent` to headers of a request to another service. */
export function withTraceHeaders(headers: Record<string, string>): Record<string, string> {
  if (provider) propagation.inject(context.active(), headers, headerSetter);
  return headers;
}

/**
 * Names the GraphQL operation on the request's span: its type, its first root field (bounded, as
 * the metrics label it) and, when it failed, the first error's code. Nothing the caller typed.
 */
export const tracingPlugin: ApolloServerPlugin<any> = {
  async requestDidStart() {
    if (!provider) return;
    const span = trace.getActiveSpan();
    if (!span) return;
    return {
      async willSendResponse({ operation, errors }) {
        const field = operation?.selectionSet.selections.find((selection) => selection.kind === 'Field');
        span.setAttributes({
          'graphql.operation.type': operation?.operation ?? 'unparsed',
          'rv.graphql.field': field?.kind === 'Field' ? field.name.value : 'none',
        });
        if (errors?.length) {
          span.setAttribute('rv.graphql.error_code', String(errors[0].extensions?.code ?? 'INTERNAL'));
          span.setStatus({ code: SpanStatusCode.ERROR });
        }
      },
    };
  },
};
