import { ScreenPort } from '../../../application/ports/PlatformPorts';
import { WxApi } from './WxApi';

/** Keeps the phone awake through a lesson; WeChat resets the setting when the mini-program leaves. */
export class WxScreen implements ScreenPort {
  constructor(private readonly wx: WxApi) {}

  keepOn(on: boolean): void {
    this.wx.setKeepScreenOn({ keepScreenOn: on });
  }
}
