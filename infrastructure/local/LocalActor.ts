import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { ClassControlEvent } from '../../application/ports/ClassControlPort';
import { IncomingChat } from '../../application/ports/ChatPort';
import { CLASS_STATE_FIELD } from '../shared/signalling/classStateCodec';
import { decodeSignal } from '../shared/signalling/decodeSignal';
import { encodeSignal } from '../shared/signalling/encodeSignal';
import { Signal, SIGNAL_EXTENSION } from '../shared/signalling/SignalProtocol';
import { LocalClassroomHub } from './LocalClassroomHub';
import { SignalWire } from './LocalSignal';
import { SeenIds } from '../shared/signalling/SeenIds';

/**
 * Someone else in the lesson (teacher, assistant, classmate) acting directly on the services,
 * as their own client would: commands go out on the signalling group, chat on the chat group,
 * media into the room. Whether a command takes effect is for the receiving client to decide.
 */
export class LocalActor {
  private media = { mic: false, camera: false };
  private readonly chatHeard = new Map<string, string>();
  private stopHearing: (() => void) | undefined;
  /** As any client must (docs/signalling.md), a signal already heard is not taken in twice. */
  private readonly signalsHeard = new SeenIds();

  constructor(
    private readonly hub: LocalClassroomHub,
    private readonly info: ClassInfo,
    readonly userId: string,
  ) {}

  join(): this {
    this.stopHearing ??= this.hub.im.inbox(this.userId).add(({ groupId, event }) => {
      if (groupId === this.info.signalGroupId && event.type === 'signal') return this.heardSignal(event);
      if (groupId !== this.info.chatGroupId || event.type !== 'message' || this.chatHeard.has(event.message.id)) return;
      this.chatHeard.set(event.message.id, event.message.text ?? event.message.imageUrl ?? '');
    });
    this.hub.im.join(this.info.chatGroupId, this.userId);
    this.hub.im.join(this.info.signalGroupId, this.userId);
    this.hub.rtc.enter(this.info.roomId, this.userId);
    return this;
  }

  leave(): this {
    this.hub.rtc.leave(this.info.roomId, this.userId);
    this.hub.im.leave(this.info.signalGroupId, this.userId);
    this.hub.im.leave(this.info.chatGroupId, this.userId);
    return this;
  }

  camera(on: boolean): this {
    return this.publish({ ...this.media, camera: on });
  }

  mic(on: boolean): this {
    return this.publish({ ...this.media, mic: on });
  }

  /** The board service shows only the teacher's board: anyone else's attempt changes nothing. */
  board(on: boolean, page = this.hub.boards.state(this.info.classId).page): this {
    if (this.userId === this.info.teacher.userId) this.hub.boards.set(this.info.classId, { on, page });
    return this;
  }

  chat(content: { text?: string; imageUrl?: string }): this {
    this.hub.im.postChat(this.info.chatGroupId, this.userId, content);
    return this;
  }

  /**
   * Sends a command with the class's next sequence number; a staff client also stores the state
   * it folds into. A classmate's client can only guess the number, and stores nothing.
   */
  command(command: TeacherCommand): this {
    return this.signal({ ...command, seq: this.hub.staffDesk(this.info.classId).commandFrom(this.userId, command) });
  }

  hand(raised: boolean): this {
    return this.signal({ type: 'hand', raised });
  }

  /**
   * Sends exactly this payload, for malformed-input cases: a chat text, a signalling body, or a
   * write of the class's stored state, which the service allows only to the group's managers.
   */
  raw(channel: 'chat' | 'signal' | 'state', payload: string): this {
    if (channel === 'chat') this.hub.im.postChat(this.info.chatGroupId, this.userId, { text: payload });
    else if (channel === 'signal')
      this.hub.im.postSignal(this.info.signalGroupId, { from: this.userId, data: payload, extension: SIGNAL_EXTENSION });
    else this.hub.im.setGroupField(this.info.signalGroupId, CLASS_STATE_FIELD, payload, this.userId);
    return this;
  }

  /** The chat from others this person's client received, once each as a client dedupes them, in arrival order. */
  heardChat(): readonly string[] {
    return [...this.chatHeard.values()];
  }

  /** What this person's own client hears on the signalling group, decoded and once each, as any client would. */
  hears(listener: (event: ClassControlEvent) => void): () => void {
    const seen = new SeenIds();
    return this.hub.im.inbox(this.userId).add(({ groupId, event }) => {
      if (groupId !== this.info.signalGroupId || event.type !== 'signal' || !seen.firstTime(event.id)) return;
      const decoded = decodeSignal(event);
      if (decoded.ok) listener(decoded.event);
    });
  }

  /** Chat lines this person's client receives live, once each (not the history handed over on joining). */
  hearsChat(listener: (message: IncomingChat) => void): () => void {
    const seen = new SeenIds();
    return this.hub.im.inbox(this.userId).add(({ groupId, event }) => {
      if (groupId !== this.info.chatGroupId || event.type !== 'message' || event.message.earlier) return;
      if (seen.firstTime(event.message.id)) listener(event.message);
    });
  }

  /** A staff client folds the students' hands it hears into the class state it stores. */
  private heardSignal(wire: SignalWire): void {
    const desk = this.hub.staffDesk(this.info.classId);
    if (!desk.isStaff(this.userId) || !this.signalsHeard.firstTime(wire.id)) return;
    const decoded = decodeSignal(wire);
    if (decoded.ok && decoded.event.type === 'hand') desk.hand(decoded.event.senderId, decoded.event.raised);
  }

  private signal(signal: Signal): this {
    const { data, extension } = encodeSignal(signal);
    this.hub.im.postSignal(this.info.signalGroupId, { from: this.userId, data, extension });
    return this;
  }

  private publish(media: { mic: boolean; camera: boolean }): this {
    this.media = media;
    this.hub.rtc.publish(this.info.roomId, { userId: this.userId, source: 'camera', hasAudio: media.mic, hasVideo: media.camera });
    return this;
  }
}
