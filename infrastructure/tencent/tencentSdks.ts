import TIMUploadPlugin from 'tim-upload-plugin';
import TIM = require('tim-wx-sdk');
import { TimFactory, TimInstance } from '../tim-wx/TimSdk';
import { trtcFactory } from '../trtc-wx/trtcFactory';
import { TencentSdks } from './tencentFamilyModule';

/** The real SDK modules, for the app's config. Tests pass the TRTC module with stand-in TIM instead. */
export function tencentSdks(): TencentSdks {
  const tim: TimFactory = {
    EVENT: TIM.EVENT,
    TYPES: TIM.TYPES,
    create: (options) => TIM.create({ ...options }) as TimInstance,
  };
  return { tim, timUploadPlugin: TIMUploadPlugin, trtc: trtcFactory() };
}
