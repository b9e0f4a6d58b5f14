import { StudentView, studentViewOf } from '../../application/view/StudentView';
import { LessonViewFeed } from '../../application/view/LessonViewFeed';
import { FamilyFixture, LESSON } from './support/FamilyFixture';
import { families, familyTable } from './support/families';

const ME = LESSON.student.userId;
const CLASSMATE = LESSON.classmate.userId;

/** Where the lesson below leaves the student's screen, whichever family carried it. */
const ENDED: StudentView = {
  status: 'ended',
  // The layout stays as the teacher left it; the lesson-over screen covers it.
  main: 'board',
  teacherPip: true,
  coHosts: [],
  memberCount: 4,
  me: { hand: 'down', queuePosition: null, onStage: false, mic: 'not-allowed', camera: 'not-allowed' },
  chat: [
    { from: CLASSMATE, text: '老师好' },
    { from: ME, text: '我听懂了', state: 'sent' },
  ],
  chatMuted: false,
  fullscreen: false,
  // The lesson-over screen shows no notice about the lesson (the page never did).
  notice: null,
  dataSaver: { mode: 'off', auto: false },
  recap: null,
  invitation: null,
  question: null,
  checkIn: null,
  // The reward stays counted after the end (the card and the clock go with the lesson).
  rewards: 1,
  clock: null,
};

/**
 * One lesson through the real use cases and the composition root of a family: join, the board
 * comes on, raise hand, the teacher grants, chat, the teacher revokes, the class ends. Returns
 * the student's view after every step, so families can be compared step by step.
 */
async function playTheLesson(family: FamilyFixture): Promise<StudentView[]> {
  const lesson = await family.lesson();
  try {
    const app = lesson.app();
    const views: StudentView[] = [];
    const feed = new LessonViewFeed(app.session, lesson.clock);
    // A family that cannot count the group shows no count (docs/tic-family.md); the rest must match.
    const counted = family.abilities.memberCount !== false;
    const step = async () => {
      await lesson.settle();
      const view = studentViewOf(feed.view);
      if (!counted) expect(view.memberCount).toBe(0);
      views.push(counted ? view : { ...view, memberCount: ENDED.memberCount });
      return views[views.length - 1];
    };

    lesson.far.publish(LESSON.teacher.userId, 'camera', { audio: true, video: true });
    const joining = app.joinLesson.execute(LESSON.classId);
    await lesson.settle();
    expect(await joining).toEqual({ ok: true, value: undefined });
    expect(await step()).toMatchObject({ status: 'live', main: 'teacher', memberCount: 4 });

    lesson.far.board({ on: true, page: 0 });
    expect(await step()).toMatchObject({ main: 'board', teacherPip: true });

    expect(await app.raiseHand.execute()).toMatchObject({ ok: true });
    expect(await step()).toMatchObject({ me: { hand: 'raised', queuePosition: 1 } });
    expect(lesson.observe.handsHeardByTeacher()).toEqual([true]);

    lesson.far.command({ type: 'grant', to: ME, mic: true, camera: true });
    expect(await step()).toMatchObject({ me: { hand: 'down', onStage: true, mic: 'on', camera: 'on' }, notice: 'GRANTED' });
    expect(lesson.observe.published()).toEqual({ mic: true, camera: true });

    lesson.far.chat(CLASSMATE, '老师好');
    expect(await app.sendText.execute('我听懂了')).toMatchObject({ ok: true });
    expect((await step()).chat).toEqual(ENDED.chat);

    lesson.far.command({ type: 'revoke', to: ME });
    expect(await step()).toMatchObject({ me: { onStage: false, mic: 'not-allowed', camera: 'not-allowed' }, notice: 'REVOKED' });
    expect(lesson.observe.published()).toEqual({ mic: false, camera: false });

    // The class tools, through each family's school server and signalling: an answer card, a reward, a check-in, an invitation declined.
    lesson.far.command({ type: 'question', id: 'q1', options: ['A', 'B', 'C'], multiple: false, seconds: 60 });
    expect(await step()).toMatchObject({ question: { id: 'q1', state: 'open', mine: null, secondsLeft: 60 } });
    expect(await app.answerQuestion.execute(['B'])).toMatchObject({ ok: true });
    expect(await step()).toMatchObject({ question: { mine: ['B'], delivery: 'received' } });
    lesson.far.command({ type: 'closeQuestion', id: 'q1', correct: ['B'], counts: [0, 1, 0] });
    expect(await step()).toMatchObject({ question: { state: 'closed', correct: ['B'], counts: { A: 0, B: 1, C: 0 }, right: true } });
    app.dismissQuestion.execute();
    lesson.far.command({ type: 'reward', to: ME });
    expect(await step()).toMatchObject({ question: null, rewards: 1, notice: 'REWARDED' });
    lesson.far.command({ type: 'checkIn', id: 'c1', seconds: 60 });
    expect(await step()).toMatchObject({ checkIn: { id: 'c1', state: 'open', mine: false } });
    expect(await app.checkIn.execute()).toMatchObject({ ok: true });
    expect(await step()).toMatchObject({ checkIn: { state: 'done', mine: true } });
    lesson.far.command({ type: 'invite', to: ME, mic: true, camera: false, seconds: 30 });
    expect(await step()).toMatchObject({ invitation: { mic: true, camera: false, secondsLeft: 30 }, notice: 'INVITED' });
    expect(await app.answerInvitation.execute(false)).toMatchObject({ ok: true });
    expect(await step()).toMatchObject({ invitation: null, me: { onStage: false } });

    lesson.far.command({ type: 'endClass' });
    expect(await step()).toEqual(ENDED);
    return views;
  } finally {
    lesson.dispose();
  }
}

describe('the same lesson under every family', () => {
  const trails = new Map<string, StudentView[]>();

  it.each(familyTable)('%s: the student ends the lesson seeing what every family shows', async (name, family) => {
    trails.set(name, await playTheLesson(family));
  });

  it('leaves the student with the same view after every step, in every family', () => {
    expect([...trails.keys()]).toEqual(families.map((family) => family.name));
    const [first, ...others] = [...trails.values()];
    for (const trail of others) expect(trail).toEqual(first);
  });
});
