export const ENTRY_TEXT = {
  title: '进入课堂',
  codePlaceholder: '请输入课堂码',
  enter: '进入课堂',
  demo: '进入演示课堂',
  demoHint: '演示课堂无需账号，老师和同学由本机模拟',
  emptyCode: '请输入课堂码',
  openFailed: '网络不佳，课堂没有打开，请重试',
} as const;

/** The device check before class. */
export const DEVICE_CHECK_TEXT = {
  title: '课前设备检查',
  hint: '测试只在本机进行，不会发送你的画面和声音',
  names: { camera: '摄像头', mic: '麦克风' },
  status: { allowed: '已允许', refused: '已拒绝', ask: '尚未授权' },
  actions: { allow: '允许使用', settings: '去设置开启', test: '测试' },
  refusedHint: '你曾拒绝授权，老师邀请你上台时将无法使用，请到设置页开启',
  micTest: {
    idle: '',
    recording: '请说几句话，稍后会回放给你听…',
    played: '回放结束：如果听到了自己的声音，麦克风正常',
    failed: '麦克风测试失败，请检查权限或稍后再试',
  },
  cameraTesting: '摄像头画面仅自己可见',
} as const;

/**
 * The class code a launch carries: `classId` in the query, or a mini-program code's `scene`
 * (WeChat hands the scene URL-encoded, at most 32 characters).
 */
export function classCodeFrom(query: Readonly<Record<string, string | undefined>> | undefined): string {
  if (!query) return '';
  const raw = query.classId ?? (query.scene ? safeDecode(query.scene) : '');
  const match = /(?:^|[&?])classId=([^&]+)/.exec(raw);
  return (match ? match[1] : raw).trim();
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
