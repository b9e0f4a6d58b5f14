import { AppLifecyclePort } from '../../../application/ports/PlatformPorts';
import { Unsubscribe } from '../../../application/ports/Unsubscribe';
import { nativePicker, NativePicker } from './NativePicker';
import { WxApi } from './WxApi';

/**
 * The app going to the background and back. A hide while our own picture picker is open is the
 * picker covering the app, not the student leaving, so it and the show that ends it are not
 * reported (see NativePicker).
 */
export class WxAppLifecycle implements AppLifecyclePort {
  constructor(
    private readonly wx: WxApi,
    private readonly picker: Pick<NativePicker, 'isOpen'> = nativePicker,
  ) {}

  subscribe(listener: (state: 'foreground' | 'background') => void): Unsubscribe {
    let hiddenByPicker = false;
    const show = () => {
      if (hiddenByPicker) hiddenByPicker = false;
      else listener('foreground');
    };
    const hide = () => {
      if (this.picker.isOpen) hiddenByPicker = true;
      else listener('background');
    };
    this.wx.onAppShow(show);
    this.wx.onAppHide(hide);
    return () => {
      this.wx.offAppShow(show);
      this.wx.offAppHide(hide);
    };
  }
}
