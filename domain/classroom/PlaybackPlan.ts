import { MAX_REMOTE_VIDEOS } from './StageCapacity';
import { CoHost } from './Stage';
import { isLive, Stream } from './Stream';
import { Role } from './Role';

export interface PlaybackEntry {
  readonly userId: string;
  readonly source: Stream['source'];
  readonly video: boolean;
  readonly audio: boolean;
}

/**
 * Which remote streams play. The teacher and the board always play; every co-host is heard,
 * but only as many co-hosts are watched as leave the phone within MAX_REMOTE_VIDEOS decodes
 * with the teacher's (cheap phones decode few players); the others show as their avatars.
 * Anyone publishing without being on stage is not played at all.
 */
export function planPlayback(
  streams: Iterable<Stream>,
  coHosts: readonly CoHost[],
  roleOf: (userId: string) => Role,
  me: string,
): PlaybackEntry[] {
  const live = [...streams].filter((stream) => isLive(stream) && stream.userId !== me);
  const plan: PlaybackEntry[] = [];
  for (const stream of live) {
    const role = roleOf(stream.userId);
    if (role === 'teacher') plan.push({ userId: stream.userId, source: stream.source, video: stream.hasVideo, audio: stream.hasAudio });
    if (role === 'assistant') plan.push({ userId: stream.userId, source: stream.source, video: false, audio: stream.hasAudio });
  }
  let videos = plan.filter((entry) => entry.video).length;
  for (const coHost of coHosts) {
    const stream = live.find((candidate) => candidate.userId === coHost.userId && candidate.source === 'camera');
    if (!stream || roleOf(coHost.userId) !== 'student') continue;
    const video = stream.hasVideo && videos < MAX_REMOTE_VIDEOS;
    if (video) videos += 1;
    plan.push({ userId: stream.userId, source: 'camera', video, audio: stream.hasAudio });
  }
  return plan;
}
