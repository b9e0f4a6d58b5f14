import { Clock } from '../../application/ports/PlatformPorts';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { LogicTime } from './LogicTime';

/** The clock a lesson player moves: simulated time that only passes when told to. */
export interface SimulatedClock extends Clock {
  advance(ms: number): Promise<void>;
}

/**
 * ManualClock that reports each timer's work (its callback and the microtasks it starts) as a
 * task, since that is logic-thread time a busy page spends outside any event handler.
 */
export class BenchClock extends ManualClock implements SimulatedClock {
  /** Where timer tasks are timed; set once the binding that owns the timers exists. */
  logicTime: LogicTime | undefined;

  protected runTimer(fire: () => void): void | Promise<void> {
    if (this.logicTime) return this.logicTime.measure('timer', fire);
    fire();
  }
}
