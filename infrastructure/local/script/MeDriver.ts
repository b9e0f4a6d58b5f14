import { ImageUpload } from '../../../application/ports/ChatPort';
import { DataSaverMode } from '../../../domain/classroom/DataSaver';

/** `me` in a script acts as a tap would: through whatever the page binds to. */
export interface MeDriver {
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
  /** Taps on the class tools' cards: the invitation's 接受 / 拒绝, the answer card's options and 提交, 签到, the results' close. */
  acceptInvite(): Promise<unknown>;
  declineInvite(): Promise<unknown>;
  answer(questionId: string, choices: readonly string[]): Promise<unknown>;
  checkIn(checkInId: string): Promise<unknown>;
  dismissQuestion(): unknown;
}
