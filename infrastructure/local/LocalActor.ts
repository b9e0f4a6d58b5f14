import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { LocalClassroomHub } from './LocalClassroomHub';

/**
 * Someone else in the lesson (teacher, assistant, classmate) acting directly on the services,
 * as their own client would: commands go out on the signalling group, chat on the chat group,
 * media into the room. Whether a command takes effect is for the receiving client to decide.
 */
export class LocalActor {
  private media = { mic: false, camera: false };

  constructor(private readonly hub: LocalClassroomHub, private readonly info: ClassInfo, readonly userId: string) {}

  join(): this {
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

  command(command: TeacherCommand): this {
    this.hub.im.postSignal(this.info.signalGroupId, { type: 'command', senderId: this.userId, command });
    return this;
  }

  hand(raised: boolean): this {
    this.hub.im.postSignal(this.info.signalGroupId, { type: 'hand', senderId: this.userId, raised });
    return this;
  }

  private publish(media: { mic: boolean; camera: boolean }): this {
    this.media = media;
    this.hub.rtc.publish(this.info.roomId, { userId: this.userId, source: 'camera', hasAudio: media.mic, hasVideo: media.camera });
    return this;
  }
}
