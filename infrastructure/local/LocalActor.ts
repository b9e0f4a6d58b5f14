import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { ClassControlEvent } from '../../application/ports/ClassControlPort';
import { IncomingChat } from '../../application/ports/ChatPort';
import { decodeSignal } from '../shared/signalling/decodeSignal';
import { encodeSignal } from '../shared/signalling/encodeSignal';
import { Signal, SIGNAL_EXTENSION } from '../shared/signalling/SignalProtocol';
import { LocalClassroomHub } from './LocalClassroomHub';
import { SeenIds } from '../shared/signalling/SeenIds';
import { PortError } from '../../application/ports/PortError';
import { Choice } from '../../domain/interactions/choices';
import { ReplyRequest } from '../../server/application/TakeStudentReply';
import { LocalStaffKit, sendAsAnyStaffClient } from './LocalStaffKit';

/**
 * Someone else in the lesson (teacher, assistant, classmate) acting directly on the services,
 * as their own client would: commands and hands go to the school server, which publishes them on
 * the signalling group; chat goes on the chat group, media into the room. A classmate's client
 * can still post a forged command straight to the group: whether it takes effect is for the
 * receiving client to decide.
 */
export class LocalActor {
  private media = { mic: false, camera: false };
  private readonly chatHeard = new Map<string, string>();
  private stopHearing: (() => void) | undefined;
  /** What the school server last answered this person's command or hand: a refusal, or undefined. */
  lastRefusal: string | undefined;
  private sending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly hub: LocalClassroomHub,
    private readonly info: ClassInfo,
    readonly userId: string,
  ) {}

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

  /** The board service shows only the teacher's board: anyone else's attempt changes nothing. */
  board(on: boolean, page = this.hub.boards.state(this.info.classId).page): this {
    if (this.userId === this.info.teacher.userId) this.hub.boards.set(this.info.classId, { on, page });
    return this;
  }

  /** IM refuses a line from someone no longer in the group (removed, left): their client is told, nobody sees it. */
  chat(content: { text?: string; imageUrl?: string }): this {
    try {
      this.hub.im.postChat(this.info.chatGroupId, this.userId, content);
    } catch (error) {
      if (!(error instanceof PortError && error.code === 'REJECTED')) throw error;
    }
    return this;
  }

  /**
   * A staff member's client sends the command to the school server, which numbers, stores and
   * publishes it. A classmate's client is refused there, so it can only post a forged command
   * to the group itself, guessing the next number.
   */
  command(command: TeacherCommand): this {
    if (this.hub.isStaff(this.userId, this.info.classId)) return this.toServer(() => this.throughKit((kit) => kit.send(command), command));
    return this.signal({ ...command, seq: this.hub.classState(this.info.classId).seq + 1 });
  }

  /** An answer card or poll: the question goes out, its correct answer stays with the staff kit until the close. */
  ask(question: Extract<TeacherCommand, { type: 'question' }>, correct: readonly Choice[] | null): this {
    if (!this.hub.isStaff(this.userId, this.info.classId)) return this.command(question);
    const { id, options, multiple, seconds } = question;
    return this.toServer(() => this.throughKit((kit) => kit.ask({ id, options, multiple, seconds, correct }), question));
  }

  /** Closes a question with the correct answer it was asked with and the counts the school server tallied. */
  closeQuestion(id: string): this {
    return this.toServer(() => this.throughKit((kit) => kit.closeQuestion(id)));
  }

  /** A student's answer, check-in or answer to an invitation, sent to the school server for the staff. */
  reply(request: ReplyRequest): this {
    return this.toServer(() => this.hub.school.reply(this.info.classId, this.userId, request));
  }

  /** A student's client tells the school server, which queues the hand and publishes it for the class. */
  hand(raised: boolean): this {
    return this.toServer(() => this.hub.school.hand(this.info.classId, this.userId, raised));
  }

  /** Resolves once the school server answered everything this person sent so far. */
  sent(): Promise<unknown> {
    return this.sending;
  }

  /**
   * Sends exactly this payload, for malformed-input cases: a chat text, a signalling body, or a
   * change of the class's stored state, which the school server takes only from the class's staff.
   */
  raw(channel: 'chat' | 'signal' | 'state', payload: string): this {
    if (channel === 'chat') this.chat({ text: payload });
    else if (channel === 'signal')
      this.hub.im.postSignal(this.info.signalGroupId, { from: this.userId, data: payload, extension: SIGNAL_EXTENSION });
    else this.toServer(() => this.hub.school.command(this.info.classId, this.userId, parseCommand(payload)));
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

  /** A staff member's client is the staff kit, started on first use. */
  private throughKit(send: (kit: LocalStaffKit) => Promise<unknown>, asIs?: TeacherCommand) {
    const kit = this.hub.staffKit(this.userId, this.info.classId);
    return sendAsAnyStaffClient(kit, () => kit.ready().then(() => send(kit)), asIs);
  }

  /** One request at a time, in the order made, as one client sends them. */
  private toServer(send: () => Promise<{ ok: boolean; code?: string }>): this {
    this.sending = this.sending.then(send).then(
      (outcome) => (this.lastRefusal = outcome.ok ? undefined : outcome.code),
      (error: unknown) => (this.lastRefusal = error instanceof PortError ? error.code : String(error)),
    );
    return this;
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

/** Whatever a client sends as a state, the server reads it as a command body (and judges the sender first). */
function parseCommand(payload: string): TeacherCommand {
  try {
    return JSON.parse(payload) as TeacherCommand;
  } catch {
    return { type: 'endClass' };
  }
}
