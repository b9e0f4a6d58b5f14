import { Clock } from '../../application/ports/PlatformPorts';
import { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { DEMO_ASSISTANT, DEMO_CLASSMATES, DEMO_TEACHER } from './demoClass';

const CHATTER = ['大家能听清楚吗？', '有问题可以举手哦', '二分之一和四分之二一样大吗？', '很好，继续看白板'];

/**
 * A tiny scripted teacher for the demo lesson: camera on, then the board, a grant for any raised
 * hand, and a line of chat now and then. A later issue replaces this with a lesson-script emulator.
 */
export class DemoTeacher {
  private stopped = false;
  private stopInbox: (() => void) | undefined;

  constructor(
    private readonly hub: LocalClassroomHub,
    private readonly clock: Clock,
  ) {}

  start(): void {
    const teacher = this.hub.actor(DEMO_TEACHER).join();
    this.hub.actor(DEMO_ASSISTANT).join();
    const classmates = Object.keys(DEMO_CLASSMATES).map((id) => this.hub.actor(id).join());
    this.stopInbox = teacher.hears((event) => {
      if (event.type === 'hand' && event.raised)
        this.at(2000, () => teacher.command({ type: 'grant', to: event.senderId, mic: true, camera: true }));
    });
    // Said before the student arrives: the chat group hands it to them as earlier chat.
    teacher.chat({ text: '上课前请准备好纸和笔' });
    classmates[0].chat({ text: '老师，我准备好了' });
    this.at(1000, () => teacher.camera(true).mic(true).chat({ text: '同学们好，欢迎来到演示课堂！' }));
    this.at(4000, () => classmates[0].chat({ text: '王老师好！' }));
    this.at(8000, () => teacher.board(true).chat({ text: '请看白板' }));
    this.at(12000, () => {
      teacher.command({ type: 'grant', to: classmates[1].userId, mic: true, camera: false });
      classmates[1].mic(true);
    });
    this.every(15000, (round) => teacher.chat({ text: CHATTER[round % CHATTER.length] }));
  }

  stop(): void {
    this.stopped = true;
    this.stopInbox?.();
  }

  private at(ms: number, step: () => void): void {
    void this.clock.delay(ms).then(() => this.stopped || step());
  }

  private every(ms: number, step: (round: number) => void, round = 0): void {
    this.at(ms, () => {
      step(round);
      this.every(ms, step, round + 1);
    });
  }
}
