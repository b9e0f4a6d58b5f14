import { NoticeView } from '../../application/view/LessonView';
import { NOTICE_TEXT } from './studentText';

/** A notice in words, with the names filled in where it names people (王老师 奖励了 小明 🏆). */
export function noticeText(notice: NoticeView): string {
  const text = NOTICE_TEXT[notice.code];
  return text.replace('{by}', notice.by ?? '老师').replace('{to}', notice.about ?? '');
}
