import { DriverView, StudentDriver } from '../emulator/StudentDriver';
import type { EmulatorContext } from '../emulator/LessonEmulator';
import { LessonStore } from '../../miniprogram/viewmodels/LessonStore';

const RECONNECTING = '正在重连…';

/** `me` taps through the lesson page's own store, and snapshots read that store, as the WXML does. */
export function storeDriver(context: EmulatorContext): StudentDriver {
  return driveStore(new LessonStore(context.app, { clock: context.clock }));
}

/** The same taps and view over a store the page already has (the preview's phone). */
export function driveStore(store: LessonStore): StudentDriver {
  const view = () => store.view;
  return {
    join: (classId) => store.join(classId),
    leave: () => store.leave(),
    raiseHand: () => (view()?.me.hand === 'raised' ? Promise.resolve(true) : store.toggleHand()),
    lowerHand: () => (view()?.me.hand === 'down' ? Promise.resolve(true) : store.toggleHand()),
    mic: (on) => (view()?.me.mic === (on ? 'on' : 'off') ? Promise.resolve(true) : store.toggleMic()),
    camera: (on) => (view()?.me.camera === (on ? 'on' : 'off') ? Promise.resolve(true) : store.toggleCamera()),
    sendText: (text) => store.sendText(text),
    sendImage: (image) => store.sendImage(image),
    fullscreen: (on) => (!!view()?.fullscreen === on ? Promise.resolve(true) : store.toggleFullscreen()),
    dismissRecap: () => store.dismissRecap(),
    dataSaver: (mode) => store.chooseDataSaver(mode),
    view: () => snapshotOf(store),
  };
}

function snapshotOf(store: LessonStore): DriverView {
  const view = store.view;
  const notice = view?.status === 'reconnecting' ? RECONNECTING : store.errorText || store.noticeText || store.joinFailureText || null;
  if (!view) {
    return {
      status: store.joinFailureText ? 'error' : 'joining',
      main: 'none',
      teacherPip: false,
      coHosts: [],
      memberCount: 0,
      me: { hand: 'down', queuePosition: null, onStage: false, mic: 'not-allowed', camera: 'not-allowed' },
      chat: [],
      chatMuted: false,
      fullscreen: false,
      notice,
      dataSaver: { mode: 'off', auto: false },
      recap: null,
    };
  }
  return {
    status: view.status,
    main: view.main,
    teacherPip: view.teacherPip,
    coHosts: [...view.coHosts],
    memberCount: view.memberCount,
    me: { ...view.me },
    chat: view.chat.map((line) => ({ ...line })),
    chatMuted: view.chatMuted,
    fullscreen: view.fullscreen,
    notice,
    dataSaver: { ...view.dataSaver },
    recap: view.recap ? { messages: view.recap.messages, changes: [...view.recap.changes] } : null,
  };
}
