import { Clock } from '../ports/PlatformPorts';

/** The shortest wait between two periodic reads of the class state. */
export const PERIODIC_READ_MIN_MS = 30_000;
/** Each wait adds up to this much, different for each student and each round. */
export const PERIODIC_READ_SPREAD_MS = 30_000;

/**
 * A command whose message IM lost, with nothing numbered after it, shows no gap: without this
 * read the student would not learn of it until they next came back from somewhere. So while
 * the lesson goes on the class state is read every 30–60 s, which heals such a loss within 60 s
 * of the command being stored. The spread comes from the student's id and the round, not a
 * clock, so 10,000 students who joined at the same instant (a class start, a mass reconnect)
 * still ask evenly: about 220 reads a second, each answered "unchanged" in a few bytes when
 * nothing moved (`since`, docs/signalling.md). A read that fails is retried by the caller's own
 * backoff; a hidden app is not asked (it reads on return anyway).
 */
export class PeriodicStateRead {
  private generation = 0;

  constructor(
    private readonly clock: Clock,
    /** `over` ends the rounds (the lesson ended); `skip` waits for the next one. */
    private readonly due: () => 'read' | 'skip' | 'over',
    private readonly read: () => void,
  ) {}

  /** Starts the rounds for one lesson (`seed` names the student); a later start ends the earlier rounds. */
  start(seed: () => string): void {
    const generation = ++this.generation;
    void this.rounds(seed, generation);
  }

  private async rounds(seed: () => string, generation: number): Promise<void> {
    for (let round = 0; ; round++) {
      await this.clock.delay(PERIODIC_READ_MIN_MS + spread(seed(), round));
      if (generation !== this.generation) return;
      const due = this.due();
      if (due === 'over') return;
      if (due === 'read') this.read();
    }
  }
}

/** FNV-1a of the seed and round, folded into the spread: stable for a student, even across students. */
function spread(seed: string, round: number): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}#${round}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % PERIODIC_READ_SPREAD_MS;
}
