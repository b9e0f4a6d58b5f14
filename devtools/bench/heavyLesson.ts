import { NetworkQuality } from '../../application/ports/MediaRoomPort';
import { seededRandom } from './seededRandom';

/** One thing that happens in the lesson, at a simulated time (ms from the start). */
export type LessonEvent =
  | { readonly at: number; readonly type: 'join' | 'leave'; readonly userId: string }
  | { readonly at: number; readonly type: 'chat'; readonly from: string; readonly text?: string; readonly imageUrl?: string }
  | { readonly at: number; readonly type: 'volume'; readonly userId: string; readonly volume: number }
  | { readonly at: number; readonly type: 'network'; readonly userId: string; readonly quality: NetworkQuality }
  | { readonly at: number; readonly type: 'grant' | 'revoke' }
  | { readonly at: number; readonly type: 'board'; readonly on: boolean }
  | { readonly at: number; readonly type: 'mySend'; readonly text: string }
  | { readonly at: number; readonly type: 'myTap'; readonly control: MyControl }
  /** Issue 25: the teacher opens a timed answer card, and closes it with the class's counts and the correct answer. */
  | { readonly at: number; readonly type: 'question'; readonly id: string; readonly options: number; readonly seconds: number }
  | { readonly at: number; readonly type: 'closeQuestion'; readonly id: string; readonly counts: readonly number[] }
  /** The student's network drops, and comes back: the chat sent meanwhile arrives at once. */
  | { readonly at: number; readonly type: 'offline' | 'online' }
  /** The student leaves the lesson page for a while (WeChat's picture viewer, another app) and comes back. */
  | { readonly at: number; readonly type: 'hide' | 'show' };

/** The student's own taps the bench makes, in turn: each shows something at once. */
export type MyControl = 'fullscreen' | 'saver' | 'hand';
const MY_CONTROLS: readonly MyControl[] = ['fullscreen', 'saver', 'hand'];

export interface HeavyLessonShape {
  readonly seed: number;
  /** How long chat, volume, network and the teacher's commands go on. */
  readonly seconds: number;
  readonly members: number;
  /** Members join over this many seconds from the start. */
  readonly joinSeconds: number;
  readonly leaveShare: number;
  readonly chatPerSecond: number;
  readonly pictureShare: number;
  readonly coHosts: number;
  readonly volumePerSecond: number;
  readonly networkPerSecond: number;
  /** Grant-and-revoke pairs and board toggles per minute. */
  readonly stageCyclesPerMinute: number;
  readonly boardTogglesPerMinute: number;
  readonly mySendsPerMinute: number;
  /** Taps on fullscreen, the data saver and the hand, in turn. */
  readonly myTapsPerMinute: number;
  /** Answer cards opened a minute, each closed with its results this many seconds later. */
  readonly questionsPerMinute: number;
  readonly questionOpenSeconds: number;
  /** Each minute, from this second on, the student's network is down for `offlineSeconds`. */
  readonly offlineAt: number;
  readonly offlineSeconds: number;
  /** Each minute, from this second on, the lesson page is hidden for `hiddenSeconds`. */
  readonly hiddenAt: number;
  readonly hiddenSeconds: number;
}

/** The heavy lesson (issue 7, taps added by issue 18): 3,000 members, chat at the IM group limit, six speaking co-hosts. */
export const HEAVY_LESSON: HeavyLessonShape = {
  seed: 7,
  seconds: 60,
  members: 3000,
  joinSeconds: 60,
  leaveShare: 0.1,
  chatPerSecond: 40,
  pictureShare: 0.05,
  coHosts: 6,
  volumePerSecond: 5,
  networkPerSecond: 1,
  stageCyclesPerMinute: 20,
  boardTogglesPerMinute: 10,
  mySendsPerMinute: 12,
  myTapsPerMinute: 12,
  // Issue 25: two four-option cards a minute, each with 30 s on its clock, closed after 12 s.
  questionsPerMinute: 2,
  questionOpenSeconds: 12,
  // Issue 29: a 5 s drop is 200 messages at 40 a second, handed over at once when the network is back.
  offlineAt: 20,
  offlineSeconds: 5,
  hiddenAt: 40,
  hiddenSeconds: 10,
};

/**
 * A picture in the chat as IM stores it: the 198 px thumbnail, the 720 px picture and the
 * original, with typical JPEG sizes for a phone photo at those sizes (our figures: Tencent
 * documents the sizes it gives, not what they weigh).
 */
export const PICTURE_BYTES = { thumbnail: 9 * 1024, large: 70 * 1024, original: 900 * 1024 } as const;

export const memberId = (index: number): string => `u${index}`;
export const coHostId = (index: number): string => `c${index + 1}`;
export const memberName = (userId: string): string => `同学${userId.slice(1)}`;

/** Every classmate's name, members and co-hosts, as the lesson runtime hands them to the store. */
export function classmateNames(members: number, coHosts: number): Record<string, string> {
  const names: Record<string, string> = {};
  for (let index = 0; index < members; index += 1) names[memberId(index)] = memberName(memberId(index));
  for (let index = 0; index < coHosts; index += 1) names[coHostId(index)] = memberName(coHostId(index));
  return names;
}

const NETWORK_MIX: readonly NetworkQuality[] = ['good', 'good', 'good', 'fair', 'poor'];

/** The same lesson for the same shape: every random choice comes from the seed. */
export function heavyLesson(shape: HeavyLessonShape): LessonEvent[] {
  const random = seededRandom(shape.seed);
  const events: LessonEvent[] = [];
  const durationMs = shape.seconds * 1000;
  const joinedAt: number[] = [];
  for (let index = 0; index < shape.members; index += 1) {
    const userId = memberId(index);
    const at = Math.floor(random() * shape.joinSeconds * 1000);
    joinedAt.push(at);
    events.push({ at, type: 'join', userId });
    if (random() < shape.leaveShare) {
      const leaveAt = at + 1000 + Math.floor(random() * 20_000);
      events.push({ at: leaveAt, type: 'leave', userId }, { at: leaveAt + 1000 + Math.floor(random() * 10_000), type: 'join', userId });
    }
  }
  const sorted = joinedAt.map((at, index) => ({ at, index })).sort((a, b) => a.at - b.at);
  const chatGap = 1000 / shape.chatPerSecond;
  let joined = 0;
  for (let n = 0, at = chatGap; at < durationMs; n += 1, at = (n + 1) * chatGap) {
    while (joined < sorted.length && sorted[joined].at < at) joined += 1;
    if (joined === 0) continue;
    const from = memberId(sorted[Math.floor(random() * joined)].index);
    const content =
      random() < shape.pictureShare
        ? { imageUrl: `https://im.local/images/p${n}.jpg` }
        : { text: `第${n + 1}条：${'好'.repeat(1 + Math.floor(random() * 12))}` };
    events.push({ at: Math.round(at), type: 'chat', from, ...content });
  }
  for (let c = 0; c < shape.coHosts; c += 1) {
    const userId = coHostId(c);
    const volumeGap = 1000 / shape.volumePerSecond;
    for (let at = (c * volumeGap) / shape.coHosts; at < durationMs; at += volumeGap) {
      events.push({
        at: Math.round(at),
        type: 'volume',
        userId,
        volume: random() < 0.5 ? Math.floor(random() * 10) : 20 + Math.floor(random() * 80),
      });
    }
    const networkGap = 1000 / shape.networkPerSecond;
    for (let at = (c * networkGap) / shape.coHosts + 7; at < durationMs; at += networkGap) {
      events.push({ at: Math.round(at), type: 'network', userId, quality: NETWORK_MIX[Math.floor(random() * NETWORK_MIX.length)] });
    }
  }
  events.push(
    ...periodic(durationMs, shape.stageCyclesPerMinute, 1500, (at) => [
      { at, type: 'grant' },
      { at: at + 1500 + Math.floor(random() * 500), type: 'revoke' },
    ]),
  );
  events.push(...periodic(durationMs, shape.boardTogglesPerMinute, 2500, (at, n) => [{ at, type: 'board', on: n % 2 === 0 }]));
  events.push(...periodic(durationMs, shape.mySendsPerMinute, 4000, (at, n) => [{ at, type: 'mySend', text: `我的第${n + 1}条消息` }]));
  events.push(
    ...periodic(durationMs, shape.myTapsPerMinute, 3300, (at, n) => [{ at, type: 'myTap', control: MY_CONTROLS[n % MY_CONTROLS.length] }]),
  );
  events.push(
    ...periodic(durationMs, shape.questionsPerMinute, 2000, (at, n) => [
      { at, type: 'question', id: `q${n + 1}`, options: 4, seconds: 30 },
      { at: at + shape.questionOpenSeconds * 1000, type: 'closeQuestion', id: `q${n + 1}`, counts: tallyOf(random, shape.members, 4) },
    ]),
  );
  for (let minute = 0; minute * 60_000 < durationMs; minute += 1) {
    const offline = minute * 60_000 + shape.offlineAt * 1000;
    const hidden = minute * 60_000 + shape.hiddenAt * 1000;
    // Each pair whole inside the lesson, so every drop and every hide ends before it does.
    const back = offline + shape.offlineSeconds * 1000;
    const shown = hidden + shape.hiddenSeconds * 1000;
    if (shape.offlineSeconds > 0 && back < durationMs) events.push({ at: offline, type: 'offline' }, { at: back, type: 'online' });
    if (shape.hiddenSeconds > 0 && shown < durationMs) events.push({ at: hidden, type: 'hide' }, { at: shown, type: 'show' });
  }
  return events.filter((event) => event.at < durationMs).sort((a, b) => a.at - b.at);
}

/** How the class answered: every member picks, most of them the first option. */
function tallyOf(random: () => number, members: number, options: number): number[] {
  const counts = new Array<number>(options).fill(0);
  for (let index = 0; index < members; index += 1) counts[random() < 0.6 ? 0 : 1 + Math.floor(random() * (options - 1))] += 1;
  return counts;
}

/** `perMinute` evenly spaced occurrences over the lesson, the first at `offset`, each off the grid by up to 97 ms. */
function periodic(durationMs: number, perMinute: number, offset: number, make: (at: number, n: number) => LessonEvent[]): LessonEvent[] {
  const gap = 60_000 / perMinute;
  const events: LessonEvent[] = [];
  if (perMinute <= 0) return events;
  for (let n = 0, at = offset; at < durationMs; n += 1, at = offset + n * gap) events.push(...make(Math.round(at + ((n * 37) % 97)), n));
  return events;
}
