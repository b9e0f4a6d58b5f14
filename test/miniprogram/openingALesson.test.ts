import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { closeLesson, currentLesson, leaveLesson, openLesson, OpenLesson } from '../../miniprogram/core';
import { lessonFor } from '../../miniprogram/lesson/core';

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

function aClass() {
  const clock = new ManualClock(1_000);
  const lesson = inMemoryLesson({ clock, student: ME, classes: [{ info: CLASS }] });
  lesson.hub.actor('t1').join();
  const stopped: string[] = [];
  const open = (name: string) =>
    openLesson({ classId: CLASS.classId, useCases: lesson.app, clock, realVideo: false, stop: () => stopped.push(name) });
  return { clock, hub: lesson.hub, open, stopped };
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
    const lesson = aClass();
    const first = lesson.open('first');
    await first.store.joinOnce(CLASS.classId);
    await lesson.clock.advance(100);
    expect(lesson.hub.rtc.isInRoom(CLASS.roomId, ME.userId)).toBe(true);

    // Every service call now takes 1 s of simulated time, so the old lesson is still leaving its rooms.
    lesson.hub.callDelayMs = 1_000;
    const leaving = leaveLesson(first);
    expect(currentLesson()).toBeUndefined();
    const second = lessonFor(CLASS.classId) as OpenLesson;
    expect(second).not.toBe(first);

    await lesson.clock.advance(5_000);
    await leaving;
    expect(lesson.hub.rtc.isInRoom(CLASS.roomId, ME.userId)).toBe(false);
    expect(lesson.stopped).toEqual(['first']);
    expect(currentLesson()).toBe(second);
  });

  it('is let go of even when the network drops while leaving: the next page does not find a half-left lesson', async () => {
    const lesson = aClass();
    const first = lesson.open('first');
    await first.store.joinOnce(CLASS.classId);
    await lesson.clock.advance(100);
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
