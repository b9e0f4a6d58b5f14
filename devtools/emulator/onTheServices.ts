import { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { ScriptClassroom } from '../../infrastructure/local/script/LessonScript';
import { OnTheServices } from './StudentDriver';

/** What the student's client really does on the in-memory services, for a snapshot. */
export function onTheServices(hub: LocalClassroomHub, classroom: ScriptClassroom): OnTheServices {
  const { roomId, chatGroupId, signalGroupId } = hub.findClass(classroom.classId).info;
  const me = classroom.me.userId;
  const stream = hub.rtc.streamOf(roomId, me);
  return {
    publishing: { mic: !!stream?.hasAudio, camera: !!stream?.hasVideo },
    inRooms: hub.rtc.isInRoom(roomId, me) || hub.im.isMember(chatGroupId, me) || hub.im.isMember(signalGroupId, me),
  };
}
