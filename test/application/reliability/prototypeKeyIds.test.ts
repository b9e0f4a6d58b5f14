import { MAX_REMOTE_VIDEOS } from '../../../domain/classroom/StageCapacity';
import { inOrder } from '../../../miniprogram/viewmodels/ChatRing';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { LessonStore } from '../../../miniprogram/viewmodels/LessonStore';
import { aLesson, ME } from '../../support/lessonHarness';

/** Ids that name something on every plain object: each must be an ordinary classmate or teacher. */
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;
/** Names as a runtime would read them from JSON: `__proto__` is an own key there, not the prototype. */
const NAMES: Record<string, string> = JSON.parse('{"__proto__": "小王", "constructor": "小张"}');
const nameFor = (userId: string) => new Map(Object.entries(NAMES)).get(userId) ?? userId;

async function lessonOnStore(classInfo = {}) {
  const lesson = aLesson({ classInfo });
  const store = new LessonStore(lesson.app, { clock: lesson.clock, classmateNames: NAMES });
  await lesson.join();
  lesson.teacher.camera(true);
  await lesson.settle();
  return { lesson, store };
}

const warnings = (logger: MemoryLogger) => logger.entries.filter((entry) => entry.level === 'warn');

describe('user ids that are Object.prototype keys are ordinary ids', () => {
  it('as classmates: members, chat names, hands, the stage, co-host names and volumes', async () => {
    const { lesson, store } = await lessonOnStore();
    const classmates = PROTOTYPE_KEYS.map((id) => lesson.classmate(id));
    await lesson.settle();
    expect(lesson.view().memberCount).toBe(7);

    classmates.forEach((classmate, i) => classmate.chat({ text: `第${i}句` }));
    expect(inOrder(store.chat).map(({ who, text }) => [who, text])).toEqual(PROTOTYPE_KEYS.map((id, i) => [nameFor(id), `第${i}句`]));

    for (const classmate of classmates) classmate.hand(true);
    await lesson.app.raiseHand.execute();
    await lesson.settle();
    expect(lesson.classroom().hands.userIds).toEqual([...PROTOTYPE_KEYS, ME]);
    expect(lesson.view().me.queuePosition).toBe(5);

    for (const id of PROTOTYPE_KEYS) lesson.teacher.command({ type: 'grant', to: id, mic: true, camera: true });
    classmates.forEach((classmate) => classmate.camera(true).mic(true));
    await lesson.settle();
    expect(lesson.view().coHosts).toEqual([...PROTOTYPE_KEYS]);
    expect(lesson.classroom().hands.userIds).toEqual([ME]);

    lesson.media.reportVolumes(PROTOTYPE_KEYS.map((userId, i) => ({ userId, volume: i % 2 === 0 ? 80 : 0 })));
    await lesson.settle();
    expect(store.coHosts.map(({ id, name, speaking, video }) => [id, name, speaking, video])).toEqual(
      // The teacher's camera takes one of the phone's decodes: the last of the four shows an avatar.
      PROTOTYPE_KEYS.map((id, i) => [id, nameFor(id), i % 2 === 0, i < MAX_REMOTE_VIDEOS - 1]),
    );
    for (const item of [...store.coHosts, ...inOrder(store.chat)])
      for (const value of Object.values(item)) expect(typeof value).not.toBe('function');

    classmates[3].leave();
    lesson.teacher.command({ type: 'revoke', to: 'constructor' });
    await lesson.settle();
    // Leaving the group is not leaving the stage: only the teacher's revoke moves anyone.
    expect(lesson.view().coHosts).toEqual(['__proto__', 'toString', 'hasOwnProperty']);
    expect(lesson.view().memberCount).toBe(6);
  });

  it('as chat senders, each has a flood allowance of its own', async () => {
    const { lesson } = await lessonOnStore();
    const [constructorId, proto] = PROTOTYPE_KEYS.map((id) => lesson.classmate(id));
    for (let i = 0; i < 100; i++) constructorId.chat({ text: `刷屏${i}` });
    proto.chat({ text: '我没有刷屏' });
    const lines = lesson.classroom().chat.messages;
    expect(lines.filter((line) => line.from === 'constructor')).toHaveLength(40);
    expect(lines.at(-1)).toMatchObject({ from: '__proto__', text: '我没有刷屏' });
    expect(warnings(lesson.logger)).toEqual([
      { level: 'warn', event: 'input.dropped', detail: { kind: 'chat-flooding', senderId: 'constructor' } },
    ]);
  });

  it('as the teacher and an assistant: obeyed and named, while a classmate with such an id is not obeyed', async () => {
    const { lesson, store } = await lessonOnStore({
      teacher: { userId: 'constructor', name: '王老师' },
      assistants: [{ userId: '__proto__', name: '李助教' }],
    });
    const teacher = lesson.hub.actor('constructor').join();
    const assistant = lesson.hub.actor('__proto__').join();
    const classmate = lesson.classmate('toString');
    teacher.chat({ text: '上课' });
    assistant.chat({ text: '请安静' });
    expect(inOrder(store.chat).map((line) => line.who)).toEqual(['王老师', '李助教']);
    expect(store.view.teacherName).toBe('王老师');

    classmate.command({ type: 'muteChat', on: true });
    await lesson.settle();
    expect(lesson.view().chatMuted).toBe(false);
    assistant.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ chatMuted: true, me: { onStage: true, mic: 'on' } });
    expect(lesson.classroom().roster.roleOf('hasOwnProperty')).toBe('student');
  });
});
