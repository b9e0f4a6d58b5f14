import * as fs from 'fs';

/** A message as tim-wx-sdk 2.27.6 builds it (its class `Wa`), with the fields the adapters read. */
export interface RealMessage {
  ID: string;
  type: string;
  payload: Record<string, unknown>;
  conversationType: string;
  to: string;
  from: string;
  time: number;
  priority: string;
  setElement(element: RealElement): void;
  getElements(): RealElement[];
}

export interface RealElement {
  readonly type: string;
  readonly content: Record<string, unknown>;
}

export interface RealImageElement extends RealElement {
  readonly content: { imageInfoArray: RealImageInfo[] } & Record<string, unknown>;
  updateImageInfoArray(uploaded: { url: string; size?: number; width?: number; height?: number }[]): void;
  updatePercent(fraction: number): void;
}

export interface RealImageInfo {
  type: number;
  url: string;
  imageUrl: string;
  width: number;
  height: number;
  setType(type: number): void;
}

/** The SDK's own pieces, taken out of its bundle (they are not exported). */
export interface RealTimParts {
  readonly TIM: { readonly EVENT: Record<string, string>; readonly TYPES: Record<string, string | number>; readonly VERSION: string };
  readonly Message: new (options: Record<string, unknown>) => RealMessage;
  readonly TextElem: new (content: { text: string }) => RealElement;
  readonly CustomElem: new (content: Record<string, unknown>) => RealElement;
  readonly ImageElem: new (options: Record<string, unknown>) => RealImageElement;
  readonly GroupTipElem: new (elements: Record<string, unknown>) => RealElement;
  /** What sendMessage does to a sent picture's entries, and what the element does to a received one's. */
  readonly swapImageInfo: (infos: RealImageInfo[]) => void;
  /** The API parameter check every public call runs: true, or a synchronous throw. */
  readonly validate: (args: unknown[], rules: unknown, api: string) => true;
  readonly rules: Record<string, unknown>;
  readonly TimError: new (error: { code: number; message?: string; data?: unknown }) => Error & { code: number; data: unknown };
  readonly ERROR_CODE: Record<string, number>;
}

// Resolved, not joined to __dirname: the bench bundles this file into its entry (scripts/run-ts.js).
const SDK_FILE = require.resolve('tim-wx-sdk/tim-wx.js');
const VERSION = '2.27.6';
/** The last statement of the bundle's factory: every internal name is in scope there. */
const ANCHOR = 'sc.TYPES=E,';
/** Minified names of 2.27.6, found by reading the bundle (docs/tencent-adapters.md, "What is real"). */
const EXPOSE =
  'sc.__parts={Message:Wa,TextElem:Ra,ImageElem:Na,CustomElem:qa,GroupTipElem:Pa,swapImageInfo:Pt,' +
  'validate:Jt,rules:Ln,TimError:ja,ERROR_CODE:ha,hookTips:function(f){Ln.hookGetAPITips(f)}},';

/**
 * The SDK decides at load time that it runs in a mini-program when `wx.getSystemInfoSync()`
 * reports a font size setting; that is all this `wx` needs for the parts used here, which
 * open no socket (TIM.create would, so the stand-in never calls it).
 */
const loadWx = {
  getSystemInfoSync: () => ({ fontSizeSetting: 16, platform: 'android', SDKVersion: '3.0.0' }),
  getStorageSync: () => '',
  setStorageSync: () => undefined,
};

let loaded: RealTimParts | undefined;

/** Loads tim-wx-sdk's bundle once per test file, with its internal classes exposed beside TIM. */
export function realTimParts(): RealTimParts {
  if (loaded) return loaded;
  const source = fs.readFileSync(SDK_FILE, 'utf8');
  if (!source.includes(`sc.VERSION="${VERSION}"`) || source.split(ANCHOR).length !== 2) {
    throw new Error(`tim-wx-sdk is not ${VERSION}: re-read the bundle and update the names in realTimParts.ts`);
  }
  const bundle = { exports: {} as Record<string, unknown> };
  // eslint-disable-next-line no-new-func -- the SDK's own code, run as its UMD wrapper expects
  new Function('module', 'exports', 'wx', 'define', source.replace(ANCHOR, EXPOSE + ANCHOR))(bundle, bundle.exports, loadWx, undefined);
  const TIM = bundle.exports as unknown as RealTimParts['TIM'] & {
    __parts: Omit<RealTimParts, 'TIM'> & { hookTips(tips: (key: string) => string): void };
  };
  // The SDK fills its validation messages from its error text table, which create() would hook.
  TIM.__parts.hookTips((key) => key);
  loaded = { ...TIM.__parts, TIM };
  return loaded;
}
