import { ChatPort } from '../../application/ports/ChatPort';
import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { PORTS } from '../../application/ports/tokens';
import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { closeLesson, currentLesson, joinAfterPrevious, LEAVE_WAIT_MS, leaveLesson, openLesson, OpenLesson } from '../../miniprogram/core';
import { classOfAddress, lessonFor } from '../../miniprogram/lesson/core';

/**
 * Opening a lesson across the two packages (ADR 0007): the entry page only navigates to
 * `/lesson/index?classId=…`, the lesson page asks `lessonFor` for its lesson, and the demo opens
 * its own before it hands over. Played on the in-memory services: the teacher is in the class,
 * the student leaves, comes back, and loses the network on the way out.
 */
const ME = { userId: 's1', name: '小明' };
const CLASS: ClassInfo = {
  classId: 'math-101',
  title: '函数的单调性',
  teacher: { userId: 't1', name: '王老师' },
  assistants: [],
  roomId: '1001',
  chatGroupId: 'math-101-chat',
  signalGroupId: 'math-101-signal',
};

/**
 * The in-memory services leave at once; a real IM logout waits for the network. `logoutAnswers`
 * holds the student's logout until the test lets the network answer (`answerLogout`).
 */
function aClass() {
  const clock = new ManualClock(1_000);
  let answer: () => void = () => undefined;
  let logoutAnswers = Promise.resolve();
  const lesson = inMemoryLesson({
    clock,
    student: ME,
    classes: [{ info: CLASS }],
    adjust: (container) => {
      const chat = container.get<ChatPort>(PORTS.chat);
      const logout = chat.logout.bind(chat);
      chat.logout = () => logoutAnswers.then(logout);
    },
  });
  lesson.hub.actor('t1').join();
  const stopped: string[] = [];
  const open = (name: string) =>
    openLesson({ classId: CLASS.classId, useCases: lesson.app, clock, realVideo: false, stop: () => stopped.push(name) });
  const slowLogout = () => (logoutAnswers = new Promise<void>((resolve) => (answer = resolve)));
  return { clock, hub: lesson.hub, open, stopped, slowLogout, answerLogout: () => answer() };
}

/** The student in the class, with the lesson they are leaving, and every service call from now on. */
async function inTheClass() {
  const lesson = aClass();
  const first = lesson.open('first');
  await first.store.joinOnce(CLASS.classId);
  await lesson.clock.advance(100);
  const calls: string[] = [];
  lesson.hub.onCall((service) => calls.push(service));
  return { ...lesson, first, calls };
}

afterEach(() => closeLesson());

describe('the lesson page finds its lesson', () => {
  it('shows the lesson opened for its class (the demo opens its own before the page), and with no class and none open, no lesson', async () => {
    const lesson = aClass();
    expect(lessonFor(undefined)).toBeUndefined();
    const opened = lesson.open('first');
    expect(lessonFor(CLASS.classId)).toBe(opened);
    expect(lessonFor(undefined)).toBe(opened);
    await opened.store.joinOnce(CLASS.classId);
    await lesson.clock.advance(100);
    expect(opened.store.view.screen).toBe('lesson');
  });

  it('reads the class from its address, encoded or not', () => {
    expect(classOfAddress({ classId: 'math%20101' })).toBe('math 101');
    expect(classOfAddress({ classId: '%E6%95%B0%E5%AD%A6' })).toBe('数学');
    expect(classOfAddress({ classId: 'math 101' })).toBe('math 101');
    expect(classOfAddress({ classId: '100%' })).toBe('100%');
    expect(classOfAddress({})).toBeUndefined();
    expect(classOfAddress(undefined)).toBeUndefined();
  });

  it('opens the class of the address when another class is open, closing that one', () => {
    const lesson = aClass();
    const other = lesson.open('other');
    const page = lessonFor('physics-7');
    expect(page).not.toBe(other);
    expect(page?.runtime.classId).toBe('physics-7');
    expect(currentLesson()).toBe(page);
    expect(lesson.stopped).toEqual(['other']);
  });
});

describe('a student who leaves the lesson page and comes straight back', () => {
  it('gets a fresh lesson at once, and the old one, once out of its rooms, leaves the new one alone', async () => {
    const lesson = await inTheClass();
    const { first } = lesson;
    expect(lesson.hub.rtc.isInRoom(CLASS.roomId, ME.userId)).toBe(true);

    // The IM logout waits for the network, so the old lesson is still leaving.
    lesson.slowLogout();
    const leaving = leaveLesson(first);
    expect(currentLesson()).toBeUndefined();
    const second = lessonFor(CLASS.classId) as OpenLesson;
    expect(second).not.toBe(first);

    lesson.answerLogout();
    await leaving;
    expect(lesson.hub.rtc.isInRoom(CLASS.roomId, ME.userId)).toBe(false);
    expect(lesson.stopped).toEqual(['first']);
    expect(currentLesson()).toBe(second);
  });

  it('joins the new lesson only once the old one is out of its rooms (Tencent IM keeps one SDK instance per app)', async () => {
    const lesson = await inTheClass();
    const { first, calls } = lesson;
    lesson.slowLogout();

    let left = false;
    void leaveLesson(first).then(() => (left = true));
    const second = lesson.open('second');
    void joinAfterPrevious(second);
    await lesson.clock.advance(500);
    // Still leaving: the new lesson has not asked the school for the class yet.
    expect(left).toBe(false);
    expect(calls).not.toContain('backend');

    lesson.answerLogout();
    await lesson.clock.advance(100);
    expect(left).toBe(true);
    expect(calls).toContain('backend');
    expect(second.store.view.screen).toBe('lesson');
  });

  it('joins anyway after a few seconds when the old lesson cannot finish leaving', async () => {
    const lesson = await inTheClass();
    const { first, calls } = lesson;
    // The logout never answers.
    lesson.slowLogout();
    void leaveLesson(first);
    void joinAfterPrevious(lesson.open('second'));
    await lesson.clock.advance(LEAVE_WAIT_MS - 100);
    expect(calls).not.toContain('backend');
    await lesson.clock.advance(200);
    expect(calls).toContain('backend');
  });

  it('is let go of even when the network drops while leaving: the next page does not find a half-left lesson', async () => {
    const lesson = await inTheClass();
    const { first } = lesson;
    lesson.hub.im.setOnline(ME.userId, false);
    lesson.hub.rtc.setOnline(ME.userId, false);
    lesson.hub.backendDown = true;

    const leaving = leaveLesson(first);
    expect(lessonFor(undefined)).toBeUndefined();
    await lesson.clock.advance(30_000);
    await leaving;
    expect(lesson.stopped).toEqual(['first']);
    expect(currentLesson()).toBeUndefined();
  });
});
