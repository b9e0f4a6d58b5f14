import { Credentials } from '../../application/ports/ClassroomBackendPort';
import { PortError } from '../../application/ports/PortError';
import { lcicResult, object, optionalText, text, whole } from './lcicFields';
import { LCIC_TOKEN_LIFETIME_MS } from './lcicModels';

/** What the student is called when LCIC holds no name for them (RegisterUser's Name is optional). */
export const STUDENT_FALLBACK_NAME = '同学';

/**
 * A relayed LoginUser + DescribeUser as the app's credentials. The LCIC token stands where a
 * UserSig would: it is what LCIC's clients present with the user id. LCIC answers no expiry, only
 * "valid 7 days", so the expiry counts from when the request was sent: the token was made after
 * that, so it is good at least that long and UserSigRenewal renews it in time.
 *
 * With `relayedUserSig`, the credentials carry the UserSig the school server signed for the LCIC
 * user (`UserSig: { UserSig, ExpireTime }`, ExpireTime in Unix seconds) instead of the token: TRTC
 * and IM, which the Tencent family talks to directly, accept a UserSig and nothing else.
 */
export function mapLcicLogin(body: unknown, requestedAt: number, sdkAppId?: number, relayedUserSig = false): Credentials {
  const relayed = object(body, 'relayed login');
  const login = lcicResult(relayed.LoginUser, 'LoginUser');
  const user = lcicResult(relayed.DescribeUser, 'DescribeUser');
  const userId = text(login.UserId, 'LoginUser.UserId');
  const describedId = text(user.UserId, 'DescribeUser.UserId');
  if (describedId !== userId) {
    throw new PortError('UNKNOWN', `the school server paired LoginUser ${userId} with DescribeUser ${describedId}`);
  }
  const appId = whole(user.SdkAppId, 'DescribeUser.SdkAppId');
  if (sdkAppId !== undefined && appId !== sdkAppId) {
    throw new PortError('UNKNOWN', `LCIC user ${userId} belongs to SdkAppId ${appId}, this build uses ${sdkAppId}`);
  }
  const token = text(login.Token, 'LoginUser.Token');
  const signed = relayedUserSig ? object(relayed.UserSig, 'UserSig') : undefined;
  return {
    sdkAppId: appId,
    userId,
    userName: optionalText(user.Name, 'DescribeUser.Name') ?? STUDENT_FALLBACK_NAME,
    userSig: signed ? text(signed.UserSig, 'UserSig.UserSig') : token,
    expiresAt: signed ? whole(signed.ExpireTime, 'UserSig.ExpireTime') * 1000 : requestedAt + LCIC_TOKEN_LIFETIME_MS,
  };
}
