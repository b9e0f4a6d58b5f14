/**
 * The slices of Tencent Cloud LCIC (实时互动-教育版, API version 2022-08-17) that the school server
 * relays to the mini-program. Field names and types follow LCIC's own models
 * (TencentCloud/tencentcloud-sdk-nodejs, src/services/lcic/v20220817/lcic_models.ts; API docs
 * https://www.tencentcloud.com/document/api/1168/52792 for DescribeRoom): PascalCase, times in Unix
 * seconds, RoomId an integer. Every value below is the `Response` object of one Cloud API 3.0 call,
 * passed on untouched, so it is either the result or `{ Error: { Code, Message }, RequestId }`.
 */

export interface LcicError {
  readonly Error: { readonly Code: string; readonly Message: string };
  readonly RequestId?: string;
}

/** DescribeRoom: only the fields the student client reads; LCIC sends many more. */
export interface LcicRoom {
  readonly Name?: string;
  readonly StartTime?: number;
  readonly EndTime?: number;
  readonly TeacherId?: string;
  readonly SdkAppId?: number;
  /** Co-hosts besides the teacher, 0–16 (0–1 in a big class). */
  readonly MaxMicNumber?: number;
  readonly Assistants?: readonly string[] | null;
  /** 0 not started, 1 started, 2 ended, 3 expired. */
  readonly Status?: number | null;
  /** An LCIC member group (Group Management APIs) bound to the room, not an IM group. */
  readonly GroupId?: string | null;
  /** 0 small class, 1 big class, 2 1v1. */
  readonly RoomType?: number;
  readonly RequestId?: string;
}

/** DescribeUser. */
export interface LcicUser {
  readonly SdkAppId?: number;
  readonly UserId?: string;
  readonly Name?: string;
  readonly Avatar?: string;
  readonly OriginId?: string | null;
  readonly RequestId?: string;
}

/** LoginUser (RegisterUser and LoginOriginId answer the same two fields). The token lasts 7 days. */
export interface LcicLogin {
  readonly UserId?: string;
  readonly Token?: string;
  readonly RequestId?: string;
}

/** `GET {base}/lcic/rooms/{RoomId}`: the room and its staff (teacher, then assistants). */
export interface RelayedRoom {
  readonly DescribeRoom: LcicRoom | LcicError;
  readonly DescribeUser?: readonly (LcicUser | LcicError)[];
}

/**
 * `GET {base}/lcic/rooms/{RoomId}/login`: a fresh token for the student the session names, and,
 * for apps that reach TRTC and IM directly (the Tencent family), a UserSig the school server signed
 * for that UserId with the key of the TRTC application the LCIC app uses. Not an LCIC answer.
 */
export interface RelayedLogin {
  readonly LoginUser: LcicLogin | LcicError;
  readonly DescribeUser: LcicUser | LcicError;
  readonly UserSig?: { readonly UserSig: string; readonly ExpireTime: number };
}

/** LoginUser's token lifetime, from the LCIC models ("有效期7天"). */
export const LCIC_TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** LCIC's DescribeRoom Status values. */
export const LCIC_ROOM_STATUS = { notStarted: 0, started: 1, ended: 2, expired: 3 } as const;
