import { PERIODIC_READ_MIN_MS, PERIODIC_READ_SPREAD_MS } from '../../../application/classstate/PeriodicStateRead';
import { aTencentLesson } from './support/tencentLesson';

const BOUND_MS = PERIODIC_READ_MIN_MS + PERIODIC_READ_SPREAD_MS;
const stateReads = (lesson: ReturnType<typeof aTencentLesson>) =>
  lesson.schoolRequests.filter((call) => new URL(call.url).pathname.endsWith('/state')).length;

/** The last command of a stretch is lost by IM, and nothing numbered comes after it to show the gap. */
describe('a lost command with nothing after it', () => {
  let lesson: ReturnType<typeof aTencentLesson>;
  beforeEach(() => (lesson = aTencentLesson()));
  afterEach(() => lesson.uninstall());

  it('is healed by the periodic state read within 60 s, with the app on screen all along', async () => {
    await lesson.join();
    lesson.teacherOnCamera();
    lesson.commandMissed('t1', { type: 'grant', to: 's1', mic: true, camera: false });
    await lesson.clock.advance(0);
    expect(lesson.view().me.onStage).toBe(false);
    await lesson.clock.advance(BOUND_MS);
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'on' });
  });

  it('is healed for a student who joined late, after the read the join made', async () => {
    lesson.commandMissed('t1', { type: 'muteChat', on: true });
    await lesson.join();
    expect(lesson.view().chatMuted).toBe(true);
    lesson.commandMissed('t1', { type: 'muteChat', on: false });
    await lesson.clock.advance(BOUND_MS);
    expect(lesson.view().chatMuted).toBe(false);
  });

  it('is healed once the school server answers again when it was down at the periodic read', async () => {
    await lesson.join();
    lesson.commandMissed('t1', { type: 'muteChat', on: true });
    lesson.school.down = true;
    await lesson.clock.advance(BOUND_MS);
    expect(lesson.view().chatMuted).toBe(false);
    lesson.school.down = false;
    // The failed read is retried with the usual backoff, at most 30 s apart.
    await lesson.clock.advance(30_000);
    expect(lesson.view().chatMuted).toBe(true);
  });

  it('costs one small read every 30–60 s while the lesson goes on, none while the app is hidden, none after the end', async () => {
    await lesson.join();
    const afterJoin = stateReads(lesson);
    await lesson.clock.advance(10 * 60_000);
    const inTenMinutes = stateReads(lesson) - afterJoin;
    expect(inTenMinutes).toBeGreaterThanOrEqual(10);
    expect(inTenMinutes).toBeLessThanOrEqual(20);

    lesson.phone.goBackground();
    await lesson.clock.advance(1_000);
    const hidden = stateReads(lesson);
    await lesson.clock.advance(5 * 60_000);
    expect(stateReads(lesson)).toBe(hidden);
    lesson.phone.comeBack();
    await lesson.clock.advance(1_000);

    lesson.command('t1', { type: 'endClass' });
    await lesson.clock.advance(1_000);
    const ended = stateReads(lesson);
    await lesson.clock.advance(5 * 60_000);
    expect(stateReads(lesson)).toBe(ended);
  });

  it('spreads students who joined at the same instant over the whole window', async () => {
    const { PeriodicStateRead } = await import('../../../application/classstate/PeriodicStateRead');
    const firstReads: number[] = [];
    for (let student = 0; student < 200; student++) {
      let at = -1;
      const clock = {
        now: () => 0,
        delay: (ms: number) => (at < 0 ? ((at = ms), new Promise<void>(() => undefined)) : new Promise<void>(() => undefined)),
      };
      new PeriodicStateRead(
        clock,
        () => 'read',
        () => undefined,
      ).start(() => `s${student}`);
      firstReads.push(at);
    }
    const buckets = [0, 0, 0];
    for (const at of firstReads) buckets[Math.floor(((at - PERIODIC_READ_MIN_MS) / PERIODIC_READ_SPREAD_MS) * 3)]++;
    for (const count of buckets) expect(count).toBeGreaterThan(40);
  });
});
