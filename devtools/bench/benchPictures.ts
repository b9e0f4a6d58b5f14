import { PICTURE_BYTES } from './heavyLesson';

const THUMBNAIL = '-198.jpg';
const LARGE = '-720.jpg';

/**
 * A picture's entries as the service sends them: 0 the original, 1 the 720 px picture, 2 the 198 px
 * thumbnail; tim-wx-sdk swaps 1 and 2 as it builds the message (docs/tencent-adapters.md), and the
 * stand-in IM builds it with the SDK's own Message class.
 */
export function pictureEntries(url: string): Record<string, unknown>[] {
  const at = (suffix: string) => url.replace(/\.jpg$/, suffix);
  return [
    { type: 0, imageUrl: url, url, width: 3000, height: 4000, size: PICTURE_BYTES.original },
    { type: 1, imageUrl: at(LARGE), url: at(LARGE), width: 540, height: 720, size: PICTURE_BYTES.large },
    { type: 2, imageUrl: at(THUMBNAIL), url: at(THUMBNAIL), width: 149, height: 198, size: PICTURE_BYTES.thumbnail },
  ];
}

/** What a picture the page showed weighs, by the entry its address names; `large` weighs it at the 720 px entry instead. */
export function pictureBytes(url: string, entry: 'shown' | 'large'): number {
  if (entry === 'large') return PICTURE_BYTES.large;
  return url.endsWith(THUMBNAIL) ? PICTURE_BYTES.thumbnail : url.endsWith(LARGE) ? PICTURE_BYTES.large : PICTURE_BYTES.original;
}
