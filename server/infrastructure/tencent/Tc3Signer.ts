import * as crypto from 'crypto';

export interface CloudApiKey {
  readonly secretId: string;
  readonly secretKey: string;
}

export interface SignedCall {
  readonly headers: Record<string, string>;
  readonly body: string;
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
const hmac = (key: crypto.BinaryLike, text: string) => crypto.createHmac('sha256', key).update(text).digest();

/**
 * Tencent Cloud API 3.0's request signature (TC3-HMAC-SHA256) for a JSON POST to `/`: the
 * canonical request over content-type, host and x-tc-action, signed with a key derived from the
 * secret by date, service and `tc3_request`. The Host header is the URL's own (fetch sets it).
 */
export function tc3Sign(
  key: CloudApiKey,
  call: { host: string; service: string; action: string; version: string; region: string; payload: unknown; timestampSeconds: number },
): SignedCall {
  const body = JSON.stringify(call.payload);
  const contentType = 'application/json; charset=utf-8';
  const date = new Date(call.timestampSeconds * 1000).toISOString().slice(0, 10);
  const signedHeaders = 'content-type;host;x-tc-action';
  const canonical = [
    'POST',
    '/',
    '',
    `content-type:${contentType}\nhost:${call.host}\nx-tc-action:${call.action.toLowerCase()}\n`,
    signedHeaders,
    sha256(body),
  ].join('\n');
  const scope = `${date}/${call.service}/tc3_request`;
  const toSign = ['TC3-HMAC-SHA256', String(call.timestampSeconds), scope, sha256(canonical)].join('\n');
  const signing = hmac(hmac(hmac(`TC3${key.secretKey}`, date), call.service), 'tc3_request');
  const signature = crypto.createHmac('sha256', signing).update(toSign).digest('hex');
  return {
    body,
    headers: {
      Authorization: `TC3-HMAC-SHA256 Credential=${key.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
      'Content-Type': contentType,
      'X-TC-Action': call.action,
      'X-TC-Version': call.version,
      'X-TC-Timestamp': String(call.timestampSeconds),
      'X-TC-Region': call.region,
    },
  };
}
