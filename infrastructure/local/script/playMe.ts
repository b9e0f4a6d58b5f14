import { ActionStep } from './LessonScript';
import { ScriptContext } from './ScriptContext';
import { MeDriver } from './MeDriver';

/** The student's own steps, taken as taps through the driver (the page's view model). */
export function playMe(step: ActionStep, driver: MeDriver, context: ScriptContext, classId: string): Promise<unknown> | void {
  const args = step.args as Record<string, never>;
  switch (step.do) {
    case 'join':
      return driver.join(classId);
    case 'leave':
      return driver.leave();
    case 'raiseHand':
      return driver.raiseHand();
    case 'lowerHand':
      return driver.lowerHand();
    case 'mic':
      return driver.mic(args.on);
    case 'camera':
      return driver.camera(args.on);
    case 'chat':
      return args.text !== undefined ? driver.sendText(args.text) : driver.sendImage(args.image);
    case 'fullscreen':
      driver.fullscreen(args.on);
      return;
    case 'dismissRecap':
      driver.dismissRecap();
      return;
    case 'dataSaver':
      driver.dataSaver(args.mode);
      return;
    case 'acceptInvite':
      return driver.acceptInvite();
    case 'declineInvite':
      return driver.declineInvite();
    case 'answer':
      return driver.answer(args.id, args.choices);
    case 'checkIn':
      return driver.checkIn(args.id);
    case 'dismissQuestion':
      driver.dismissQuestion();
      return;
    case 'background':
      return context.lifecycle.emit('background');
    case 'foreground':
      return context.lifecycle.emit('foreground');
  }
}
