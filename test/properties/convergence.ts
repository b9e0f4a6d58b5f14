import fc from 'fast-check';
import { ClassState, INITIAL_CLASS_STATE } from '../../domain/classroom/ClassState';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { foldCommand } from '../../infrastructure/shared/signalling/foldClassState';
import { aLesson, ME } from '../support/lessonHarness';
import { commandedState, crowdSteps } from './support/bigClass';
import { ChatLedger } from './support/chatLedger';
import { toolCommands, toolDisagreement } from './support/classTools';

const STUDENTS = [ME, 's2', 's3', 's4'];
const CLASSMATES = ['s2', 's3', 's4'];

/** Something that happens in a lesson, at a moment the generator picks. */
type Happening =
  | { kind: 'staff'; by: 't1' | 'a1'; command: TeacherCommand }
  | { kind: 'classmateCommand'; by: string; command: TeacherCommand }
  | { kind: 'classmateWritesState'; by: string }
  | { kind: 'hand'; by: string; raised: boolean }
  | { kind: 'blip'; by: string }
  | { kind: 'myHand'; raised: boolean }
  | { kind: 'redeliver'; count: number }
  | { kind: 'late'; fromEnd: number }
  | { kind: 'im' | 'rtc'; up: boolean }
  | { kind: 'imSilent'; up: boolean }
  | { kind: 'readFails' }
  | { kind: 'app'; state: 'background' | 'foreground' }
  | { kind: 'serverRestart' }
  | { kind: 'serverIm' | 'serverReachable'; up: boolean }
  | { kind: 'storeFails'; count: number }
  | { kind: 'chat'; by: string };

const student = fc.constantFrom(...STUDENTS);
const classmate = fc.constantFrom(...CLASSMATES);
const command: fc.Arbitrary<TeacherCommand> = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('grant' as const), to: student, mic: fc.boolean(), camera: fc.boolean() }), weight: 5 },
  { arbitrary: fc.record({ type: fc.constant('revoke' as const), to: student }), weight: 3 },
  { arbitrary: fc.constant({ type: 'muteAll' as const }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('muteChat' as const), on: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('kick' as const), to: student }), weight: 1 },
  { arbitrary: fc.constant({ type: 'endClass' as const }), weight: 1 },
  ...toolCommands(student),
);

const happening: fc.Arbitrary<Happening> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('staff' as const), by: fc.constantFrom('t1' as const, 'a1' as const), command }), weight: 8 },
  { arbitrary: fc.record({ kind: fc.constant('classmateCommand' as const), by: classmate, command }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('classmateWritesState' as const), by: classmate }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('hand' as const), by: classmate, raised: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('blip' as const), by: classmate }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('myHand' as const), raised: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('redeliver' as const), count: fc.integer({ min: 1, max: 6 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('late' as const), fromEnd: fc.integer({ min: 2, max: 6 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constantFrom('im' as const, 'rtc' as const), up: fc.boolean() }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('imSilent' as const), up: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('readFails' as const) }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('app' as const), state: fc.constantFrom('background' as const, 'foreground' as const) }),
    weight: 2,
  },
  // The school server: a restart, IM out of its reach, out of the students' reach, its store refusing writes.
  { arbitrary: fc.constant({ kind: 'serverRestart' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constantFrom('serverIm' as const, 'serverReachable' as const), up: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('storeFails' as const), count: fc.integer({ min: 1, max: 3 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('chat' as const), by: fc.constantFrom('t1', ...CLASSMATES) }), weight: 3 },
);

/** The protocol's largest class, as the staff's commands and the crowd's hands would have left it. */
const LARGEST_CLASS = commandedState(crowdSteps('nobody', {}), ['t1', 'a1'], 64);

const step = fc.record({ happening, waitMs: fc.constantFrom(0, 0, 3, 10, 25, 60, 1_500) });

type Lesson = ReturnType<typeof aLesson>;

async function play(lesson: Lesson, happening: Happening, chat: ChatLedger): Promise<void> {
  const { hub, info } = lesson;
  switch (happening.kind) {
    case 'chat':
      chat.say(lesson, happening.by);
      return;
    case 'staff':
      (happening.by === 't1' ? lesson.teacher : lesson.assistant).command(happening.command);
      return;
    case 'classmateCommand':
      lesson.classmate(happening.by).command(happening.command);
      return;
    case 'classmateWritesState':
      lesson
        .classmate(happening.by)
        .raw('state', JSON.stringify({ v: 3, seq: 1_000, stage: [], chatMuted: true, ended: true, removed: [ME], hands: [] }));
      return;
    case 'hand':
      lesson.classmate(happening.by).hand(happening.raised);
      return;
    case 'blip':
      lesson.classmate(happening.by).leave().join();
      return;
    case 'myHand':
      if (!lesson.app.session.hasClassroom) return;
      void (happening.raised ? lesson.app.raiseHand.execute() : lesson.app.lowerHand.execute());
      return;
    case 'redeliver':
      hub.im.redeliver(info.signalGroupId, happening.count, 'signal');
      return;
    case 'late':
      hub.im.redeliverSignal(info.signalGroupId, happening.fromEnd);
      return;
    case 'im':
      hub.im.setOnline(ME, happening.up);
      return;
    case 'rtc':
      hub.rtc.setOnline(ME, happening.up);
      return;
    case 'imSilent':
      hub.im.setOnline(ME, happening.up, { silently: true });
      return;
    case 'readFails':
      lesson.holdNextStateRead().fail();
      return;
    case 'app':
      lesson.lifecycle.emit(happening.state);
      return;
    case 'serverRestart':
      void hub.school.restart();
      return;
    case 'serverIm':
      hub.school.imUp = happening.up;
      if (happening.up) void hub.school.flush();
      return;
    case 'serverReachable':
      hub.backendDown = !happening.up;
      return;
    case 'storeFails':
      hub.school.store.failNextCommits(happening.count);
      return;
  }
}

/**
 * Whether my microphone should be on, from the commands the server stored, in order: a grant to
 * me switches it as granted, a mute-all switches it off, leaving the stage switches it off. The
 * student never touches it in these lessons, so nothing else changes it.
 */
function myMicAsCommanded(lesson: Lesson, start: ClassState): boolean {
  const staff = [lesson.info.teacher.userId, ...lesson.info.assistants.map((assistant) => assistant.userId)];
  const rules = { stageCapacity: lesson.info.stageCapacity ?? 6, isStudent: (userId: string) => !staff.includes(userId) };
  let state = start;
  let on = false;
  for (const change of lesson.hub.school.store.changesOf(lesson.info.classId)) {
    if (change.kind !== 'command' || change.senderId === 'seed') continue;
    const command = JSON.parse(change.data) as TeacherCommand;
    const before = state.stage.find((seat) => seat.userId === ME);
    state = foldCommand(state, command, rules);
    const after = state.stage.find((seat) => seat.userId === ME);
    if (!after) on = false;
    else if (command.type === 'grant' && command.to === ME && after !== before) on = after.mic;
    else if (command.type === 'muteAll') on = false;
  }
  return on;
}

/** Where the student's app and the staff's state disagree once all is quiet, in words; undefined when they agree. */
function disagreement(lesson: Lesson, start: ClassState): string | undefined {
  const staff = lesson.hub.classState();
  const classroom = lesson.classroom();
  const view = lesson.view();
  const stream = lesson.hub.rtc.streamOf(lesson.info.roomId, ME);
  const published = { mic: !!stream?.hasAudio, camera: !!stream?.hasVideo };
  const inRooms = lesson.hub.rtc.isInRoom(lesson.info.roomId, ME) || lesson.hub.im.isMember(lesson.info.signalGroupId, ME);
  if (staff.removed.includes(ME) || staff.ended) {
    const expected = staff.removed.includes(ME) ? 'kicked' : 'ended';
    if (view.status !== expected) return `status ${view.status}, the staff have ${expected}`;
    if (published.mic || published.camera || inRooms) return 'still publishing or in a room after the lesson ended';
    return undefined;
  }
  if (view.status !== 'live' && view.status !== 'waiting') return `status ${view.status} once all is quiet`;
  const mine = classroom.stage.members.map((coHost) => `${coHost.userId}:${coHost.permission.mic}/${coHost.permission.camera}`);
  const theirs = staff.stage.map((seat) => `${seat.userId}:${seat.mic}/${seat.camera}`);
  if (mine.join() !== theirs.join()) return `stage [${mine}] but the staff have [${theirs}]`;
  if (view.chatMuted !== staff.chatMuted) return `chat muted ${view.chatMuted}, the staff have ${staff.chatMuted}`;
  const place = staff.hands.indexOf(ME);
  if (view.me.queuePosition !== (place < 0 ? null : place + 1)) return `hand place ${view.me.queuePosition}, the staff have ${place + 1}`;
  const allowed = classroom.publishing();
  if (published.mic !== allowed.mic || published.camera !== allowed.camera) {
    return `the room publishes ${JSON.stringify(published)} but the stage allows ${JSON.stringify(allowed)}`;
  }
  if (published.mic !== myMicAsCommanded(lesson, start))
    return `my microphone publishes ${published.mic}, the staff's commands leave it ${!published.mic}`;
  const seat = staff.stage.find((entry) => entry.userId === ME);
  if ((published.mic && !seat?.mic) || (published.camera && !seat?.camera))
    return `publishing ${JSON.stringify(published)} without the staff's grant`;
  return toolDisagreement(view, staff, lesson.clock.now());
}

/**
 * Any interleaving of staff commands, classmates' attempts, redeliveries, drops, the background,
 * the school server's restarts and refusals (IM out of its reach, its store failing, the
 * students unable to reach it) and a join at any moment: once the network is back and quiet, the student sees the class as
 * the staff hold it, and the media room publishes exactly what the stage allows.
 */
export const convergenceProperty = fc.asyncProperty(
  fc.array(step, { maxLength: 24 }),
  fc.nat(24),
  fc.constantFrom(0, 5, 20),
  fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  async (steps, joinAt, callDelayMs, big) => {
    // A quarter of the lessons are the protocol's largest class (64 seats, 500 hands, 500 removed,
    // 128-character ids) before anything else happens; the others a small one with a full stage.
    const lesson = aLesson({ callDelayMs, classInfo: { stageCapacity: big ? 64 : 3 } });
    if (big) await lesson.hub.school.seed(lesson.info.classId, LARGEST_CLASS);
    lesson.teacher.camera(true);
    for (const id of CLASSMATES) lesson.classmate(id);
    let joining: Promise<unknown> | undefined;
    const chat = new ChatLedger();
    for (const [index, { happening, waitMs }] of steps.entries()) {
      if (index === Math.min(joinAt, steps.length - 1)) joining = lesson.app.joinLesson.execute(lesson.info.classId);
      await play(lesson, happening, chat);
      await lesson.clock.advance(waitMs);
    }
    joining ??= lesson.app.joinLesson.execute(lesson.info.classId);
    lesson.hub.school.imUp = true;
    lesson.hub.backendDown = false;
    lesson.hub.school.store.failNextCommits(0);
    void lesson.hub.school.flush();
    lesson.hub.im.setOnline(ME, true, { silently: true });
    lesson.hub.im.setOnline(ME, true);
    lesson.hub.rtc.setOnline(ME, true);
    lesson.lifecycle.emit('background');
    lesson.lifecycle.emit('foreground');
    await lesson.clock.advance(60_000);
    const joined = (await joining) as { ok?: boolean } | undefined;
    // A join that met a dead network (or a school server out of reach) failed with a message; the student taps to join again.
    if (lesson.view().status === 'error' || joined?.ok === false) {
      const again = lesson.app.joinLesson.execute(lesson.info.classId);
      await lesson.clock.advance(60_000);
      await again;
    }
    // One more line once all is quiet: a line lost before it can no longer go unmarked.
    chat.say(lesson, 't1');
    await lesson.clock.advance(1_000);
    const wrong =
      disagreement(lesson, big ? LARGEST_CLASS : INITIAL_CLASS_STATE) ??
      (lesson.view().status === 'live' ? chat.disagreement(lesson) : undefined);
    if (wrong) throw new Error(wrong);
  },
);
