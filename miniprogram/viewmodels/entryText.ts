export const ENTRY_TEXT = {
  title: '进入课堂',
  codePlaceholder: '请输入课堂码',
  enter: '进入课堂',
  demo: '进入演示课堂',
  demoHint: '演示课堂无需账号，老师和同学由本机模拟',
  emptyCode: '请输入课堂码',
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
