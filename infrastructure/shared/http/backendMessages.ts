import { PortErrorCode } from '../../../application/ports/PortError';

export type BackendFailure = Extract<
  PortErrorCode,
  'CLASS_NOT_FOUND' | 'NOT_ENROLLED' | 'CLASS_OVER' | 'NETWORK' | 'TIMEOUT' | 'AUTH' | 'UNKNOWN'
>;

/** What the student reads when the school platform says no. */
export const BACKEND_MESSAGES: Readonly<Record<BackendFailure, string>> = {
  CLASS_NOT_FOUND: '没有找到这节课，请确认课程链接是否正确',
  NOT_ENROLLED: '你还没有报名这节课，请联系老师或助教',
  CLASS_OVER: '这节课已经结束了',
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '服务器响应超时，请稍后重试',
  AUTH: '登录已失效，请重新进入小程序',
  UNKNOWN: '进入课堂失败，请稍后重试',
};
