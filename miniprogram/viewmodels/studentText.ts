import { NetworkQuality } from '../../application/ports/MediaRoomPort';
import { LessonNotice } from '../../application/session/LessonSession';
import { DeviceView } from '../../application/view/StudentView';
import { ExitReason } from '../../domain/classroom/LessonStatus';
import { RecapChange } from '../../domain/classroom/AwayRecap';
import { DeliveryState } from '../../domain/chat/ChatMessage';
import { FailureCode } from '../../domain/shared/Result';

/**
 * Every word the student reads, in one place. The Records are keyed by the core's unions, so a
 * code added to the core without words here fails the typecheck instead of showing a blank.
 */
export const FAILURE_TEXT: Record<FailureCode, string> = {
  'COMMAND.NOT_AUTHORIZED': '只有老师可以这样操作',
  'COMMAND.INVALID': '老师的指令无效',
  'STAGE.FULL': '台上人数已满，请稍后再试',
  'HAND.ON_STAGE': '你已经在台上了，无需举手',
  'HAND.SEND_FAILED': '举手没有发送成功，请重试',
  'DEVICE.NOT_ALLOWED': '老师还没有允许你使用这个设备',
  'DEVICE.CAMERA_DENIED': '手机未允许使用摄像头，请在设置中开启',
  'DEVICE.MIC_DENIED': '手机未允许使用麦克风，请在设置中开启',
  'LESSON.NOT_ACTIVE': '课堂已结束，无法操作',
  'CHAT.EMPTY': '请输入内容',
  'CHAT.TOO_LONG': '消息太长了，请删减后再发',
  'CHAT.MUTED': '老师已开启全员禁言',
  'CHAT.NOT_FOUND': '这条消息已无法重发',
  'CHAT.SEND_FAILED': '消息发送失败，点击重试',
  'IMAGE.TYPE': '只支持 JPG/PNG/GIF/WebP 图片',
  'IMAGE.TOO_LARGE': '图片太大了，请选择 20MB 以内的图片',
  'JOIN.CLASS_NOT_FOUND': '没有找到这节课，请检查课堂码',
  'JOIN.NOT_ENROLLED': '你没有报名这节课',
  'JOIN.CLASS_OVER': '这节课已经结束了',
  'JOIN.NETWORK': '网络不好，进入课堂失败，请重试',
  'JOIN.ROOM_FULL': '课堂人数已满，暂时进不去，请稍后再试',
  'JOIN.SIGNATURE': '登录信息已失效，请重新进入课堂',
  'JOIN.SUSPENDED': '课堂音视频服务已暂停，请联系老师或学校',
  'JOIN.REFUSED': '音视频服务拒绝进入，可能人数已满',
  'JOIN.FAILED': '进入课堂失败，请稍后再试',
  'MEDIA.FAILED': '音视频出错了，请稍后再试',
  'TOOL.CLOSED': '已经结束了，无法再提交',
  'TOOL.INVALID': '请先选择答案',
  'TOOL.SEND_FAILED': '没有发送成功，请重试',
};

export const NOTICE_TEXT: Record<LessonNotice, string> = {
  GRANTED: '老师邀请你上台发言',
  REVOKED: '老师已请你下台',
  MUTED_ALL: '老师已将全员静音',
  CHAT_MUTED: '老师开启了全员禁言',
  CHAT_UNMUTED: '老师解除了全员禁言',
  SAVER_TEACHER_ONLY: '网络较差，已自动切换为只看老师',
  SAVER_AUDIO_ONLY: '网络较差，已自动切换为仅音频',
  SAVER_RESTORED: '网络已恢复，已回到你选择的模式',
  CAMERA_DENIED: '手机未允许使用摄像头，请在设置中开启',
  MIC_DENIED: '手机未允许使用麦克风，请在设置中开启',
  MEDIA_ERROR: '音视频出错了，正在恢复',
  GROUP_LOST: '课堂消息连接中断，正在重新加入',
  CAMERA_FAILED: '摄像头打不开，已关闭，请检查后重试',
  MIC_FAILED: '麦克风打不开，已关闭，请检查后重试',
  STAGE_FULL: '台上人数已满，暂时无法上台',
  INVITED: '老师邀请你上台',
  // {by} and {to} are names; the page fills them in (rewardText).
  REWARDED: '{by} 奖励了 {to} 🏆',
  ENDING_SOON: '距下课还有 5 分钟',
  CHECK_IN_MISSED: '签到已结束，你这次没能签到成功',
  ANSWER_TOO_LATE: '答题已结束，你的答案没能提交',
  INVITATION_EXPIRED: '邀请已过期',
};

export const EXIT_TEXT: Record<ExitReason, { readonly title: string; readonly text: string }> = {
  'class-ended': { title: '课堂已结束', text: '本节课已经结束，感谢你的参与' },
  removed: { title: '你已被移出课堂', text: '老师将你移出了本节课' },
  'logged-in-elsewhere': { title: '账号在其他设备登录', text: '你的账号已在其他设备进入课堂' },
  left: { title: '你已离开课堂', text: '可以返回首页重新进入' },
  'join-failed': { title: '进入课堂失败', text: '请返回首页重试' },
};

export const NETWORK_TEXT: Record<NetworkQuality, string> = {
  good: '网络良好',
  fair: '网络一般',
  poor: '网络较差',
  down: '网络已断开',
  unknown: '网络检测中',
};

/** A device's state under its name (麦克风 / 摄像头); not-allowed means the teacher has not allowed it yet, not the phone. */
export const DEVICE_TEXT: Record<DeviceView, string> = {
  on: '已开启',
  off: '已关闭',
  'not-allowed': '等待老师授权',
};

export const DELIVERY_TEXT: Record<DeliveryState, string> = {
  sending: '发送中',
  sent: '',
  failed: '发送失败，点击重试',
};

/** The "while you were away" card: one phrase per change, after the count of messages. */
export const RECAP_TEXT: Record<RecapChange, string> = {
  'on-stage': '老师邀请你上了台',
  'off-stage': '老师请你下了台',
  muted: '老师开启了全员静音，你的麦克风已关闭',
  'chat-muted': '老师开启了全员禁言',
  'chat-unmuted': '老师解除了全员禁言',
  'board-on': '老师打开了白板',
  'board-off': '老师关闭了白板',
  invited: '老师邀请过你上台',
  question: '老师发布了答题',
  'check-in': '老师发起了签到',
  rewarded: '老师奖励了你 🏆',
  'class-ended': '课堂已结束',
};

/** The class tools' cards, the clock and the rewards (toolFields). */
export const TOOL_TEXT = {
  invited: '老师邀请你上台',
  mic: '麦克风',
  camera: '摄像头',
  willSwitchOn: (devices: string) => `接受后将开启：${devices}`,
  accept: '接受',
  decline: '拒绝',
  seconds: (n: number) => `${n} 秒`,
  checkIn: '签到',
  checkInOver: '签到已结束',
  checkedIn: '已签到',
  checkingIn: '签到中…',
  checkInOverDone: '你已签到',
  checkInOverMissed: '你没有签到',
  question: '答题卡',
  poll: '投票',
  single: '单选',
  multiple: '多选',
  submit: '提交',
  close: '关闭',
  delivery: { sending: '提交中…', received: '已提交，可在结束前修改', failed: '提交失败，请重试' },
  waitingForResults: '答题已结束，等待老师公布结果',
  right: '回答正确',
  wrong: (correct: string) => `回答错误，正确答案是 ${correct}`,
  notAnswered: (correct: string) => `你没有作答，正确答案是 ${correct}`,
  pollOver: '投票结果',
  people: (n: number) => `${n} 人`,
  left: (minutes: number) => `距下课 ${minutes} 分钟`,
  elapsed: (minutes: number) => `已上课 ${minutes} 分钟`,
  rewards: (n: number) => `🏆 ${n}`,
} as const;

/** The data saver's modes as the student picks them, and the mark of an automatic step-down. */
export const SAVER_TEXT = {
  modes: [
    { mode: 'off', text: '标准' },
    { mode: 'teacher-only', text: '只看老师' },
    { mode: 'audio-only', text: '仅音频' },
  ],
  auto: '网络较差，已自动省流',
} as const;

/** Under the chat that was said before the student arrived. */
export const HISTORY_DIVIDER_TEXT = '以上为历史消息';

/** Where some of the chat never reached the student (a hole in the group's numbering). */
export const CHAT_GAP_TEXT = '可能错过了部分消息';

/** A message refused because the chat was muted while it waited: retrying would only fail again. */
export const FAILED_WHILE_MUTED_TEXT = '发送失败：老师已开启全员禁言';

export const LESSON_TEXT = {
  joining: '正在进入课堂…',
  waiting: '老师还没有开始上课，请稍候',
  reconnecting: '正在重连…',
  noLesson: '没有正在进行的课堂，请返回首页进入',
  handUp: '举手',
  chatMutedPlaceholder: '全员禁言中',
  chatPlaceholder: '说点什么…',
  me: '我',
  mic: '麦克风',
  camera: '摄像头',
  /** The navigation bar's title while no lesson is on screen (joining, over); in a lesson it is the lesson's title. */
  pageTitle: '课堂',
} as const;

/** Texts with a number in them; kept apart from LESSON_TEXT, which pages put into setData whole. */
export const LESSON_FORMAT = {
  uploading: (percent: number) => `上传中 ${percent}%`,
  queue: (position: number) => `已举手，排第 ${position} 位`,
  online: (count: number) => `${count} 人在线`,
  recap: (parts: readonly string[]) => `你离开期间：${parts.join('；')}（点击关闭）`,
  recapMessages: (count: number) => `${count} 条新消息`,
} as const;

export function failureText(code: FailureCode): string {
  return FAILURE_TEXT[code] ?? FAILURE_TEXT['JOIN.FAILED'];
}
