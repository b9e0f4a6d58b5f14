import { makeAutoObservable, runInAction } from 'mobx-miniprogram';
import { AllowDevice } from '../../application/devicecheck/AllowDevice';
import { CheckDevices, DeviceCheck } from '../../application/devicecheck/CheckDevices';
import { Clock, DevicePermissionPort, MicrophoneTestPort } from '../../application/ports/PlatformPorts';
import { Device } from '../../domain/classroom/Permission';
import { DEVICE_CHECK_TEXT } from './entryText';

/** How long each live test lasts: long enough to see oneself or say a sentence. */
export const DEVICE_TEST_MS = 3_000;

export type MicTest = 'idle' | 'recording' | 'played' | 'failed';

export interface DeviceRow {
  readonly device: Device;
  readonly name: string;
  readonly statusText: string;
  /** What the row's button does: allow (the prompt), settings (after a refusal), test (allowed). */
  readonly action: 'allow' | 'settings' | 'test';
  readonly actionText: string;
  readonly refused: boolean;
  readonly [field: string]: string | boolean;
}

/**
 * The device check on the entry page: whether the camera and microphone are allowed, a way to
 * allow them, and a short live test of each that publishes nothing (the camera shows only on
 * this page; the microphone records a moment and plays it back).
 */
export class DeviceCheckStore {
  check: DeviceCheck | null = null;
  cameraTesting = false;
  micTest: MicTest = 'idle';
  private testSerial = 0;

  constructor(
    private readonly permissions: DevicePermissionPort,
    private readonly microphone: MicrophoneTestPort,
    private readonly clock: Clock,
  ) {
    makeAutoObservable<DeviceCheckStore, 'permissions' | 'microphone' | 'clock' | 'testSerial'>(
      this,
      { permissions: false, microphone: false, clock: false, testSerial: false },
      { autoBind: true },
    );
  }

  get rows(): DeviceRow[] {
    const check = this.check;
    if (!check) return [];
    return (['camera', 'mic'] as const).map((device) => {
      const status = check[device];
      const action = status === 'allowed' ? 'test' : status === 'refused' ? 'settings' : 'allow';
      return {
        device,
        name: DEVICE_CHECK_TEXT.names[device],
        statusText: DEVICE_CHECK_TEXT.status[status],
        action,
        actionText: DEVICE_CHECK_TEXT.actions[action],
        refused: status === 'refused',
      };
    });
  }

  get micText(): string {
    return DEVICE_CHECK_TEXT.micTest[this.micTest];
  }

  /** Read again whenever the page shows: the student may be back from the settings page. */
  async refresh(): Promise<void> {
    const check = await new CheckDevices(this.permissions).execute();
    runInAction(() => (this.check = check));
  }

  async tap(device: Device): Promise<void> {
    const row = this.rows.find((candidate) => candidate.device === device);
    if (row?.action === 'test') return device === 'camera' ? this.testCamera() : this.testMicrophone();
    const status = await new AllowDevice(this.permissions).execute(device);
    runInAction(() => (this.check = { ...(this.check ?? { mic: 'ask', camera: 'ask' }), [device]: status }));
  }

  /** The page reports that its camera preview could not start. */
  cameraFailed(): void {
    this.cameraTesting = false;
  }

  private async testCamera(): Promise<void> {
    const serial = ++this.testSerial;
    this.cameraTesting = true;
    await this.clock.delay(DEVICE_TEST_MS);
    runInAction(() => serial === this.testSerial && (this.cameraTesting = false));
  }

  private async testMicrophone(): Promise<void> {
    if (this.micTest === 'recording') return;
    this.micTest = 'recording';
    const outcome = await this.microphone.recordAndPlayBack(DEVICE_TEST_MS);
    runInAction(() => (this.micTest = outcome));
  }
}
