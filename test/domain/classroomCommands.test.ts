import { ClassEvent } from '../../domain/classroom/ClassEvent';
import { Classroom } from '../../domain/classroom/Classroom';
import { INITIAL_CLASS_STATE } from '../../domain/classroom/ClassState';
import { Participant } from '../../domain/classroom/Participant';
import { Roster } from '../../domain/classroom/Roster';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';

function aClassroom(): Classroom {
  const roster = new Roster(Participant.create({ userId: 't1', role: 'teacher' }), [
    Participant.create({ userId: 'a1', role: 'assistant' }),
  ]);
  const classroom = new Classroom({ classId: 'c1', title: '课', roster, me: 's1', stageCapacity: 2 });
  classroom.joined();
  return classroom;
}

const seen = (classroom: Classroom) => ({
  status: classroom.status,
  stage: classroom.stage.members.map((coHost) => coHost.userId),
  chatMuted: classroom.chatMuted,
  hands: classroom.hands.userIds,
});

describe('the classroom judges commands by the roster and the sequence, whoever delivered them', () => {
  const commands: TeacherCommand[] = [
    { type: 'grant', to: 's1', mic: true, camera: true },
    { type: 'revoke', to: 's1' },
    { type: 'muteAll' },
    { type: 'muteChat', on: true },
    { type: 'kick', to: 's1' },
    { type: 'endClass' },
  ];

  it.each(commands)('refuses %j from a student and changes nothing, not even the sequence', (command) => {
    const classroom = aClassroom();
    classroom.applyCommand('t1', 1, { type: 'grant', to: 's1', mic: true, camera: false });
    const before = seen(classroom);
    expect(classroom.applyCommand('s2', 2, command)).toEqual([{ type: 'unchanged', why: 'not-staff' }]);
    expect(seen(classroom)).toEqual(before);
    expect(classroom.sequence).toBe(1);
  });

  it.each(commands)('takes %j from the teacher and the assistant', (command) => {
    for (const sender of ['t1', 'a1']) {
      const classroom = aClassroom();
      classroom.applyCommand('t1', 1, { type: 'grant', to: 's1', mic: false, camera: true });
      const events = classroom.applyCommand(sender, 2, command);
      expect(events.every((event) => event.type !== 'unchanged')).toBe(true);
    }
  });

  it('says what each command did, one event per effect', () => {
    const classroom = aClassroom();
    const events: ClassEvent[] = [
      ...classroom.applyCommand('t1', 1, { type: 'grant', to: 's1', mic: true, camera: false }),
      ...classroom.applyCommand('t1', 2, { type: 'grant', to: 's2', mic: true, camera: false }),
      ...classroom.applyCommand('t1', 3, { type: 'grant', to: 's3', mic: true, camera: false }),
      ...classroom.applyCommand('t1', 4, { type: 'muteChat', on: true }),
      ...classroom.applyCommand('t1', 5, { type: 'muteAll' }),
      ...classroom.applyCommand('a1', 6, { type: 'revoke', to: 's1' }),
      ...classroom.applyCommand('t1', 7, { type: 'endClass' }),
    ];
    expect(events.map((event) => event.type)).toEqual([
      'granted-me',
      'stage-changed',
      'unchanged',
      'chat-muted',
      'muted-me',
      'revoked-me',
      'class-ended',
    ]);
  });

  it('takes a repeated or older number as a redelivery: nothing changes', () => {
    const classroom = aClassroom();
    classroom.applyCommand('t1', 1, { type: 'grant', to: 's1', mic: true, camera: false });
    classroom.applyCommand('t1', 2, { type: 'revoke', to: 's1' });
    expect(classroom.applyCommand('t1', 1, { type: 'grant', to: 's1', mic: true, camera: false })).toEqual([
      { type: 'unchanged', why: 'repeated' },
    ]);
    expect(seen(classroom).stage).toEqual([]);
  });

  it('holds back a command after a skipped number and says the state must be read; after the read it goes in', () => {
    const classroom = aClassroom();
    expect(classroom.applyCommand('t1', 4, { type: 'muteChat', on: true })).toEqual([{ type: 'sequence-gap', after: 0, before: 4 }]);
    expect({ seq: classroom.sequence, muted: classroom.chatMuted }).toEqual({ seq: 0, muted: false });
    expect(classroom.applyCommand('t1', 4, { type: 'muteChat', on: true }, true)).toEqual([{ type: 'chat-muted' }]);
    expect(classroom.sequence).toBe(4);
  });

  it('ends the class even after a skipped number: nothing missed can undo an end', () => {
    const classroom = aClassroom();
    expect(classroom.applyCommand('t1', 9, { type: 'endClass' })).toEqual([{ type: 'class-ended' }]);
  });

  it('refuses to put a teacher on stage, and a grant of nothing', () => {
    expect(aClassroom().applyCommand('t1', 1, { type: 'grant', to: 'a1', mic: true, camera: false })).toEqual([
      { type: 'unchanged', why: 'invalid' },
    ]);
    expect(aClassroom().applyCommand('t1', 1, { type: 'grant', to: 's1', mic: false, camera: false })).toEqual([
      { type: 'unchanged', why: 'invalid' },
    ]);
  });

  it('a hand from staff is no hand', () => {
    const classroom = aClassroom();
    expect(classroom.handRules.signal('t1', true, 5)).toBe(false);
    expect(classroom.handRules.signal('s2', true, 5)).toBe(true);
    expect(classroom.hands.userIds).toEqual(['s2']);
  });
});

describe("the classroom takes the staff's stored state", () => {
  it('becomes that state when it is as new or newer, with one event per change', () => {
    const classroom = aClassroom();
    const events = classroom.applyState({
      ...INITIAL_CLASS_STATE,
      seq: 9,
      stage: [
        { userId: 's2', mic: true, camera: false },
        { userId: 's1', mic: true, camera: true },
      ],
      chatMuted: true,
      hands: ['s5', 's1', 's4'],
    });
    expect(events.map((event) => event.type)).toEqual(['chat-muted', 'stage-changed', 'granted-me']);
    expect(seen(classroom)).toEqual({ status: 'waiting', stage: ['s2', 's1'], chatMuted: true, hands: ['s5', 's4'] });
    expect(classroom.sequence).toBe(9);
  });

  it('ignores a state older than the commands already taken in', () => {
    const classroom = aClassroom();
    classroom.applyCommand('t1', 5, { type: 'grant', to: 's1', mic: true, camera: false }, true);
    expect(classroom.applyState({ ...INITIAL_CLASS_STATE, seq: 4 })).toEqual([{ type: 'unchanged', why: 'stale' }]);
    expect(seen(classroom).stage).toEqual(['s1']);
  });

  it('ends the lesson for a student the staff removed, or in a class that ended', () => {
    const removed = aClassroom();
    expect(removed.applyState({ ...INITIAL_CLASS_STATE, seq: 3, removed: ['s1'] })).toEqual([{ type: 'removed' }]);
    expect(removed.status).toBe('kicked');
    const ended = aClassroom();
    expect(ended.applyState({ ...INITIAL_CLASS_STATE, seq: 3, ended: true })).toEqual([{ type: 'class-ended' }]);
    expect(ended.status).toBe('ended');
  });
});
