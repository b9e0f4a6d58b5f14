import { NetworkStatusPort } from '../../../application/ports/PlatformPorts';
import { Unsubscribe } from '../../../application/ports/Unsubscribe';
import { WxApi } from './WxApi';

export class WxNetworkStatus implements NetworkStatusPort {
  constructor(private readonly wx: WxApi) {}

  subscribe(listener: (online: boolean) => void): Unsubscribe {
    const changed = (status: { isConnected: boolean }) => listener(status.isConnected);
    this.wx.onNetworkStatusChange(changed);
    return () => this.wx.offNetworkStatusChange(changed);
  }
}
