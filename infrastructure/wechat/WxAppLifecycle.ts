import { AppLifecyclePort } from '../../application/ports/PlatformPorts';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { WxApi } from './WxApi';

export class WxAppLifecycle implements AppLifecyclePort {
  constructor(private readonly wx: WxApi) {}

  subscribe(listener: (state: 'foreground' | 'background') => void): Unsubscribe {
    const show = () => listener('foreground');
    const hide = () => listener('background');
    this.wx.onAppShow(show);
    this.wx.onAppHide(hide);
    return () => {
      this.wx.offAppShow(show);
      this.wx.offAppHide(hide);
    };
  }
}
