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

/** Whether a 6-digit code fits the secret now, one step either side. A malformed code is simply wrong (otplib throws on it). */
export async function checkTotpCode(secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    return (await verify({ secret, token: code, epochTolerance: TOLERANCE_SECONDS })).valid;
  } catch {
    return false;
  }
}

/** The current code of a secret (the demo's and the tests' authenticator). */
export function totpCodeNow(secret: string): Promise<string> {
  return generate({ secret });
}
