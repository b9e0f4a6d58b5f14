import { ClassControlEvent } from '../../application/ports/ClassControlPort';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { MAX_SIGNAL_BYTES } from '../../infrastructure/shared/signalling/SignalProtocol';
import { FamilyLesson, LESSON } from './support/FamilyFixture';
import { familyTable } from './support/families';
import { failureOf, record } from './support/recorder';

const TEACHER = LESSON.teacher.userId;
const ASSISTANT = LESSON.assistant.userId;
const ME = LESSON.student.userId;
const CLASSMATE = LESSON.classmate.userId;

const EVERY_COMMAND: TeacherCommand[] = [
  { type: 'grant', to: ME, mic: true, camera: false },
  { type: 'revoke', to: ME },
  { type: 'muteAll' },
  { type: 'muteChat', on: true },
  { type: 'kick', to: CLASSMATE },
  { type: 'endClass' },
];

/** What a broken or out-of-date client might put on the signalling group: wrong in shape, size or version. */
const JUNK: [string, string, string][] = [
  ['broken JSON', TEACHER, '{"v":3,"seq":1,"type":"endClass"'],
  ['JSON that is not an object', TEACHER, '[1,2,3]'],
  ['a version 1 command, which has no sequence number', TEACHER, JSON.stringify({ v: 1, type: 'endClass' })],
  ['a version 2 command, numbered by a staff client', TEACHER, JSON.stringify({ v: 2, seq: 1, type: 'endClass' })],
  ['an unknown version', TEACHER, JSON.stringify({ v: 4, seq: 1, type: 'endClass' })],
  ['an unknown command', TEACHER, JSON.stringify({ v: 3, seq: 1, type: 'openDoor' })],
  ['a command without a sequence number', TEACHER, JSON.stringify({ v: 3, type: 'endClass' })],
  ['a sequence number that is not a positive whole number', TEACHER, JSON.stringify({ v: 3, seq: 1.5, type: 'endClass' })],
  ['a flag written as a string', TEACHER, JSON.stringify({ v: 3, seq: 1, type: 'grant', to: ME, mic: 'true', camera: false })],
  ['a payload over 8 KB', TEACHER, JSON.stringify({ v: 3, seq: 1, type: 'endClass', pad: 'x'.repeat(MAX_SIGNAL_BYTES) })],
];

describe.each(familyTable)('ClassControlPort contract: %s family', (_, family) => {
  let lesson: FamilyLesson;
  let heard: ReturnType<typeof record<ClassControlEvent>>;
  beforeEach(async () => {
    lesson = await family.lesson();
    heard = record((listener) => lesson.ports.control.subscribe(listener));
  });
  afterEach(() => lesson.dispose());

  const joined = async () => {
    await lesson.ports.chat.login(lesson.login);
    await lesson.ports.control.join(LESSON.classId, LESSON.signalGroupId);
    await lesson.settle();
  };

  describe('before the student is in the signalling group', () => {
    it('refuses to join before logging in, with NOT_CONNECTED', async () => {
      expect(await failureOf(() => lesson.ports.control.join(LESSON.classId, LESSON.signalGroupId))).toBe('NOT_CONNECTED');
    });

    it('refuses to send a hand or read the class state, with NOT_CONNECTED', async () => {
      expect(await failureOf(() => lesson.ports.control.sendHand(true))).toBe('NOT_CONNECTED');
      expect(await failureOf(() => lesson.ports.control.currentState())).toBe('NOT_CONNECTED');
      await lesson.ports.chat.login(lesson.login);
      expect(await failureOf(() => lesson.ports.control.sendHand(true))).toBe('NOT_CONNECTED');
      expect(await failureOf(() => lesson.ports.control.currentState())).toBe('NOT_CONNECTED');
    });
  });

  it.each(EVERY_COMMAND.filter((command) => command.type !== 'endClass').map((command) => [command.type, command] as const))(
    "delivers the teacher's and the assistant's %s with its sender",
    async (__, command) => {
      await joined();
      lesson.far.command(command, TEACHER);
      lesson.far.command(command, ASSISTANT);
      await lesson.settle();
      expect(heard.events).toEqual([
        { type: 'command', senderId: TEACHER, seq: 1, command },
        { type: 'command', senderId: ASSISTANT, seq: 2, command },
      ]);
    },
  );

  // The school server numbers nothing after the end: each end is its own lesson's.
  it.each([TEACHER, ASSISTANT])('delivers an endClass from %s with its sender', async (staff) => {
    await joined();
    lesson.far.command({ type: 'endClass' }, staff);
    await lesson.settle();
    expect(heard.events).toEqual([{ type: 'command', senderId: staff, seq: 1, command: { type: 'endClass' } }]);
  });

  it("passes on a classmate's command, and a payload that names another sender, with the sender the service stamped", async () => {
    await joined();
    lesson.far.rawSignal(CLASSMATE, JSON.stringify({ v: 3, seq: 1, type: 'kick', to: ME, from: TEACHER, role: 'teacher' }));
    await lesson.settle();
    // Whether a classmate may command is the classroom's to judge (test/application/classState.test.ts).
    expect(heard.events).toEqual([{ type: 'command', senderId: CLASSMATE, seq: 1, command: { type: 'kick', to: ME } }]);
  });

  it("delivers a classmate's raised and lowered hand", async () => {
    await joined();
    lesson.far.hand(CLASSMATE, true);
    lesson.far.hand(CLASSMATE, false);
    await lesson.settle();
    // Each carries the number of the server's change that made it, in order.
    const [raised, lowered] = heard.events as { rev?: number }[];
    expect(heard.events).toEqual([
      { type: 'hand', senderId: CLASSMATE, raised: true, rev: expect.any(Number) },
      { type: 'hand', senderId: CLASSMATE, raised: false, rev: expect.any(Number) },
    ]);
    expect(lowered.rev).toBeGreaterThan(raised.rev!);
  });

  it("sends the student's hand, raised then lowered, for the teacher to read", async () => {
    await joined();
    await lesson.ports.control.sendHand(true);
    await lesson.ports.control.sendHand(false);
    expect(lesson.observe.handsHeardByTeacher()).toEqual([true, false]);
  });

  describe('drops what it must not obey, without throwing, and keeps listening', () => {
    it.each(JUNK)('%s', async (__, from, data) => {
      await joined();
      expect(() => lesson.far.rawSignal(from, data)).not.toThrow();
      await lesson.settle();
      expect(heard.events).toEqual([]);
      expect(lesson.logger.count('signal.dropped')).toBe(1);
      lesson.far.command({ type: 'muteAll' });
      await lesson.settle();
      expect(heard.events).toEqual([{ type: 'command', senderId: TEACHER, seq: 1, command: { type: 'muteAll' } }]);
    });

    it("ignores another protocol's messages in the group, such as the board's, without logging them", async () => {
      await joined();
      lesson.far.rawSignal(TEACHER, JSON.stringify({ v: 3, seq: 1, type: 'endClass' }), 'TXWhiteBoardExt');
      await lesson.settle();
      expect(heard.events).toEqual([]);
      expect(lesson.logger.count('signal.dropped')).toBe(0);
    });
  });

  it('joining twice is harmless: each command still arrives once', async () => {
    await joined();
    await lesson.ports.control.join(LESSON.classId, LESSON.signalGroupId);
    lesson.far.command({ type: 'endClass' });
    await lesson.settle();
    expect(heard.events).toEqual([{ type: 'command', senderId: TEACHER, seq: 1, command: { type: 'endClass' } }]);
  });

  it('after leaving, hears nothing and refuses hands and state; leaving again is harmless', async () => {
    await joined();
    await lesson.ports.control.leave();
    lesson.far.command({ type: 'endClass' });
    await lesson.settle();
    expect(heard.events).toEqual([]);
    expect(await failureOf(() => lesson.ports.control.sendHand(true))).toBe('NOT_CONNECTED');
    expect(await failureOf(() => lesson.ports.control.currentState())).toBe('NOT_CONNECTED');
    await expect(lesson.ports.control.leave()).resolves.toBeUndefined();
  });

  it('after leaving and joining again, hears commands and sends hands again', async () => {
    await joined();
    await lesson.ports.control.leave();
    await lesson.ports.control.join(LESSON.classId, LESSON.signalGroupId);
    lesson.far.command({ type: 'muteChat', on: true });
    await lesson.settle();
    expect(heard.events).toEqual([{ type: 'command', senderId: TEACHER, seq: 1, command: { type: 'muteChat', on: true } }]);
    await lesson.ports.control.sendHand(true);
    expect(lesson.observe.handsHeardByTeacher()).toEqual([true]);
  });

  it('stops telling a listener that unsubscribed', async () => {
    await joined();
    heard.stop();
    lesson.far.command({ type: 'endClass' });
    await lesson.settle();
    expect(heard.events).toEqual([]);
  });
});
