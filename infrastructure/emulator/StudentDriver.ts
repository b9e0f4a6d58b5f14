import { StudentView } from '../../application/view/StudentView';
import { ImageUpload } from '../../application/ports/ChatPort';

/** The view the lesson script format promises for each snapshot: the student view, with the notice in words. */
export type ScriptView = Omit<StudentView, 'notice'> & { readonly notice: string | null };

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
  view(): ScriptView;
}
