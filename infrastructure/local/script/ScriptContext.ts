import { LocalClassroomHub } from '../LocalClassroomHub';
import { LocalAppLifecycle } from '../LocalPlatform';
import { ManualClock } from '../ManualClock';

/** What a script plays on: the in-memory services, their simulated time, and the phone's app lifecycle. */
export interface ScriptContext {
  readonly hub: LocalClassroomHub;
  readonly clock: ManualClock;
  readonly lifecycle: LocalAppLifecycle;
}
