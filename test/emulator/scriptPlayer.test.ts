import * as fs from 'fs';
import * as path from 'path';
import { emulateLesson, runLessonScript } from '../../devtools/emulator/LessonEmulator';
import { ScriptError } from '../../infrastructure/local/script/LessonScript';
import { parseLessonScript } from '../../infrastructure/local/script/parseLessonScript';
import { storeDriver } from '../../devtools/lesson/storeDriver';

const LESSONS = path.resolve(__dirname, '../../lessons');
const lessonFile = (name: string) => parseLessonScript(JSON.parse(fs.readFileSync(path.join(LESSONS, name), 'utf8')));

/** The preview's console plays a script part way, then a person acts by hand; what they did must replay to the same view. */
describe('playing a script by hand', () => {
  it('records what a person does between the steps as a script that replays to the same view', async () => {
    const lesson = emulateLesson(lessonFile('raise-and-grant.json'), storeDriver);
    const { player } = lesson;
    await player.advanceTo(700);
    await player.act({ by: 't1', do: 'muteChat', on: true });
    await player.advanceTo(900);
    await player.act({ by: 'network', do: 'imDown' });
    await player.advanceTo(1500);
    await player.act({ by: 'network', do: 'imUp' });
    await player.advanceTo(9000);
    await player.act({ by: 's2', do: 'chat', text: '我也想回答' });
    await player.advanceTo(9500);
    const seen = player.snapshot('by-hand');
    lesson.stop();

    expect(seen.view.chatMuted).toBe(true);
    expect(seen.view.status).toBe('live');
    const replayed = await runLessonScript(parseLessonScript(player.recording()), storeDriver);
    expect(replayed[replayed.length - 1]).toEqual(seen);
    expect(replayed.map((snapshot) => snapshot.snapshot)).toEqual(player.snapshots.map((snapshot) => snapshot.snapshot));
  });

  it('plays the script one step at a time, each at its own moment', async () => {
    const lesson = emulateLesson(lessonFile('raise-and-grant.json'), storeDriver);
    const first = await lesson.player.step();
    expect(first).toMatchObject({ at: 0, by: 'me', do: 'join' });
    const second = await lesson.player.step();
    expect(second).toMatchObject({ at: 100, by: 't1', do: 'camera' });
    expect(lesson.player.now).toBe(100);
    lesson.stop();
  });

  it('refuses an action the script format refuses, and plays and records nothing of it', async () => {
    const lesson = emulateLesson(lessonFile('raise-and-grant.json'), storeDriver);
    await lesson.player.advanceTo(200);
    const before = lesson.player.recording();
    await expect(lesson.player.act({ by: 's2', do: 'grant', to: 's1' })).rejects.toThrow(ScriptError);
    await expect(lesson.player.act({ by: 'nobody', do: 'chat', text: 'hi' })).rejects.toThrow(/unknown user "nobody"/);
    expect(lesson.player.recording()).toEqual(before);
    lesson.stop();
  });

  it('keeps the reply rules in the recording, so a hand raised by hand is granted on replay too', async () => {
    const lesson = emulateLesson(lessonFile('replies.json'), storeDriver);
    await lesson.player.advanceTo(3600);
    await lesson.player.act({ by: 's2', do: 'chat', text: '老师好' });
    await lesson.player.advanceTo(6000);
    const seen = lesson.player.snapshot('after-hand-and-chat');
    lesson.stop();
    expect(seen.view.chat.map((line) => line.text)).toEqual(['老师好', '收到，老师马上回答']);
    const replayed = await runLessonScript(parseLessonScript(lesson.player.recording()), storeDriver);
    expect(replayed[replayed.length - 1]).toEqual(seen);
  });
});

describe('a fair spell in the network', () => {
  it('is a level a script may name, and stops the step-down wait as docs/lesson-scripts.md says', async () => {
    const script = JSON.parse(fs.readFileSync(path.join(LESSONS, 'data-saver.json'), 'utf8')) as { steps: object[] };
    const steps = [
      { at: 100, by: 't1', do: 'camera', on: true },
      { at: 1000, by: 'me', do: 'join' },
      { at: 2000, by: 'network', do: 'quality', level: 'poor' },
      { at: 8000, by: 'network', do: 'quality', level: 'fair' },
      { at: 9000, by: 'network', do: 'quality', level: 'poor' },
      { at: 13000, snapshot: 'poor-again-for-4-s' },
      { at: 20000, snapshot: 'poor-again-for-11-s' },
    ];
    const snapshots = await runLessonScript(parseLessonScript({ ...script, steps }), storeDriver);
    // Poor for 6 s, then fair: the 10 s wait starts again from the second poor spell.
    expect(snapshots.map((snapshot) => snapshot.view.dataSaver)).toEqual([
      { mode: 'off', auto: false },
      { mode: 'teacher-only', auto: true },
    ]);
  });
});
