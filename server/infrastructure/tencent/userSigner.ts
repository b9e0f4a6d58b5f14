// tls-sig-api-v2 ships no types, and its package.json names `main` twice (the first file does not
// exist), which Jest's resolver trips over: the signing file is required by its own path.
const TLSSigAPIv2 = require('tls-sig-api-v2/TLSSigAPIv2') as {
  Api: new (sdkAppId: number, key: string) => { genSig(userId: string, expireSeconds: number): string };
};

/** Makes UserSigs for one app; the secret key stays inside. */
export interface UserSigner {
  sign(userId: string, lifetimeSeconds: number): string;
}

/** Tencent's own signing library (tls-sig-api-v2), on the app's secret key from the IM console. */
export function tlsUserSigner(sdkAppId: number, secretKey: string): UserSigner {
  const api = new TLSSigAPIv2.Api(sdkAppId, secretKey);
  return { sign: (userId, lifetimeSeconds) => api.genSig(userId, lifetimeSeconds) };
}
