import { pino } from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { REDACTED_FIELDS } from './logger.js';

describe('logs never carry ID or phone numbers', () => {
  it('redacts them wherever they appear in a log object', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ redact: { paths: REDACTED_FIELDS, censor: '[redacted]' } }, sink);
    logger.info(
      { idNumber: '11010519491231002X', visitor: { phone: '13800138000' }, input: { visitors: { idNumber: '11010519491231002X' } }, variables: { x: 1 } },
      'submitted',
    );
    const text = lines.join('');
    expect(text).not.toContain('11010519491231002X');
    expect(text).not.toContain('13800138000');
    expect(text).toContain('[redacted]');
  });
});
