import { ClassInfo } from '../../application/ports/ClassroomBackendPort';

import { DEMO_CLASS_ID } from '../runtime/demoEntry';

export { DEMO_CLASS_ID };
export const DEMO_TEACHER = 'demo-teacher';
export const DEMO_ASSISTANT = 'demo-assistant';
export const DEMO_STUDENT = { userId: 'demo-me', name: '我' };

/** Classmates by id, with the names the chat and the co-host strip show. */
export const DEMO_CLASSMATES: Readonly<Record<string, string>> = {
  'demo-xiaohong': '小红',
  'demo-xiaogang': '小刚',
  'demo-xiaoli': '小丽',
};

export const DEMO_CLASS: ClassInfo = {
  classId: DEMO_CLASS_ID,
  title: '演示课堂 · 认识分数',
  teacher: { userId: DEMO_TEACHER, name: '王老师' },
  assistants: [{ userId: DEMO_ASSISTANT, name: '李助教' }],
  roomId: 'demo-room',
  chatGroupId: 'demo-chat',
  signalGroupId: 'demo-signal',
};
