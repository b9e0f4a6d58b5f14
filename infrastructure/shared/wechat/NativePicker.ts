/** A picture the student chose, as the lesson sends it. */
export interface PickedImage {
  readonly path: string;
  readonly size: number;
}

/** The part of `wx` the picker calls (wx.chooseMedia). */
export interface WxChooseMedia {
  chooseMedia(options: {
    count: number;
    mediaType: ('image' | 'video' | 'mix')[];
    sourceType: ('album' | 'camera')[];
    success: (result: { tempFiles: { tempFilePath: string; size: number }[] }) => void;
    fail?: (error: { errMsg: string }) => void;
    complete?: () => void;
  }): void;
}

/**
 * WeChat's own picture picker covers the mini-program, and on phones the app-hide event is
 * reported to fire as if the student had left. The lesson takes a hide for leaving and stops the
 * microphone and camera, which would cut an on-stage student off while they choose a picture.
 * So the picker says when it is open, and WxAppLifecycle ignores the hide (and the show that
 * ends it) for that time. One per app: app-hide is app-wide.
 */
export class NativePicker {
  private openPickers = 0;

  get isOpen(): boolean {
    return this.openPickers > 0;
  }

  pickImage(wx: WxChooseMedia, onPicked: (image: PickedImage) => void): void {
    this.openPickers += 1;
    let closed = false;
    // success/fail and complete all end the picker; whichever comes first closes it once.
    const close = () => {
      if (closed) return;
      closed = true;
      this.openPickers -= 1;
    };
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      success: ({ tempFiles }) => {
        close();
        const [file] = tempFiles;
        if (file) onPicked({ path: file.tempFilePath, size: file.size });
      },
      fail: close,
      complete: close,
    });
  }
}

export const nativePicker = new NativePicker();
