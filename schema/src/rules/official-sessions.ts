import type { MessageKey, MessageParams } from '../messages/index.js';

/**
 * YN-34: courts, procuratorates, police, discipline commissions and notaries use the same system
 * with an official letter. As data per pack: who may book, for what, how long, and how the session
 * is recorded (by the organs' own rules: sound and picture throughout, like an interrogation room).
 */
export interface OfficialSessionPack {
  code: string;
  rule: string;
  organs: readonly string[];
  purposes: readonly string[];
  minMinutes: number;
  maxMinutes: number;
  maxOfficials: number;
  /** AUDIO_VIDEO: the room records every stream (never a privileged room). */
  recording: 'AUDIO_VIDEO';
}

export const YN_OFFICIAL_SESSIONS: OfficialSessionPack = {
  code: 'YN',
  rule: 'YN-34',
  organs: ['COURT', 'PROCURATORATE', 'POLICE', 'DISCIPLINE_COMMISSION', 'NOTARY'],
  purposes: ['INTERROGATION', 'HEARING', 'INVESTIGATION', 'NOTARISATION', 'OTHER'],
  minMinutes: 10,
  maxMinutes: 180,
  maxOfficials: 6,
  recording: 'AUDIO_VIDEO',
};

const OFFICIAL_PACKS: Record<string, OfficialSessionPack> = { YN: YN_OFFICIAL_SESSIONS };

/** The pack's official sessions, or null where its rules have none. */
export function officialSessionPack(code: string): OfficialSessionPack | null {
  return OFFICIAL_PACKS[code] ?? null;
}

export interface OfficialSessionRequest {
  organ: string;
  purpose: string;
  letterNumber: string;
  issuedBy: string;
  officials: string[];
  minutes: number;
}

export type OfficialDecision =
  { allowed: true; pack: string; rule: string } | { allowed: false; pack: string; rule: string; reasonKey: MessageKey; params: MessageParams; field: string };

/** YN-34: an organ the rule names, with its official letter, its officials and a length within the pack's. */
export function checkOfficialSession(pack: OfficialSessionPack, request: OfficialSessionRequest): OfficialDecision {
  const refuse = (reasonKey: MessageKey, field: string, params: MessageParams = {}): OfficialDecision => ({
    allowed: false,
    pack: pack.code,
    rule: pack.rule,
    reasonKey,
    params,
    field,
  });
  if (!pack.organs.includes(request.organ)) return refuse('official.notAnOrgan', 'organ');
  if (!pack.purposes.includes(request.purpose)) return refuse('official.notAPurpose', 'purpose');
  const letter = [request.letterNumber.trim(), request.issuedBy.trim()];
  if (letter.some((text) => !text || text.length > 100)) return refuse('official.letterRequired', 'letterNumber', { max: 100 });
  const officials = request.officials.map((name) => name.trim()).filter(Boolean);
  if (!officials.length || officials.length > pack.maxOfficials || officials.some((name) => name.length > 40))
    return refuse('official.officialsRequired', 'officials', { max: pack.maxOfficials });
  if (!Number.isInteger(request.minutes) || request.minutes < pack.minMinutes || request.minutes > pack.maxMinutes)
    return refuse('official.minutesRange', 'minutes', { min: pack.minMinutes, max: pack.maxMinutes });
  return { allowed: true, pack: pack.code, rule: pack.rule };
}
