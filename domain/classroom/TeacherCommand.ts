/** What a teacher or assistant can tell the class; who sent it is carried beside, never inside. */
export type TeacherCommand =
  | { readonly type: 'grant'; readonly to: string; readonly mic: boolean; readonly camera: boolean }
  | { readonly type: 'revoke'; readonly to: string }
  | { readonly type: 'muteAll' }
  | { readonly type: 'muteChat'; readonly on: boolean }
  | { readonly type: 'kick'; readonly to: string }
  | { readonly type: 'endClass' };

export type TeacherCommandType = TeacherCommand['type'];

export const TEACHER_COMMAND_TYPES: readonly TeacherCommandType[] = ['grant', 'revoke', 'muteAll', 'muteChat', 'kick', 'endClass'];
