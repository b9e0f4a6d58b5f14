import { MeDriver } from './MeDriver';

/** On a phone the student taps for themselves: the script's `me` taps are not replayed over them. */
export const phoneTaps: MeDriver = {
  join: async () => undefined,
  leave: async () => undefined,
  raiseHand: async () => undefined,
  lowerHand: async () => undefined,
  mic: async () => undefined,
  camera: async () => undefined,
  sendText: async () => undefined,
  sendImage: async () => undefined,
  fullscreen: () => undefined,
  dismissRecap: () => undefined,
  dataSaver: () => undefined,
  acceptInvite: async () => undefined,
  declineInvite: async () => undefined,
  answer: async () => undefined,
  checkIn: async () => undefined,
  dismissQuestion: () => undefined,
};
