import { DevicePermissionPort } from '../../application/ports/PlatformPorts';
import { AllowDevice } from '../../application/devicecheck/AllowDevice';
import { CheckDevices } from '../../application/devicecheck/CheckDevices';
import { LocalDevicePermissions } from '../../infrastructure/shared/LocalDevicePermissions';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { WxDevicePermissions } from '../../infrastructure/shared/wechat/WxDevicePermissions';
import { DEVICE_TEST_MS, DeviceCheckStore } from '../../miniprogram/viewmodels/DeviceCheckStore';
import { StandInPhone } from '../infrastructure/tencent/support/StandInPhone';

/** The device check before class, on the in-memory phone and on WeChat's permission API (a stand-in phone). */
interface TestPhone {
  readonly port: DevicePermissionPort;
  refuseCamera(): void;
  neverAsked(): void;
  answerPrompt(yes: boolean): void;
  settingsOpened(): number;
}

function inMemoryPhone(): TestPhone {
  const phone = new LocalDevicePermissions();
  return {
    port: phone,
    refuseCamera: () => void (phone.states.camera = 'refused'),
    neverAsked: () => void Object.assign(phone.states, { camera: 'ask', mic: 'ask' }),
    answerPrompt: (yes) => void (phone.answers.prompt = yes),
    settingsOpened: () => phone.settingsOpened,
  };
}

function weChatPhone(): TestPhone {
  const phone = new StandInPhone();
  Object.assign(phone.authSetting, { 'scope.camera': true, 'scope.record': true });
  return {
    port: new WxDevicePermissions(phone),
    refuseCamera: () => void (phone.authSetting['scope.camera'] = false),
    neverAsked: () => void Object.assign(phone.authSetting, { 'scope.camera': undefined, 'scope.record': undefined }),
    answerPrompt: (yes) => void (phone.answers.prompt = yes),
    settingsOpened: () => phone.settingsOpened,
  };
}

describe.each([
  ['in-memory phone', inMemoryPhone],
  ['WeChat', weChatPhone],
] as const)('device check before class: %s', (_, makePhone) => {
  it('reads both permissions without asking', async () => {
    const phone = makePhone();
    phone.neverAsked();
    expect(await new CheckDevices(phone.port).execute()).toEqual({ mic: 'ask', camera: 'ask' });
    phone.answerPrompt(false);
    expect(await new CheckDevices(phone.port).execute()).toEqual({ mic: 'ask', camera: 'ask' });
  });

  it('asks once when never asked, and a refusal sticks', async () => {
    const phone = makePhone();
    phone.neverAsked();
    phone.answerPrompt(false);
    expect(await new AllowDevice(phone.port).execute('camera')).toBe('refused');
    phone.answerPrompt(true);
    expect(await new CheckDevices(phone.port).execute()).toEqual({ mic: 'ask', camera: 'refused' });
  });

  it('after a refusal, goes to the settings page and reads the permission again', async () => {
    const phone = makePhone();
    phone.refuseCamera();
    expect(await new AllowDevice(phone.port).execute('camera')).toBe('allowed');
    expect(phone.settingsOpened()).toBe(1);
  });
});

describe('the device check on the entry page', () => {
  it('says where each device stands, offers the settings page after a refusal, and tests what is allowed', async () => {
    const clock = new ManualClock(0);
    const phone = new LocalDevicePermissions();
    phone.states.camera = 'refused';
    phone.answers.settings = false;
    const store = new DeviceCheckStore(phone, phone, clock);
    await store.refresh();
    expect(store.rows.map(({ name, statusText, actionText }) => `${name} ${statusText} ${actionText}`)).toEqual([
      '摄像头 已拒绝 去设置开启',
      '麦克风 已允许 测试',
    ]);
    await store.tap('camera');
    expect(phone.settingsOpened).toBe(1);
    expect(store.rows[0].statusText).toBe('已拒绝');
    await store.tap('mic');
    expect(store.micText).toBe('回放结束：如果听到了自己的声音，麦克风正常');
    phone.answers.settings = true;
    await store.tap('camera');
    expect(store.rows[0].actionText).toBe('测试');
    const testing = store.tap('camera');
    await clock.advance(0);
    expect(store.cameraTesting).toBe(true);
    await clock.advance(DEVICE_TEST_MS);
    await testing;
    expect(store.cameraTesting).toBe(false);
  });
});
