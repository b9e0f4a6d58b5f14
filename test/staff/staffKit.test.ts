import { LocalStaffKit } from '../../infrastructure/local/LocalStaffKit';
import { StaffError } from '../../staff/application/StaffError';
import { Sending } from '../../staff/application/Sender';
import { aLesson, ME, TEACHER } from '../support/lessonHarness';

/** A page's localStorage, shared by the tabs of one browser. */
function pageStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

/** A teacher console opened in a tab: the staff kit over the lesson's school server and IM. */
async function consoleTab(lesson: ReturnType<typeof aLesson>, userId = TEACHER) {
  const kit = new LocalStaffKit(lesson.hub, lesson.info, userId);
  const sendings: Sending[] = [];
  kit.on('sending', (sending) => sendings.push(sending));
  await kit.start();
  return { kit, sendings };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof StaffError ? { code: error.code, beforeSending: error.beforeSending } : error),
  );

const storedCommands = (lesson: ReturnType<typeof aLesson>) =>
  lesson.hub.school.store.changesOf(lesson.info.classId).filter((change) => change.kind === 'command');

describe('the staff kit, as a teacher console runs a class on it', () => {
  it('refuses what cannot be valid before anything is sent: a removed student, a seat past the stage, nine options', async () => {
    const lesson = aLesson({ classInfo: { stageCapacity: 2 } });
    for (const id of ['s2', 's3', 's4', 's5']) lesson.classmate(id);
    const { kit } = await consoleTab(lesson);
    await kit.kick('s5');
    await kit.grant('s2', { mic: true, camera: false });
    await kit.grant('s3', { mic: true, camera: true });
    const numbered = lesson.hub.classState().seq;

    expect(await refusal(kit.grant('s5', { mic: true, camera: false }))).toEqual({ code: 'REMOVED', beforeSending: true });
    expect(await refusal(kit.grant('s4', { mic: true, camera: false }))).toEqual({ code: 'STAGE_FULL', beforeSending: true });
    const nine = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
    const asked = kit.ask({ id: 'q1', options: nine, correct: ['A'] });
    await expect(asked).rejects.toThrow('a question has 2 to 8 options, not 9');
    expect(await refusal(kit.grant(TEACHER, { mic: true, camera: false }))).toEqual({ code: 'NOT_A_STUDENT', beforeSending: true });
    expect(await refusal(kit.invite('s2', { mic: true, camera: false }))).toEqual({ code: 'ON_STAGE', beforeSending: true });

    expect(lesson.hub.classState().seq).toBe(numbered);
    // A seat already held may change its devices: that is not a new seat.
    await kit.grant('s2', { mic: true, camera: true });
    expect(lesson.hub.classState().stage).toEqual([
      { userId: 's2', mic: true, camera: true },
      { userId: 's3', mic: true, camera: true },
    ]);
  });

  it('shows a command the server refused or could not store as not sent, never as done', async () => {
    const lesson = aLesson();
    const { kit, sendings } = await consoleTab(lesson);
    lesson.hub.school.store.failNextCommits(10);
    const muting = refusal(kit.muteChat(true));
    await lesson.clock.advance(10_000);

    expect(await muting).toEqual({ code: 'STORE_FAILED', beforeSending: false });
    expect(sendings.map((sending) => sending.status)).toEqual(['sending', 'not-sent']);
    expect(lesson.hub.classState().chatMuted).toBe(false);

    // Once the store takes writes again, the same tap goes through, numbered once.
    lesson.hub.school.store.failNextCommits(1);
    const again = kit.muteChat(true);
    await lesson.clock.advance(2_000);
    expect(await again).toMatchObject({ seq: 1 });
    expect(lesson.hub.classState()).toMatchObject({ seq: 1, chatMuted: true });
    expect(storedCommands(lesson)).toHaveLength(1);

    await kit.endClass();
    // A host that skips the kit's checks still meets the server's refusal, shown as not sent.
    expect(await refusal(kit.sendUnchecked({ type: 'muteChat', on: false }))).toEqual({ code: 'CLASS_OVER', beforeSending: false });
    expect(sendings.at(-1)).toMatchObject({ status: 'not-sent', command: { type: 'muteChat', on: false } });
  });

  it('after a reload in the middle of a question, reads the class back and closes it with the answer it was asked with', async () => {
    const lesson = aLesson();
    for (const id of ['s2', 's3', 's4']) lesson.classmate(id);
    const storage = pageStorage();
    const before = new LocalStaffKit(lesson.hub, lesson.info, TEACHER, storage);
    await before.start();
    await before.grant('s2', { mic: true, camera: false });
    await before.ask({ id: 'q1', options: ['1', '2', '3'], seconds: 60, correct: ['B'] });
    lesson.classmate('s3').hand(true);
    lesson.classmate('s4').reply({ kind: 'answer', questionId: 'q1', choices: ['B'] });
    lesson.classmate('s3').reply({ kind: 'answer', questionId: 'q1', choices: ['C'] });
    await lesson.clock.advance(0);
    before.stop();

    // The page reloads: a new kit, the same storage.
    const after = new LocalStaffKit(lesson.hub, lesson.info, TEACHER, storage);
    await after.start();
    expect(after.state).toMatchObject({ seq: 2, stage: [{ userId: 's2', mic: true, camera: false }], hands: ['s3'] });
    expect(after.state.question).toMatchObject({ id: 'q1', results: null });
    await after.closeQuestion();
    expect(lesson.hub.classState().question?.results).toEqual({ correct: ['B'], counts: [0, 1, 1] });
    expect(after.state.question?.results).toEqual({ correct: ['B'], counts: [0, 1, 1] });
  });

  it('two tabs of the same teacher: the server numbers both, and each tab shows the same class', async () => {
    const lesson = aLesson();
    for (const id of ['s2', 's3']) lesson.classmate(id);
    const left = await consoleTab(lesson);
    const right = await consoleTab(lesson);
    await Promise.all([left.kit.grant('s2', { mic: true, camera: false }), right.kit.grant('s3', { mic: false, camera: true })]);
    lesson.classmate('s3').hand(true);
    await lesson.clock.advance(100);

    expect(storedCommands(lesson).map((change) => change.seq)).toEqual([1, 2]);
    expect(left.kit.state).toEqual(lesson.hub.classState());
    expect(right.kit.state).toEqual(lesson.hub.classState());
    expect(left.kit.rev).toBe(right.kit.rev);
  });

  it('grants a student who accepts an invitation once, with two tabs open', async () => {
    const lesson = aLesson();
    const { kit } = await consoleTab(lesson);
    await lesson.join();
    await kit.invite(ME, { mic: true, camera: false }, 30);
    await lesson.clock.advance(0);
    expect(lesson.view().invitation).not.toBeNull();

    await lesson.app.answerInvitation.execute(true);
    await lesson.clock.advance(100);

    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'on' });
    const grants = storedCommands(lesson).filter((change) => JSON.parse(change.data).type === 'grant');
    expect(grants).toHaveLength(1);
  });

  it('a student who joins after the kit ran the class, or lost the network meanwhile, sees the class as the kit left it', async () => {
    const lesson = aLesson();
    lesson.classmate('s2');
    const { kit } = await consoleTab(lesson);
    await kit.grant('s2', { mic: true, camera: true });
    await kit.muteChat(true);
    await lesson.join();
    expect(lesson.view()).toMatchObject({ coHosts: ['s2'], chatMuted: true });

    lesson.hub.im.setOnline(ME, false);
    await kit.grant(ME, { mic: true, camera: false });
    await kit.reward(ME);
    lesson.hub.im.setOnline(ME, true);
    await lesson.clock.advance(5_000);
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'on' });
    expect(kit.state.rewards).toEqual([{ userId: ME, count: 1 }]);
  });

  it("the teacher's own network drops in the middle of a command: it goes when the network is back, numbered once", async () => {
    const lesson = aLesson();
    const { kit, sendings } = await consoleTab(lesson);
    lesson.hub.im.setOnline(TEACHER, false);
    const muting = kit.muteAll();
    await lesson.clock.advance(1_500);
    expect(sendings.map((sending) => sending.status)).toEqual(['sending']);
    lesson.hub.im.setOnline(TEACHER, true);
    await lesson.clock.advance(3_000);

    expect(await muting).toMatchObject({ seq: 1 });
    expect(sendings.map((sending) => sending.status)).toEqual(['sending', 'sent']);
    expect(storedCommands(lesson)).toHaveLength(1);
  });

  it('a command on the group that the server never stored is undone by the read, and the real next one is taken', async () => {
    const lesson = aLesson();
    const { kit } = await consoleTab(lesson);
    // An assistant's client of the old kind posts straight to the group, guessing the number.
    lesson.assistant.raw('signal', JSON.stringify({ v: 3, seq: 1, type: 'muteChat', on: true }));
    await lesson.clock.advance(0);
    expect(kit.state).toMatchObject({ seq: 0, chatMuted: false });

    await kit.grant('s2', { mic: true, camera: false });
    await lesson.clock.advance(0);
    expect(kit.state).toEqual(lesson.hub.classState());
    expect(kit.state).toMatchObject({ seq: 1, chatMuted: false, stage: [{ userId: 's2' }] });
  });

  it('hears hands in the order raised, and the tally as answers come in', async () => {
    const lesson = aLesson();
    const { kit } = await consoleTab(lesson);
    const hands: string[] = [];
    const tallies: number[][] = [];
    kit.on('hand', ({ userId, raised }) => hands.push(`${userId}:${raised}`));
    kit.on('tally', ({ counts }) => tallies.push([...counts]));
    for (const id of ['s2', 's3', 's4']) lesson.classmate(id).hand(true);
    lesson.classmate('s3').hand(false);
    await kit.ask({ id: 'q2', options: ['yes', 'no'], correct: null });
    lesson.classmate('s2').reply({ kind: 'answer', questionId: 'q2', choices: ['A'] });
    await lesson.clock.advance(1_000);
    lesson.classmate('s4').reply({ kind: 'answer', questionId: 'q2', choices: ['B'] });
    await lesson.clock.advance(1_000);

    expect(hands).toEqual(['s2:true', 's3:true', 's4:true', 's3:false']);
    expect(kit.state.hands).toEqual(['s2', 's4']);
    expect(tallies.at(-1)).toEqual([1, 1]);
    expect(tallies[0]).toEqual([1, 0]);
  });
});
