import * as crypto from 'crypto';

const PREFIX = 'staff';

export interface StaffToken {
  readonly token: string;
  readonly expiresAt: number;
}

/**
 * The token a class's teacher or assistant sends with a command: `staff.<user>.<expiry>.<mac>`,
 * an HMAC-SHA256 over the rest with the server's secret. It names a person, not a class: the
 * server still checks, per command, that the person is staff of the class commanded.
 */
export class StaffTokens {
  constructor(
    private readonly secret: Buffer,
    private readonly now: () => number = Date.now,
  ) {
    if (secret.length < 32) throw new Error('the staff-token secret needs at least 32 bytes');
  }

  issue(userId: string, lifetimeSeconds: number): StaffToken {
    const expiresAt = this.now() + lifetimeSeconds * 1000;
    const body = `${PREFIX}.${Buffer.from(userId, 'utf8').toString('base64url')}.${Math.floor(expiresAt / 1000)}`;
    return { token: `${body}.${this.mac(body)}`, expiresAt };
  }

  /** The user a valid, unexpired token names; undefined for anything else (a student's token included). */
  verify(token: string | undefined): string | undefined {
    const parts = token?.split('.');
    if (!parts || parts.length !== 4 || parts[0] !== PREFIX) return undefined;
    const body = parts.slice(0, 3).join('.');
    // Compared as text: base64url decoding ignores a last character's spare bits, so two spellings decode alike.
    const given = Buffer.from(parts[3], 'utf8');
    const expected = Buffer.from(this.mac(body), 'utf8');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return undefined;
    if (!/^\d+$/.test(parts[2]) || Number(parts[2]) * 1000 <= this.now()) return undefined;
    return Buffer.from(parts[1], 'base64url').toString('utf8') || undefined;
  }

  private mac(body: string): string {
    return crypto.createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

/** LESSON_STAFF_SECRET (hex, 32 bytes or more) when set; otherwise a fresh one, so tokens last as long as the process. */
export function staffSecretFromEnv(env: NodeJS.ProcessEnv): Buffer {
  const hex = env.LESSON_STAFF_SECRET;
  if (!hex) return crypto.randomBytes(32);
  const secret = Buffer.from(hex, 'hex');
  if (secret.length < 32 || secret.toString('hex') !== hex.toLowerCase())
    throw new Error('LESSON_STAFF_SECRET must be at least 64 hex digits (32 bytes)');
  return secret;
}
