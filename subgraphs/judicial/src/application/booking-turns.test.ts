import { describe, expect, it } from 'vitest';
import { BookingTurns, type Checked, type TurnOutcome } from './booking-turns.js';

/** A day of `slots` places, booked by whoever gets a turn; the check reads it as the database would. */
function givenDay(slots: number) {
  const day = { taken: 0, checks: [] as number[], running: 0, mostRunning: 0 };
  const check = async (filings: string[]): Promise<Checked[]> => {
    day.checks.push(filings.length);
    await new Promise((resolve) => setTimeout(resolve, 1));
    return filings.map((key) => ({ replay: key === 'retry' ? 'first-application' : null, full: day.taken >= slots }));
  };
  const book = async (outcome: TurnOutcome): Promise<string> => {
    if (!('turn' in outcome)) return 'replay' in outcome ? 'replayed' : 'full';
    day.running++;
    day.mostRunning = Math.max(day.mostRunning, day.running);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const booked = day.taken < slots;
    if (booked) day.taken++;
    day.running--;
    outcome.turn.release();
    return booked ? 'booked' : 'full';
  };
  return { day, check, book };
}

describe('booking turns (issue 16)', () => {
  it('300 filings at once for 12 slots: 12 booked, the rest refused by a few checks of many filings, never more than 4 bookings at a time', async () => {
    const { day, check, book } = givenDay(12);
    const turns = new BookingTurns(check, 4, 50);
    const outcomes = await Promise.all(Array.from({ length: 300 }, (_, i) => turns.take(`key-${i}`).then(book)));
    expect(outcomes.filter((outcome) => outcome === 'booked')).toHaveLength(12);
    expect(outcomes.filter((outcome) => outcome === 'full')).toHaveLength(288);
    expect(day.mostRunning).toBeLessThanOrEqual(4);
    // One check per booking before the day filled, then batches of up to 50: far fewer checks than filings.
    expect(day.checks.length).toBeLessThan(40);
    expect(Math.max(...day.checks)).toBe(50);
  });

  it('a retry is answered with its first application, without a turn, even on a full day', async () => {
    const { check, book } = givenDay(0);
    const turns = new BookingTurns(check, 2, 10);
    const outcomes = await Promise.all(['a-key-001', 'retry', 'a-key-002'].map((key) => turns.take(key).then(book)));
    expect(outcomes).toEqual(['full', 'replayed', 'full']);
  });

  it('a check that fails fails its filings and gives its turn back', async () => {
    let calls = 0;
    const turns = new BookingTurns<string>(
      async (filings) => {
        if (calls++ === 0) throw new Error('connection lost');
        return filings.map(() => ({ replay: null, full: true }));
      },
      1,
      1,
    );
    const [first, second] = await Promise.allSettled([turns.take('first-key'), turns.take('second-key')]);
    expect(first).toMatchObject({ status: 'rejected', reason: new Error('connection lost') });
    expect(second).toEqual({ status: 'fulfilled', value: { full: true } });
  });
});
