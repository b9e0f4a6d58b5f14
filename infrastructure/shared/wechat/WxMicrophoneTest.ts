import { MicrophoneTestPort } from '../../../application/ports/PlatformPorts';

/** The part of WeChat's recorder and audio player the microphone test uses. */
export interface WxRecorderApi {
  getRecorderManager(): {
    start(options: { duration: number; format: 'aac' }): void;
    stop(): void;
    onStop(listener: (result: { tempFilePath: string }) => void): void;
    onError(listener: (error: { errMsg: string }) => void): void;
  };
  createInnerAudioContext(): {
    src: string;
    play(): void;
    destroy(): void;
    onEnded(listener: () => void): void;
    onError(listener: (error: { errMsg: string }) => void): void;
  };
}

/**
 * Records a moment on the phone and plays it back to the student: the microphone is heard
 * working, and nothing leaves the phone (no room is entered, nothing is published). WeChat
 * keeps one recorder per app, so its listeners are set once.
 */
export class WxMicrophoneTest implements MicrophoneTestPort {
  private pending: ((outcome: { file?: string }) => void) | undefined;
  private readonly recorder: ReturnType<WxRecorderApi['getRecorderManager']>;

  constructor(private readonly wx: WxRecorderApi) {
    this.recorder = wx.getRecorderManager();
    this.recorder.onStop(({ tempFilePath }) => this.settle({ file: tempFilePath }));
    this.recorder.onError(() => this.settle({}));
  }

  async recordAndPlayBack(ms: number): Promise<'played' | 'failed'> {
    if (this.pending) return 'failed';
    const recorded = new Promise<{ file?: string }>((resolve) => (this.pending = resolve));
    this.recorder.start({ duration: ms, format: 'aac' });
    const { file } = await recorded;
    if (!file) return 'failed';
    return new Promise((resolve) => {
      const player = this.wx.createInnerAudioContext();
      const done = (outcome: 'played' | 'failed') => {
        player.destroy();
        resolve(outcome);
      };
      player.onEnded(() => done('played'));
      player.onError(() => done('failed'));
      player.src = file;
      player.play();
    });
  }

  private settle(outcome: { file?: string }): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.(outcome);
  }
}
