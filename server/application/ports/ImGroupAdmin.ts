/** The kinds of IM group a class uses (Tencent IM's REST names). */
export type ImGroupType = 'AVChatRoom' | 'Public' | 'Meeting' | 'Work';

export interface ImGroupFound {
  readonly type: string;
  /** Empty when the group has no owner. */
  readonly owner: string;
}

/**
 * IM's group administration as App admin (Tencent IM's REST API): what the school server needs
 * to make a class's groups before its first lesson. Failures throw PublishError with IM's code.
 */
export interface ImGroupAdmin {
  /** Makes the accounts known to IM (an owner must be one); importing one again changes nothing. */
  importAccounts(userIds: readonly string[]): Promise<void>;
  /** The group as IM has it, or undefined when there is none. */
  find(groupId: string): Promise<ImGroupFound | undefined>;
  /** Creates the group; `exists` when the id was taken meanwhile (a second run, another process). */
  create(group: { groupId: string; type: ImGroupType; name: string; owner: string }): Promise<'created' | 'exists'>;
  /** The group's admins (an AVChatRoom's are set apart from its members). */
  admins(groupId: string, type: string): Promise<readonly string[]>;
  addAdmins(groupId: string, type: string, userIds: readonly string[]): Promise<void>;
}
