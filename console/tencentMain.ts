// The teacher console for a real class: Tencent's web SDKs from the npm registry.
import TencentCloudChat from '@tencentcloud/chat';
import TRTC from 'trtc-sdk-v5';
import TIMUploadPlugin from 'tim-upload-plugin';
import { bootTencent } from './bootTencent';
import { WebChatSdk, WebTrtcSdk } from './families/webSdks';

bootTencent({ chat: TencentCloudChat as unknown as WebChatSdk, trtc: TRTC as unknown as WebTrtcSdk, uploadPlugin: TIMUploadPlugin }).catch(
  (error: Error) => {
    (document.getElementById('status') as HTMLElement).textContent = `教师端启动失败：${error.message}`;
    console.error(error);
  },
);
