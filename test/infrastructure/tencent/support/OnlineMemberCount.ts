interface CountInfo {
  lastReqTime: number;
  lastSyncTime: number;
  latestUpdateTime: number;
  memberCount: number;
  expireTime: number;
}

/** The service's default `expireTime` for a live group's online count, in seconds (AVChatRoomHandler.DEFAULT_EXPIRE_TIME). */
const DEFAULT_EXPIRE_S = 60;

/**
 * tim-wx-sdk 2.27.6's AVChatRoomHandler.getGroupOnlineMemberCount: the service is asked only when
 * the cached count has expired, no tip updated it in the last 10 s and no request went out in the
 * last 3 s; otherwise the cached count comes back. Tips carry `onlineMemberInfo`, which the SDK
 * writes into the cache (_updateMemberCountByGroupTips).
 */
export class OnlineMemberCount {
  private readonly cache = new Map<string, CountInfo>();
  /** How many times the service was asked, for tests of the throttle. */
  requests = 0;

  constructor(
    private readonly now: () => number,
    private readonly serviceCount: (groupId: string) => number,
  ) {}

  read(groupId: string): number {
    const info = this.cache.get(groupId);
    const now = this.now();
    if (
      info &&
      !(now - info.lastSyncTime > 1000 * info.expireTime && now - info.latestUpdateTime > 10_000 && now - info.lastReqTime > 3_000)
    ) {
      return info.memberCount;
    }
    this.requests += 1;
    const memberCount = this.serviceCount(groupId);
    this.cache.set(groupId, { lastReqTime: now, lastSyncTime: now, latestUpdateTime: now, memberCount, expireTime: DEFAULT_EXPIRE_S });
    return memberCount;
  }

  tipArrived(groupId: string): void {
    const now = this.now();
    const info = this.cache.get(groupId) ?? {
      lastReqTime: 0,
      lastSyncTime: 0,
      latestUpdateTime: now,
      memberCount: 0,
      expireTime: DEFAULT_EXPIRE_S,
    };
    this.cache.set(groupId, { ...info, latestUpdateTime: now, memberCount: this.serviceCount(groupId) });
  }

  forget(groupId: string): void {
    this.cache.delete(groupId);
  }
}
