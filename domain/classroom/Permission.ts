export type Device = 'mic' | 'camera';

export const DEVICES: readonly Device[] = ['mic', 'camera'];

/** What the teacher allowed a student to publish; microphone and camera are granted separately. */
export class Permission {
  private constructor(
    readonly mic: boolean,
    readonly camera: boolean,
  ) {}

  static readonly NONE = new Permission(false, false);

  static of(grant: { mic: boolean; camera: boolean }): Permission {
    return new Permission(grant.mic === true, grant.camera === true);
  }

  allows(device: Device): boolean {
    return this[device];
  }

  get isEmpty(): boolean {
    return !this.mic && !this.camera;
  }

  equals(other: Permission): boolean {
    return this.mic === other.mic && this.camera === other.camera;
  }
}
