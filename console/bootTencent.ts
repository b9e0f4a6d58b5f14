import { tencentConsole } from './families/tencentConsole';
import { WebChatSdk, WebTrtcSdk } from './families/webSdks';
import { TeacherConsole } from './TeacherConsole';

/**
 * The Tencent family's page: `?base=<school server>&classId=…&userId=…` (the school's login page
 * sends the teacher here); the SDKs are given, so the same page runs on stand-ins in the tests.
 */
export async function bootTencent(sdks: { chat: WebChatSdk; trtc: WebTrtcSdk; uploadPlugin?: unknown }): Promise<void> {
  const status = document.getElementById('status') as HTMLElement;
  const query = new URLSearchParams(location.search);
  const [base, classId, userId] = ['base', 'classId', 'userId'].map((name) => query.get(name) ?? '');
  if (!base || !classId || !userId) throw new Error('链接缺少 base、classId 或 userId');
  status.textContent = '正在登录…';
  const family = await tencentConsole({ base, classId, userId }, sdks);
  window.addEventListener('pagehide', () => family.kit.stop());
  await new TeacherConsole(family).start();
}
