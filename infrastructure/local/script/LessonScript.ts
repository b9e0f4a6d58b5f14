/** Version 1 of the lesson script format; docs/lesson-scripts.md is its public description. */
export interface ScriptPerson {
  readonly userId: string;
  readonly name: string;
}

export interface ScriptClassroom {
  readonly classId: string;
  readonly title: string;
  readonly teacher: ScriptPerson;
  readonly assistants: readonly ScriptPerson[];
  readonly students: readonly ScriptPerson[];
  readonly me: ScriptPerson;
  readonly stageCapacity?: number;
  /** How many recent chat messages the service hands to a member who joins (IM's history for new members); 0 by default. */
  readonly chatHistory: number;
  /** The phone's camera and microphone permissions when the lesson starts; both allowed by default. */
  readonly devices: { readonly camera: ScriptDeviceStatus; readonly microphone: ScriptDeviceStatus };
  /** The timetable, in ms of simulated time; the lesson's clock shows it. */
  readonly schedule?: { readonly startsAt: number; readonly endsAt?: number };
}

export type ScriptDeviceStatus = 'allowed' | 'refused' | 'ask';

export type ActionStep = {
  readonly index: number;
  readonly at: number;
  readonly by: string;
  readonly do: string;
  readonly args: Readonly<Record<string, unknown>>;
};

export type SnapshotStep = { readonly index: number; readonly at: number; readonly snapshot: string };

export type ScriptStep = ActionStep | SnapshotStep;

/** Someone's action taken whenever they hear another do something (docs/lesson-scripts.md, "Replies"). */
export interface ReplyRule {
  readonly index: number;
  readonly when: { readonly by: string; readonly does: 'raiseHand' | 'lowerHand' | 'chat' };
  readonly after: number;
  /** Its `at` is unused: the reply is taken `after` ms from what it answers. */
  readonly action: ActionStep;
}

export interface LessonScript {
  readonly version: 1;
  readonly classroom: ScriptClassroom;
  readonly replies: readonly ReplyRule[];
  /** In the order they run: by `at`, then by position in the file. */
  readonly steps: readonly ScriptStep[];
}

export class ScriptError extends Error {
  /** `step` is 1-based, as a person counts the steps in the file; absent for errors outside the steps. */
  constructor(
    message: string,
    readonly step?: number,
  ) {
    super(step === undefined ? message : `step ${step}: ${message}`);
    this.name = 'ScriptError';
  }
}
