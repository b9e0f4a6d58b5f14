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
};

/** ClassControlPort.currentState(): the class as the staff stored it, read on joining and on every return. */
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
    await lesson.ports.control.join(LESSON.signalGroupId);
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

  it('as the teacher last stored it', async () => {
    lesson.far.setClassState(STATE);
    await joined();
    await expect(lesson.ports.control.currentState()).resolves.toEqual(STATE);
  });

  it("with the staff's commands folded in and numbered, including ones sent while the student was away", async () => {
    await joined();
    await lesson.ports.control.leave();
    lesson.far.command({ type: 'grant', to: ME, mic: true, camera: false });
    lesson.far.command({ type: 'muteChat', on: true }, LESSON.assistant.userId);
    lesson.far.command({ type: 'kick', to: CLASSMATE });
    await lesson.ports.control.join(LESSON.signalGroupId);
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

  it("keeps a classmate's write out: the service refuses anyone but the group's managers", async () => {
    lesson.far.setClassState(STATE);
    lesson.far.setClassState({ ...STATE, seq: 99, ended: true, stage: [{ userId: CLASSMATE, mic: true, camera: true }] }, CLASSMATE);
    await joined();
    await expect(lesson.ports.control.currentState()).resolves.toEqual(STATE);
  });

  it.each([
    ['garbage', 'not json at all'],
    ['a version 1 state', JSON.stringify({ v: 1, stage: [], chatMuted: false, ended: false })],
    ['a newer version', JSON.stringify({ ...STATE, v: 3 })],
    ['a state with a seat that is not a seat', JSON.stringify({ ...STATE, v: 2, stage: ['everyone'] })],
  ])('reads %s as unreadable (undefined) rather than guessing or throwing', async (__, raw) => {
    lesson.far.setClassState(raw);
    await joined();
    await expect(lesson.ports.control.currentState()).resolves.toBeUndefined();
  });
});
