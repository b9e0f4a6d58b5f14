// tls-sig-api-v2 ships no types, and its package.json names `main` twice (the first file does not
// exist), which Jest's resolver trips over: the signing file is required by its own path.
/** Tencent's own signing library: UserSigs, and TRTC's room keys (privateMapKey). */
export const TlsSigApi = (
  require('tls-sig-api-v2/TLSSigAPIv2') as {
    Api: new (
      sdkAppId: number,
      key: string,
    ) => {
      genSig(userId: string, expireSeconds: number): string;
      genPrivateMapKey(userId: string, expireSeconds: number, roomId: number, privileges: number): string;
      genPrivateMapKeyWithStringRoomID(userId: string, expireSeconds: number, roomId: string, privileges: number): string;
    };
  }
).Api;

/** Makes UserSigs for one app; the secret key stays inside. */
export interface UserSigner {
  sign(userId: string, lifetimeSeconds: number): string;
}

/** UserSigs from tls-sig-api-v2, on the app's secret key from the IM console. */
export function tlsUserSigner(sdkAppId: number, secretKey: string): UserSigner {
  const api = new TlsSigApi(sdkAppId, secretKey);
  return { sign: (userId, lifetimeSeconds) => api.genSig(userId, lifetimeSeconds) };
}
