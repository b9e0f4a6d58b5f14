import { isActive } from '../../domain/classroom/LessonStatus';
import { AppLifecyclePort, ScreenPort } from '../ports/PlatformPorts';
import { LessonSession } from './LessonSession';

/**
 * The phone's screen stays on from joining until the lesson is over or left, and may sleep again
 * after. WeChat forgets the setting when the student leaves the app, so it is set again on return.
 */
export class KeepScreenOn {
  private on = false;

  constructor(
    private readonly session: LessonSession,
    private readonly screen: ScreenPort,
    lifecycle: AppLifecyclePort,
  ) {
    session.onChange((kind) => {
      if (kind === 'state') this.keep(this.inLesson());
    });
    lifecycle.subscribe((state) => {
      if (state === 'foreground' && this.on) this.screen.keepOn(true);
    });
  }

  private inLesson(): boolean {
    if (!this.session.hasClassroom) return false;
    const { status } = this.session.classroom;
    return status === 'joining' || isActive(status);
  }

  private keep(on: boolean): void {
    if (on === this.on) return;
    this.on = on;
    this.screen.keepOn(on);
  }
}
