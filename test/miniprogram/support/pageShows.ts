import { inOrder } from '../../../miniprogram/viewmodels/ChatRing';
import type { ListItem } from '../../../miniprogram/viewmodels/pathUpdates';
import { DriverView } from '../../../devtools/emulator/StudentDriver';
import { CHAT_GAP_TEXT, EXIT_TEXT, LESSON_FORMAT, LESSON_TEXT, RECAP_TEXT } from '../../../miniprogram/viewmodels/studentText';
import { ME } from './lessonOnPage';

type PageData = Record<string, unknown>;

/** What a script snapshot says the student sees, in the page's fields. */
export function scriptShows(view: DriverView): PageData {
  const over = view.status === 'error' || !['joining', 'waiting', 'live', 'reconnecting'].includes(view.status);
  return {
    screen: view.status === 'joining' ? 'joining' : over ? 'over' : 'lesson',
    ...(over
      ? {}
      : {
          waiting: view.status === 'waiting',
          reconnecting: view.status === 'reconnecting',
          main: view.main,
          teacherPip: view.teacherPip,
          fullscreen: view.fullscreen,
          onStage: view.me.onStage,
          mic: view.me.mic,
          camera: view.me.camera,
          handText: view.me.queuePosition ? LESSON_FORMAT.queue(view.me.queuePosition) : LESSON_TEXT.handUp,
          memberText: view.memberCount > 0 ? LESSON_FORMAT.online(view.memberCount) : '',
          coHosts: view.coHosts,
          chat: view.chat.map((line) => ({
            mine: line.from === ME,
            text: line.text ?? '',
            image: !!line.image,
            state: line.state ?? '',
            earlier: !!line.earlier,
          })),
          chatMuted: view.chatMuted,
          saverMode: view.dataSaver.mode,
          saverAuto: view.dataSaver.auto,
        }),
    notice: view.notice,
    recapText: view.recap
      ? LESSON_FORMAT.recap([
          ...(view.recap.messages === 'unknown'
            ? [CHAT_GAP_TEXT]
            : view.recap.messages > 0
              ? [LESSON_FORMAT.recapMessages(view.recap.messages)]
              : []),
          ...view.recap.changes.map((change) => RECAP_TEXT[change]),
        ])
      : '',
  };
}

/** The same fields read from the data the page has bound. */
export function pageShows(data: PageData): PageData {
  const over = data.screen === 'over';
  const pick = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, data[key]]));
  const joinFailed = over && data.overTitle === EXIT_TEXT['join-failed'].title;
  return {
    screen: data.screen,
    ...(over
      ? {}
      : {
          ...pick('waiting', 'reconnecting', 'main', 'teacherPip', 'fullscreen', 'onStage', 'mic', 'camera', 'handText', 'memberText'),
          coHosts: (data.coHosts as { id: string }[]).map((coHost) => coHost.id),
          chat: inOrder({ slots: data.chat as ListItem[], head: data.chatHead as number }).map((line) => ({
            mine: !!line.mine,
            text: line.text ?? '',
            image: !!line.image,
            state: line.state ?? '',
            earlier: !!line.earlier,
          })),
          ...pick('chatMuted', 'saverMode', 'saverAuto'),
        }),
    notice:
      data.reconnecting && !over
        ? LESSON_TEXT.reconnecting
        : data.errorText || data.noticeText || (joinFailed ? data.overText : '') || null,
    recapText: data.recapText,
  };
}
