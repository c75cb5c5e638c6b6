import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** One step either side of now (30 s each): a phone's clock a little off still signs in (otplib's epochTolerance is in seconds). */
const TOLERANCE_SECONDS = 30;
const ISSUER = '远程会见';

function sealingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'rv-totp', 'totp-secret-sealing', 32));
}

/**
 * A TOTP secret is stored sealed with AES-256-GCM under a key derived from the platform's token secret:
 * a copy of the database alone does not give anyone the codes. `v1:<iv>:<tag>:<ciphertext>`.
 */
export function sealTotpSecret(totpSecret: string, platformSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(platformSecret), iv);
  const sealed = Buffer.concat([cipher.update(totpSecret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(':');
}

export function openTotpSecret(sealed: string, platformSecret: string): string {
  const [version, iv, tag, data] = sealed.split(':');
  if (version !== 'v1' || !iv || !tag || !data) throw new Error('unknown TOTP sealing');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(platformSecret), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
}

/** A new secret (20 random bytes, base32), its otpauth URI and the QR code an authenticator app scans. */
export async function newTotpSecret(username: string): Promise<{ secret: string; uri: string; qrDataUrl: string }> {
  const secret = generateSecret();
  const uri = generateURI({ issuer: ISSUER, label: username, secret });
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/** TOTP's time step (RFC 6238: 30 seconds). */
export const TOTP_STEP_SECONDS = 30;

/**
 * The time step a 6-digit code fits now (one step either side), or null. Only steps after
 * `afterStep` count (RFC 6238 §5.2: a code once accepted is not accepted again; the caller records
 * the step it accepts). A malformed code is simply wrong (otplib throws on it).
 */
export async function totpStepOf(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = await verify({ secret, token: code, epochTolerance: TOLERANCE_SECONDS, afterTimeStep: afterStep ?? undefined });
    return result.valid && 'timeStep' in result ? result.timeStep : null; // TOTP results carry their step (HOTP ones do not)
  } catch {
    return null; // also a last step beyond the window (otplib throws): no code fits
  }
}

/** The code of a secret at a time step (the demo's and the tests' authenticator). */
export function totpCodeAt(secret: string, step: number): Promise<string> {
  return generate({ secret, epoch: step * TOTP_STEP_SECONDS });
}

/** The current code of a secret. */
export function totpCodeNow(secret: string): Promise<string> {
  return generate({ secret });
}
