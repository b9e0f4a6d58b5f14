/** The teacher's own devices: camera and microphone as the main stream, the screen as the board. */
export interface ConsoleMedia {
  /** Switches the device on or off; rejects with a message the teacher can act on. */
  camera(on: boolean): Promise<void>;
  mic(on: boolean): Promise<void>;
  screen(on: boolean): Promise<void>;
  /** What the camera shows, for the teacher's own preview (null while it is off). */
  preview(): MediaStream | null;
}

const DEVICE_BUTTONS = ['camera', 'mic', 'screen'] as const;
const LABELS = { camera: ['开启摄像头', '关闭摄像头'], mic: ['开启麦克风', '关闭麦克风'], screen: ['共享屏幕', '停止共享'] };

/** The three device buttons: pressed means on; a refusal (no permission, no device) leaves it off and says why. */
export function wireMedia(media: ConsoleMedia, notice: (text: string) => void): void {
  for (const device of DEVICE_BUTTONS) {
    const button = document.getElementById(device) as HTMLButtonElement;
    const show = (on: boolean) => {
      button.setAttribute('aria-pressed', String(on));
      button.textContent = LABELS[device][on ? 1 : 0];
      const video = document.getElementById('local-video') as HTMLVideoElement;
      const stream = media.preview();
      if (video.srcObject !== stream) video.srcObject = stream;
      // A family whose SDK draws the camera itself (TRTC, into #local-view) has no stream to show here.
      video.hidden = !stream;
    };
    show(false);
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.disabled = true;
      media[device](on)
        .then(
          () => show(on),
          (error: Error) => notice(error.message || '设备无法使用'),
        )
        .finally(() => (button.disabled = false));
    });
  }
}
