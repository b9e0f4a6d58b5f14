import { ImGroupAdmin, ImGroupFound, ImGroupType } from '../../application/ports/ImGroupAdmin';
import { PublishError } from '../../application/ports/SignalPublisher';
import { ImRestClient } from './ImRestClient';

/** IM's answers to create_group when the id is in use: by another owner (10021), or already ours (10025). */
const ID_TAKEN = new Set([10021, 10025]);
/** get_group_info's per-group code for a group that does not exist (10010 dismissed, 10015 never was). */
const NO_GROUP = new Set([10010, 10015]);
/** multiaccount_import takes at most 100 accounts a call. */
const IMPORT_BATCH = 100;

/**
 * The group administration of Tencent IM's REST API (docs/go-live.md, section 2):
 * `im_open_login_svc/multiaccount_import`, `group_open_http_svc/get_group_info` and `create_group`,
 * and a live group's admins through `group_open_avchatroom_http_svc/get_admin_list` and `modify_admin`.
 */
export class ImRestGroupAdmin implements ImGroupAdmin {
  constructor(private readonly im: ImRestClient) {}

  async importAccounts(userIds: readonly string[]): Promise<void> {
    for (let at = 0; at < userIds.length; at += IMPORT_BATCH) {
      await this.im.call('im_open_login_svc/multiaccount_import', { Accounts: userIds.slice(at, at + IMPORT_BATCH) });
    }
  }

  async find(groupId: string): Promise<ImGroupFound | undefined> {
    const reply = await this.im.call('group_open_http_svc/get_group_info', { GroupIdList: [groupId] });
    const info = (reply.GroupInfo as { ErrorCode?: number; Type?: string; Owner_Account?: string }[] | undefined)?.[0];
    if (!info || NO_GROUP.has(info.ErrorCode ?? 0)) return undefined;
    if (info.ErrorCode) throw new PublishError(info.ErrorCode, false, `IM ${info.ErrorCode} reading ${groupId}`);
    return { type: String(info.Type), owner: info.Owner_Account ?? '' };
  }

  async create(group: { groupId: string; type: ImGroupType; name: string; owner: string }): Promise<'created' | 'exists'> {
    try {
      await this.im.call('group_open_http_svc/create_group', {
        GroupId: group.groupId,
        Type: group.type,
        Name: group.name,
        Owner_Account: group.owner,
      });
      return 'created';
    } catch (error) {
      if (error instanceof PublishError && typeof error.code === 'number' && ID_TAKEN.has(error.code)) return 'exists';
      throw error;
    }
  }

  async admins(groupId: string, type: string): Promise<readonly string[]> {
    if (type !== 'AVChatRoom') return [];
    const reply = await this.im.call('group_open_avchatroom_http_svc/get_admin_list', { GroupId: groupId });
    const list = reply.Admin_List as { Admin_Account?: unknown }[] | undefined;
    return (Array.isArray(list) ? list : []).flatMap((admin) => (typeof admin.Admin_Account === 'string' ? [admin.Admin_Account] : []));
  }

  async addAdmins(groupId: string, type: string, userIds: readonly string[]): Promise<void> {
    if (type === 'AVChatRoom') {
      await this.im.call('group_open_avchatroom_http_svc/modify_admin', { GroupId: groupId, CommandType: 1, Admin_Account: userIds });
      return;
    }
    for (const userId of userIds)
      await this.im.call('group_open_http_svc/modify_group_member_info', { GroupId: groupId, Member_Account: userId, Role: 'Admin' });
  }
}
