import * as crypto from 'crypto';
import * as http from 'http';

/**
 * Tencent Cloud API 3.0's check of a TC3-HMAC-SHA256 request, written from its documentation:
 * the credential's key, a timestamp within 5 minutes, and the signature over the canonical
 * request (lower-cased signed headers, the body's hash). Undefined when it verifies; otherwise
 * the error code the service answers.
 */
export function checkTc3(
  request: http.IncomingMessage,
  body: string,
  cloudKey: { secretId: string; secretKey: string },
  nowMs: number,
): string | undefined {
  const auth =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/trtc\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      String(request.headers.authorization ?? ''),
    );
  if (!auth) return 'AuthFailure.InvalidAuthorization';
  const [, secretId, date, signedHeaders, signature] = auth;
  if (secretId !== cloudKey.secretId) return 'AuthFailure.SecretIdNotFound';
  const timestamp = Number(request.headers['x-tc-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(nowMs / 1000 - timestamp) > 300) return 'AuthFailure.SignatureExpire';
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) return 'AuthFailure.SignatureFailure';
  const names = signedHeaders.split(';');
  if (!names.includes('content-type') || !names.includes('host')) return 'AuthFailure.SignatureFailure';
  const canonicalHeaders = names
    .map(
      (name) =>
        `${name}:${String(request.headers[name] ?? '')
          .trim()
          .toLowerCase()}\n`,
    )
    .join('');
  const hash = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
  const canonical = `POST\n/\n\n${canonicalHeaders}\n${signedHeaders}\n${hash(body)}`;
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/trtc/tc3_request\n${hash(canonical)}`;
  let key: Buffer = crypto.createHmac('sha256', `TC3${cloudKey.secretKey}`).update(date).digest();
  for (const part of ['trtc', 'tc3_request']) key = crypto.createHmac('sha256', key).update(part).digest();
  const expected = crypto.createHmac('sha256', key).update(toSign).digest('hex');
  return expected === signature ? undefined : 'AuthFailure.SignatureFailure';
}
