import { MessageType, stringifyMessage } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { MAX_UNSENT_BYTES, SubscriptionWire } from './wire.js';

/** A real socket pair on loopback: the server's end (the wire writes to it) and the client's. */
async function socketPair(): Promise<{ server: WebSocket; client: WebSocket; close: () => Promise<void> }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  const accepted = new Promise<WebSocket>((resolve) => wss.once('connection', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  await new Promise((resolve, reject) => client.once('open', resolve).once('error', reject));
  const server = await accepted;
  return {
    server,
    client,
    close: async () => {
      client.terminate();
      for (const socket of wss.clients) socket.terminate();
      await new Promise((resolve) => wss.close(resolve));
    },
  };
}

describe('a subscription wire (issue 16: one serialization per group)', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it("writes the same text graphql-ws's server writes for a next message", async () => {
    const pair = await socketPair();
    close = pair.close;
    const payload = { data: { applicationChanged: { id: 'a-1', status: 'SUBMITTED', note: '审核"中"\n' } }, extensions: { event: { seq: '7' } } };
    const received = new Promise<string>((resolve) => pair.client.once('message', (data) => resolve(String(data))));

    expect(new SubscriptionWire(pair.server, 'sub "1"').send(JSON.stringify(payload))).toBe('sent');

    expect(await received).toBe(stringifyMessage({ id: 'sub "1"', type: MessageType.Next, payload }));
  });

  it('closes a socket whose client stopped reading, once a megabyte waits unsent, with 1013 so the client reconnects', async () => {
    const pair = await socketPair();
    close = pair.close;
    const wire = new SubscriptionWire(pair.server, 's');
    const payloadJson = JSON.stringify({ data: { text: 'x'.repeat(64 * 1024) } });
    pair.client.pause();

    let sent = 0;
    let last = wire.send(payloadJson);
    while (sent < 2000 && last === 'sent') {
      sent++;
      last = wire.send(payloadJson);
    }

    // The kernel's buffers take some megabytes first; then a megabyte waits in the gateway, and no more.
    expect(sent).toBeLessThan(2000);
    expect(last).toBe('behind');
    expect(pair.server.bufferedAmount).toBeGreaterThan(MAX_UNSENT_BYTES);
    expect(pair.server.bufferedAmount).toBeLessThan(MAX_UNSENT_BYTES + 2 * payloadJson.length);
    expect(pair.server.readyState).toBe(WebSocket.CLOSING);
    expect(wire.send(payloadJson)).toBe('closing');
    const closed = new Promise<number>((resolve) => pair.client.once('close', resolve));
    pair.client.resume();
    expect(await closed).toBe(1013);
  });
});
