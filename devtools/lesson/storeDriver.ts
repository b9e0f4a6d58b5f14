import { studentViewOf } from '../../application/view/StudentView';
import { DriverView, StudentDriver } from '../emulator/StudentDriver';
import type { EmulatorContext } from '../emulator/LessonEmulator';
import { LessonStore } from '../../miniprogram/viewmodels/LessonStore';

const RECONNECTING = '正在重连…';

/** `me` taps through the lesson page's own store, and snapshots read that store's one view, as the page does. */
export function storeDriver(context: EmulatorContext): StudentDriver {
  return driverOf(new LessonStore(context.app, { clock: context.clock }));
}

/** Taps and snapshots through one store (the page's, when a test renders the page over it). */
export function driverOf(store: LessonStore): StudentDriver {
  const view = () => store.view;
  return {
    join: (classId) => store.join(classId),
    leave: () => store.leave(),
    raiseHand: () => (view().me.hand === 'raised' ? Promise.resolve(true) : store.toggleHand()),
    lowerHand: () => (view().me.hand === 'down' ? Promise.resolve(true) : store.toggleHand()),
    mic: (on) => (view().me.mic === (on ? 'on' : 'off') ? Promise.resolve(true) : store.toggleMic()),
    camera: (on) => (view().me.camera === (on ? 'on' : 'off') ? Promise.resolve(true) : store.toggleCamera()),
    sendText: (text) => store.sendText(text),
    sendImage: (image) => store.sendImage(image),
    fullscreen: (on) => (view().fullscreen === on ? Promise.resolve(true) : store.toggleFullscreen()),
    dismissRecap: () => store.dismissRecap(),
    dataSaver: (mode) => store.chooseDataSaver(mode),
    acceptInvite: () => store.answerInvitation(true),
    declineInvite: () => store.answerInvitation(false),
    answer: (id, choices) => (store.view.question?.id === id ? store.answer(choices) : Promise.resolve(false)),
    checkIn: (id) => (store.view.checkIn?.id === id ? store.checkIn() : Promise.resolve(false)),
    dismissQuestion: () => store.dismissQuestion(),
    view: () => scriptViewOf(store),
  };
}

/**
 * The script's snapshot: a projection of the very view the page formats, with the notice in the
 * words the page shows (the reconnecting banner first, then a failed tap, the notice, a failed join).
 */
export function scriptViewOf(store: LessonStore): DriverView {
  const view = store.view;
  const notice = view.status === 'reconnecting' ? RECONNECTING : store.errorText || store.noticeText || store.joinFailureText || null;
  const projected = studentViewOf(view);
  return { ...projected, status: view.joinFailure && view.status === 'joining' ? 'error' : projected.status, notice };
}
