// Argument checking messages name the field and what was expected, never the value received (they are logged,
// and arguments may hold health answers).
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../electron/shared/ipc-schemas';

describe('parseArgs messages', () => {
  it.each([
    ['reminder:snooze', { minutes: 'seven-secret' }, 'minutes: expected number'],
    ['reminder:snooze', { minutes: 7777 }, 'minutes: expected <=120'],
    ['reminder:snooze', { minutes: 5, secretKey: 'x' }, 'secretKey: unexpected key'],
    ['walk:end', {}, 'completed: required'],
    ['settings:update', { sitThresholdMin: 'forty-two' }, 'sitThresholdMin: expected number'],
  ] as const)('%s with %j says "%s" and does not quote the value', (channel, raw, message) => {
    const result = parseArgs(channel, raw);
    expect(result).toEqual({ ok: false, message });
    if (!result.ok) expect(result.message).not.toMatch(/seven-secret|7777|forty-two|"x"/);
  });

  it('rejects prototype-pollution keys before the schema sees them', () => {
    expect(parseArgs('reminder:snooze', JSON.parse('{"minutes":5,"__proto__":{"polluted":1}}'))).toEqual({
      ok: false,
      message: 'arguments contain a forbidden key',
    });
  });
});
