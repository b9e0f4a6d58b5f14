import { StaffKit } from '../../staff/application/StaffKit';
import { FetchStaffServer } from '../../staff/infrastructure/FetchStaffServer';
import { TimStaffMessaging } from '../../staff/infrastructure/TimStaffMessaging';
import { ConsoleFamily } from '../TeacherConsole';
import { staffLogin } from './staffLogin';
import { trtcMedia } from './trtcMedia';
import { WebChatSdk, WebTrtcSdk } from './webSdks';

export interface TencentConsoleParams {
  /** The school server's API base. */
  readonly base: string;
  readonly classId: string;
  /** The staff member, as the school's login named them. */
  readonly userId: string;
  readonly fetch?: typeof fetch;
}

/**
 * The Tencent family: the teacher logs in to the school (class info, staff token, UserSig), to
 * IM with the web chat SDK and joins both groups, enters the TRTC room as an anchor with the
 * class's scene; the kit runs over the school server's HTTP routes and the chat instance.
 */
export async function tencentConsole(
  params: TencentConsoleParams,
  sdks: { chat: WebChatSdk; trtc: WebTrtcSdk; uploadPlugin?: unknown },
): Promise<ConsoleFamily> {
  const login = await staffLogin(params);
  const { info } = login;
  const chat = sdks.chat.create({ SDKAppID: login.sdkAppId, unlimitedAVChatRoom: true });
  if (sdks.uploadPlugin) chat.registerPlugin?.({ 'tim-upload-plugin': sdks.uploadPlugin });
  await chat.login({ userID: params.userId, userSig: login.userSig });
  await chat.joinGroup({ groupID: info.signalGroupId });
  await chat.joinGroup({ groupID: info.chatGroupId });
  const kit = new StaffKit({
    classInfo: { classId: info.classId, teacherId: info.teacherId, assistantIds: info.assistantIds, stageCapacity: info.stageCapacity },
    userId: params.userId,
    server: new FetchStaffServer({
      base: params.base,
      classId: info.classId,
      staffToken: () => login.staffToken,
      fetch: params.fetch as never,
    }),
    messaging: new TimStaffMessaging({ chat, constants: sdks.chat, signalGroupId: info.signalGroupId, chatGroupId: info.chatGroupId }),
    keep: window.localStorage,
    newRequestId: () => crypto.randomUUID(),
  });
  const online = new Set<string>();
  const known: string[] = [...info.students];
  kit.on('presence', ({ userId, online: here }) => {
    if (kit.isStaff(userId)) return;
    if (!known.includes(userId)) known.push(userId);
    if (here) online.add(userId);
    else online.delete(userId);
  });
  kit.on('hand', ({ userId }) => void (known.includes(userId) || known.push(userId)));
  kit.on('chat', ({ from }) => {
    if (!kit.isStaff(from)) online.add(from);
  });
  const media = await trtcMedia(sdks.trtc, { sdkAppId: login.sdkAppId, userId: params.userId, userSig: login.userSig, info });
  return {
    kit,
    names: info.names,
    known: () => known,
    online: (userId) => online.has(userId),
    now: () => Date.now(),
    media,
    // The web chat SDK uploads the picture itself (its upload plugin) and sends the message.
    picture: async (file) => ({ file }),
  };
}
