import { ClassInfo, ClassroomBackendPort, Credentials } from '../../application/ports/ClassroomBackendPort';

/**
 * Passes class info on to the adapters that must know the teacher before the rooms are joined
 * (the board is the teacher's aux stream; TIC's classroom is the teacher's). JoinLesson reads
 * class info before it joins.
 */
export class RosterSharingBackend implements ClassroomBackendPort {
  constructor(
    private readonly inner: ClassroomBackendPort,
    private readonly onClassInfo: (info: ClassInfo) => void,
  ) {}

  async classInfo(classId: string): Promise<ClassInfo> {
    const info = await this.inner.classInfo(classId);
    this.onClassInfo(info);
    return info;
  }

  credentials(classId: string): Promise<Credentials> {
    return this.inner.credentials(classId);
  }
}
