import { StudentView } from '../../application/view/StudentView';
import { MeDriver } from '../../infrastructure/local/script/MeDriver';

/** What the student's client really does on the services, read from them rather than from the classroom's intent. */
export interface OnTheServices {
  /** What the client publishes in the media room now. */
  readonly publishing: { readonly mic: boolean; readonly camera: boolean };
  /** Whether the client is in the media room or in either group now. */
  readonly inRooms: boolean;
}

/** The view the lesson script format promises for each snapshot: the student view, with the notice in words. */
export type ScriptView = Omit<StudentView, 'notice'> & { readonly notice: string | null } & OnTheServices;

/** What a driver's view shows: the services' side is read by the emulator. */
export type DriverView = Omit<ScriptView, keyof OnTheServices>;

/** `me` in a script acts as a tap would, and the driver reads what the student sees. */
export interface StudentDriver extends MeDriver {
  view(): DriverView;
}
