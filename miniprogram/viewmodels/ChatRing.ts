import { ListItem } from './pathUpdates';

/** The chat window as the page binds it: its lines in slots, oldest at `head`, so a new line is one slot. */
export interface PlacedChat {
  readonly slots: readonly ListItem[];
  readonly head: number;
}

/** A slot that holds no line: the panel draws nothing for it. */
const vacant = (slot: number): ListItem => ({ id: `vacant-${slot}`, v: true });

/**
 * Lays the chat window (ChatWindow: a fixed number of lines, oldest first) into a ring of slots.
 * A line keeps its slot while it is in the window; new lines take the slots after the newest
 * line, which are the ones the oldest lines left; `head` is the oldest line's slot. So when the
 * window moves on by k lines the page's diff sends k slots and a number, not the whole window,
 * and the panel draws the slots from `head` round to `head - 1` (chat-panel's two blocks). A
 * line that leaves the middle (my line, once sent, moves to where the service put it) leaves its
 * slot vacant until the ring comes round to it. A window that took a line in among the others is
 * written over the slots from its first line's; one that jumped or moved back to older lines is
 * laid out again from slot 0.
 */
export class ChatRing {
  private from: readonly ListItem[] | undefined;
  private placed: PlacedChat = { slots: [], head: 0 };
  /** The oldest lines of the window that gave up their slots to new ones: not shown again. */
  private givenUp = new Set<string>();

  constructor(private readonly capacity: number) {}

  /**
   * `following`: the student follows the chat, so a window that still shares lines with the slots
   * but cannot keep them where they are (my line, sent, placed among the others; a line slotted
   * in) is written over the slots from its first line's slot on, and only the places that changed
   * go to the page. Otherwise (reading back, or nothing shared) the whole window is laid out again.
   */
  place(lines: readonly ListItem[], following = true): PlacedChat {
    if (lines === this.from) return this.placed;
    this.from = lines;
    const kept = this.kept(lines);
    if (kept) return (this.placed = kept);
    this.givenUp = new Set();
    const slotted = new Map(this.placed.slots.map((line, slot) => [line.id, slot]));
    const anchor = lines.length ? slotted.get(lines[0].id) : undefined;
    if (!following || anchor === undefined || lines.length > this.capacity) return (this.placed = { slots: [...lines], head: 0 });
    const next = Array.from({ length: Math.max(this.placed.slots.length, Math.min(this.capacity, anchor + lines.length)) }, (_, slot) =>
      vacant(slot),
    );
    lines.forEach((line, index) => (next[(anchor + index) % this.capacity] = line));
    // Places whose line did not change keep the same object, so the diff skips them; when most
    // places change, the window alone (no vacant places) is the smaller call.
    const same = next.map((line, slot) => (this.placed.slots[slot]?.id === line.id ? this.placed.slots[slot] : line));
    const changed = same.filter((line, slot) => line !== this.placed.slots[slot]).length;
    if (changed * 2 > lines.length) return (this.placed = { slots: [...lines], head: 0 });
    return (this.placed = { slots: same, head: anchor });
  }

  /** The lines in the slots they hold, the new ones after the newest; undefined when they cannot be. */
  private kept(window: readonly ListItem[]): PlacedChat | undefined {
    const lines = window.filter((line) => !this.givenUp.has(line.id));
    const { slots, head } = this.placed;
    // Slots past the end of a ring still filling up are vacant ones, like any other.
    const ring = this.capacity;
    const rank = (slot: number) => (slot - head + ring) % ring;
    const slotOf = new Map(slots.map((line, slot) => [line.id, slot]));
    const held: number[] = [];
    for (const line of lines) {
      const slot = slotOf.get(line.id);
      if (slot === undefined) break;
      // Kept lines must stay in the ring's order, oldest from head on.
      if (held.length && rank(slot) <= rank(held[held.length - 1])) return undefined;
      held.push(slot);
    }
    const arriving = lines.slice(held.length);
    if (held.length === 0 || arriving.some((line) => slotOf.has(line.id))) return undefined;
    let kept = lines.slice(0, held.length);
    const roomFor = () => (held[0] - held[held.length - 1] - 1 + ring) % ring;
    // A vacant slot in the middle (a line moved out) is no room for a new line: the oldest lines
    // give up theirs instead, so the page shows one line less at the top until the ring comes round.
    const givenUp = new Set([...this.givenUp].filter((id) => window.some((line) => line.id === id)));
    while (arriving.length > roomFor() && held.length > 1) {
      held.shift();
      givenUp.add(kept[0].id);
      kept = kept.slice(1);
    }
    if (arriving.length > roomFor()) return undefined;
    this.givenUp = givenUp;
    const last = held[held.length - 1];
    const targets = arriving.map((_, index) => (last + 1 + index) % ring);
    const next = [...slots];
    targets.forEach((slot, index) => (next[slot] = arriving[index]));
    held.forEach((slot, index) => (next[slot] = kept[index]));
    const taken = new Set([...held, ...targets]);
    for (let slot = 0; slot < next.length; slot += 1) if (!taken.has(slot) && !isVacant(next[slot])) next[slot] = vacant(slot);
    // A window that shrank to a few lines (it started again at the newest) is smaller sent alone
    // than as the places it emptied.
    const changed = next.filter((line, slot) => line.id !== slots[slot]?.id).length;
    if (changed * 2 > lines.length) return undefined;
    return { slots: next, head: held[0] };
  }
}

function isVacant(line: ListItem | undefined): boolean {
  return !line || line.id.startsWith('vacant-');
}

/** The lines oldest first, as the panel draws them, without the vacant slots. */
export function inOrder(placed: PlacedChat): readonly ListItem[] {
  return [...placed.slots.slice(placed.head), ...placed.slots.slice(0, placed.head)].filter((line) => !isVacant(line));
}
