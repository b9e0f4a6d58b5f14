import * as fs from 'fs';
import * as path from 'path';
import { LiveScript, PAUSED_ACTION_MS } from '../../../infrastructure/local/script/LiveScript';
import { RealTime } from '../../../infrastructure/local/script/realTime';
import { parseLessonScript } from '../../../infrastructure/local/script/parseLessonScript';
import { scriptLesson } from '../../../infrastructure/local/script/scriptLesson';
import { LessonStore } from '../../../miniprogram/viewmodels/LessonStore';

const LESSONS = path.resolve(__dirname, '../../../lessons');

/**
 * The demo as a phone plays it: a lesson script on a ManualClock that real time moves (here a
 * timer the test fires), the lesson page opening when the script's student joins and joining
 * through its own store, and the student's taps their own.
 */
function phoneDemo(file: string) {
  const script = parseLessonScript(JSON.parse(fs.readFileSync(path.join(LESSONS, file), 'utf8')));
  const { lesson, context, stopReplies } = scriptLesson(script);
  const store = new LessonStore(lesson.app, { clock: context.clock });
  let tick: (() => void) | undefined;
  const timer: RealTime = (_ms, run) => {
    tick = run;
    return () => (tick = undefined);
  };
  const pagesOpened: string[] = [];
  const live = new LiveScript(
    script,
    context,
    () => {
      pagesOpened.push('lesson');
      return store.join(script.classroom.classId);
    },
    timer,
  );
  /** Real time passes: `ms` of it, in the timer's 50 ms ticks. */
  const pass = async (ms: number) => {
    for (let passed = 0; passed < ms; passed += 50) {
      tick?.();
      await live.idle();
    }
  };
  return { live, store, context, pagesOpened, pass, stop: () => (live.stop(), stopReplies(), store.dispose()) };
}

describe('the demo played live on a phone', () => {
  it('opens the lesson when the script lets the student in; a hand raised on the page is granted 2 s later by the reply rule', async () => {
    const demo = phoneDemo('demo.json');
    demo.live.play();
    await demo.pass(1500);
    expect(demo.pagesOpened).toEqual(['lesson']);
    expect(demo.store.view).toMatchObject({ status: 'live', main: 'teacher' });
    // A service call takes lesson time, which only real time moves on.
    const raised = demo.store.toggleHand();
    await demo.pass(1000);
    expect(await raised).toBe(true);
    expect(demo.store.view?.me).toMatchObject({ hand: 'raised', onStage: false });
    await demo.pass(1500);
    expect(demo.store.view?.me).toMatchObject({ onStage: true, mic: 'on' });
    demo.stop();
  });

  it("does not replay the script's own taps over the student's: on a phone they tap for themselves", async () => {
    const demo = phoneDemo('raise-and-grant.json');
    demo.live.play();
    // The script's student raises a hand at 400 ms and turns the camera off at 800 ms; this student did neither.
    await demo.pass(700);
    expect(demo.store.view?.me.queuePosition).toBeNull();
    expect(demo.live.player.recording().steps).toContainEqual({ at: 400, by: 'me', do: 'raiseHand' });
    demo.stop();
  });

  it('pauses, steps to the next step at its own moment, and plays four times as fast', async () => {
    const demo = phoneDemo('demo.json');
    demo.live.play();
    await demo.pass(500);
    expect(demo.context.clock.now()).toBe(500);
    demo.live.pause();
    await demo.pass(5000);
    expect(demo.context.clock.now()).toBe(500);
    const next = demo.live.player.upcoming!;
    await demo.live.step();
    expect(demo.context.clock.now()).toBe(next.at);
    demo.live.setSpeed(4);
    demo.live.play();
    await demo.pass(1000);
    expect(demo.context.clock.now()).toBe(next.at + 4000);
    demo.stop();
  });

  it('plays fast to a snapshot, and an action by hand while paused still lands', async () => {
    const demo = phoneDemo('demo.json');
    await demo.live.jumpTo(8500);
    expect(demo.store.view).toMatchObject({ main: 'board', teacherPip: true });
    await demo.live.act({ by: 'demo-teacher', do: 'muteChat', on: true });
    expect(demo.context.clock.now()).toBe(8500 + PAUSED_ACTION_MS);
    expect(demo.store.view?.chatMuted).toBe(true);
    await expect(demo.live.act({ by: 'demo-teacher', do: 'muteChat' })).rejects.toThrow('"muteChat" needs the field "on"');
    demo.stop();
  });
});

describe('a student who joins the live demo late, and a network that drops in the middle', () => {
  it('keeps the page closed until the script lets the student in, then reconnects after IM drops and comes back', async () => {
    const demo = phoneDemo('late-join.json');
    demo.live.play();
    await demo.pass(950);
    expect(demo.pagesOpened).toEqual([]);
    await demo.pass(600);
    expect(demo.pagesOpened).toEqual(['lesson']);
    expect(demo.store.view).toMatchObject({ status: 'live', chatMuted: true, main: 'board' });

    await demo.live.act({ by: 'network', do: 'imDown' });
    await demo.pass(200);
    expect(demo.store.view?.status).toBe('reconnecting');
    await demo.live.act({ by: 't1', do: 'muteChat', on: false });
    await demo.live.act({ by: 'network', do: 'imUp' });
    await demo.pass(3000);
    expect(demo.store.view).toMatchObject({ status: 'live', chatMuted: false });
    demo.stop();
  });
});
