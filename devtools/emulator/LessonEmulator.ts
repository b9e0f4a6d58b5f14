import { LessonUseCases } from '../../application/LessonUseCases';
import { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { LocalAppLifecycle } from '../../infrastructure/local/LocalPlatform';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { LessonScript } from '../../infrastructure/local/script/LessonScript';
import { ScriptPlayer, ScriptSnapshot } from '../../infrastructure/local/script/ScriptPlayer';
import { SCRIPT_CALL_MS, scriptLesson } from '../../infrastructure/local/script/scriptLesson';
import { MemoryLogger } from '../../infrastructure/shared/MemoryLogger';
import { onTheServices } from './onTheServices';
import { ScriptView, StudentDriver } from './StudentDriver';

/** Every simulated service call takes this long, so a snapshot can catch a message still sending. */
export const EMULATED_CALL_MS = SCRIPT_CALL_MS;

export type Snapshot = ScriptSnapshot<ScriptView>;

export interface EmulatorContext {
  readonly hub: LocalClassroomHub;
  readonly clock: ManualClock;
  readonly app: LessonUseCases;
  readonly logger: MemoryLogger;
  readonly lifecycle: LocalAppLifecycle;
}

/** An emulated lesson, set up and ready to play: its player, and a stop for the replies it armed. */
export interface EmulatedLesson {
  readonly context: EmulatorContext;
  readonly player: ScriptPlayer<ScriptView>;
  stop(): void;
}

/**
 * Plays a lesson script in simulated time: everyone else acts on the in-memory services as their
 * own clients would, `me` acts through the student driver (the page's view model), and each
 * snapshot reads what the student sees. A run takes no real time.
 */
export async function runLessonScript(script: LessonScript, makeDriver: (context: EmulatorContext) => StudentDriver): Promise<Snapshot[]> {
  const lesson = emulateLesson(script, makeDriver);
  await lesson.player.playToEnd(10 * EMULATED_CALL_MS);
  lesson.stop();
  return lesson.player.snapshots;
}

/** Sets up the script's class on fresh in-memory services, with the student's app and a player for the steps. */
export function emulateLesson(script: LessonScript, makeDriver: (context: EmulatorContext) => StudentDriver): EmulatedLesson {
  const logger = new MemoryLogger();
  const { lesson, context: played, stopReplies } = scriptLesson(script, { logger });
  const context: EmulatorContext = { ...played, app: lesson.app, logger };
  const driver = makeDriver(context);
  const { hub } = context;
  const player = new ScriptPlayer(script, played, driver, () => ({ ...driver.view(), ...onTheServices(hub, script.classroom) }));
  return { context, player, stop: stopReplies };
}
