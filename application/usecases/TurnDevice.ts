import { Device } from '../../domain/classroom/Permission';
import { fail, Result } from '../../domain/shared/Result';
import { DevicePermissionPort } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

/**
 * The shared rule behind TurnMicrophone and TurnCamera: the teacher must have granted the
 * device, and the phone must allow it; switching off always works at once.
 */
export async function turnDevice(session: LessonSession, permissions: DevicePermissionPort, device: Device, on: boolean): Promise<Result> {
  const { classroom } = session;
  if (on) {
    const mine = classroom.stage.find(classroom.me);
    if (!classroom.isActive || !mine?.permission.allows(device)) return fail('DEVICE.NOT_ALLOWED');
    if ((await permissions.request(device)) === 'denied') return fail(device === 'camera' ? 'DEVICE.CAMERA_DENIED' : 'DEVICE.MIC_DENIED');
  }
  return session.change((current) => current.setMyDevice(device, on));
}
