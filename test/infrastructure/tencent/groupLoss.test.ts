import { NOTICE_TEXT } from '../../../miniprogram/viewmodels/studentText';
import { aTencentLesson, CLASS } from './support/tencentLesson';
import { incoming, TYPES } from './support/StandInTim';

/** IM takes a group away from a logged-in student (docs/tencent-adapters.md, "Groups IM takes away"). */
describe('a student whose IM group is taken away', () => {
  let lesson: ReturnType<typeof aTencentLesson>;
  beforeEach(() => (lesson = aTencentLesson()));
  afterEach(() => lesson.uninstall());

  it('sees the removed screen when banned from the live chat group, and does not rejoin it', async () => {
    await lesson.join();
    lesson.teacherOnCamera();
    lesson.tim().loseGroup(CLASS.chatGroupId, 21);
    expect(lesson.view().status).toBe('kicked');
    expect(lesson.app.session.classroom.exitReason).toBe('removed');
    await lesson.clock.advance(60_000);
    expect(lesson.tim().joined.has(CLASS.chatGroupId)).toBe(false);
  });

  it('sees the removed screen when a manager takes them out of a group (the server enforcing a kick)', async () => {
    await lesson.join();
    lesson.tim().loseGroup(CLASS.signalGroupId, 4);
    expect(lesson.app.session.classroom.exitReason).toBe('removed');
  });

  it.each([
    ['names me: the removed screen, even before the notice', CLASS.signalGroupId, ['s1'], 'kicked'],
    ['names a classmate: nothing changes for me', CLASS.chatGroupId, ['s2'], 'waiting'],
  ])('a live group’s ban tip that %s', async (_, groupId, userIDList, status) => {
    await lesson.join();
    lesson
      .tim()
      .deliver(
        incoming('administrator', groupId, TYPES.MSG_GRP_TIP as string, { operationType: TYPES.GRP_TIP_BAN_AVCHATROOM_MEMBER, userIDList }),
      );
    expect(lesson.view().status).toBe(status);
  });

  it('sees the removed screen when the school logs them out through IM (REST_API_Kick), not "logged in elsewhere"', async () => {
    await lesson.join();
    lesson.tim().kick(TYPES.KICKED_OUT_REST_API);
    expect(lesson.app.session.classroom.exitReason).toBe('removed');
  });

  it('is told in Chinese and joins again when the signalling group drops them, and commands reach them again', async () => {
    await lesson.join();
    lesson.teacherOnCamera();
    // Dismissed in the IM console by mistake; the SDK leaves it without a word to the app.
    lesson.tim().loseGroup(CLASS.signalGroupId, 5);
    expect(lesson.view()).toMatchObject({ status: 'reconnecting', notice: 'GROUP_LOST' });
    expect(NOTICE_TEXT.GROUP_LOST).toBe('课堂消息连接中断，正在重新加入');
    // The school server makes the group again, under the same id.
    lesson.tim().service.groups[CLASS.signalGroupId] = TYPES.GRP_AVCHATROOM as string;
    await lesson.clock.advance(1_000);
    expect(lesson.tim().joined.has(CLASS.signalGroupId)).toBe(true);
    expect(lesson.view().status).toBe('live');
    lesson.command('t1', { type: 'muteChat', on: true });
    await lesson.clock.advance(0);
    expect(lesson.view().chatMuted).toBe(true);
  });

  it('keeps trying while the group is gone, and shows the end once the class state says the class is over', async () => {
    await lesson.join();
    lesson.commandMissed('t1', { type: 'endClass' });
    lesson.tim().loseGroup(CLASS.chatGroupId, 5);
    expect(lesson.view().notice).toBe('GROUP_LOST');
    await lesson.clock.advance(1_000);
    // The dismissed group refuses the join, so the lesson never looks normal with a dead chat.
    expect(lesson.tim().joined.has(CLASS.chatGroupId)).toBe(false);
    expect(lesson.view().status).not.toBe('live');
    await lesson.clock.advance(120_000);
    expect(lesson.view().status).toBe('ended');
  });
});
