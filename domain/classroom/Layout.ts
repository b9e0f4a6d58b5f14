import { Stream } from './Stream';

export type MainView = 'board' | 'teacher' | 'teacher-avatar' | 'none';

export interface Layout {
  readonly main: MainView;
  /** The teacher's camera shown small, tagged 主讲, while the board is the main view. */
  readonly teacherPip: boolean;
}

export function layoutFor(boardOn: boolean, teacherCamera: Stream | undefined): Layout {
  const teacherVideo = !!teacherCamera?.hasVideo;
  if (boardOn) return { main: 'board', teacherPip: teacherVideo };
  if (teacherVideo) return { main: 'teacher', teacherPip: false };
  if (teacherCamera?.hasAudio) return { main: 'teacher-avatar', teacherPip: false };
  return { main: 'none', teacherPip: false };
}
