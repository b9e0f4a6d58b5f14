import { ClassEntry } from './ports/ClassDirectory';
import { ImGroupAdmin, ImGroupType } from './ports/ImGroupAdmin';
import { PublishError } from './ports/SignalPublisher';

/** The groups every class has (docs/go-live.md, section 2): both live groups, no member limit, bans for removals. */
export const CLASS_GROUP_TYPE: ImGroupType = 'AVChatRoom';
/** IM keeps at most 5 admins in a live group. */
export const MAX_LIVE_GROUP_ADMINS = 5;
/** IM's limit on a group's name, in UTF-8 bytes. */
const MAX_NAME_BYTES = 30;

export type GroupStep =
  | { readonly groupId: string; readonly did: 'created' | 'found' }
  | { readonly groupId: string; readonly did: 'admins-added'; readonly userIds: readonly string[] }
  | { readonly groupId: string; readonly problem: string };

/**
 * Makes a class's signalling and chat groups as the protocol relies on them: live groups, the
 * teacher their owner, the assistants their admins. Idempotent: what exists is checked, not made
 * again, so a second run (or two servers at once) doubles nothing. Returns what it did, and what
 * it found wrong that only a person can fix (a group of another type, another owner).
 */
export class SetUpClassGroups {
  constructor(private readonly im: ImGroupAdmin) {}

  async execute(entry: ClassEntry, title: string): Promise<readonly GroupStep[]> {
    const staff = [entry.teacherId, ...entry.assistantIds];
    await this.im.importAccounts(staff);
    const steps: GroupStep[] = [];
    for (const [groupId, suffix] of [
      [entry.signalGroupId, '信令'],
      [entry.chatGroupId, '聊天'],
    ] as const) {
      steps.push(...(await this.setUp(groupId, nameOf(title, suffix), entry)));
    }
    return steps;
  }

  private async setUp(groupId: string, name: string, entry: ClassEntry): Promise<GroupStep[]> {
    let found = await this.im.find(groupId);
    const steps: GroupStep[] = [];
    if (!found) {
      const made = await this.im.create({ groupId, type: CLASS_GROUP_TYPE, name, owner: entry.teacherId });
      found = made === 'created' ? { type: CLASS_GROUP_TYPE, owner: entry.teacherId } : await this.im.find(groupId);
      steps.push({ groupId, did: made === 'created' ? 'created' : 'found' });
    } else steps.push({ groupId, did: 'found' });
    if (!found) return [...steps, { groupId, problem: 'IM says the id is taken but shows no such group' }];
    if (found.type !== CLASS_GROUP_TYPE)
      return [...steps, { groupId, problem: `the group is a ${found.type}, not an ${CLASS_GROUP_TYPE}: dismiss it or name another id` }];
    if (found.owner !== entry.teacherId)
      steps.push({
        groupId,
        problem: `its owner is "${found.owner || 'nobody'}", not the teacher "${entry.teacherId}" (a live group's owner cannot change)`,
      });
    const admins = await this.im.admins(groupId, found.type);
    const missing = entry.assistantIds.filter((id) => !admins.includes(id));
    if (missing.length === 0) return steps;
    if (admins.length + missing.length > MAX_LIVE_GROUP_ADMINS)
      return [...steps, { groupId, problem: `a live group holds ${MAX_LIVE_GROUP_ADMINS} admins; ${missing.join(', ')} would be more` }];
    try {
      await this.im.addAdmins(groupId, found.type, missing);
      steps.push({ groupId, did: 'admins-added', userIds: missing });
    } catch (error) {
      if (!(error instanceof PublishError) || error.retryable) throw error;
      steps.push({
        groupId,
        problem: `IM refused the admins (${error.message}): live-group admins need IM Premium and the online member list`,
      });
    }
    return steps;
  }
}

/** "函数的单调性·信令", the title shortened until the name fits IM's limit. */
function nameOf(title: string, suffix: string): string {
  const chars = [...title];
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  let name = `${title}·${suffix}`;
  while (bytes(name) > MAX_NAME_BYTES && chars.length > 0) {
    chars.pop();
    name = `${chars.join('')}·${suffix}`;
  }
  return name;
}
