/**
 * This student's own hand, two ways: as they last set it (with the command number then), and as
 * the staff last heard it. A send that fails goes back to what the staff heard; a stored queue
 * read with no command since the last tap cannot know better than the tap.
 */
export class MyHand {
  private tap: { readonly raised: boolean; readonly atSeq: number } | undefined;
  private heard: { readonly raised: boolean; readonly raisedAt: number } = { raised: false, raisedAt: 0 };

  tapped(raised: boolean, atSeq: number): void {
    this.tap = { raised, atSeq };
  }

  /** The tap never reached the staff (refused, or the network dropped): the stored queue decides again. */
  notSent(): void {
    this.tap = undefined;
  }

  /** The staff have it now: sent and acknowledged, or their own doing (a grant lowers it). */
  staffHave(raised: boolean, raisedAt = 0): void {
    this.heard = { raised, raisedAt };
  }

  get staffHeard(): { readonly raised: boolean; readonly raisedAt: number } {
    return this.heard;
  }

  /** The tap to keep over a state numbered `stateSeq`, or undefined when the state decides. */
  tapOver(stateSeq: number): boolean | undefined {
    return this.tap && this.tap.atSeq === stateSeq ? this.tap.raised : undefined;
  }
}
