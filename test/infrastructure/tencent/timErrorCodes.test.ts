import { timError } from '../../../infrastructure/shared/timError';
import { aTencentLesson, CLASS } from './support/tencentLesson';
import { ERROR_CODE, timError as sdkError } from './support/timMessages';

describe('IM error codes, as tim-wx-sdk 2.27.6 names them', () => {
  it.each([
    ['USER_NOT_LOGGED_IN', 'NOT_CONNECTED'],
    ['REPEAT_LOGIN', 'NOT_CONNECTED'],
    ['LOGGED_OUT', 'NOT_CONNECTED'],
    ['OVER_FREQUENCY_LIMIT', 'RATE_LIMITED'],
  ])('reads %s as %s', (name, expected) => {
    expect(ERROR_CODE[name]).toEqual(expect.any(Number));
    expect(timError(sdkError(ERROR_CODE[name]), 'getGroupOnlineMemberCount').code).toBe(expected);
  });

  it.each([
    [10007, 'REJECTED'],
    [10010, 'CLASS_NOT_FOUND'],
    [10015, 'CLASS_NOT_FOUND'],
  ])('reads the service code %i as %s', (code, expected) => {
    expect(timError(sdkError(code), 'joinGroup').code).toBe(expected);
  });
});

describe('a student the class banned from its live groups (IM answers 10007, insufficient permission)', () => {
  it('coming back sees the removed screen, not "class not found"', async () => {
    const lesson = aTencentLesson({ imBanned: [`${CLASS.chatGroupId}#s1`, `${CLASS.signalGroupId}#s1`] });
    lesson.command('t1', { type: 'kick', to: 's1' });
    await lesson.clock.advance(0);
    const result = await lesson.join();
    expect(result).toEqual({ ok: true, value: undefined });
    expect(lesson.app.session.classroom.exitReason).toBe('removed');
    expect(lesson.tim().joined.size).toBe(0);
    lesson.uninstall();
  });
});
