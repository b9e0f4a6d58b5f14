import { Classroom } from '../../domain/classroom/Classroom';
import { Participant } from '../../domain/classroom/Participant';
import { Roster } from '../../domain/classroom/Roster';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';

function aClassroom(): Classroom {
  const roster = new Roster(Participant.create({ userId: 't1', role: 'teacher' }), [Participant.create({ userId: 'a1', role: 'assistant' })]);
  const classroom = new Classroom({ classId: 'c1', title: '课', roster, me: 's1' });
  classroom.joined();
  return classroom;
}

describe('the classroom judges commands by the roster, whoever delivered them', () => {
  const commands: TeacherCommand[] = [
    { type: 'grant', to: 's1', mic: true, camera: true },
    { type: 'revoke', to: 's1' },
    { type: 'muteAll' },
    { type: 'muteChat', on: true },
    { type: 'kick', to: 's1' },
    { type: 'endClass' },
  ];

  it.each(commands)('refuses %j from a student and changes nothing', (command) => {
    const classroom = aClassroom();
    classroom.applyCommand('t1', { type: 'grant', to: 's1', mic: true, camera: false });
    const before = { status: classroom.status, stage: classroom.stage.members, chatMuted: classroom.chatMuted };
    expect(classroom.applyCommand('s2', command)).toEqual({ ok: false, code: 'COMMAND.NOT_AUTHORIZED', detail: 's2 is a student' });
    expect({ status: classroom.status, stage: classroom.stage.members, chatMuted: classroom.chatMuted }).toEqual(before);
  });

  it.each(commands)('takes %j from the teacher and the assistant', (command) => {
    for (const sender of ['t1', 'a1']) expect(aClassroom().applyCommand(sender, command).ok).toBe(true);
  });

  it('refuses to put a teacher on stage', () => {
    expect(aClassroom().applyCommand('t1', { type: 'grant', to: 'a1', mic: true, camera: false })).toMatchObject({ ok: false, code: 'COMMAND.INVALID' });
  });

  it('refuses a grant of nothing', () => {
    expect(aClassroom().applyCommand('t1', { type: 'grant', to: 's1', mic: false, camera: false })).toMatchObject({ ok: false, code: 'COMMAND.INVALID' });
  });
});
