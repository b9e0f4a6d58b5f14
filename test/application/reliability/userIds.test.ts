import { ClassInfo } from '../../../application/ports/ClassroomBackendPort';
import { isUserId, sameUserId } from '../../../domain/classroom/UserId';
import { aTencentLesson } from '../../infrastructure/tencent/support/tencentLesson';
import { aLesson } from '../../support/lessonHarness';

/** A backend that names its teacher with a trailing space: the id is that exact string. */
const SPACED_TEACHER = 't1 ';
const staffWithSpace = { teacher: { userId: SPACED_TEACHER, name: '王老师' }, assistants: [] } satisfies Partial<ClassInfo>;

describe('user ids are compared exactly, in every family', () => {
  it('the one comparison: the same string, nothing trimmed or folded', () => {
    expect([sameUserId('t1', 't1'), sameUserId('t1 ', 't1'), sameUserId('T1', 't1'), sameUserId('e\u0301', '\u00e9')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([isUserId('t1 '), isUserId('constructor'), isUserId(''), isUserId('  '), isUserId('x'.repeat(129)), isUserId(7)]).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('local family: the teacher "t1 " is obeyed and a sender "t1" is not', async () => {
    const lesson = aLesson({ classInfo: staffWithSpace });
    await lesson.join();
    const teacher = lesson.teacher; // hub.actor('t1'): no longer the teacher, just a classmate named so
    teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    expect(lesson.view().chatMuted).toBe(false);
    lesson.hub.actor(SPACED_TEACHER).join().command({ type: 'muteChat', on: true });
    await lesson.settle();
    expect(lesson.view().chatMuted).toBe(true);
    expect(lesson.classroom().roster.roleOf(SPACED_TEACHER)).toBe('teacher');
    expect(lesson.classroom().roster.roleOf('t1')).toBe('student');
  });

  it('tencent family: the teacher "t1 " is obeyed and a sender "t1" is not', async () => {
    const lesson = aTencentLesson({ classInfo: staffWithSpace });
    try {
      await lesson.join();
      lesson.command('t1', { type: 'muteChat', on: true });
      await lesson.clock.advance(0);
      expect(lesson.view().chatMuted).toBe(false);
      expect(lesson.logger.entries).toContainEqual({ level: 'warn', event: 'input.dropped', detail: { kind: 'signal-not-staff' } });
      lesson.command(SPACED_TEACHER, { type: 'muteChat', on: true });
      await lesson.clock.advance(0);
      expect(lesson.view().chatMuted).toBe(true);
    } finally {
      lesson.uninstall();
    }
  });
});
