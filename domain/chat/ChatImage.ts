import { fail, ok, Result } from '../shared/Result';

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const TYPES = ['jpg', 'png', 'gif', 'webp'] as const;
export type ImageType = (typeof TYPES)[number];

/** A picture the student picked, checked before it is uploaded. */
export class ChatImage {
  private constructor(
    readonly path: string,
    readonly size: number,
    readonly type: ImageType,
  ) {}

  static create(file: { path: string; size: number; type?: string }): Result<ChatImage> {
    const type = normaliseType(file.type || extensionOf(file.path));
    if (!type) return fail('IMAGE.TYPE');
    if (!(file.size > 0) || file.size > MAX_IMAGE_BYTES) return fail('IMAGE.TOO_LARGE');
    return ok(new ChatImage(file.path, file.size, type));
  }
}

function extensionOf(path: string): string {
  const match = /\.([a-z0-9]+)(?:\?.*)?$/i.exec(path || '');
  return match ? match[1] : '';
}

function normaliseType(raw: string): ImageType | undefined {
  const type = raw
    .toLowerCase()
    .replace(/^image\//, '')
    .replace(/^jpeg$/, 'jpg');
  return (TYPES as readonly string[]).includes(type) ? (type as ImageType) : undefined;
}
