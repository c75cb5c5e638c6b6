import type { ServerResponse } from 'node:http';
import { ErrorCode } from '@rv/schema';
import { sendGraphQLError } from '@rv/kit';
import pLimit from 'p-limit';

export interface RequestLineOptions {
  /** GraphQL requests worked on at a time (default GATEWAY_MAX_REQUESTS or 64). */
  maxRequests?: number;
  /** How long a request may wait for its turn before it is told the platform is busy (default 30 s). */
  maxWaitMs?: number;
}

/** What the line answers a request that waited too long: try again in this many seconds. */
const RETRY_AFTER_SECONDS = 5;

/**
 * The gateway's GraphQL requests over HTTP, worked on at most `maxRequests` at a time; the rest wait
 * in the order they came (issue 16). In a burst (2,000 filings at once for one day's slots) every
 * request in progress holds its parsed operation, contexts and entity managers: fewer at a time keep
 * less alive for the garbage collector and interleave less, and the storm measured faster (see README,
 * Benchmarks). A request that waits longer than `maxWaitMs` is answered 503 with `platform.busy` and is
 * never worked on, nor is one whose caller left while it waited. Probes, metrics and subscriptions do not wait in this line.
 */
export class RequestLine {
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly maxWaitMs: number;

  constructor(options: RequestLineOptions = {}) {
    this.limit = pLimit(options.maxRequests ?? Number(process.env.GATEWAY_MAX_REQUESTS || 64));
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
  }

  /** Requests waiting for their turn (the `rv_gateway_requests_waiting` gauge). */
  get waiting(): number {
    return this.limit.pendingCount;
  }

  /** Runs `serve` in its turn, or answers busy if the turn has not come within `maxWaitMs`. */
  async enter(res: ServerResponse, serve: () => Promise<void>): Promise<void> {
    let answeredBusy = false;
    // Only a request that will wait gets a timer (p-limit may start a free turn's work a moment later).
    const timer =
      this.limit.activeCount + this.limit.pendingCount < this.limit.concurrency
        ? undefined
        : setTimeout(() => {
            answeredBusy = true;
            res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
            sendGraphQLError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'platform.busy');
          }, this.maxWaitMs);
    await this.limit(async () => {
      clearTimeout(timer);
      // A caller that left while waiting (its socket closed) would never read the answer: nothing is worked on for it.
      if (!answeredBusy && !res.destroyed) await serve();
    });
  }
}
