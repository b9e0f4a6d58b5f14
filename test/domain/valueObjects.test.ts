import { ChatImage } from '../../domain/chat/ChatImage';
import { ChatText } from '../../domain/chat/ChatText';
import { HandQueue } from '../../domain/classroom/HandQueue';
import { layoutFor } from '../../domain/classroom/Layout';
import { assertTransition } from '../../domain/classroom/LessonStatus';
import { Participant } from '../../domain/classroom/Participant';
import { Permission } from '../../domain/classroom/Permission';
import { Roster } from '../../domain/classroom/Roster';
import { StageCapacity } from '../../domain/classroom/StageCapacity';
import { DomainError } from '../../domain/shared/DomainError';

const teacher = Participant.create({ userId: 't1', name: '王老师', role: 'teacher' });

describe('roster', () => {
  it('names staff by the backend, and everyone else a student', () => {
    const roster = new Roster(teacher, [Participant.create({ userId: 'a1', role: 'assistant' })]);
    expect([roster.roleOf('t1'), roster.roleOf('a1'), roster.roleOf('s1')]).toEqual(['teacher', 'assistant', 'student']);
    expect([roster.mayCommand('t1'), roster.mayCommand('a1'), roster.mayCommand('s1')]).toEqual([true, true, false]);
  });

  it('refuses a teacher without the teacher role, with a code', () => {
    const fake = Participant.create({ userId: 'x', role: 'student' });
    expect(() => new Roster(fake)).toThrow(expect.objectContaining({ code: 'ROSTER.TEACHER_ROLE' }));
  });

  it('refuses a participant without an id', () => {
    expect(() => Participant.create({ userId: '  ', role: 'student' })).toThrow(DomainError);
  });
});

describe('values with rules', () => {
  it('keeps microphone and camera permissions apart', () => {
    const micOnly = Permission.of({ mic: true, camera: false });
    expect([micOnly.allows('mic'), micOnly.allows('camera'), micOnly.isEmpty]).toEqual([true, false, false]);
    expect(Permission.NONE.isEmpty).toBe(true);
  });

  it('defaults the stage to six and refuses nonsense', () => {
    expect(StageCapacity.create(undefined).value).toBe(6);
    expect(StageCapacity.create(12).value).toBe(12);
    for (const bad of [0, -1, 2.5, 65, Number.NaN]) expect(() => StageCapacity.create(bad)).toThrow(DomainError);
  });

  it('counts chat length in characters as read, emoji included', () => {
    expect(ChatText.create('😀'.repeat(500)).ok).toBe(true);
    expect(ChatText.create('😀'.repeat(501))).toEqual({ ok: false, code: 'CHAT.TOO_LONG' });
  });

  it('takes the picture type from the declared type before the file name', () => {
    const image = ChatImage.create({ path: 'wxfile://tmp_abc', size: 10, type: 'image/jpeg' });
    expect(image.ok && image.value.type).toBe('jpg');
    expect(ChatImage.create({ path: 'a.png', size: 0 })).toEqual({ ok: false, code: 'IMAGE.TOO_LARGE' });
  });
});

describe('hand queue', () => {
  it('orders by the time a hand went up, and keeps the first place on a second raise', () => {
    const queue = new HandQueue();
    queue.raise('s2', 20);
    queue.raise('s1', 10);
    queue.raise('s2', 30);
    expect(queue.userIds).toEqual(['s1', 's2']);
    expect(queue.positionOf('s2')).toBe(2);
    expect(queue.positionOf('s3')).toBeNull();
  });
});

describe('layout', () => {
  const camera = (hasVideo: boolean, hasAudio: boolean) => ({ userId: 't1', source: 'camera' as const, hasVideo, hasAudio });
  it.each([
    [true, camera(true, true), { main: 'board', teacherPip: true }],
    [true, undefined, { main: 'board', teacherPip: false }],
    [false, camera(true, false), { main: 'teacher', teacherPip: false }],
    [false, camera(false, true), { main: 'teacher-avatar', teacherPip: false }],
    [false, undefined, { main: 'none', teacherPip: false }],
  ])('board %s with teacher %j', (boardOn, stream, expected) => {
    expect(layoutFor(boardOn, stream)).toEqual(expected);
  });
});

describe('lesson status', () => {
  it('never comes back from the end', () => {
    expect(() => assertTransition('ended', 'live')).toThrow(expect.objectContaining({ code: 'LESSON.TRANSITION' }));
    expect(() => assertTransition('kicked', 'reconnecting')).toThrow(DomainError);
    expect(() => assertTransition('joining', 'waiting')).not.toThrow();
  });
});
