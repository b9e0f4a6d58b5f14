import { tencentSdks } from '../../../infrastructure/tencent/tencentSdks';
import { installStandInWx } from './support/standInWx';
import { StandInPage } from './support/StandInPage';

describe('the real SDK modules for the app', () => {
  it('exposes the IM constants the adapters read, without creating an IM instance', () => {
    const { tim, timUploadPlugin } = tencentSdks();
    expect(tim.EVENT).toMatchObject({ SDK_READY: 'sdkStateReady', MESSAGE_RECEIVED: 'onMessageReceived', KICKED_OUT: 'kickedOut' });
    expect(tim.TYPES).toMatchObject({ MSG_CUSTOM: 'TIMCustomElem', MSG_PRIORITY_HIGH: 'High', CONV_GROUP: 'GROUP' });
    expect(typeof timUploadPlugin).toBe('function');
  });

  it('builds a TRTC instance for the page on WeChat', () => {
    const wx = installStandInWx();
    try {
      const sdk = tencentSdks().trtc(new StandInPage());
      expect(sdk.EVENT.LOCAL_JOIN).toBe('LOCAL_JOIN');
    } finally {
      wx.uninstall();
    }
  });
});
