import { PortError } from '../../application/ports/PortError';
import { Device } from '../../domain/classroom/Permission';

/** What one raw <live-pusher> statechange code means for the room. */
export type PusherVerdict =
  | { readonly kind: 'refused'; readonly error: PortError }
  | { readonly kind: 'lost' }
  | { readonly kind: 'reconnecting' }
  | { readonly kind: 'connected' }
  | { readonly kind: 'removed' }
  | { readonly kind: 'nothing' };

/** Codes the SDK leaves unreported: 1102 reconnecting; 1001/1002/1018 connected (again). */
const RECONNECTING = 1102;
const CONNECTED = [1001, 1002, 1018];
/**
 * Codes after which the pusher does not come back by itself, so the room must be entered again
 * (trtc-wx 1.1.15: -1307 "推流连接断开" reaches listeners as a plain ERROR; on 1021 "网络类型发生变化，
 * 需要重新进房" the SDK only logs). 5000 is the mini-program suspended in the background ("小程序被挂起",
 * logged only): Tencent's trtc-room component leaves the room on it, and the room is entered
 * again once the app runs.
 */
const LOST = [-1307, 1021, 5000];
/**
 * 1019 is the pusher leaving the room; its message names why as `reason[n]` (0 we left, 1 the
 * server removed us, 2 the room was dismissed: TRTC's onExitRoom reasons). The SDK reports every
 * 1019 without `reason[0]` as KICKED_OUT; a dismissed room is not the student being removed.
 */
const LEFT_ROOM = 1019;

/**
 * Reads the raw codes, because the SDK reports only some of them: it emits ERROR for -100018,
 * -3301 and -1307 only, and the server's other refusals (-100013 service suspended, the rest of
 * the -100xxx family) reach the page as statechange codes and nothing else. Codes from Tencent's
 * TRTC error table (cloud.tencent.com/document/product/647/39168). Before the room is entered a
 * refusal fails the entry; inside it, the room is lost and must be entered again.
 */
export function pusherVerdict(code: number, message: string): PusherVerdict {
  if (code === LEFT_ROOM) {
    if (message.includes('reason[0]')) return { kind: 'nothing' };
    return message.includes('reason[2]') ? { kind: 'lost' } : { kind: 'removed' };
  }
  const error = refusal(code, message);
  if (error) return { kind: 'refused', error };
  if (LOST.includes(code)) return { kind: 'lost' };
  if (code === RECONNECTING) return { kind: 'reconnecting' };
  if (CONNECTED.includes(code)) return { kind: 'connected' };
  return { kind: 'nothing' };
}

/**
 * The camera or microphone failing: <live-pusher> statechange -1301 / -1302 (打开摄像头失败 /
 * 打开麦克风失败, which the SDK emits as ERROR) and binderror 10001 / 10002 (用户禁止使用摄像头 /
 * 录音, WeChat's live-pusher docs; the SDK passes binderror on as ERROR).
 */
export function deviceFailureOf(code: number): { device: Device; why: 'denied' | 'failed' } | undefined {
  if (code === -1301) return { device: 'camera', why: 'failed' };
  if (code === -1302) return { device: 'mic', why: 'failed' };
  if (code === 10001) return { device: 'camera', why: 'denied' };
  if (code === 10002) return { device: 'mic', why: 'denied' };
  return undefined;
}

function refusal(code: number, message: string): PortError | undefined {
  if (code === -100018) return new PortError('AUTH', `the media room refused the signature: ${message}`);
  if (code === -100013) return new PortError('SUSPENDED', `the media service is suspended for this account: ${message}`);
  if (code === -3301 || code === -3308) return new PortError('NETWORK', `the media room could not be entered (${code}): ${message}`);
  if (code <= -100000) return new PortError('REJECTED', `the media room refused the entry (${code}): ${message}`);
  return undefined;
}
