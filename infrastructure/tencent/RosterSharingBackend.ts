import { ClassInfo, ClassroomBackendPort, Credentials } from '../../application/ports/ClassroomBackendPort';

/**
 * Passes class info on to whoever must know the staff before the groups are joined: the
 * signalling adapter judges senders by it. JoinLesson reads class info before it joins.
 */
export class RosterSharingBackend implements ClassroomBackendPort {
  constructor(private readonly inner: ClassroomBackendPort, private readonly onClassInfo: (info: ClassInfo) => void) {}

  async classInfo(classId: string): Promise<ClassInfo> {
    const info = await this.inner.classInfo(classId);
    this.onClassInfo(info);
    return info;
  }

  credentials(classId: string): Promise<Credentials> {
    return this.inner.credentials(classId);
  }
}
