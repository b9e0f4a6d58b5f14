/**
 * A lesson the screenshot run controls, for the browser preview: the in-memory services on a
 * ManualClock, so every moment is reached by the same steps in the same simulated time, never by
 * waiting for the demo's real-time teacher. Bundled for the browser by `screenLessonBundle()` and
 * put into the preview page, where it opens the lesson on the app's own lesson page through the
 * app's core (`window.__preview.load`, devtools/preview/browser/main.js).
 */
import { PORTS } from '../../../application/ports/tokens';
import { inMemoryLesson } from '../../../infrastructure/local/inMemoryLesson';
import { LocalMediaRoom } from '../../../infrastructure/local/LocalMediaRoom';
import { ManualClock } from '../../../infrastructure/local/ManualClock';
import type { LessonRuntime, OpenLesson } from '../../../miniprogram/runtime/lessonRuntime';
import { SCREEN_CLASS, SCREEN_CLASSMATES, SCREEN_ME, ScreenStep } from './screenMoments';

interface PreviewWindow {
  __preview: {
    load(file: string): { openLesson(runtime: LessonRuntime): OpenLesson };
    pages: { navigateTo(url: string): void };
  };
  __screenLesson?: { open(): Promise<void>; step(step: ScreenStep | null): Promise<void> };
}

const preview = globalThis as unknown as PreviewWindow;
const clock = new ManualClock(0);
const { hub, app, port } = inMemoryLesson({ clock, student: SCREEN_ME, classes: [{ info: SCREEN_CLASS }], callDelayMs: 50 });
hub.im.setHistoryForNewMembers(SCREEN_CLASS.chatGroupId, 5);
const teacher = hub.actor(SCREEN_CLASS.teacher.userId).join();
const [xiaohong, xiaogang] = Object.keys(SCREEN_CLASSMATES).map((id) => hub.actor(id).join());

/** How long after a step its moment is taken: the chat's unmute notice is gone by the next one. */
const SHOWN_AFTER: Partial<Record<ScreenStep, number>> = { 'unmute-chat': 4500 };

/** Moves simulated time on; the page's one data path publishes on the same clock. */
const pass = (ms: number) => clock.advance(ms);

const STEPS: Record<ScreenStep, () => void> = {
  'teacher-live': () => {
    teacher.camera(true).mic(true).chat({ text: '同学们好，今天我们学习分数的大小' });
    teacher.board(true).chat({ text: '请看白板上的两个分数' });
    xiaohong.chat({ text: '老师好！' });
  },
  'classmates-on-stage': () => {
    teacher.command({ type: 'grant', to: xiaohong.userId, mic: true, camera: true });
    xiaohong.camera(true).mic(true);
    teacher.command({ type: 'grant', to: xiaogang.userId, mic: true, camera: false });
    xiaogang.mic(true);
  },
  speaking: () =>
    port<LocalMediaRoom>(PORTS.media).reportVolumes([
      { userId: teacher.userId, volume: 60 },
      { userId: xiaohong.userId, volume: 40 },
    ]),
  'grant-me': () => teacher.command({ type: 'grant', to: SCREEN_ME.userId, mic: true, camera: true }),
  'mute-chat': () => teacher.command({ type: 'muteChat', on: true }),
  'unmute-chat': () => teacher.command({ type: 'muteChat', on: false }),
  'network-down': () => {
    hub.im.setOnline(SCREEN_ME.userId, false);
    hub.rtc.setQuality(SCREEN_ME.userId, 'down');
  },
  'network-up': () => {
    hub.im.setOnline(SCREEN_ME.userId, true);
    hub.rtc.setQuality(SCREEN_ME.userId, 'good');
  },
  'end-class': () => teacher.command({ type: 'endClass' }),
  'invite-me': () => teacher.command({ type: 'invite', to: SCREEN_ME.userId, mic: true, camera: false, seconds: 30 }),
  'ask-question': () => {
    const question = {
      type: 'question' as const,
      id: 'screens-q1',
      options: ['二分之一', '三分之一', '四分之一', '一样大'],
      multiple: false,
      seconds: 60,
    };
    teacher.ask(question, ['A']);
    // Their answers once the question is stored: sent before, the server would refuse them as not open.
    void teacher.sent().then(() => {
      xiaohong.reply({ kind: 'answer', questionId: 'screens-q1', choices: ['A'] });
      xiaogang.reply({ kind: 'answer', questionId: 'screens-q1', choices: ['A'] });
    });
  },
  'close-question': () => teacher.closeQuestion('screens-q1'),
  'check-in': () => teacher.command({ type: 'checkIn', id: 'screens-c1', seconds: 120 }),
  'reward-me': () => teacher.command({ type: 'reward', to: SCREEN_ME.userId }),
  'chat-burst': () => {
    for (const question of ['二分之一和四分之二一样大吗？', '三分之一大还是四分之一大？', '请在纸上画一画', '画好的同学举手'])
      teacher.chat({ text: question });
  },
};

preview.__screenLesson = {
  /** Opens the lesson on the app's lesson page, joined and waiting for the teacher, with the class's earlier chat. */
  async open() {
    teacher.chat({ text: '上课前请准备好纸和笔' });
    xiaohong.chat({ text: '老师，我准备好了' });
    const core = preview.__preview.load('lib/core.js');
    core.openLesson({ classId: SCREEN_CLASS.classId, useCases: app, clock, classmateNames: SCREEN_CLASSMATES, realVideo: false });
    preview.__preview.pages.navigateTo(`/lesson/index?classId=${SCREEN_CLASS.classId}`);
    await pass(3000);
  },
  /** One step of the teacher, the classmates or the network (none after the student's own tap), then time for the page to show it. */
  async step(step: ScreenStep | null) {
    if (step) STEPS[step]();
    await pass((step && SHOWN_AFTER[step]) ?? 300);
  },
};
