import { createStoreBindings } from 'mobx-miniprogram-bindings';
import {
  classCodeFrom,
  DEMO_CLASS_ID,
  DEMO_PAGE,
  DEVICE_CHECK_TEXT,
  DeviceCheckStore,
  ENTRY_TEXT,
  lessonPageUrl,
  phoneDeviceCheck,
} from '../../core';

interface EntryPage extends WxComponentInstance {
  devices?: DeviceCheckStore;
  /** A navigation this page started and has not come back from: a second tap must not open a second lesson page. */
  leaving?: boolean;
  /** The page was hidden by that navigation: only coming back from it ends it (a launch from a link shows the page after `enter`). */
  hidden?: boolean;
  bindings?: { destroyStoreBindings(): void };
  enter(code: string): void;
}

/**
 * Entry: a class code typed in, or carried by the launch (query `classId` or a code's `scene`),
 * or the built-in demo lesson. The demo always runs in memory, from its own subpackage; any other code opens a class of
 * the family this build was configured for (miniprogram/config/lesson.config.json). Above it, the
 * device check: camera and microphone permission, a way to allow them, a live test of each.
 */
Component({
  data: {
    code: '',
    errorText: '',
    text: ENTRY_TEXT,
    deviceText: {
      title: DEVICE_CHECK_TEXT.title,
      hint: DEVICE_CHECK_TEXT.hint,
      refusedHint: DEVICE_CHECK_TEXT.refusedHint,
      cameraTesting: DEVICE_CHECK_TEXT.cameraTesting,
    },
  },
  methods: {
    onLoad(this: EntryPage, query?: Record<string, string>) {
      this.devices = phoneDeviceCheck();
      this.bindings = createStoreBindings(this, {
        store: this.devices,
        fields: {
          deviceRows: (store: DeviceCheckStore) => store.rows,
          anyRefused: (store: DeviceCheckStore) => store.rows.some((row) => row.refused),
          cameraTesting: (store: DeviceCheckStore) => store.cameraTesting,
          micText: (store: DeviceCheckStore) => store.micText,
        },
        actions: {},
        structuralComparison: true,
      });
      const code = classCodeFrom(query);
      if (!code) return;
      this.setData({ code });
      this.enter(code);
    },
    onShow(this: EntryPage) {
      if (this.hidden) this.leaving = false;
      this.hidden = false;
      // Back from WeChat's settings page, a permission may have changed.
      void this.devices?.refresh();
    },
    onHide(this: EntryPage) {
      this.hidden = true;
    },
    onUnload(this: EntryPage) {
      this.bindings?.destroyStoreBindings();
    },
    onDeviceTap(this: EntryPage, event: WxEvent) {
      const device = event.currentTarget.dataset.device;
      if (device === 'camera' || device === 'mic') void this.devices?.tap(device);
    },
    onCameraError(this: EntryPage) {
      this.devices?.cameraFailed();
    },
    onCodeInput(this: WxComponentInstance, event: WxEvent<{ value: string }>) {
      this.setData({ code: event.detail.value, errorText: '' });
    },
    onEnterTap(this: EntryPage) {
      const code = String(this.data.code).trim();
      if (!code) {
        this.setData({ errorText: ENTRY_TEXT.emptyCode });
        return;
      }
      this.enter(code);
    },
    onDemoTap(this: EntryPage) {
      this.enter(DEMO_CLASS_ID);
    },
    enter(this: EntryPage, code: string) {
      if (this.leaving) return;
      this.leaving = true;
      // The demo lives in its own subpackage, downloaded only now; its page opens the lesson page.
      // Any other class opens on the lesson subpackage's page, which holds its adapters. Either
      // subpackage may fail to download on a weak network: the student can try again.
      void wx.navigateTo({
        url: code === DEMO_CLASS_ID ? DEMO_PAGE : lessonPageUrl(code),
        fail: () => {
          this.leaving = false;
          this.setData({ errorText: ENTRY_TEXT.openFailed });
        },
      });
    },
  },
});
