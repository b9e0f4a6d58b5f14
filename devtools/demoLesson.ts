/*
 * A short lesson in Node on the in-memory services: the teacher, a classmate and the student act,
 * and after each step the script prints what the student's screen shows. Runs in simulated time.
 */
import { StudentView, studentViewOf } from '../application/view/StudentView';
import { inMemoryLesson } from '../infrastructure/local/inMemoryLesson';
import { LessonViewFeed } from '../application/view/LessonViewFeed';
import { ManualClock } from '../infrastructure/local/ManualClock';

const MAIN: Record<StudentView['main'], string> = {
  board: '白板',
  teacher: '老师画面',
  'teacher-avatar': '老师头像（仅声音）',
  none: '等待老师开启画面',
};
const STATUS: Record<StudentView['status'], string> = {
  joining: '正在进入',
  waiting: '等待老师上课',
  live: '上课中',
  reconnecting: '正在重连…',
  ended: '课程已结束',
  kicked: '你已被移出课堂',
  left: '已离开',
  error: '进入失败',
};
const STATE = { sending: '发送中', sent: '已发送', failed: '发送失败' } as const;
const DEVICE = { on: '开', off: '关', 'not-allowed': '未授权' } as const;

function describe(view: StudentView): string {
  const hand = view.me.hand === 'raised' ? `举手中（第 ${view.me.queuePosition} 位）` : '未举手';
  const stage = view.me.onStage ? `已上台 麦克风:${DEVICE[view.me.mic]} 摄像头:${DEVICE[view.me.camera]}` : '未上台';
  const last = view.chat[view.chat.length - 1];
  const chat = last?.gap
    ? '可能错过了部分消息'
    : last
      ? `最新消息 ${last.from}: ${last.text ?? '[图片]'}${last.state ? `（${STATE[last.state]}）` : ''}`
      : '暂无消息';
  return [
    `  ${STATUS[view.status]} · ${view.memberCount} 人在线 · 主画面: ${MAIN[view.main]}${view.teacherPip ? ' + 主讲小窗' : ''}`,
    `  连麦: ${view.coHosts.join('、') || '无'} · 我: ${hand}，${stage} · ${chat}${view.chatMuted ? ' · 全员禁言' : ''}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const clock = new ManualClock();
  const { hub, app } = inMemoryLesson({
    clock,
    student: { userId: 's1', name: '小明' },
    callDelayMs: 80,
    classes: [
      {
        info: {
          classId: 'demo-101',
          title: '函数的单调性',
          teacher: { userId: 't1', name: '王老师' },
          assistants: [{ userId: 'a1', name: '李助教' }],
          roomId: '101',
          chatGroupId: 'demo-101-chat',
          signalGroupId: 'demo-101-signal',
        },
      },
    ],
  });
  const feed = new LessonViewFeed(app.session, clock);
  const teacher = hub.actor('t1').join();
  const classmate = hub.actor('s2').join();

  const steps: [string, () => unknown][] = [
    ['小明进入课堂', () => app.joinLesson.execute('demo-101')],
    ['王老师打开摄像头和麦克风', () => teacher.camera(true).mic(true)],
    ['王老师打开白板', () => teacher.board(true)],
    ['小红举手', () => classmate.hand(true)],
    ['小明举手', () => app.raiseHand.execute()],
    ['王老师让小明上台（麦克风）', () => teacher.command({ type: 'grant', to: 's1', mic: true, camera: false })],
    ['小明发言：老师，我有个问题', () => app.sendText.execute('老师，我有个问题')],
    ['小红冒充老师下课（无效）', () => classmate.command({ type: 'endClass' })],
    ['王老师全员静音', () => teacher.command({ type: 'muteAll' })],
    ['王老师请小明下台', () => teacher.command({ type: 'revoke', to: 's1' })],
    ['王老师下课', () => teacher.command({ type: 'endClass' })],
  ];
  for (const [label, act] of steps) {
    const pending = act();
    await clock.advance(400);
    await pending;
    console.log(`[${(clock.now() / 1000).toFixed(1)}s] ${label}\n${describe(studentViewOf(feed.view))}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
