import type { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { LocalStaffMessaging, LocalStaffServer, staffClockOf } from '../../infrastructure/local/LocalStaffLink';
import { StaffKit } from '../../staff/application/StaffKit';
import { ConsoleFamily } from '../TeacherConsole';
import { localMedia } from './localMedia';
import { staffClassOf } from '../../staff/application/StaffKitOptions';

interface Person {
  readonly userId: string;
  readonly name: string;
}

/** What the preview page beside the console holds: the in-memory lesson its script plays on. */
interface PreviewLesson {
  readonly context: { readonly hub: LocalClassroomHub };
  readonly script: {
    readonly classroom: { classId: string; teacher: Person; assistants: readonly Person[]; students: readonly Person[]; me: Person };
  };
}

/** Waits for the student preview beside the console (its parent page) to open its in-memory lesson. */
export async function previewLesson(waiting: (text: string) => void): Promise<PreviewLesson> {
  for (;;) {
    const preview = (window.parent as unknown as { __preview?: { studio?: { live?: PreviewLesson } } }).__preview;
    const live = preview?.studio?.live;
    if (live) return live;
    waiting('等待学生端进入演示课堂（在左边点 进入演示课堂）…');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The in-memory family: the console teaches the same in-memory lesson the student preview plays,
 * through the staff kit over that lesson's school server and IM, as the lesson's teacher.
 */
export function localConsole(live: PreviewLesson): ConsoleFamily {
  const { hub } = live.context;
  const { classroom } = live.script;
  const { info } = hub.findClass(classroom.classId);
  const teacherId = info.teacher.userId;
  // The teacher's client is in both groups, as the teacher's IM login is.
  hub.im.join(info.chatGroupId, teacherId);
  hub.im.join(info.signalGroupId, teacherId);
  const kit = new StaffKit({
    classInfo: staffClassOf(info),
    userId: teacherId,
    server: new LocalStaffServer(hub.school, info.classId, teacherId, () => hub.im.isOnline(teacherId)),
    messaging: new LocalStaffMessaging(hub.im, info, teacherId),
    clock: staffClockOf(hub.clock),
    keep: window.localStorage,
    newRequestId: () => crypto.randomUUID(),
  });
  const people = [classroom.teacher, ...classroom.assistants, ...classroom.students, classroom.me];
  const names = new Map(people.map((person) => [person.userId, person.name]));
  const known = [...classroom.students, classroom.me].map((person) => person.userId);
  const ownCopies = new Map<string, string>();
  kit.on('presence', ({ userId }) => {
    if (!known.includes(userId) && !kit.isStaff(userId)) known.push(userId);
  });
  return {
    kit,
    names,
    known: () => known,
    online: (userId) => hub.im.isMember(info.chatGroupId, userId) && hub.im.isOnline(userId),
    now: () => hub.clock.now(),
    media: localMedia(hub, info, teacherId),
    // The in-memory IM stands in for the upload as the student's in-memory chat does: an https
    // address on its own host (the students' app shows only https pictures); the console shows its
    // own copy of the file.
    picture: async (file) => {
      const imageUrl = `https://im.local/images/${encodeURIComponent(file.name || 'image')}-${Date.now().toString(36)}`;
      ownCopies.set(imageUrl, URL.createObjectURL(file));
      return { imageUrl };
    },
    imageSrc: (imageUrl) => ownCopies.get(imageUrl) ?? imageUrl,
  };
}
