import { WxmlEvent } from '../../../../infrastructure/trtc-wx/TrtcSdk';

/**
 * The <live-pusher> statechange events a lesson produces, in the shapes trtc-wx-sdk 1.1.15
 * parses: 1031–1034 carry a JSON `userlist` in `message`; 1019 without `reason[0]` is a kick.
 */
export const pusherCode = (code: number, message: unknown = ''): WxmlEvent => ({
  detail: { code, message: typeof message === 'string' ? message : JSON.stringify(message) },
});

export const entered = () => pusherCode(1018, 'enter room success');
export const kicked = () => pusherCode(1019, 'kicked out by the server');
export const userJoined = (userid: string) => pusherCode(1031, { userlist: [{ userid }] });
export const userLeft = (userid: string) => pusherCode(1032, { userlist: [{ userid }] });

export const video = (userid: string, hasvideo: boolean, streamtype: 'main' | 'aux' = 'main') =>
  pusherCode(1033, {
    userlist: [{ userid, streamtype, hasvideo, playurl: `room://cloud.tencent.com/rtc?userid=${userid}&streamtype=${streamtype}` }],
  });

export const audio = (userid: string, hasaudio: boolean) =>
  pusherCode(1034, { userlist: [{ userid, hasaudio, playurl: `room://cloud.tencent.com/rtc?userid=${userid}&streamtype=main` }] });

export const playerVolume = (streamid: string, volume: number): WxmlEvent => ({
  detail: { volume },
  currentTarget: { dataset: { streamid } },
});

export const netStatus = (info: Record<string, number>): WxmlEvent => ({ detail: { info } });
