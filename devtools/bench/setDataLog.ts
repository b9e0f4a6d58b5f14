/** One setData call as the render thread would receive it. */
export interface SetDataCall {
  /** Simulated time of the call, ms. */
  readonly at: number;
  /** UTF-8 bytes of the JSON payload: what WeChat serialises and sends across threads. */
  readonly bytes: number;
}

interface VisibleChange {
  readonly at: number;
  readonly label: string;
  readonly seen: (payload: Record<string, unknown>, json: string) => boolean;
}

export interface PageLike {
  setData(data: Record<string, unknown>): void;
}

/**
 * Every setData call of one binding, and how long each awaited user-visible change took to reach
 * one. Rendering (jsdom, standing in for the render thread) is timed apart, so logic-thread time
 * can leave it out; serialising the payload stays in, as it runs on the logic thread.
 */
export class SetDataLog {
  readonly calls: SetDataCall[] = [];
  readonly latencies: { readonly label: string; readonly ms: number }[] = [];
  renderMs = 0;
  private awaited: VisibleChange[] = [];

  constructor(private readonly now: () => number) {}

  /** Routes the target's setData through this log, then on to the original. */
  instrument(target: PageLike): void {
    const original = target.setData.bind(target);
    target.setData = (data) => {
      this.record(data);
      const started = performance.now();
      original(data);
      this.renderMs += performance.now() - started;
    };
  }

  record(payload: Record<string, unknown>): void {
    const json = JSON.stringify(payload);
    const at = this.now();
    this.calls.push({ at, bytes: Buffer.byteLength(json) });
    this.awaited = this.awaited.filter((change) => {
      if (!change.seen(payload, json)) return true;
      this.latencies.push({ label: change.label, ms: at - change.at });
      return false;
    });
  }

  /** Waits for a change the student should see; the first call whose payload shows it ends the wait. */
  expect(label: string, seen: VisibleChange['seen']): void {
    this.awaited.push({ at: this.now(), label, seen });
  }

  /** Changes that never reached setData count as never seen. */
  unseen(): string[] {
    return this.awaited.map((change) => change.label);
  }

  reset(): void {
    this.calls.length = 0;
    this.latencies.length = 0;
    this.awaited = [];
    this.renderMs = 0;
  }
}
