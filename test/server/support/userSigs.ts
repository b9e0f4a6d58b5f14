import * as crypto from 'crypto';
import * as zlib from 'zlib';

/** A UserSig is base64 (with *, -, _ for +, /, =) of deflated JSON; its HMAC needs the secret. */
export function readUserSig(userSig: string): Record<string, unknown> {
  const base64 = userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  return JSON.parse(zlib.inflateSync(Buffer.from(base64, 'base64')).toString('utf8')) as Record<string, unknown>;
}

export type SigCheck = 'ok' | 'invalid' | 'expired';

/** IM's check of a UserSig, from its documented format: who, which app, the HMAC, and not expired. */
export function checkUserSig(userSig: string, expected: { userId: string; sdkAppId: number; secretKey: string; nowMs: number }): SigCheck {
  let sig: Record<string, unknown>;
  try {
    sig = readUserSig(userSig);
  } catch {
    return 'invalid';
  }
  const { userId, sdkAppId, secretKey, nowMs } = expected;
  if (sig['TLS.identifier'] !== userId || sig['TLS.sdkappid'] !== sdkAppId) return 'invalid';
  const time = Number(sig['TLS.time']);
  const expire = Number(sig['TLS.expire']);
  const signed = `TLS.identifier:${userId}\nTLS.sdkappid:${sdkAppId}\nTLS.time:${time}\nTLS.expire:${expire}\n`;
  const mac = crypto.createHmac('sha256', secretKey).update(signed).digest('base64');
  if (mac !== sig['TLS.sig']) return 'invalid';
  return (time + expire) * 1000 <= nowMs ? 'expired' : 'ok';
}
