import { CardCost } from './cardCost';

/** One setData call as the render thread would receive it. */
export interface SetDataCall {
  /** Simulated time of the call, ms. */
  readonly at: number;
  /** UTF-8 bytes of the JSON payload: what WeChat serialises and sends across threads. */
  readonly bytes: number;
  /** Who called it: `page`, or a component by its path (`lesson/components/chat-panel/index`). */
  readonly writer: string;
  /** Made while the page was hidden (budget: none). */
  readonly hidden?: true;
  /** The first call after the page showed again: the catch-up, the one call allowed past 1 KB. */
  readonly catchUp?: true;
}

/** The rendered page's size at one moment: every element, and the most children under one. */
export interface PageShape {
  readonly elements: number;
  readonly maxChildren: number;
}

/** A change the teacher or the class causes (budget 100 ms), or the student's own tap (budget 20 ms). */
export type ChangeKind = 'command' | 'tap';

interface VisibleChange {
  readonly at: number;
  readonly label: string;
  readonly kind: ChangeKind;
  readonly seen: (payload: Record<string, unknown>, json: string) => boolean;
}

export interface PageLike {
  setData(data: Record<string, unknown>, applied?: () => void): void;
}

/**
 * Every setData call of one binding, and how long each awaited user-visible change took to reach
 * one. Rendering (jsdom, standing in for the render thread) is timed apart, so logic-thread time
 * can leave it out; serialising the payload stays in, as it runs on the logic thread.
 */
export class SetDataLog {
  readonly calls: SetDataCall[] = [];
  readonly latencies: { readonly label: string; readonly kind: ChangeKind; readonly ms: number }[] = [];
  renderMs = 0;
  /** Calls by the data fields they carry (`chat[3].text` counts for `chat`), and calls that carried only that field. */
  readonly carrying = new Map<string, { calls: number; alone: number }>();
  /** Bytes of each chat line's JSON sent alone or in a whole list: what one line costs the page. */
  readonly chatLineBytes: number[] = [];
  /** Every picture address a chat line put on the page: what the phone downloads (once each). */
  readonly picturesShown = new Set<string>();
  readonly shapes: PageShape[] = [];
  /** What the answer card cost: the bench marks the teacher's open and close, the log finds the calls. */
  readonly card = new CardCost();
  private awaited: VisibleChange[] = [];
  private hidden = false;
  private justShown = false;

  constructor(private readonly now: () => number) {}

  /**
   * The page went to the background (onHide): calls from now on count as made while hidden, and
   * changes still awaited go out in the catch-up on onShow, by design, not as late changes.
   */
  pageHidden(): void {
    this.hidden = true;
    this.awaited = [];
  }

  /** onShow: the next call is the catch-up. */
  pageShown(): void {
    this.hidden = false;
    this.justShown = true;
  }

  get isHidden(): boolean {
    return this.hidden;
  }

  /** Routes the target's setData through this log, then on to the original. */
  instrument(target: PageLike, writer = 'page'): void {
    const original = target.setData.bind(target);
    target.setData = (data, applied) => this.send(original, data, applied, writer);
  }

  /** One call of `writer` (the page, or a component by its path), recorded, then rendered. */
  send(original: PageLike['setData'], data: Record<string, unknown>, applied: (() => void) | undefined, writer: string): void {
    this.record(data, writer);
    const started = performance.now();
    // The callback too: the media room awaits its attributes on the page (TrtcRenderBinding).
    original(data, applied);
    this.renderMs += performance.now() - started;
  }

  record(payload: Record<string, unknown>, writer = 'page'): void {
    const json = JSON.stringify(payload);
    const at = this.now();
    const marks = this.hidden ? { hidden: true as const } : this.justShown ? { catchUp: true as const } : {};
    this.justShown = false;
    this.calls.push({ at, bytes: Buffer.byteLength(json), writer, ...marks });
    this.noteChat(payload);
    this.card.note(payload, Buffer.byteLength(json), at);
    const fields = new Set(Object.keys(payload).map((key) => key.split(/[.[]/)[0]));
    for (const field of fields) {
      const count = this.carrying.get(field) ?? { calls: 0, alone: 0 };
      count.calls += 1;
      if (fields.size === 1) count.alone += 1;
      this.carrying.set(field, count);
    }
    this.awaited = this.awaited.filter((change) => {
      if (!change.seen(payload, json)) return true;
      this.latencies.push({ label: change.label, kind: change.kind, ms: at - change.at });
      return false;
    });
  }

  /** Chat lines as the lesson page sends them: `chat` whole, or one slot, `chat[7]`. */
  private noteChat(payload: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(payload)) {
      const lines = key === 'chat' && Array.isArray(value) ? value : /^chat\[\d+\]$/.test(key) ? [value] : [];
      for (const line of lines as Record<string, unknown>[]) {
        // The line itself; the path (`"chat[7]":`) is its address, the same few bytes for every line.
        this.chatLineBytes.push(Buffer.byteLength(JSON.stringify(line)));
        if (typeof line?.image === 'string') this.picturesShown.add(line.image);
      }
    }
  }

  /** Waits for a change the student should see; the first call whose payload shows it ends the wait. */
  expect(label: string, seen: VisibleChange['seen'], kind: ChangeKind = 'command'): void {
    this.awaited.push({ at: this.now(), label, kind, seen });
  }

  /** Changes that never reached setData count as never seen. */
  unseen(): string[] {
    return this.awaited.map((change) => change.label);
  }

  reset(): void {
    this.calls.length = 0;
    this.chatLineBytes.length = 0;
    this.picturesShown.clear();
    this.shapes.length = 0;
    this.card.reset();
    this.latencies.length = 0;
    this.carrying.clear();
    this.awaited = [];
    this.renderMs = 0;
  }
}
