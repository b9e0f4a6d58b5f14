import * as fs from 'fs';
import * as path from 'path';
import { runLessonScript } from '../../devtools/emulator/LessonEmulator';
import { parseLessonScript } from '../../infrastructure/local/script/parseLessonScript';
import { storeDriver } from '../../devtools/lesson/storeDriver';

const LESSONS = path.resolve(__dirname, '../../lessons');
const EXPECTED = path.join(__dirname, 'expected');

/** Each example lesson, played through the lesson page's store, shows what was reviewed as right for the student. */
describe.each(fs.readdirSync(EXPECTED).filter((file) => file.endsWith('.jsonl')))('lessons/%s', (file) => {
  it('shows the student the expected views', async () => {
    const name = file.replace(/\.jsonl$/, '.json');
    const script = parseLessonScript(JSON.parse(fs.readFileSync(path.join(LESSONS, name), 'utf8')));
    const snapshots = await runLessonScript(script, storeDriver);
    const expected = fs
      .readFileSync(path.join(EXPECTED, file), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(snapshots).toEqual(expected);
  });
});

describe('every example lesson has its expected views', () => {
  it.each(fs.readdirSync(LESSONS).filter((file) => file.endsWith('.json')))('%s', (file) => {
    expect(fs.existsSync(path.join(EXPECTED, file.replace(/\.json$/, '.jsonl')))).toBe(true);
  });
});
