/** One setData call as the render thread would receive it. */
export interface SetDataCall {
  /** Simulated time of the call, ms. */
  readonly at: number;
  /** UTF-8 bytes of the JSON payload: what WeChat serialises and sends across threads. */
  readonly bytes: number;
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
  private awaited: VisibleChange[] = [];

  constructor(private readonly now: () => number) {}

  /** Routes the target's setData through this log, then on to the original. */
  instrument(target: PageLike): void {
    const original = target.setData.bind(target);
    // The callback too: the media room awaits its attributes on the page (TrtcRenderBinding).
    target.setData = (data, applied) => {
      this.record(data);
      const started = performance.now();
      original(data, applied);
      this.renderMs += performance.now() - started;
    };
  }

  record(payload: Record<string, unknown>): void {
    const json = JSON.stringify(payload);
    const at = this.now();
    this.calls.push({ at, bytes: Buffer.byteLength(json) });
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
    this.latencies.length = 0;
    this.carrying.clear();
    this.awaited = [];
    this.renderMs = 0;
  }
}
