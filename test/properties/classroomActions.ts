import fc from 'fast-check';
import { Classroom } from '../../domain/classroom/Classroom';
import { Participant } from '../../domain/classroom/Participant';
import { Roster } from '../../domain/classroom/Roster';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { ClassState, INITIAL_CLASS_STATE } from '../../domain/classroom/ClassState';

export const TEACHER = 't1';
export const ASSISTANT = 'a1';
export const ME = 's1';
const STUDENTS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];
const EVERYONE = [TEACHER, ASSISTANT, ...STUDENTS];

/** Something the teacher, a classmate, the network or the student does to the classroom. */
export type ClassroomAction =
  | { kind: 'command'; sender: string; seq: number; command: TeacherCommand }
  | { kind: 'hand'; sender: string; raised: boolean }
  | { kind: 'stream'; userId: string; source: 'camera' | 'board'; hasAudio: boolean; hasVideo: boolean }
  | { kind: 'myDevice'; device: 'mic' | 'camera'; on: boolean }
  | { kind: 'connection'; up: boolean }
  | { kind: 'background'; on: boolean }
  | { kind: 'catchUp'; state: ClassState }
  | { kind: 'board'; on: boolean };

const anyone = fc.constantFrom(...EVERYONE);
const student = fc.constantFrom(...STUDENTS);

const command: fc.Arbitrary<TeacherCommand> = fc.oneof(
  fc.record({ type: fc.constant('grant' as const), to: anyone, mic: fc.boolean(), camera: fc.boolean() }),
  fc.record({ type: fc.constant('revoke' as const), to: anyone }),
  fc.constant({ type: 'muteAll' as const }),
  fc.record({ type: fc.constant('muteChat' as const), on: fc.boolean() }),
  fc.record({ type: fc.constant('kick' as const), to: anyone }),
  fc.constant({ type: 'endClass' as const }),
);

const seq = fc.integer({ min: 0, max: 40 });

const classState: fc.Arbitrary<ClassState> = fc
  .record({
    seq,
    stage: fc.uniqueArray(fc.record({ userId: anyone, mic: fc.boolean(), camera: fc.boolean() }), {
      selector: (seat) => seat.userId,
      maxLength: 9,
    }),
    chatMuted: fc.boolean(),
    ended: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    removed: fc.uniqueArray(student, { maxLength: 2 }),
    hands: fc.uniqueArray(anyone, { maxLength: 5 }),
  })
  .map((state) => ({ ...INITIAL_CLASS_STATE, ...state }));

export const classroomAction: fc.Arbitrary<ClassroomAction> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('command' as const), sender: anyone, seq: seq.map((n) => n + 1), command }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('hand' as const), sender: anyone, raised: fc.boolean() }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('stream' as const),
      userId: anyone,
      source: fc.constantFrom('camera' as const, 'board' as const),
      hasAudio: fc.boolean(),
      hasVideo: fc.boolean(),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('myDevice' as const),
      device: fc.constantFrom('mic' as const, 'camera' as const),
      on: fc.boolean(),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('connection' as const), up: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('background' as const), on: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('catchUp' as const), state: classState }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('board' as const), on: fc.boolean() }), weight: 1 },
);

export function aClassroom(stageCapacity?: number): Classroom {
  const roster = new Roster(Participant.create({ userId: TEACHER, role: 'teacher' }), [
    Participant.create({ userId: ASSISTANT, role: 'assistant' }),
  ]);
  const classroom = new Classroom({ classId: 'c1', title: '性质测试', roster, me: ME, stageCapacity });
  classroom.joined();
  return classroom;
}

/** Applies an action as the application would: the same domain calls, in the same order. */
export function act(classroom: Classroom, action: ClassroomAction, at: number): void {
  switch (action.kind) {
    case 'command':
      classroom.applyCommand(action.sender, action.seq, action.command);
      return;
    case 'hand':
      classroom.handRules.signal(action.sender, action.raised, at);
      return;
    case 'stream':
      classroom.updateStream({ userId: action.userId, source: action.source, hasAudio: action.hasAudio, hasVideo: action.hasVideo });
      return;
    case 'myDevice':
      classroom.setMyDevice(action.device, action.on);
      return;
    case 'connection':
      if (action.up) classroom.connectionRestored();
      else classroom.connectionLost();
      return;
    case 'background':
      classroom.inBackground = action.on;
      return;
    case 'catchUp':
      classroom.applyState(action.state);
      return;
    case 'board':
      classroom.setBoard(action.on);
      return;
  }
}
