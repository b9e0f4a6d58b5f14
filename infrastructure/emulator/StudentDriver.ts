import { ImageUpload } from '../../application/ports/ChatPort';

/** The view the lesson script format promises for each snapshot (docs/lesson-scripts.md). */
export interface ScriptView {
  readonly status: string;
  readonly main: string;
  readonly teacherPip: boolean;
  readonly coHosts: readonly string[];
  readonly memberCount: number;
  readonly me: {
    readonly hand: 'down' | 'raised';
    readonly queuePosition: number | null;
    readonly onStage: boolean;
    readonly mic: string;
    readonly camera: string;
  };
  readonly chat: readonly { from: string; text?: string; image?: true; state?: string }[];
  readonly chatMuted: boolean;
  readonly fullscreen: boolean;
  readonly notice: string | null;
}

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
