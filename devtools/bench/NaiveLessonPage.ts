import { LessonEvent, memberName } from './heavyLesson';
import { LessonBinding, ME, TEACHER } from './LessonBinding';
import { LogicTime } from './LogicTime';
import { SetDataLog } from './setDataLog';

/** A remote user as trtc-room's getRemoteUserList() describes one, trimmed to what the page read. */
interface RemoteUser {
  userID: string;
  userName: string;
  hasMainAudio: boolean;
  hasMainVideo: boolean;
  volume: number;
  networkQuality: string;
}

interface NaiveMessage {
  ID: string;
  from: string;
  nick: string;
  type: 'TIMTextElem' | 'TIMImageElem';
  payload: string;
  time: number;
}

/**
 * Who is in the naive page's user list. `members`: every member of the class, as this bench's
 * first naive binding has it. `streams`: only who publishes in the room, as the seed's page has
 * it (its `userList` is trtc-room's `getRemoteUserList()`, the streams, not the IM members).
 */
export type NaiveUserList = 'members' | 'streams';

/**
 * The reference binding, written the way the first seed's page is: every room, volume and
 * network event re-sends the whole user list, every chat message (or batch of messages after a
 * reconnect) the whole message list, and nothing is ever dropped. It keeps its own data (no
 * render), since only its setData is measured.
 */
export class NaiveLessonPage implements LessonBinding {
  readonly name: string;
  readonly memberCountField = 'membersTotal';
  readonly log: SetDataLog;
  readonly logicTime: LogicTime;
  private readonly data = {
    userList: [] as RemoteUser[],
    messageList: [] as NaiveMessage[],
    membersTotal: 0,
    presenterConfig: { micPermission: false, cameraPermission: false, handStatus: false },
    boardStatus: false,
    mainStreamType: 'teacherStream',
    controls: {} as Record<string, boolean>,
  };
  private nextId = 1;
  private members = 0;
  private missed: { from: string; text?: string; imageUrl?: string }[] | undefined;

  constructor(
    private readonly now: () => number,
    staffAndStage: readonly string[],
    private readonly userList: NaiveUserList = 'members',
  ) {
    this.name = userList === 'members' ? 'naive (seed page, every member listed)' : 'seed-like (streams listed)';
    this.log = new SetDataLog(now);
    this.logicTime = new LogicTime(() => 0);
    for (const userId of staffAndStage) this.data.userList.push(remoteUser(userId, userId !== TEACHER));
    this.data.userList[0].hasMainVideo = true;
  }

  apply(event: LessonEvent): void {
    const { data } = this;
    switch (event.type) {
      case 'join':
      case 'leave':
        this.members += event.type === 'join' ? 1 : -1;
        data.membersTotal = this.members;
        if (this.userList === 'streams') return this.setData({ membersTotal: data.membersTotal });
        if (event.type === 'join' && !data.userList.some((user) => user.userID === event.userId))
          data.userList.push(remoteUser(event.userId, false));
        if (event.type === 'leave') data.userList = data.userList.filter((user) => user.userID !== event.userId);
        return this.setData({ userList: data.userList, membersTotal: data.membersTotal });
      case 'offline':
        this.missed = [];
        return;
      case 'online': {
        const missed = this.missed ?? [];
        this.missed = undefined;
        for (const message of missed) this.keep(message.from, message.text, message.imageUrl);
        if (missed.length) this.setData({ messageList: data.messageList });
        return;
      }
      case 'volume':
      case 'network':
        for (const user of data.userList) {
          if (user.userID !== event.userId) continue;
          if (event.type === 'volume') user.volume = event.volume;
          else user.networkQuality = event.quality;
        }
        return this.setData({ userList: data.userList });
      case 'chat':
        if (this.missed) return void this.missed.push(event);
        return this.receive(event.from, event.text, event.imageUrl);
      case 'mySend':
        this.log.expect('my message sent', (_, json) => json.includes(event.text), 'tap');
        return this.receive(ME, event.text, undefined);
      case 'myTap': {
        // The seed's page keeps each control's state in its own field and sends it on the tap.
        const field = `${event.control}On`;
        const on = !(data.controls[field] ?? false);
        data.controls[field] = on;
        this.log.expect(`my tap: ${event.control}`, (payload) => payload[`controls.${field}`] === on, 'tap');
        return this.setData({ [`controls.${field}`]: on });
      }
      case 'grant':
      case 'revoke': {
        const on = event.type === 'grant';
        this.log.expect(
          event.type,
          (payload) => (payload.presenterConfig as { micPermission?: boolean } | undefined)?.micPermission === on,
        );
        data.presenterConfig = { micPermission: on, cameraPermission: on, handStatus: false };
        return this.setData({ presenterConfig: data.presenterConfig });
      }
      case 'board':
        if (event.on) this.log.expect('board on', (payload) => payload.boardStatus === true);
        data.boardStatus = event.on;
        data.mainStreamType = event.on ? 'boardStream' : 'teacherStream';
        return this.setData({ boardStatus: data.boardStatus, mainStreamType: data.mainStreamType });
    }
  }

  chatHeld(): number {
    return this.data.messageList.length;
  }

  private receive(from: string, text: string | undefined, imageUrl: string | undefined): void {
    this.keep(from, text, imageUrl);
    this.setData({ messageList: this.data.messageList });
  }

  private keep(from: string, text: string | undefined, imageUrl: string | undefined): void {
    const type = text === undefined ? 'TIMImageElem' : 'TIMTextElem';
    this.data.messageList.push({
      ID: `n${this.nextId++}`,
      from,
      nick: memberName(from),
      type,
      payload: text ?? imageUrl ?? '',
      time: this.now(),
    });
  }

  private setData(payload: Record<string, unknown>): void {
    this.log.record(payload);
  }
}

function remoteUser(userId: string, onStage: boolean): RemoteUser {
  return {
    userID: userId,
    userName: memberName(userId),
    hasMainAudio: onStage,
    hasMainVideo: onStage,
    volume: 0,
    networkQuality: 'unknown',
  };
}
