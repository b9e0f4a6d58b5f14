import { StudentView } from '../../application/view/StudentView';
import { ImageUpload } from '../../application/ports/ChatPort';
import { DataSaverMode } from '../../domain/classroom/DataSaver';

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

/** `me` in a script acts as a tap would: through whatever the page binds to. */
export interface StudentDriver {
  join(classId: string): Promise<unknown>;
  leave(): Promise<unknown>;
  raiseHand(): Promise<unknown>;
  lowerHand(): Promise<unknown>;
  mic(on: boolean): Promise<unknown>;
  camera(on: boolean): Promise<unknown>;
  sendText(text: string): Promise<unknown>;
  sendImage(image: ImageUpload): Promise<unknown>;
  fullscreen(on: boolean): unknown;
  /** A tap on the "while you were away" card. */
  dismissRecap(): unknown;
  /** A tap on one of the data saver's modes. */
  dataSaver(mode: DataSaverMode): unknown;
  view(): DriverView;
}
