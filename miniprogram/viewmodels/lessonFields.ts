import { LessonView, PlayerView } from '../../application/view/LessonView';
import { CHAT_GAP_TEXT, DEVICE_TEXT, EXIT_TEXT, LESSON_FORMAT, LESSON_TEXT, NETWORK_TEXT, RECAP_TEXT } from './studentText';
import { LessonStore } from './LessonStore';
import { ListItem, PageValue } from './pathUpdates';
import { shortKey } from './shortKeys';
import { checkInText, clockText, toolCard, toolOptions } from './toolFields';
import { picksFor } from './answerPicks';
import { TOOL_TEXT } from './studentText';

/** The <live-pusher>/<live-player> attributes the media room renders (TrtcRenderBinding), when the family has real video. */
export interface MediaData {
  readonly pusher: Readonly<Record<string, unknown>>;
  readonly players: readonly Readonly<Record<string, unknown>>[];
}

/** TIC's `<webrtc-room>` attributes (TicPageBinding), in TIC builds: the page binds them from `webrtcRoom`. */
export type WebrtcRoomFields = Readonly<Record<string, string | number | boolean>>;

/**
 * Every field the lesson page binds, from the store (the lesson view in words) and the media room's
 * attributes: the page's one source of data, sent by CoalescedPageData with one diff and one budget.
 */
export function lessonPageData(store: LessonStore, media: MediaData | undefined, webrtcRoom?: WebrtcRoomFields): Record<string, PageValue> {
  const view = store.view;
  return {
    ...(webrtcRoom ? { webrtcRoom } : {}),
    screen: view.screen,
    overTitle: EXIT_TEXT[view.exitReason ?? 'join-failed'].title,
    overText: store.joinFailureText || EXIT_TEXT[view.exitReason ?? 'join-failed'].text,
    navigationTitle: view.screen === 'lesson' && view.title ? view.title : LESSON_TEXT.pageTitle,
    teacherName: view.teacherName,
    teacherSpeaking: view.teacherSpeaking,
    waiting: view.status === 'waiting',
    reconnecting: view.status === 'reconnecting',
    main: view.main,
    teacherPip: view.teacherPip,
    fullscreen: view.fullscreen,
    onStage: view.me.onStage,
    mic: view.me.mic,
    camera: view.me.camera,
    micText: DEVICE_TEXT[view.me.mic],
    cameraText: DEVICE_TEXT[view.me.camera],
    myPreview: view.me.onStage && view.me.camera === 'on',
    handRaised: view.me.hand === 'raised',
    handText: view.me.queuePosition ? LESSON_FORMAT.queue(view.me.queuePosition) : LESSON_TEXT.handUp,
    // 0 is a count not known yet (TIC gives none): a student in the class is one already.
    memberText: view.memberCount > 0 ? LESSON_FORMAT.online(view.memberCount) : '',
    chatMuted: view.chatMuted,
    chatPlaceholder: view.chatMuted ? LESSON_TEXT.chatMutedPlaceholder : LESSON_TEXT.chatPlaceholder,
    noticeText: store.noticeText,
    saverMode: view.dataSaver.mode,
    saverAuto: view.dataSaver.auto,
    recapText: recapText(view),
    toolCard: toolCard(view),
    toolOptions: toolOptions(view, picksFor(store.picks, view.question)),
    clockText: clockText(view),
    checkInText: checkInText(view),
    rewardText: view.rewards > 0 ? TOOL_TEXT.rewards(view.rewards) : '',
    errorText: store.errorText,
    coHosts: store.coHosts,
    chat: store.chat.slots,
    chatHead: store.chat.head,
    chatAnchor: chatAnchorOf(view),
    chatUnread: !!view.chatReading?.unread,
    network: { level: view.network, text: NETWORK_TEXT[view.network] },
    realVideo: !!media,
    pusher: (media?.pusher ?? {}) as Readonly<Record<string, string | number | boolean>>,
    players: media ? store.playerPlaces.place(placedPlayers(media.players, view.players)) : [],
  };
}

/**
 * The chat line scroll-view brings into view: the newest while the student follows, the line that
 * was on top after older lines came in above, none while they read. Line ids carry the panel's
 * shape (chat-panel's line.wxml), so a change of shape (full screen, my preview beside the chat)
 * is a new anchor and scroll-view scrolls again.
 */
function chatAnchorOf(view: LessonView): string {
  const shape = `${view.fullscreen ? 'f' : ''}${view.me.onStage && view.me.camera === 'on' && !view.fullscreen ? 'a' : ''}`;
  const line = view.chatReading ? view.chatReading.keep : view.chat[view.chat.length - 1]?.id;
  return line ? `c-${shortKey(line)}${shape}` : '';
}

/** The page shown when no lesson is open (say, after WeChat restored the page alone). */
export const NO_LESSON_DATA: Record<string, PageValue> = { screen: 'none' };

function recapText(view: LessonView): string {
  const recap = view.recap;
  if (!recap) return '';
  const messages = recap.messages === 'unknown' ? [CHAT_GAP_TEXT] : recap.messages > 0 ? [LESSON_FORMAT.recapMessages(recap.messages)] : [];
  return LESSON_FORMAT.recap([...messages, ...recap.changes.map((change) => RECAP_TEXT[change])]);
}

/** Each <live-player> with the slot the lesson view gives its stream; a stream the view does not play is heard by no one and unseen. */
export function placedPlayers(players: MediaData['players'], slots: readonly PlayerView[]): ListItem[] {
  return players.map((player) => {
    const placed = slots.find((slot) => slot.userId === player.userID && slot.source === player.source);
    return { ...(player as ListItem), slot: placed?.slot ?? 'unseen', place: placed?.place ?? 'row' };
  });
}
