import { LocalDevicePermissions } from '../../infrastructure/shared/LocalDevicePermissions';
import { SystemClock } from '../../infrastructure/shared/SystemClock';
import { WxApi } from '../../infrastructure/shared/wechat/WxApi';
import { WxDevicePermissions } from '../../infrastructure/shared/wechat/WxDevicePermissions';
import { WxMicrophoneTest, WxRecorderApi } from '../../infrastructure/shared/wechat/WxMicrophoneTest';
import { DeviceCheckStore } from '../viewmodels/DeviceCheckStore';

/**
 * The device check on this phone: WeChat's permissions, recorder and player when the runtime has
 * them; where it has not (the browser preview), an in-memory phone that allows both devices.
 */
export function phoneDeviceCheck(): DeviceCheckStore {
  const phone = ((globalThis as { wx?: unknown }).wx ?? {}) as Partial<WxApi & WxRecorderApi>;
  const clock = new SystemClock();
  if (typeof phone.getSetting === 'function' && typeof phone.getRecorderManager === 'function') {
    return new DeviceCheckStore(new WxDevicePermissions(phone as WxApi), new WxMicrophoneTest(phone as WxRecorderApi), clock);
  }
  const local = new LocalDevicePermissions();
  return new DeviceCheckStore(local, local, clock);
}
