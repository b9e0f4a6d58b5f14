import * as fs from 'fs';
import * as path from 'path';
import { LessonScript } from '../../../infrastructure/local/script/LessonScript';
import { parseLessonScript } from '../../../infrastructure/local/script/parseLessonScript';

export const LESSONS = path.resolve(__dirname, '../../../lessons');
export const EXPECTED = path.resolve(__dirname, '../expected');

/** The example lessons with reviewed views: one `<name>.jsonl` in test/emulator/expected per lessons/<name>.json. */
export function reviewedLessons(): string[] {
  return fs
    .readdirSync(EXPECTED)
    .filter((file) => file.endsWith('.jsonl'))
    .map((file) => file.replace(/\.jsonl$/, ''));
}

export function lessonScript(name: string): LessonScript {
  return parseLessonScript(JSON.parse(fs.readFileSync(path.join(LESSONS, `${name}.json`), 'utf8')));
}

/** The views reviewed as right for the student, one snapshot a line. */
export function expectedViews(name: string): unknown[] {
  return fs
    .readFileSync(path.join(EXPECTED, `${name}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}
