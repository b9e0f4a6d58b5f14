/** Where the app's pages in subpackages are (app.json `subPackages`): the demo class (root `demo`) and the lesson (root `lesson`). */
export const DEMO_CLASS_ID = 'demo';
export const DEMO_PAGE = '/demo/index';

export const LESSON_PAGE = '/lesson/index';

export function lessonPageUrl(classId: string): string {
  return `${LESSON_PAGE}?classId=${encodeURIComponent(classId)}`;
}

export const ENTRY_PAGE = '/pages/entry/index';
