import { ClassEvent } from './ClassEvent';

/** What changed for the student while they were away, as the recap card names it. */
export type RecapChange =
  | 'on-stage'
  | 'off-stage'
  | 'muted'
  | 'chat-muted'
  | 'chat-unmuted'
  | 'board-on'
  | 'board-off'
  | 'invited'
  | 'question'
  | 'check-in'
  | 'rewarded'
  | 'class-ended';

export interface Recap {
  /**
   * Chat messages that arrived from others while the student was away (earlier chat not
   * counted); unknown when some never came (the chat marks where).
   */
  readonly messages: number | 'unknown';
  readonly changes: readonly RecapChange[];
}

/** Each change the recap reports, the events that make it, and the events that undo it. */
const DIMENSIONS: readonly (readonly [ClassEvent['type'], RecapChange, ClassEvent['type'], RecapChange])[] = [
  ['granted-me', 'on-stage', 'revoked-me', 'off-stage'],
  ['chat-muted', 'chat-muted', 'chat-unmuted', 'chat-unmuted'],
  ['board-shown', 'board-on', 'board-hidden', 'board-off'],
];

/** My microphone was switched off by a mute-all while away, and no grant or leaving the stage came after it. */
function mutedAtTheEnd(events: readonly ClassEvent[]): boolean {
  const last = (type: ClassEvent['type']) => events.map((event) => event.type).lastIndexOf(type);
  const muted = last('muted-me');
  return muted >= 0 && muted > last('granted-me') && muted > last('revoked-me');
}

/**
 * The recap of a time away, from the class events taken in meanwhile (live, and from the
 * catch-up on return). A change undone before the return (muted, then unmuted) is no change:
 * a dimension changed when its first and last events agree, and the last one says how.
 * Undefined when nothing happened worth a card.
 */
export function recapOf(events: readonly ClassEvent[], messages: number | 'unknown', me: string): Recap | undefined {
  const changes: RecapChange[] = [];
  for (const [onEvent, onChange, offEvent, offChange] of DIMENSIONS) {
    // New devices for a student already on stage do not bring them on stage.
    const relevant = events.filter(
      (event) => (event.type === onEvent || event.type === offEvent) && !(event.type === 'granted-me' && event.devicesOnly),
    );
    const first = relevant[0];
    const last = relevant[relevant.length - 1];
    if (first && last && first.type === last.type) changes.push(last.type === onEvent ? onChange : offChange);
  }
  // After the stage, before the chat: the order the card reads in.
  if (mutedAtTheEnd(events)) changes.splice(changes[0] === 'on-stage' ? 1 : 0, 0, 'muted');
  // The class tools: what was asked of me while away, whether or not its card is still open.
  if (events.some((event) => event.type === 'invited-me')) changes.push('invited');
  if (events.some((event) => event.type === 'question-opened' || event.type === 'question-closed')) changes.push('question');
  if (events.some((event) => event.type === 'check-in-opened')) changes.push('check-in');
  if (events.some((event) => event.type === 'rewarded' && event.to === me)) changes.push('rewarded');
  if (events.some((event) => event.type === 'class-ended')) changes.push('class-ended');
  return messages === 'unknown' || messages > 0 || changes.length > 0 ? { messages, changes } : undefined;
}
