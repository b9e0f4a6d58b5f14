import { ClassEvent } from '../../domain/classroom/ClassEvent';
import { LessonNotice } from './LessonSession';

/** The notice a student sees for one thing the staff did to the class; most say nothing. */
export function noticeOf(event: ClassEvent): LessonNotice | undefined {
  switch (event.type) {
    case 'granted-me':
      return 'GRANTED';
    case 'revoked-me':
      return 'REVOKED';
    case 'muted-me':
      return 'MUTED_ALL';
    case 'chat-muted':
      return 'CHAT_MUTED';
    case 'chat-unmuted':
      return 'CHAT_UNMUTED';
    case 'stage-full-for-me':
      return 'STAGE_FULL';
    case 'invited-me':
      return 'INVITED';
    case 'rewarded':
      return 'REWARDED';
    default:
      return undefined;
  }
}
