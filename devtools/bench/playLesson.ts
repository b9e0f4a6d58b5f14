import type { SimulatedClock } from './BenchClock';
import { LessonEvent } from './heavyLesson';
import { LessonBinding } from './LessonBinding';

/**
 * Plays one event stream into every binding, each event at its simulated time, and times each
 * binding's handling of it. Afterwards the clock runs on a little, so coalesced data lands.
 */
export async function playLesson(
  events: readonly LessonEvent[],
  bindings: readonly LessonBinding[],
  clock: SimulatedClock,
  tailMs = 1000,
): Promise<void> {
  const start = clock.now();
  let sampleAt = start + 1000;
  const sample = () => {
    for (const binding of bindings) if (binding.pageShape) binding.log.shapes.push(binding.pageShape());
  };
  for (const event of events) {
    // The page's size once a simulated second, between events.
    while (start + event.at >= sampleAt) {
      if (sampleAt > clock.now()) await clock.advance(sampleAt - clock.now());
      sample();
      sampleAt += 1000;
    }
    const wait = start + event.at - clock.now();
    if (wait > 0) await clock.advance(wait);
    for (const binding of bindings) await binding.logicTime.measure('event', () => binding.apply(event));
  }
  await clock.advance(tailMs);
}
