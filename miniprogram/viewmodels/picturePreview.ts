import { ChatLineView } from '../../application/view/LessonView';
import { shortKey } from './shortKeys';

export interface PicturePreview {
  readonly current: string;
  readonly urls: string[];
}

/** The picture of the line under `key`, large, among the other delivered pictures of the lines (wx.previewImage's options). */
export function picturesAround(lines: readonly ChatLineView[], key: string): PicturePreview | undefined {
  // Mine while sending or failed is still the phone's own file: only delivered pictures open.
  const urls = lines.flatMap((line) => (line.imageUrl && (!line.state || line.state === 'sent') ? [line.imageUrl] : []));
  const current = lines.find((line) => shortKey(line.id) === key)?.imageUrl;
  return current && urls.includes(current) ? { current, urls } : undefined;
}
