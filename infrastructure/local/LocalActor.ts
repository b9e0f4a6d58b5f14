import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { ClassControlEvent } from '../../application/ports/ClassControlPort';
import { CLASS_STATE_KEY, decodeClassState, encodeClassState, nextClassState } from '../signalling/classStateAttribute';
import { decodeSignal } from '../signalling/decodeSignal';
import { encodeSignal } from '../signalling/encodeSignal';
import { Signal, SIGNAL_EXTENSION } from '../signalling/SignalProtocol';
import { LocalClassroomHub } from './LocalClassroomHub';

/**
 * Someone else in the lesson (teacher, assistant, classmate) acting directly on the services,
 * as their own client would: commands go out on the signalling group, chat on the chat group,
 * media into the room. Whether a command takes effect is for the receiving client to decide.
 */
export class LocalActor {
  private media = { mic: false, camera: false };
  private readonly chatHeard = new Map<string, string>();
  private stopHearing: (() => void) | undefined;

  constructor(private readonly hub: LocalClassroomHub, private readonly info: ClassInfo, readonly userId: string) {}

  join(): this {
    this.stopHearing ??= this.hub.im.inbox(this.userId).add(({ groupId, event }) => {
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

  board(on: boolean, page = this.hub.boards.state(this.info.classId).page): this {
    this.hub.boards.set(this.info.classId, { on, page });
    return this;
  }

  chat(content: { text?: string; imageUrl?: string }): this {
    this.hub.im.postChat(this.info.chatGroupId, this.userId, content);
    return this;
  }

  /** Sends a command; staff clients also keep the class's state attribute current, as the teacher's client does. */
  command(command: TeacherCommand): this {
    if (this.hub.rolesForGroup(this.info.signalGroupId).roleOf(this.userId) !== 'student') {
      const { signalGroupId } = this.info;
      const state = decodeClassState(this.hub.im.attribute(signalGroupId, CLASS_STATE_KEY));
      if (state) this.hub.im.setAttribute(signalGroupId, CLASS_STATE_KEY, encodeClassState(nextClassState(state, command)));
    }
    return this.signal(command);
  }

  hand(raised: boolean): this {
    return this.signal({ type: 'hand', raised });
  }

  /** Sends exactly this payload, for malformed-input cases: a chat text, or a signalling body. */
  raw(channel: 'chat' | 'signal', payload: string): this {
    if (channel === 'chat') this.hub.im.postChat(this.info.chatGroupId, this.userId, { text: payload });
    else this.hub.im.postSignal(this.info.signalGroupId, { from: this.userId, data: payload, extension: SIGNAL_EXTENSION });
    return this;
  }

  /** The chat from others this person's client received, once each as a client dedupes them, in arrival order. */
  heardChat(): readonly string[] {
    return [...this.chatHeard.values()];
  }

  /** What this person's own client hears on the signalling group, decoded as any client would. */
  hears(listener: (event: ClassControlEvent) => void): () => void {
    const roles = this.hub.rolesForGroup(this.info.signalGroupId);
    return this.hub.im.inbox(this.userId).add(({ groupId, event }) => {
      if (groupId !== this.info.signalGroupId || event.type !== 'signal') return;
      const decoded = decodeSignal(event, roles);
      if (decoded.ok) listener(decoded.event);
    });
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
