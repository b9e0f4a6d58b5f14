import type { StandInGroup } from './tencentRestStandIn';

type Reply = Record<string, unknown>;
type Refuse = (code: number, info: string) => Reply;

/** A live group's admins at most (IM's documented limit). */
const MAX_ADMINS = 5;
const GROUP_TYPES = new Set(['AVChatRoom', 'Public', 'Private', 'Work', 'ChatRoom', 'Meeting', 'Community']);

/**
 * Tencent IM's group administration as documented (create_group, get_group_info, account import,
 * a live group's admins), for the loopback stand-in: an owner must be an imported account
 * (10004 "invalid owner id"), a live group takes no members at creation (10007), an id in use is
 * 10025 when its owner is the one asked for and 10021 otherwise, a live group keeps 5 admins.
 * What differs: the codes for more than 5 admins (10004) and for admins of a group type that has
 * none by this API (10007) are chosen here, as the documents do not say.
 */
export class GroupAdminStandIn {
  readonly accounts = new Set<string>();

  constructor(private readonly groups: Map<string, StandInGroup>) {}

  /** Answers the APIs it knows; undefined for the others. */
  answer(api: string, body: Record<string, unknown>, ok: () => Reply, refuse: Refuse): Reply | undefined {
    switch (api) {
      case 'im_open_login_svc/multiaccount_import': {
        const accounts = body.Accounts;
        if (!Array.isArray(accounts) || accounts.length === 0 || accounts.length > 100) return refuse(10004, 'Accounts');
        for (const id of accounts) if (typeof id === 'string') this.accounts.add(id);
        return { ...ok(), FailAccounts: [] };
      }
      case 'group_open_http_svc/get_group_info': {
        const ids = body.GroupIdList;
        if (!Array.isArray(ids) || ids.length === 0 || ids.length > 50) return refuse(10004, 'GroupIdList');
        return {
          ...ok(),
          GroupInfo: ids.map((id) => {
            const group = this.groups.get(String(id));
            return group
              ? { GroupId: id, ErrorCode: 0, Type: group.type, Owner_Account: group.owner ?? '', Name: group.name ?? '' }
              : { GroupId: id, ErrorCode: 10015, ErrorInfo: 'group id invalid' };
          }),
        };
      }
      case 'group_open_http_svc/create_group':
        return this.create(body, ok, refuse);
      default:
        return undefined;
    }
  }

  /** A live group's admin APIs, for a group that exists. */
  admins(api: string, group: StandInGroup, body: Record<string, unknown>, ok: () => Reply, refuse: Refuse): Reply | undefined {
    if (api === 'group_open_avchatroom_http_svc/get_admin_list') {
      if (group.type !== 'AVChatRoom') return refuse(10007, 'only a live group has this admin list');
      return { ...ok(), Admin_List: [...(group.admins ?? [])].map((id) => ({ Admin_Account: id, Avatar: '', NickName: '' })) };
    }
    if (api === 'group_open_avchatroom_http_svc/modify_admin') {
      if (group.type !== 'AVChatRoom') return refuse(10007, 'only a live group has this admin list');
      const accounts = body.Admin_Account;
      if (!Array.isArray(accounts) || (body.CommandType !== 1 && body.CommandType !== 2))
        return refuse(10004, 'CommandType, Admin_Account');
      const admins = new Set(group.admins ?? []);
      for (const id of accounts as string[]) {
        if (body.CommandType === 1) admins.add(id);
        else admins.delete(id);
      }
      if (admins.size > MAX_ADMINS) return refuse(10004, `a live group keeps at most ${MAX_ADMINS} admins`);
      group.admins = admins;
      return ok();
    }
    return undefined;
  }

  private create(body: Record<string, unknown>, ok: () => Reply, refuse: Refuse): Reply {
    const { GroupId: id, Type: type, Name: name, Owner_Account: owner } = body;
    if (typeof type !== 'string' || !GROUP_TYPES.has(type) || typeof name !== 'string' || name === '')
      return refuse(10004, 'Type and Name');
    if (new TextEncoder().encode(name).length > 30) return refuse(10004, 'Name is over 30 bytes');
    if (owner !== undefined && (typeof owner !== 'string' || !this.accounts.has(owner))) return refuse(10004, 'invalid owner id');
    if (type === 'AVChatRoom' && body.MemberList !== undefined) return refuse(10007, 'a live group takes no members at creation');
    if (typeof id === 'string') {
      const existing = this.groups.get(id);
      if (existing)
        return existing.owner === owner ? refuse(10025, 'the group id is yours already') : refuse(10021, 'the group id is in use');
    }
    const groupId = typeof id === 'string' ? id : `@TGS#${this.groups.size + 1}`;
    this.groups.set(groupId, {
      type: type as StandInGroup['type'],
      members: new Set(),
      banned: new Set(),
      owner: owner as string | undefined,
      name,
      admins: new Set(),
    });
    return { ...ok(), GroupId: groupId };
  }
}
