import * as fs from 'fs';
import * as path from 'path';
import { PortError } from '../../../application/ports/PortError';
import { roomFailure, ticFailure } from '../../../infrastructure/tic/ticErrors';
import { ROOM_EVENT_NAMES, RoomEventName } from '../../../infrastructure/tic/WebrtcRoom';
import { aTicLesson } from './support/ticLesson';

/**
 * The codes come from the TIC documentation's own tables (a verbatim excerpt of the seed in
 * fixtures/), never from the map under test: a code the map lacks fails here.
 */
const SEED_EXCERPT = fs.readFileSync(path.join(__dirname, 'fixtures/tic-seed-error-tables.md'), 'utf8');
const SEED_FILE = '/work/shared/seeds/001_e90b5a3d16058ed6.txt';

const ticCodes = [...SEED_EXCERPT.matchAll(/^\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|$/gm)].map(
  ([, code, description]) => [Number(code), description] as const,
);
const roomEvents = [...SEED_EXCERPT.matchAll(/^CONSTANT\.ROOM\.([A-Z_]+)\s*\|\s*(是|否)/gm)].map(([, name, required]) => ({
  name,
  required: required === '是',
}));
const roomErrors = roomEvents.filter((event) => event.name.startsWith('ERROR_')).map((event) => event.name as RoomEventName);

const isChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);
const GENERIC = /错误码|出错，请稍后重试/;

describe('TIC error codes in the student’s words', () => {
  it('reads the documented tables: eleven TIC codes and seventeen room events, seven of them errors', () => {
    expect(ticCodes).toHaveLength(11);
    expect(roomEvents).toHaveLength(17);
    expect(roomErrors).toHaveLength(7);
  });

  (fs.existsSync(SEED_FILE) ? it : it.skip)('uses tables copied verbatim from the TIC documentation seed', () => {
    const seed = fs.readFileSync(SEED_FILE, 'utf8');
    for (const part of SEED_EXCERPT.split('\n\n')) expect(seed).toContain(part.trim());
  });

  it('types every room event the documentation names', () => {
    expect([...ROOM_EVENT_NAMES].sort()).toEqual(roomEvents.map((event) => event.name).sort());
  });

  it.each(ticCodes)('TIC code %i (%s) has its own Chinese message and a classroom code', (code) => {
    // 10001–10005 are IM's numbers too: from the IM module they mean what IM means (below).
    for (const module of code >= 10001 && code <= 10005 ? [1, 2] : [0, 1, 2]) {
      const error = ticFailure({ module, code, desc: 'from TIC' }, 'joinClassroom');
      expect(error).toBeInstanceOf(PortError);
      expect(isChinese(error.message) && !GENERIC.test(error.message)).toBe(true);
      expect(error.code).not.toBe('UNKNOWN');
    }
  });

  it.each([
    [10004, 'UNKNOWN', '聊天服务出错（错误码 10004），请稍后重试'],
    [10007, 'REJECTED', '聊天服务出错（错误码 10007），请稍后重试'],
  ])('reads IM code %i from the IM module as IM means it (%s), not as TIC’s missing parameter', (code, expected, message) => {
    expect(ticFailure({ module: 0, code, desc: 'from IM' }, 'sendGroupCustomMessage')).toMatchObject({ code: expected, message });
  });

  it.each(roomErrors)('webrtc-room %s has its own Chinese message and a classroom code', (name) => {
    const failure = roomFailure(name, '');
    expect(isChinese(failure.message) && !GENERIC.test(failure.message)).toBe(true);
    expect(failure.code).not.toBe('UNKNOWN');
  });

  it('tells the signature service’s own code when ERROR_REQUEST_ROOM_SIG carries one', () => {
    const [, expired] = ticCodes.find(([code]) => code === 86)!;
    expect(expired).toContain('已过期');
    expect(roomFailure('ERROR_REQUEST_ROOM_SIG', 'error|code:86 |message:获取推流地址错误').message).toContain('已过期');
    expect(roomFailure('ERROR_REQUEST_ROOM_SIG', 'error|code:9999 |message:x')).toEqual(roomFailure('ERROR_REQUEST_ROOM_SIG', undefined));
  });

  it('keeps an undocumented code, with the module and the code, and IM codes in the Tencent family’s meaning', () => {
    expect(ticFailure({ module: 2, code: -4000, desc: 'board auth' }, 'joinClassroom')).toMatchObject({
      code: 'UNKNOWN',
      message: '白板出错（错误码 -4000），请稍后重试',
    });
    expect(ticFailure({ module: 0, code: 70003, desc: 'sig' }, 'login').code).toBe('AUTH');
    expect(ticFailure({ module: 0, code: 10010, desc: 'dismissed' }, 'joinClassroom').code).toBe('CLASS_NOT_FOUND');
  });

  it.each(roomErrors.filter((name) => name !== 'ERROR_JOIN_ROOM'))(
    'reaches the lesson as a media error when webrtc-room posts %s mid-lesson',
    async (name) => {
      const lesson = aTicLesson();
      await lesson.join();
      lesson.page.room.error(name, '');
      expect(lesson.logger.entries).toContainEqual({
        level: 'error',
        event: 'media.error',
        detail: { code: `TIC.ROOM.${name}`, message: roomFailure(name, '').message },
      });
    },
  );
});
