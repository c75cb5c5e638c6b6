import { pino, type Logger } from 'pino';

/**
 * Structured logs. ID and phone numbers never reach a log: known fields are redacted,
 * and messages must not interpolate personal data (review rule for every change).
 */
export const REDACTED_FIELDS = [
  'idNumber',
  '*.idNumber',
  '*.*.idNumber',
  'phone',
  '*.phone',
  '*.*.phone',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'variables',
  '*.variables',
];

export function createLogger(name: string): Logger {
  return pino({
    name,
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    redact: { paths: REDACTED_FIELDS, censor: '[redacted]' },
  });
}
export type { Logger };
