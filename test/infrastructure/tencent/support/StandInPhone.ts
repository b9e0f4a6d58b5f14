import { WxChooseMedia } from '../../../../infrastructure/shared/wechat/NativePicker';
import { WxApi, WxCallbacks } from '../../../../infrastructure/shared/wechat/WxApi';

type PickerOptions = Parameters<WxChooseMedia['chooseMedia']>[0];

type NetworkListener = (status: { isConnected: boolean; networkType: string }) => void;

/**
 * A phone as WeChat exposes it: each scope is asked once, a refusal sticks until the student
 * changes it on the settings page, and the screen, app and network state can be driven.
 */
export class StandInPhone implements WxApi, WxChooseMedia {
  readonly authSetting: Record<string, boolean | undefined> = {};
  /** How the student answers the next permission prompt, the explanation and the settings page. */
  answers = { prompt: true, modal: true, settings: true };
  readonly prompts: string[] = [];
  readonly modals: { title: string; content: string }[] = [];
  settingsOpened = 0;
  screenKeptOn = false;
  private readonly show = new Set<() => void>();
  private readonly hide = new Set<() => void>();
  private readonly network = new Set<NetworkListener>();
  private picker: PickerOptions | undefined;

  getSetting(options: WxCallbacks<{ authSetting: Record<string, boolean | undefined> }>): void {
    options.success?.({ authSetting: { ...this.authSetting } });
  }

  authorize(options: { scope: string } & WxCallbacks): void {
    if (this.authSetting[options.scope] === undefined) {
      this.prompts.push(options.scope);
      this.authSetting[options.scope] = this.answers.prompt;
    }
    if (this.authSetting[options.scope]) options.success?.({});
    else options.fail?.({ errMsg: 'authorize:fail auth deny' });
  }

  openSetting(options: WxCallbacks<{ authSetting: Record<string, boolean | undefined> }>): void {
    this.settingsOpened += 1;
    if (this.answers.settings) for (const scope of Object.keys(this.authSetting)) this.authSetting[scope] = true;
    options.success?.({ authSetting: { ...this.authSetting } });
  }

  showModal(options: { title: string; content: string } & WxCallbacks<{ confirm: boolean }>): void {
    this.modals.push({ title: options.title, content: options.content });
    options.success?.({ confirm: this.answers.modal });
  }

  onAppShow(listener: () => void): void {
    this.show.add(listener);
  }

  offAppShow(listener: () => void): void {
    this.show.delete(listener);
  }

  onAppHide(listener: () => void): void {
    this.hide.add(listener);
  }

  offAppHide(listener: () => void): void {
    this.hide.delete(listener);
  }

  onNetworkStatusChange(listener: NetworkListener): void {
    this.network.add(listener);
  }

  offNetworkStatusChange(listener: NetworkListener): void {
    this.network.delete(listener);
  }

  setKeepScreenOn(options: { keepScreenOn: boolean } & WxCallbacks): void {
    this.screenKeptOn = options.keepScreenOn;
    options.success?.({});
  }

  goBackground(): void {
    for (const listener of [...this.hide]) listener();
  }

  comeBack(): void {
    for (const listener of [...this.show]) listener();
  }

  setNetwork(isConnected: boolean): void {
    for (const listener of [...this.network]) listener({ isConnected, networkType: isConnected ? 'wifi' : 'none' });
  }

  /** WeChat's picture picker covers the app, and the app-hide event fires (reported on phones). */
  chooseMedia(options: PickerOptions): void {
    this.picker = options;
    this.goBackground();
  }

  /**
   * The student picks a picture (or cancels) and the picker closes: the app shows again and the
   * callbacks run, in an order no document states, so the test chooses it.
   */
  pickerCloses(file: { tempFilePath: string; size: number } | undefined, order: 'show-first' | 'callback-first'): void {
    const options = this.picker;
    if (!options) throw new Error('no picker is open');
    this.picker = undefined;
    const answer = () => {
      if (file) options.success({ tempFiles: [file] });
      else options.fail?.({ errMsg: 'chooseMedia:fail cancel' });
      options.complete?.();
    };
    if (order === 'show-first') this.comeBack();
    answer();
    if (order === 'callback-first') this.comeBack();
  }
}
