import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSmsProvider } from './sms-provider.js';

const received: { auth?: string; body: unknown }[] = [];
let answer = 200;
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
    res.writeHead(answer, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `msg-${received.length}` }));
  });
});
let url = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('SMS through an operator’s HTTP gateway', () => {
  it('posts the phone and text with the token and returns the operator’s reference', async () => {
    const provider = new HttpSmsProvider(url, 'secret-token');
    expect(await provider.send('13800138000', '【远程会见】测试')).toBe('msg-1');
    expect(received[0]).toEqual({ auth: 'Bearer secret-token', body: { phone: '13800138000', text: '【远程会见】测试' } });
  });

  it('a refusal by the gateway is an error, so the dispatcher tries again later', async () => {
    answer = 503;
    await expect(new HttpSmsProvider(url, undefined).send('13800138000', 'x')).rejects.toThrow(/503/);
    answer = 200;
  });
});
