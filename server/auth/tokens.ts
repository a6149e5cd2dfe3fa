/**
 * Tokens and invite codes: 256 random bits, given out once, stored only as their SHA-256. A code is
 * long enough that guessing is hopeless, so a plain hash (not a slow password hash) is the right tool.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(prefix: 'clt' | 'cli'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
