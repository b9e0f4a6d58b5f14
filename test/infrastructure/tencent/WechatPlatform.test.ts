import { WxAppLifecycle } from '../../../infrastructure/shared/wechat/WxAppLifecycle';
import { DEVICE_REFUSED_TEXT, WxDevicePermissions } from '../../../infrastructure/shared/wechat/WxDevicePermissions';
import { WxNetworkStatus } from '../../../infrastructure/shared/wechat/WxNetworkStatus';
import { WxScreen } from '../../../infrastructure/shared/wechat/WxScreen';
import { StandInPhone } from './support/StandInPhone';

describe('the phone through wx', () => {
  it('asks for the camera once and remembers the answer', async () => {
    const phone = new StandInPhone();
    const permissions = new WxDevicePermissions(phone);
    await expect(permissions.request('camera')).resolves.toBe('granted');
    await expect(permissions.request('camera')).resolves.toBe('granted');
    expect(phone.prompts).toEqual(['scope.camera']);
  });

  it('explains a refused microphone in Chinese and opens the settings page when the student agrees', async () => {
    const phone = new StandInPhone();
    phone.answers = { prompt: false, modal: true, settings: true };
    const permissions = new WxDevicePermissions(phone);
    await expect(permissions.request('mic')).resolves.toBe('denied');
    expect(phone.modals).toEqual([DEVICE_REFUSED_TEXT.mic]);
    expect(phone.modals[0].content).toContain('麦克风');
    expect(phone.settingsOpened).toBe(1);
    await expect(permissions.request('mic')).resolves.toBe('granted');
  });

  it('does not prompt again after a refusal, and leaves the settings closed when the student declines', async () => {
    const phone = new StandInPhone();
    phone.authSetting['scope.camera'] = false;
    phone.answers = { prompt: true, modal: false, settings: true };
    const permissions = new WxDevicePermissions(phone);
    await expect(permissions.request('camera')).resolves.toBe('denied');
    expect(phone.prompts).toEqual([]);
    expect(phone.modals).toEqual([DEVICE_REFUSED_TEXT.camera]);
    expect(phone.settingsOpened).toBe(0);
  });

  it('reports the app going to the background and back, until unsubscribed', () => {
    const phone = new StandInPhone();
    const states: string[] = [];
    const stop = new WxAppLifecycle(phone).subscribe((state) => states.push(state));
    phone.goBackground();
    phone.comeBack();
    stop();
    phone.goBackground();
    expect(states).toEqual(['background', 'foreground']);
  });

  it('reports the network going down and up', () => {
    const phone = new StandInPhone();
    const online: boolean[] = [];
    const stop = new WxNetworkStatus(phone).subscribe((up) => online.push(up));
    phone.setNetwork(false);
    phone.setNetwork(true);
    stop();
    phone.setNetwork(false);
    expect(online).toEqual([false, true]);
  });

  it('keeps the screen on through the lesson', () => {
    const phone = new StandInPhone();
    const screen = new WxScreen(phone);
    screen.keepOn(true);
    expect(phone.screenKeptOn).toBe(true);
    screen.keepOn(false);
    expect(phone.screenKeptOn).toBe(false);
  });
});
