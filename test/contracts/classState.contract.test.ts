import { ClassControlEvent, INITIAL_CLASS_STATE } from '../../application/ports/ClassControlPort';
import { FamilyLesson, LESSON } from './support/FamilyFixture';
import { familyTable } from './support/families';
import { failureOf, record } from './support/recorder';

const ME = LESSON.student.userId;

/** ClassControlPort.currentState(): the teacher's state of the class, read after a reconnect. */
describe.each(familyTable)("ClassControlPort contract, the teacher's state of the class: %s family", (_, family) => {
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

  it('as the initial state when the teacher has set none', async () => {
    await joined();
    await expect(lesson.ports.control.currentState()).resolves.toEqual(INITIAL_CLASS_STATE);
  });

  it('as the teacher last set it', async () => {
    const state = { stage: [{ userId: ME, mic: true, camera: true }], chatMuted: true, ended: false };
    lesson.far.setClassState(state);
    await joined();
    await expect(lesson.ports.control.currentState()).resolves.toEqual(state);
  });

  it("with the teacher's commands folded in, including ones sent while the student was away", async () => {
    await joined();
    await lesson.ports.control.leave();
    lesson.far.command({ type: 'grant', to: ME, mic: true, camera: false });
    lesson.far.command({ type: 'muteChat', on: true });
    await lesson.ports.control.join(LESSON.signalGroupId);
    await expect(lesson.ports.control.currentState()).resolves.toEqual({
      stage: [{ userId: ME, mic: true, camera: false }],
      chatMuted: true,
      ended: false,
    });
    expect(heard.events).toEqual([]);
  });

  it('refusing an unreadable state rather than guessing', async () => {
    lesson.far.setClassState('{"v":1,"stage":"everyone"}');
    await joined();
    expect(await failureOf(() => lesson.ports.control.currentState())).toBe('UNKNOWN');
  });
});
