import { ClassControlEvent, ClassState, INITIAL_CLASS_STATE } from '../../application/ports/ClassControlPort';
import { FamilyLesson, LESSON } from './support/FamilyFixture';
import { familyTable } from './support/families';
import { failureOf, record } from './support/recorder';

const ME = LESSON.student.userId;
const CLASSMATE = LESSON.classmate.userId;

const STATE: ClassState = {
  seq: 7,
  stage: [{ userId: ME, mic: true, camera: true }],
  chatMuted: true,
  ended: false,
  removed: ['s9'],
  hands: [CLASSMATE],
  invitations: [],
  question: null,
  checkIn: null,
  rewards: [{ userId: ME, count: 2 }],
};

/** ClassControlPort.currentState(): the class as the school server keeps it, read on joining and on every return. */
describe.each(familyTable)('ClassControlPort contract, the stored class state: %s family', (_, family) => {
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

  it('is refused with NOT_CONNECTED before joining the signalling group', async () => {
    await lesson.ports.chat.login(lesson.login);
    expect(await failureOf(() => lesson.ports.control.currentState())).toBe('NOT_CONNECTED');
  });

  it('as the initial state when the staff have stored none', async () => {
    await joined();
    await expect(lesson.ports.control.currentState()).resolves.toEqual(INITIAL_CLASS_STATE);
  });

  it('as the school server keeps it', async () => {
    await lesson.far.setClassState(STATE);
    await joined();
    await expect(lesson.ports.control.currentState()).resolves.toEqual(STATE);
  });

  it("with the staff's commands folded in and numbered, including ones sent while the student was away", async () => {
    await joined();
    await lesson.ports.control.leave();
    lesson.far.command({ type: 'grant', to: ME, mic: true, camera: false });
    lesson.far.command({ type: 'muteChat', on: true }, LESSON.assistant.userId);
    lesson.far.command({ type: 'kick', to: CLASSMATE });
    await lesson.settle();
    await lesson.ports.control.join(LESSON.classId, LESSON.signalGroupId);
    await lesson.settle();
    await expect(lesson.ports.control.currentState()).resolves.toEqual({
      ...INITIAL_CLASS_STATE,
      seq: 3,
      stage: [{ userId: ME, mic: true, camera: false }],
      chatMuted: true,
      removed: [CLASSMATE],
    });
    expect(heard.events).toEqual([]);
  });

  it("keeps a classmate's write out: the school server takes commands from the class's staff only", async () => {
    await lesson.far.setClassState(STATE);
    await lesson.far.setClassState({ ...STATE, seq: 99, ended: true, stage: [{ userId: CLASSMATE, mic: true, camera: true }] }, CLASSMATE);
    await joined();
    await expect(lesson.ports.control.currentState()).resolves.toEqual(STATE);
  });

  it.each([
    ['garbage', 'not json at all'],
    ['a version 1 state', JSON.stringify({ v: 1, stage: [], chatMuted: false, ended: false })],
    ['a version 2 state (kept in the group profile)', JSON.stringify({ ...STATE, v: 2 })],
    ['a newer version', JSON.stringify({ ...STATE, v: 4, rev: 1 })],
    ['a state with a seat that is not a seat', JSON.stringify({ ...STATE, v: 3, rev: 1, stage: ['everyone'] })],
    ['"unchanged" for a change number this app never read', JSON.stringify({ v: 3, rev: 5, unchanged: true })],
  ])('reads %s as unreadable (undefined) rather than guessing or throwing', async (__, raw) => {
    await lesson.far.setClassState(raw);
    await joined();
    await expect(lesson.ports.control.currentState()).resolves.toBeUndefined();
  });
});
