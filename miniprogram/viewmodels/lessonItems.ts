import { ChatLineView, CoHostView } from '../../application/view/LessonView';
import { ListItem } from './pathUpdates';
import { shortKey } from './shortKeys';
import {
  CHAT_GAP_TEXT,
  DELIVERY_TEXT,
  FAILED_WHILE_MUTED_TEXT,
  HISTORY_DIVIDER_TEXT,
  LESSON_FORMAT,
  LESSON_TEXT,
  TOOL_TEXT,
} from './studentText';

/** A classmate on stage as the strip draws them. */
export interface CoHostItem {
  readonly id: string;
  readonly name: string;
  readonly video: boolean;
  readonly audio: boolean;
  readonly speaking: boolean;
  /** 🏆 n on the tile, empty without rewards. */
  readonly trophy: string;
  readonly [field: string]: string | boolean;
}

/**
 * One chat line as the panel draws it, with only the fields that differ from their defaults (a
 * line is mostly `id`, `who` and `text`): `mine`, `image` (the small picture), `state` and
 * `stateText` (my line's delivery), `earlier` (sent before the student arrived), `divider` (under
 * the last earlier line), `gap` (the mark where messages may be missing). A field absent is
 * false or empty in WXML; a line that loses one is sent whole (pathUpdates).
 */
export type ChatItem = ListItem;

export function coHostItem({ rewards, ...coHost }: CoHostView): CoHostItem {
  return { ...coHost, trophy: rewards > 0 ? TOOL_TEXT.rewards(rewards) : '' };
}

export function chatItem(line: ChatLineView): ChatItem {
  if (line.gap) return { id: shortKey(line.id), gap: CHAT_GAP_TEXT };
  const stateText =
    line.progress !== undefined
      ? LESSON_FORMAT.uploading(line.progress)
      : line.reason === 'chat-muted'
        ? FAILED_WHILE_MUTED_TEXT
        : line.state
          ? DELIVERY_TEXT[line.state]
          : '';
  const image = line.thumbUrl ?? line.imageUrl;
  return {
    id: shortKey(line.id),
    who: line.mine ? LESSON_TEXT.me : line.name,
    ...(line.mine ? { mine: true } : {}),
    ...(line.text !== undefined ? { text: line.text } : image ? { image } : {}),
    ...(line.state ? { state: line.state } : {}),
    ...(stateText ? { stateText } : {}),
    ...(line.earlier ? { earlier: true } : {}),
    ...(line.lastEarlier ? { divider: HISTORY_DIVIDER_TEXT } : {}),
  };
}

/**
 * Formats a list once per list, and each item once: the view hands the same list on until the
 * messages change and the same line for a message that did not, so a volume tick formats nothing
 * and a new message formats one line (and the page's diff skips the lines it already sent).
 * Only the last list's items are remembered: a WeakMap over every line ever formatted kept a
 * table that grew for hours in a busy class (BENCHMARKS.md, the app's own heap).
 */
export function formatOnce<T extends object, U>(format: (item: T) => U): (items: readonly T[]) => readonly U[] {
  let formatted = new Map<T, U>();
  let from: readonly T[] | undefined;
  let list: readonly U[] = [];
  return (items) => {
    if (items === from) return list;
    from = items;
    const known = formatted;
    formatted = new Map();
    list = items.map((item) => {
      const made = known.get(item) ?? format(item);
      formatted.set(item, made);
      return made;
    });
    return list;
  };
}
