import TIM = require('tim-wx-sdk');
import { TimMessage, TimMessageOptions } from '../../../../infrastructure/tim-wx/TimSdk';
import { RealElement, RealImageElement, realTimParts } from './realTimParts';

const { TYPES } = TIM;
const parts = realTimParts();

let seq = 1;

/** The element the SDK builds for a payload as the service delivers it (tip elements drop `onlineMemberInfo`). */
function elementFor(type: string, payload: Record<string, unknown>): RealElement {
  switch (type) {
    case TYPES.MSG_TEXT:
      return new parts.TextElem({ text: payload.text as string });
    case TYPES.MSG_CUSTOM:
      return new parts.CustomElem(payload);
    case TYPES.MSG_IMAGE:
      return new parts.ImageElem({ imageFormat: 1, uuid: `uuid-${seq}`, imageInfoArray: payload.imageInfoArray });
    case TYPES.MSG_GRP_TIP:
      return new parts.GroupTipElem(payload);
    default:
      throw new Error(`the stand-in cannot build a ${type} message`);
  }
}

/**
 * A group message from someone else, built by the SDK's own Message and element classes from
 * what the service sends (`payload` in the service's shape: three image entries, tip elements).
 */
export function incoming(
  from: string,
  to: string,
  type: string,
  payload: Record<string, unknown>,
  time = 1_700_000_000,
  me = 's1',
): TimMessage {
  const message = new parts.Message({
    from,
    to,
    conversationType: TYPES.CONV_GROUP,
    time,
    currentUser: me,
    senderTinyID: `tiny-${from}`,
    random: seq++,
  });
  message.setElement(elementFor(type, payload));
  return message as unknown as TimMessage;
}

/**
 * A group system notice as GroupSystemNoticeHandler builds it for MESSAGE_RECEIVED: the SDK's
 * Message in the `@TIM#SYSTEM` conversation with a TIMGroupSystemNoticeElem of the service's fields.
 */
export function systemNotice(groupId: string, operationType: number, me = 's1', operatorID = 'administrator'): TimMessage {
  const message = new parts.Message({
    from: TYPES.CONV_SYSTEM,
    to: me,
    conversationType: TYPES.CONV_SYSTEM,
    conversationID: TYPES.CONV_SYSTEM,
    time: 1_700_000_000,
    currentUser: me,
    random: seq++,
  });
  message.setElement({
    type: TYPES.MSG_GRP_SYS_NOTICE as string,
    content: { operationType, operatorID, groupProfile: { groupID: groupId } },
  });
  return message as unknown as TimMessage;
}

/**
 * The three entries the service sends for a picture (original, 720 px, 198 px: the order the
 * SDK's initImageInfoArray reads them in), as the upload's `imageView2` renditions.
 */
export function serviceImageInfo(url: string, width = 1600, height = 1200): Record<string, unknown>[] {
  const scaled = (side: number) => ({
    width: Math.round((width * side) / Math.min(width, height)),
    height: Math.round((height * side) / Math.min(width, height)),
  });
  return [
    { type: 1, size: 500_000, width, height, url },
    { type: 2, size: 60_000, ...scaled(720), url: `${url}?imageView2/3/w/720/h/720` },
    { type: 3, size: 8_000, ...scaled(198), url: `${url}?imageView2/3/w/198/h/198` },
  ];
}

/** What createTextMessage / createCustomMessage / createImageMessage build once the SDK is ready and the options validate. */
export function outgoing(
  api: 'createTextMessage' | 'createCustomMessage' | 'createImageMessage',
  options: TimMessageOptions,
  me: string,
  time: number,
): TimMessage {
  parts.validate([options], parts.rules[api], api);
  const message = new parts.Message({ ...options, currentUser: me, senderTinyID: `tiny-${me}`, time });
  if (api === 'createTextMessage') message.setElement(new parts.TextElem({ text: options.payload.text as string }));
  else if (api === 'createCustomMessage') message.setElement(new parts.CustomElem(options.payload));
  else message.setElement(new parts.ImageElem({ imageFormat: 255, uuid: `uuid-${seq++}`, file: chosenFile(options.payload.file) }));
  return message as unknown as TimMessage;
}

/** The SDK's createImageMessage turns what wx.chooseMedia returned into this (MessageModule.createImageMessage). */
function chosenFile(file: unknown): Record<string, unknown> {
  const first = (file as { tempFiles: { path?: string; tempFilePath?: string; size?: number }[] }).tempFiles[0];
  const path = String(first.path || first.tempFilePath);
  return {
    url: path,
    name: path.slice(path.lastIndexOf('/') + 1),
    size: first.size || 1,
    type: path.slice(path.lastIndexOf('.') + 1).toLowerCase(),
  };
}

/**
 * The upload of a sent picture and the send's success, as the SDK does them: the uploaded
 * addresses go to `imageUrl` (`url` keeps the local path), then the entries are swapped.
 */
export function uploaded(message: TimMessage, onProgress?: (fraction: number) => void): void {
  const element = (message as unknown as { getElements(): RealImageElement[] }).getElements()[0];
  for (const fraction of [0.5, 1]) {
    element.updatePercent(fraction);
    onProgress?.(fraction);
  }
  const name = String(element.content.imageInfoArray[0].url).split('/').pop();
  const [original, large, small] = serviceImageInfo(`https://cos.example/im/${name}`);
  element.updateImageInfoArray([original, large, small] as { url: string }[]);
  parts.swapImageInfo(element.content.imageInfoArray);
}

/** The SDK's error class; its own message text comes from a table TIM.create downloads, so one is always given here. */
export function timError(code: number, message = `IM error ${code}`): Error & { code: number; data: unknown } {
  return new parts.TimError({ code, message });
}

export const ERROR_CODE = parts.ERROR_CODE;
