/** The lesson page's data fields that draw the class-tool card (miniprogram/viewmodels/lessonFields.ts). */
const CARD_FIELDS = new Set(['toolCard', 'toolOptions']);

export type CardMoment = 'open' | 'close';

/** What the answer card cost the page over a run: the calls that opened and closed it, and those between. */
export interface CardCostSummary {
  readonly opened: number;
  readonly closed: number;
  /** The card's own fields in the call that showed it, most; and that whole call, most. */
  readonly openCardBytes: number;
  readonly openCallBytes: number;
  readonly closeCardBytes: number;
  readonly closeCallBytes: number;
  /** Calls carrying the card while it was open (the seconds left), per second it was open. */
  readonly whileOpenCallsPerSecond: number;
  readonly whileOpenCardBytesMax: number;
}

/**
 * Counts the card's cost from the page's payloads. The bench marks when the teacher opened or
 * closed a card; the next call that carries the card's fields is that moment's cost, wherever it
 * lands (a flush, or the catch-up after onShow when the page was hidden meanwhile).
 */
export class CardCost {
  private pending: CardMoment | undefined;
  private openSince: number | undefined;
  private openMs = 0;
  private whileOpen = { calls: 0, cardBytesMax: 0 };
  private readonly moments = { open: [] as { card: number; call: number }[], close: [] as { card: number; call: number }[] };

  mark(moment: CardMoment): void {
    this.pending = moment;
  }

  note(payload: Record<string, unknown>, callBytes: number, at: number): void {
    const card = cardBytes(payload);
    if (card === 0) return;
    const moment = this.pending;
    this.pending = undefined;
    if (moment) this.moments[moment].push({ card, call: callBytes });
    if (moment === 'open') this.openSince = at;
    else if (moment === 'close' && this.openSince !== undefined) {
      this.openMs += at - this.openSince;
      this.openSince = undefined;
    } else if (!moment && this.openSince !== undefined) {
      this.whileOpen.calls += 1;
      this.whileOpen.cardBytesMax = Math.max(this.whileOpen.cardBytesMax, card);
    }
  }

  summary(): CardCostSummary {
    const most = (values: readonly number[]) => (values.length ? Math.max(...values) : 0);
    const { open, close } = this.moments;
    return {
      opened: open.length,
      closed: close.length,
      openCardBytes: most(open.map((m) => m.card)),
      openCallBytes: most(open.map((m) => m.call)),
      closeCardBytes: most(close.map((m) => m.card)),
      closeCallBytes: most(close.map((m) => m.call)),
      whileOpenCallsPerSecond: this.openMs > 0 ? this.whileOpen.calls / (this.openMs / 1000) : 0,
      whileOpenCardBytesMax: this.whileOpen.cardBytesMax,
    };
  }

  reset(): void {
    this.pending = undefined;
    this.openSince = undefined;
    this.openMs = 0;
    this.whileOpen = { calls: 0, cardBytesMax: 0 };
    this.moments.open.length = 0;
    this.moments.close.length = 0;
  }
}

/** UTF-8 bytes of the card's own entries in one payload, paths included (`"toolCard.seconds":"剩余 12 秒"`). */
export function cardBytes(payload: Record<string, unknown>): number {
  const own = Object.entries(payload).filter(([key]) => CARD_FIELDS.has(key.split(/[.[]/)[0]));
  return own.length ? Buffer.byteLength(JSON.stringify(Object.fromEntries(own))) : 0;
}
