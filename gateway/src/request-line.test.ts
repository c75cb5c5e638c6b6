import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { RequestLine } from './request-line.js';

/** A response that records what was answered on it. */
function response() {
  const answered: { status?: number; headers: Record<string, string>; body?: string } = { headers: {} };
  const res = {
    destroyed: false,
    setHeader: (name: string, value: string) => (answered.headers[name] = value),
    writeHead: (status: number, headers: Record<string, string | number>) => {
      answered.status = status;
      for (const [name, value] of Object.entries(headers)) answered.headers[name] = String(value);
    },
    end: (body: string) => (answered.body = body),
  };
  return { res: res as unknown as ServerResponse, answered };
}

/** A request's work that ends when the test says so. */
function work(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    serve: async () => {
      log.push(`${name} starts`);
      await done;
      log.push(`${name} ends`);
    },
    finish,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

/** A line of one place: `first` in progress, a second request (answered on `waiting.res`) behind it. */
function oneWaitingBehind(maxWaitMs: number) {
  const line = new RequestLine({ maxRequests: 1, maxWaitMs });
  const log: string[] = [];
  const first = work(log, 'first');
  const second = work(log, 'second');
  const waiting = response();
  const entered = [line.enter(response().res, first.serve), line.enter(waiting.res, second.serve)];
  return {
    log,
    waiting,
    /** Ends both requests' work (the second's only if it started) and waits for the line to empty. */
    async finish() {
      first.finish();
      second.finish();
      await Promise.all(entered);
    },
  };
}

describe('RequestLine (issue 16)', () => {
  it('works on at most maxRequests at a time; the others start in the order they came, as turns free up', async () => {
    const line = new RequestLine({ maxRequests: 2, maxWaitMs: 10_000 });
    const log: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => work(log, name));
    const entered = [a, b, c, d].map((request) => line.enter(response().res, request.serve));
    await tick();
    expect(log).toEqual(['a starts', 'b starts']);
    expect(line.waiting).toBe(2);
    b.finish();
    await tick();
    expect(log).toEqual(['a starts', 'b starts', 'b ends', 'c starts']);
    a.finish();
    await tick();
    expect(log).toEqual(['a starts', 'b starts', 'b ends', 'c starts', 'a ends', 'd starts']);
    c.finish();
    d.finish();
    await Promise.all(entered);
    expect(line.waiting).toBe(0);
  });

  it('a request still waiting after maxWaitMs is answered 503 platform.busy and never worked on', async () => {
    const { log, waiting: busy, finish } = oneWaitingBehind(30);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(busy.answered.status).toBe(503);
    expect(busy.answered.headers['retry-after']).toBe('5');
    expect(JSON.parse(busy.answered.body!)).toEqual({
      errors: [{ message: '系统繁忙，请稍后再试', extensions: { code: 'SERVICE_UNAVAILABLE', messageKey: 'platform.busy', params: {} } }],
    });
    await finish();
    expect(log).toEqual(['first starts', 'first ends']);
  });

  it('a request whose caller left while it waited is not worked on', async () => {
    const { log, waiting: left, finish } = oneWaitingBehind(10_000);
    await tick();
    Object.assign(left.res, { destroyed: true }); // the caller's socket closed
    await finish();
    expect(log).toEqual(['first starts', 'first ends']);
  });

  it('a request that finds a free turn is worked on at once, with no timer to answer it busy', async () => {
    const line = new RequestLine({ maxRequests: 1, maxWaitMs: 1 });
    const log: string[] = [];
    const only = work(log, 'only');
    const answered = response();
    const entered = line.enter(answered.res, only.serve);
    await new Promise((resolve) => setTimeout(resolve, 30));
    only.finish();
    await entered;
    expect(log).toEqual(['only starts', 'only ends']);
    expect(answered.answered.status).toBeUndefined();
  });
});
