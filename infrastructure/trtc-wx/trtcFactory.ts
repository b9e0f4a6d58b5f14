import TRTC = require('trtc-wx-sdk');
import { TrtcFactory, TrtcSdk } from './TrtcSdk';

/**
 * The real SDK. `env: 'test'` skips wx.getSystemInfo and turns the SDK's quality reports and
 * console logging off; the app leaves it unset.
 */
export function trtcFactory(options: { env?: 'test' } = {}): TrtcFactory {
  return (page) => new TRTC(page, options.env ? { env: options.env } : undefined) as TrtcSdk;
}
