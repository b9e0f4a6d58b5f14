import { Choice } from '../../domain/interactions/choices';

/** What a student tells the staff, and only the staff, about a class tool. */
export type ToolReply =
  | { readonly kind: 'answer'; readonly questionId: string; readonly choices: readonly Choice[] }
  | { readonly kind: 'check-in'; readonly checkInId: string }
  | { readonly kind: 'invitation'; readonly seq: number; readonly accepted: boolean };
