import { Device } from '../../../domain/classroom/Permission';
import { DeviceAccess, DevicePermissionPort, DeviceStatus } from '../../../application/ports/PlatformPorts';
import { call, WxApi } from './WxApi';

const SCOPES: Record<Device, string> = { mic: 'scope.record', camera: 'scope.camera' };

/** What the student reads when the phone has refused the device the teacher granted. */
export const DEVICE_REFUSED_TEXT: Record<Device, { title: string; content: string }> = {
  mic: { title: '需要麦克风权限', content: '老师邀请你发言，但小程序没有使用麦克风的权限。请在设置中打开“麦克风”，再回到课堂。' },
  camera: { title: '需要摄像头权限', content: '老师邀请你开启视频，但小程序没有使用摄像头的权限。请在设置中打开“摄像头”，再回到课堂。' },
};

/**
 * The phone's own camera and microphone permission. WeChat asks only once: after a refusal
 * wx.authorize fails at once, so the student is told why and sent to the settings page.
 */
export class WxDevicePermissions implements DevicePermissionPort {
  constructor(private readonly wx: WxApi) {}

  async request(device: Device): Promise<DeviceAccess> {
    const scope = SCOPES[device];
    const setting = await call<{ authSetting: Record<string, boolean | undefined> }>((callbacks) => this.wx.getSetting(callbacks));
    const known = setting.ok ? setting.result.authSetting[scope] : undefined;
    if (known === true) return 'granted';
    if (known === undefined && (await call((callbacks) => this.wx.authorize({ scope, ...callbacks }))).ok) return 'granted';
    await this.explain(device);
    return 'denied';
  }

  async openSettings(): Promise<void> {
    await call((callbacks) => this.wx.openSetting(callbacks));
  }

  async status(device: Device): Promise<DeviceStatus> {
    const setting = await call<{ authSetting: Record<string, boolean | undefined> }>((callbacks) => this.wx.getSetting(callbacks));
    const known = setting.ok ? setting.result.authSetting[SCOPES[device]] : undefined;
    return known === true ? 'allowed' : known === false ? 'refused' : 'ask';
  }

  async ask(device: Device): Promise<DeviceStatus> {
    const now = await this.status(device);
    if (now !== 'ask') return now;
    return (await call((callbacks) => this.wx.authorize({ scope: SCOPES[device], ...callbacks }))).ok ? 'allowed' : 'refused';
  }

  private async explain(device: Device): Promise<void> {
    const text = DEVICE_REFUSED_TEXT[device];
    const answer = await call<{ confirm: boolean }>((callbacks) =>
      this.wx.showModal({ ...text, confirmText: '去设置', cancelText: '暂不', ...callbacks }),
    );
    if (answer.ok && answer.result.confirm) await this.openSettings();
  }
}
