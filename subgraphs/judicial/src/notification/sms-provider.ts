import { request } from 'undici';

/** Where SMS go. The platform ships two; a province plugs its operator's gateway in by environment. */
export interface SmsProvider {
  readonly name: string;
  /** Resolves with the provider's reference; rejects when the message was not accepted. */
  send(phone: string, body: string): Promise<string>;
}

/**
 * Default: no operator is configured, so the message is delivered to the SMS log only (the
 * table clerks read); nothing leaves the machine.
 */
export class LogSmsProvider implements SmsProvider {
  readonly name = 'log';
  async send(): Promise<string> {
    return 'log';
  }
}

/** An operator's HTTP gateway: POST {phone, text} as JSON with a bearer token; 2xx means accepted. */
export class HttpSmsProvider implements SmsProvider {
  readonly name = 'http';
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
  ) {}

  async send(phone: string, body: string): Promise<string> {
    const response = await request(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ phone, text: body }),
      headersTimeout: 10_000,
      bodyTimeout: 10_000,
    });
    const text = await response.body.text();
    if (response.statusCode < 200 || response.statusCode >= 300) throw new Error(`SMS gateway answered ${response.statusCode}`);
    try {
      return String(JSON.parse(text).id ?? 'accepted');
    } catch {
      return 'accepted';
    }
  }
}

export function smsProviderFromEnv(): SmsProvider {
  return process.env.SMS_GATEWAY_URL ? new HttpSmsProvider(process.env.SMS_GATEWAY_URL, process.env.SMS_GATEWAY_TOKEN) : new LogSmsProvider();
}
