import { ClassState } from '../domain/classroom/ClassState';
import { ChatLine } from '../staff/application/ports';
import { Sending } from '../staff/application/Sender';
import { Tally } from '../staff/application/ReplyWatch';
import { COMMAND_NAMES, NOT_SENT } from './consoleText';

export interface RosterRow {
  readonly userId: string;
  readonly name: string;
  readonly online: boolean;
  /** 1 for the first raised hand; null when the hand is down. */
  readonly hand: number | null;
  readonly seat: { readonly mic: boolean; readonly camera: boolean } | null;
  readonly invited: boolean;
  readonly rewards: number;
  readonly removed: boolean;
}

export interface ConsoleModel {
  readonly connected: boolean;
  readonly ended: boolean;
  readonly chatMuted: boolean;
  readonly stage: string;
  readonly roster: readonly RosterRow[];
  readonly hands: readonly { readonly userId: string; readonly name: string }[];
  readonly question: {
    readonly id: string;
    readonly options: readonly string[];
    readonly counts: readonly number[];
    readonly answered: number;
    readonly open: boolean;
    readonly correct: readonly string[] | null;
    readonly secondsLeft: number | null;
  } | null;
  readonly checkIn: { readonly id: string; readonly count: number; readonly secondsLeft: number } | null;
  readonly chat: readonly { readonly id: string; readonly from: string; readonly text?: string; readonly imageUrl?: string }[];
  /** The latest sendings, newest first: what went, what did not and why. */
  readonly log: readonly { readonly text: string; readonly failed: boolean }[];
}

export interface ConsoleFacts {
  readonly state: ClassState;
  readonly read: boolean;
  readonly capacity: number;
  readonly now: number;
  readonly names: ReadonlyMap<string, string>;
  /** Students the console has heard of (the class list, members who came, anyone who raised a hand or chatted). */
  readonly known: readonly string[];
  readonly online: (userId: string) => boolean;
  readonly tally: Tally | undefined;
  readonly checkedIn: readonly string[];
  readonly chat: readonly ChatLine[];
  readonly sendings: readonly Sending[];
}

const secondsUntil = (endsAt: number, now: number) => Math.max(0, Math.ceil((endsAt - now) / 1000));

/** The console's screen from what the kit holds: every list in the class's own order. */
export function consoleModel(facts: ConsoleFacts): ConsoleModel {
  const { state, names, now } = facts;
  const nameOf = (userId: string) => names.get(userId) ?? userId;
  const ids = [...new Set([...facts.known, ...state.stage.map((seat) => seat.userId), ...state.hands, ...state.removed])];
  const roster = ids.map((userId): RosterRow => {
    const seat = state.stage.find((entry) => entry.userId === userId);
    const hand = state.hands.indexOf(userId);
    return {
      userId,
      name: nameOf(userId),
      online: facts.online(userId),
      hand: hand < 0 ? null : hand + 1,
      seat: seat ? { mic: seat.mic, camera: seat.camera } : null,
      invited: state.invitations.some((entry) => entry.to === userId && entry.endsAt > now),
      rewards: state.rewards.find((entry) => entry.userId === userId)?.count ?? 0,
      removed: state.removed.includes(userId),
    };
  });
  const question = state.question;
  const live = question && facts.tally?.questionId === question.id ? facts.tally : undefined;
  return {
    connected: facts.read,
    ended: state.ended,
    chatMuted: state.chatMuted,
    stage: `${state.stage.length}/${facts.capacity}`,
    roster,
    hands: state.hands.map((userId) => ({ userId, name: nameOf(userId) })),
    question: question && {
      id: question.id,
      options: question.options,
      counts: question.results?.counts ?? live?.counts ?? question.options.map(() => 0),
      answered: question.results ? question.results.counts.reduce((sum, count) => sum + count, 0) : (live?.answered ?? 0),
      open: !question.results,
      correct: question.results?.correct ?? null,
      secondsLeft: question.endsAt === null || question.results ? null : secondsUntil(question.endsAt, now),
    },
    checkIn: state.checkIn && {
      id: state.checkIn.id,
      count: facts.checkedIn.length,
      secondsLeft: secondsUntil(state.checkIn.endsAt, now),
    },
    chat: facts.chat.slice(-50).map((line) => ({ id: line.id, from: nameOf(line.from), text: line.text, imageUrl: line.imageUrl })),
    log: facts.sendings
      .slice(-6)
      .reverse()
      .map((sending) => ({
        text: `${COMMAND_NAMES[sending.command.type] ?? sending.command.type}${'to' in sending.command ? ` · ${nameOf(sending.command.to)}` : ''}：${
          sending.status === 'sending'
            ? '发送中…'
            : sending.status === 'sent'
              ? `已发送（#${sending.seq}）`
              : `未发送，${sending.error ? NOT_SENT[sending.error.code] : '原因不明'}`
        }`,
        failed: sending.status === 'not-sent',
      })),
  };
}
