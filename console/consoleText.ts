import { StaffErrorCode } from '../staff/application/StaffError';

/** What the teacher reads when a command was not sent, or not stored: short, and says what to do. */
export const NOT_SENT: Record<StaffErrorCode, string> = {
  BAD_FIELDS: '内容不符合要求',
  NOT_A_STUDENT: '不能对老师或助教这样操作',
  REMOVED: '该学生已被移出课堂',
  STAGE_FULL: '台上已满，请先让一位同学下台',
  NOT_ON_STAGE: '该学生不在台上',
  ON_STAGE: '该学生已经在台上',
  SAME_ID: '这道题（或签到）已经发起过',
  NOT_OPEN: '没有进行中的题目',
  TOO_MANY: '数量已达上限',
  CLASS_OVER: '课堂已结束',
  NOT_STARTED: '正在连接课堂，请稍候再试',
  NOT_STAFF: '你不是这节课的老师或助教',
  AUTH: '登录已失效，请重新登录',
  CLASS_NOT_FOUND: '找不到这节课',
  UNKNOWN_COMMAND: '服务器不认识这个操作',
  STORE_FAILED: '服务器暂时无法保存',
  NETWORK: '网络连接失败',
  TIMEOUT: '服务器响应超时',
  UNKNOWN: '发送失败',
};

/** What each command is, in the log of what was sent. */
export const COMMAND_NAMES: Record<string, string> = {
  grant: '上台',
  revoke: '下台',
  muteAll: '全员静音',
  muteChat: '聊天禁言',
  kick: '移出课堂',
  endClass: '下课',
  invite: '邀请上台',
  question: '发起答题',
  closeQuestion: '结束答题',
  checkIn: '发起签到',
  reward: '奖励',
};

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
