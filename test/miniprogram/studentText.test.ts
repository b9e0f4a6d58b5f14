import * as fs from 'fs';
import * as path from 'path';
import { DELIVERY_TEXT, EXIT_TEXT, FAILURE_TEXT, NETWORK_TEXT, NOTICE_TEXT } from '../../miniprogram/viewmodels/studentText';
import { REPO } from './support/builtApp';

/** The string members of a union type as written in a core source file. */
function unionMembers(file: string, typeName: string): string[] {
  const source = fs.readFileSync(path.join(REPO, file), 'utf8');
  const declaration = new RegExp(`export type ${typeName} =([^;]+);`).exec(source);
  if (!declaration) throw new Error(`${typeName} not found in ${file}`);
  return [...declaration[1].matchAll(/'([^']+)'/g)].map((match) => match[1]);
}

const CHINESE = /[\u4e00-\u9fa5]/;

describe('what the student reads', () => {
  it.each([
    ['FailureCode', 'domain/shared/Result.ts', FAILURE_TEXT],
    ['LessonNotice', 'application/session/LessonSession.ts', NOTICE_TEXT],
    ['NetworkQuality', 'application/ports/MediaRoomPort.ts', NETWORK_TEXT],
  ] as const)('gives every %s short Chinese words', (typeName, file, table) => {
    const codes = unionMembers(file, typeName);
    expect(codes.length).toBeGreaterThan(3);
    for (const code of codes) {
      const words = (table as Record<string, string>)[code];
      expect([code, CHINESE.test(words ?? ''), (words ?? '').length <= 24]).toEqual([code, true, true]);
    }
  });

  it('names every way a lesson can end', () => {
    for (const reason of unionMembers('domain/classroom/LessonStatus.ts', 'ExitReason')) {
      const screen = (EXIT_TEXT as Record<string, { title: string; text: string }>)[reason];
      expect([reason, CHINESE.test(screen?.title ?? ''), CHINESE.test(screen?.text ?? '')]).toEqual([reason, true, true]);
    }
  });

  it('says a failed message can be retried, and nothing under a sent one', () => {
    expect(DELIVERY_TEXT.failed).toContain('重试');
    expect(DELIVERY_TEXT.sent).toBe('');
  });
});
