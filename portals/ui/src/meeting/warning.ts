import type { MeetingGround } from '../api/meeting.ts';

type Translate = (key: string) => string;

/**
 * GD-31 / YN-16 / SX-10: what a warning says on the terminals and the wall: the pack's ground in
 * the reader's language (its catalogue key, grounds.<pack>.<code>, from the meeting's own grounds)
 * and the words staff wrote, if any — never an empty line when they wrote none.
 */
export function warningText(warning: { ground: string | null; reason: string }, grounds: MeetingGround[], t: Translate): string {
  const ground = grounds.find((candidate) => candidate.code === warning.ground);
  return [ground ? t(ground.labelKey) : '', warning.reason.trim()].filter(Boolean).join('：');
}
