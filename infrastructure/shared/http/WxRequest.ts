/** The slice of `wx.request` the backend adapter uses; injected so tests and Node can stand in for it. */
export interface WxRequestOptions {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly header: Record<string, string>;
  readonly data?: unknown;
  /** Milliseconds; WeChat fails the request with an errMsg containing "timeout" after it. */
  readonly timeout: number;
  readonly dataType: 'json';
  success(result: { statusCode: number; data: unknown }): void;
  fail(error: { errMsg: string }): void;
}

export type WxRequest = (options: WxRequestOptions) => unknown;
