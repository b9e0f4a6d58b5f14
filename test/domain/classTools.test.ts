import { Classroom } from '../../domain/classroom/Classroom';
import { ClassState, INITIAL_CLASS_STATE } from '../../domain/classroom/ClassState';
import { Participant } from '../../domain/classroom/Participant';
import { Roster } from '../../domain/classroom/Roster';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { foldCommand } from '../../infrastructure/shared/signalling/foldClassState';

function aClassroom(): Classroom {
  const roster = new Roster(Participant.create({ userId: 't1', role: 'teacher' }), []);
  const classroom = new Classroom({ classId: 'c1', title: '课', roster, me: 's1', stageCapacity: 2 });
  classroom.joined();
  return classroom;
}

const rules = { stageCapacity: 2, isStudent: (userId: string) => userId !== 't1' };
const QUESTION: TeacherCommand = { type: 'question', id: 'q1', options: ['A', 'B', 'C'], multiple: false, seconds: 30 };

/** The staff's commands in order, folded as the school server folds them and taken in as a student's app takes them. */
function both(commands: readonly TeacherCommand[], at = 1000) {
  const classroom = aClassroom();
  let state: ClassState = INITIAL_CLASS_STATE;
  commands.forEach((command, i) => {
    classroom.applyCommand('t1', i + 1, command, false, at);
    state = foldCommand(state, command, rules, at);
  });
  return { classroom, state };
}

describe('the class tools, on a student app and in the stored state alike', () => {
  it('keeps the question a classmate forges out: only staff open a card', () => {
    const classroom = aClassroom();
    expect(classroom.applyCommand('s2', 1, QUESTION)).toEqual([{ type: 'unchanged', why: 'not-staff' }]);
    expect(classroom.tools.question).toBeNull();
  });

  it('refuses a close for a question never asked, a second close, and counts that do not fit, in the app and in the fold', () => {
    const unknown = both([QUESTION, { type: 'closeQuestion', id: 'q9', correct: null, counts: [1, 2, 3] }]);
    expect([unknown.classroom.tools.question?.results, unknown.state.question?.results]).toEqual([null, null]);
    const misfit = both([QUESTION, { type: 'closeQuestion', id: 'q1', correct: ['D'], counts: [1, 2, 3] }]);
    expect([misfit.classroom.tools.question?.results, misfit.state.question?.results]).toEqual([null, null]);
    const short = both([QUESTION, { type: 'closeQuestion', id: 'q1', correct: null, counts: [1, 2] }]);
    expect([short.classroom.tools.question?.results, short.state.question?.results]).toEqual([null, null]);
    const twice = both([
      QUESTION,
      { type: 'closeQuestion', id: 'q1', correct: ['B'], counts: [1, 2, 3] },
      { type: 'closeQuestion', id: 'q1', correct: ['A'], counts: [9, 9, 9] },
    ]);
    expect(twice.classroom.tools.question?.results).toEqual({ correct: ['B'], counts: [1, 2, 3] });
    expect(twice.state.question?.results).toEqual({ correct: ['B'], counts: [1, 2, 3] });
  });

  it('keeps the first of two questions with one id, and its time', () => {
    const { classroom, state } = both([QUESTION, { ...QUESTION, options: ['X', 'Y'], seconds: 600 } as TeacherCommand]);
    expect(classroom.tools.question).toMatchObject({ options: ['A', 'B', 'C'], endsAt: 31_000 });
    expect(state.question).toMatchObject({ options: ['A', 'B', 'C'], endsAt: 31_000 });
  });

  it('takes my answer only while the card is open and only as the card allows', () => {
    const { classroom } = both([QUESTION]);
    expect(classroom.tools.answer('q1', ['A', 'B'], 2000)).toBe('invalid');
    expect(classroom.tools.answer('q1', ['D'], 2000)).toBe('invalid');
    expect(classroom.tools.answer('q1', ['B'], 2000)).toBe('taken');
    expect(classroom.tools.answer('q1', ['C'], 31_000)).toBe('closed');
    expect(classroom.tools.question?.mine).toEqual(['B']);
  });

  it('does not invite a student on stage, a staff member or a removed student, and a grant ends my invitation', () => {
    const refused = both([
      { type: 'grant', to: 's2', mic: true, camera: false },
      { type: 'invite', to: 's2', mic: true, camera: true, seconds: 30 },
      { type: 'invite', to: 't1', mic: true, camera: true, seconds: 30 },
      { type: 'kick', to: 's3' },
      { type: 'invite', to: 's3', mic: true, camera: true, seconds: 30 },
    ]);
    expect(refused.state.invitations).toEqual([]);
    const granted = both([
      { type: 'invite', to: 's1', mic: true, camera: false, seconds: 30 },
      { type: 'grant', to: 's1', mic: true, camera: false },
    ]);
    expect([granted.classroom.tools.invitation, granted.state.invitations]).toEqual([null, []]);
  });

  it('counts rewards per student, and none for a removed student or the staff', () => {
    const { classroom, state } = both([
      { type: 'reward', to: 's1' },
      { type: 'reward', to: 's1' },
      { type: 'reward', to: 't1' },
      { type: 'kick', to: 's2' },
      { type: 'reward', to: 's2' },
    ]);
    expect(classroom.tools.rewards.countOf('s1')).toBe(2);
    expect(state.rewards).toEqual([{ userId: 's1', count: 2 }]);
  });
});
