/**
 * The few WeChat globals this mini-program touches. Declared by hand because
 * miniprogram-api-typings redeclares `require` and timers and clashes with the Node
 * types the tests need in the same program.
 */
interface WxChosenMedia {
  readonly tempFilePath: string;
  readonly size: number;
  readonly fileType?: string;
}

interface WxApi {
  nextTick(callback: () => void): void;
  navigateTo(options: { url: string }): void;
  navigateBack(options?: { delta?: number }): void;
  redirectTo(options: { url: string }): void;
  showToast(options: { title: string; icon?: 'none' | 'success' | 'error' | 'loading'; duration?: number }): void;
  chooseMedia(options: {
    count: number;
    mediaType: string[];
    sourceType: string[];
    success: (result: { tempFiles: WxChosenMedia[] }) => void;
    fail?: (error: { errMsg: string }) => void;
    complete?: () => void;
  }): void;
  setKeepScreenOn?(options: { keepScreenOn: boolean }): void;
}

declare const wx: WxApi;

/** Options are loosely typed on purpose: WeChat merges data, methods and lifetimes by name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type WxOptions = Record<string, any>;

declare function App(options: WxOptions): void;
declare function Page(options: WxOptions): void;
declare function Component(options: WxOptions): void;
declare function Behavior(options: WxOptions): string;
declare function getApp(): WxOptions;

/** What `this` is inside a page or component defined with Component(). */
interface WxComponentInstance {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly data: Record<string, any>;
  setData(data: Record<string, unknown>, callback?: () => void): void;
  triggerEvent(name: string, detail?: unknown): void;
}

interface WxEvent<Detail = unknown> {
  readonly timeStamp?: number;
  readonly detail: Detail;
  readonly currentTarget: { readonly dataset: Record<string, string> };
}
