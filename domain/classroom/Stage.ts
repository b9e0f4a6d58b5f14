import { fail, ok, Result } from '../shared/Result';
import { Device, Permission } from './Permission';
import { StageCapacity } from './StageCapacity';

export interface CoHost {
  readonly userId: string;
  readonly permission: Permission;
  readonly micOn: boolean;
  readonly cameraOn: boolean;
}

/** Students the teacher brought on stage, in the order they came up. */
export class Stage {
  private coHosts: CoHost[] = [];

  constructor(readonly capacity: StageCapacity) {}

  get members(): readonly CoHost[] {
    return this.coHosts;
  }

  find(userId: string): CoHost | undefined {
    return this.coHosts.find((coHost) => coHost.userId === userId);
  }

  /**
   * A grant turns on exactly the granted devices; a different second grant replaces the first.
   * The same grant again (a redelivered command) changes nothing, so a co-host's own toggles stay.
   */
  grant(userId: string, permission: Permission): Result {
    if (permission.isEmpty) return fail('COMMAND.INVALID', 'a grant needs the microphone or the camera');
    const entry: CoHost = { userId, permission, micOn: permission.mic, cameraOn: permission.camera };
    const current = this.find(userId);
    if (current?.permission.equals(permission)) return ok();
    if (current) {
      this.replace(userId, () => entry);
      return ok();
    }
    if (this.coHosts.length >= this.capacity.value) return fail('STAGE.FULL');
    this.coHosts = [...this.coHosts, entry];
    return ok();
  }

  /** Puts the co-hosts in this order (the staff's), keeping anyone it does not name after them. */
  orderAs(userIds: readonly string[]): void {
    const place = (userId: string) => {
      const index = userIds.indexOf(userId);
      return index < 0 ? userIds.length : index;
    };
    this.coHosts = [...this.coHosts].sort((a, b) => place(a.userId) - place(b.userId));
  }

  remove(userId: string): void {
    this.coHosts = this.coHosts.filter((coHost) => coHost.userId !== userId);
  }

  clear(): void {
    this.coHosts = [];
  }

  setDevice(userId: string, device: Device, on: boolean): Result {
    const coHost = this.find(userId);
    if (!coHost || !coHost.permission.allows(device)) return fail('DEVICE.NOT_ALLOWED');
    this.replace(userId, (current) => (device === 'mic' ? { ...current, micOn: on } : { ...current, cameraOn: on }));
    return ok();
  }

  muteAll(): void {
    this.coHosts = this.coHosts.map((coHost) => ({ ...coHost, micOn: false }));
  }

  private replace(userId: string, change: (coHost: CoHost) => CoHost): void {
    this.coHosts = this.coHosts.map((coHost) => (coHost.userId === userId ? change(coHost) : coHost));
  }
}
