import { PortError, PortErrorCode } from '../../application/ports/PortError';
import { timError } from '../shared/timError';
import { TIC_MODULE, TicCallbackResult } from './TicComponent';
import { RoomEventName } from './WebrtcRoom';

/** What the student is told, and the failure in the classroom's words. */
export interface TicFailure {
  readonly code: PortErrorCode;
  readonly message: string;
}

/** The TIC error codes its documentation lists under 常见错误码. */
export const TIC_ERROR_CODES: Readonly<Record<number, TicFailure>> = {
  10001: { code: 'PERMISSION', message: '小程序还没有实时音视频组件的使用权限，请联系学校' },
  10002: { code: 'AUTH', message: '登录信息缺少用户账号，请重新进入课堂' },
  10003: { code: 'AUTH', message: '登录信息缺少应用编号，请重新进入课堂' },
  10004: { code: 'AUTH', message: '登录信息缺少签名，请重新进入课堂' },
  10005: { code: 'CLASS_NOT_FOUND', message: '课堂信息缺少房间号，请重新进入课堂' },
  70346: { code: 'AUTH', message: '登录签名缺失或无效，请重新进入课堂' },
  80: { code: 'AUTH', message: '进入课堂的密钥缺失，请重新进入课堂' },
  82: { code: 'REJECTED', message: '进入课堂的参数有误，请重新进入课堂' },
  86: { code: 'AUTH', message: '进入课堂的密钥已过期，请重新进入课堂' },
  87: { code: 'AUTH', message: '进入课堂的密钥不正确，请重新进入课堂' },
  88: { code: 'REJECTED', message: '课堂的音视频服务暂未开通，请联系学校' },
};

/** The webrtc-room error events (tag 'error') its documentation lists, by CONSTANT.ROOM name. */
export const ROOM_ERRORS: Readonly<Partial<Record<RoomEventName, TicFailure>>> = {
  ERROR_OPEN_CAMERA: { code: 'PERMISSION', message: '摄像头打开失败，请检查摄像头权限或是否被占用' },
  ERROR_OPEN_MIC: { code: 'PERMISSION', message: '麦克风打开失败，请检查麦克风权限或是否被占用' },
  ERROR_PUSH_DISCONNECT: { code: 'NETWORK', message: '音视频连接已断开，请检查网络' },
  ERROR_CAMERA_MIC_PERMISSION: { code: 'PERMISSION', message: '没有摄像头或麦克风权限，请在设置中允许' },
  // Both webrtc-room templates are 1-to-1: the third member is refused.
  ERROR_EXCEEDS_THE_MAX_MEMBER: { code: 'ROOM_FULL', message: '这是一对一课堂，已有同学在上课，暂时无法进入' },
  ERROR_REQUEST_ROOM_SIG: { code: 'AUTH', message: '获取进入课堂的签名失败，请重新进入课堂' },
  ERROR_JOIN_ROOM: { code: 'NETWORK', message: '进入音视频房间失败，请稍后重试' },
};

const MODULE_FALLBACK: Readonly<Record<number, string>> = {
  [TIC_MODULE.im]: '聊天服务出错',
  [TIC_MODULE.trtc]: '音视频服务出错',
  [TIC_MODULE.board]: '白板出错',
};

/**
 * TIC's own 10001–10005 (the video component's missing permission and parameters) are IM's
 * numbers too (10002 IM's internal error … 10005 too many members), so from the IM module they
 * keep IM's meaning.
 */
const IM_NUMBERS = [10001, 10002, 10003, 10004, 10005];

/**
 * A failed TIC callback as a PortError whose message the student may read. The documented
 * codes come first (TIC lists them without a module), except IM's own numbers from the IM
 * module; other IM codes keep the Tencent family's IM meaning; anything else is UNKNOWN with the
 * code in the message.
 */
export function ticFailure(result: TicCallbackResult, action: string): PortError {
  const fromIm = result.module === TIC_MODULE.im && IM_NUMBERS.includes(result.code);
  const known = fromIm ? undefined : TIC_ERROR_CODES[result.code];
  if (known) return new PortError(known.code, known.message, { action, ...result });
  const imCode = result.module === TIC_MODULE.im ? timError({ code: result.code }, action).code : 'UNKNOWN';
  const what = MODULE_FALLBACK[result.module] ?? '课堂服务出错';
  return new PortError(imCode, `${what}（错误码 ${result.code}），请稍后重试`, { action, ...result });
}

/**
 * A webrtc-room error event. ERROR_REQUEST_ROOM_SIG carries the signature service's own code
 * in its detail (`error|code:86 |message:…`); a documented one says more than the event does.
 */
export function roomFailure(name: RoomEventName, detail: unknown): TicFailure {
  if (name === 'ERROR_REQUEST_ROOM_SIG' && typeof detail === 'string') {
    const sigCode = /code:\s*(-?\d+)/.exec(detail);
    const known = sigCode ? TIC_ERROR_CODES[Number(sigCode[1])] : undefined;
    if (known) return known;
  }
  return ROOM_ERRORS[name] ?? { code: 'UNKNOWN', message: '音视频服务出错，请稍后重试' };
}
