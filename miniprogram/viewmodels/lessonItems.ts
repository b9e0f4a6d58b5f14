import { ChatLineView, CoHostView } from '../../application/view/LessonView';
import { CHAT_GAP_TEXT, DELIVERY_TEXT, FAILED_WHILE_MUTED_TEXT, HISTORY_DIVIDER_TEXT, LESSON_FORMAT, LESSON_TEXT } from './studentText';

/** A classmate on stage as the strip draws them. */
export interface CoHostItem {
  readonly id: string;
  readonly name: string;
  readonly video: boolean;
  readonly audio: boolean;
  readonly speaking: boolean;
  readonly [field: string]: string | boolean;
}

/** One chat line as the panel draws it; empty strings instead of missing fields, so paths can clear them. */
export interface ChatItem {
  readonly id: string;
  readonly who: string;
  readonly mine: boolean;
  readonly text: string;
  readonly image: string;
  readonly state: string;
  readonly stateText: string;
  /** Sent before the student arrived; never counted as new. */
  readonly earlier: boolean;
  /** The divider under the last earlier line (以上为历史消息), or ''. */
  readonly divider: string;
  /** On the mark where messages may be missing, its words; '' on every message. */
  readonly gap: string;
  readonly [field: string]: string | boolean;
}

export function coHostItem(coHost: CoHostView): CoHostItem {
  return { ...coHost };
}

export function chatItem(line: ChatLineView): ChatItem {
  return {
    id: line.id,
    who: line.mine ? LESSON_TEXT.me : line.name,
    mine: line.mine,
    text: line.text ?? '',
    image: line.imageUrl ?? '',
    state: line.state ?? '',
    stateText:
      line.progress !== undefined
        ? LESSON_FORMAT.uploading(line.progress)
        : line.reason === 'chat-muted'
          ? FAILED_WHILE_MUTED_TEXT
          : line.state
            ? DELIVERY_TEXT[line.state]
            : '',
    earlier: !!line.earlier,
    divider: line.lastEarlier ? HISTORY_DIVIDER_TEXT : '',
    gap: line.gap ? CHAT_GAP_TEXT : '',
  };
}

/**
 * Formats a list once per list, and each item once: the view hands the same list on until the
 * messages change and the same line for a message that did not, so a volume tick formats nothing
 * and a new message formats one line (and the page's diff skips the lines it already sent).
 */
export function formatOnce<T extends object, U>(format: (item: T) => U): (items: readonly T[]) => readonly U[] {
  const formatted = new WeakMap<T, U>();
  let from: readonly T[] | undefined;
  let list: readonly U[] = [];
  return (items) => {
    if (items === from) return list;
    from = items;
    list = items.map((item) => {
      const known = formatted.get(item);
      if (known !== undefined) return known;
      const made = format(item);
      formatted.set(item, made);
      return made;
    });
    return list;
  };
}
