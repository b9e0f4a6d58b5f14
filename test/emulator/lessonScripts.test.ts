import * as fs from 'fs';
import * as path from 'path';
import { runLessonScript } from '../../devtools/emulator/LessonEmulator';
import { storeDriver } from '../../devtools/lesson/storeDriver';
import { EXPECTED, expectedViews, LESSONS, lessonScript, reviewedLessons } from './support/expectedViews';

/** Each example lesson, played through the lesson page's store, shows what was reviewed as right for the student. */
describe.each(reviewedLessons())('lessons/%s.json', (name) => {
  it('shows the student the expected views', async () => {
    const snapshots = await runLessonScript(lessonScript(name), storeDriver);
    expect(snapshots).toEqual(expectedViews(name));
  });
});

describe('every example lesson has its expected views', () => {
  it.each(fs.readdirSync(LESSONS).filter((file) => file.endsWith('.json')))('%s', (file) => {
    expect(fs.existsSync(path.join(EXPECTED, file.replace(/\.json$/, '.jsonl')))).toBe(true);
  });
});
