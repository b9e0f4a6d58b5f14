import { localUserSig } from './LocalImSession';
import { ClassInfo, ClassroomBackendPort, Credentials, PersonInfo } from '../../application/ports/ClassroomBackendPort';
import { PortError } from '../../application/ports/PortError';
import { LocalClassroomHub, LOCAL_SDK_APP_ID } from './LocalClassroomHub';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The school platform for one signed-in student. */
export class LocalClassroomBackend implements ClassroomBackendPort {
  constructor(
    private readonly hub: LocalClassroomHub,
    private readonly student: PersonInfo,
  ) {}

  async classInfo(classId: string): Promise<ClassInfo> {
    await this.hub.call('backend');
    return this.check(classId).info;
  }

  async credentials(classId: string): Promise<Credentials> {
    await this.hub.call('backend');
    this.check(classId);
    const expiresAt = this.hub.clock.now() + DAY_MS;
    return {
      sdkAppId: LOCAL_SDK_APP_ID,
      userId: this.student.userId,
      userName: this.student.name,
      userSig: localUserSig(this.student.userId, expiresAt),
      expiresAt,
    };
  }

  private check(classId: string) {
    const found = this.hub.findClass(classId);
    if (found.over) throw new PortError('CLASS_OVER', `class ${classId} is over`);
    if (found.enrolled && !found.enrolled.includes(this.student.userId)) {
      throw new PortError('NOT_ENROLLED', `${this.student.userId} is not enrolled in ${classId}`);
    }
    return found;
  }
}
