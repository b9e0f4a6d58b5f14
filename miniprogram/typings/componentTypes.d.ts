/**
 * Short names the pages and components use for WeChat's own types (miniprogram-api-typings):
 * `this` inside a page or component defined with Component(), and the event a handler gets.
 * Built from the official parts rather than TrivialInstance, whose index signature would let any
 * misspelt method through; `data` stays loose because WeChat merges properties and data by name.
 */
type WxComponentInstance = WechatMiniprogram.Component.InstanceProperties &
  WechatMiniprogram.Component.InstanceMethods<WechatMiniprogram.IAnyObject> & { readonly data: WechatMiniprogram.IAnyObject };
type WxEvent<Detail = unknown> = WechatMiniprogram.CustomEvent<Detail>;
