import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { INVITE_SECONDS } from '../../../domain/interactions/limits';
import { ActionStep, ScriptClassroom } from './LessonScript';
import { ScriptContext } from './ScriptContext';

/** The teacher, assistants, classmates and the network, acting on the services directly. */
export function playOthers(step: ActionStep, context: ScriptContext, classroom: ScriptClassroom): void {
  const { hub } = context;
  const me = classroom.me.userId;
  const args = step.args as Record<string, never>;
  const info = hub.findClass(classroom.classId).info;
  if (step.by === 'network') {
    switch (step.do) {
      case 'imDown':
        return hub.im.setOnline(me, false);
      case 'imUp':
        return hub.im.setOnline(me, true, { resume: args.resume !== false });
      case 'rtcDown':
        return hub.rtc.setOnline(me, false);
      case 'rtcUp':
        return hub.rtc.setOnline(me, true);
      case 'redeliver':
        return args.channel === 'signal'
          ? hub.im.redeliver(info.signalGroupId, args.count, 'signal')
          : hub.im.redeliver(info.chatGroupId, args.count);
      case 'kickedOffline':
        return hub.im.kickOffline(me, args.reason);
      case 'quality':
        return hub.rtc.setQuality(me, args.level === 'bad' ? 'down' : args.level);
    }
  }
  const actor = hub.actor(step.by);
  const isStaff = hub.isStaff(step.by, classroom.classId);
  switch (step.do) {
    case 'join':
      actor.join();
      return;
    case 'leave':
      actor.leave();
      return;
    case 'raiseHand':
      actor.hand(true);
      return;
    case 'lowerHand':
      actor.hand(false);
      return;
    case 'camera':
      actor.camera(args.on);
      return;
    case 'mic':
      actor.mic(args.on);
      return;
    case 'board':
      actor.board(args.on);
      return;
    case 'chat':
      actor.chat(args.text !== undefined ? { text: args.text } : { imageUrl: args.image });
      return;
    case 'raw':
      actor.raw(args.channel, args.payload);
      return;
    case 'answer':
      actor.reply({ kind: 'answer', questionId: args.id, choices: args.choices });
      return;
    case 'question':
      if (!isStaff) break;
      actor.ask(commandOf(step) as Extract<TeacherCommand, { type: 'question' }>, args.correct ?? null);
      return;
    case 'closeQuestion':
      if (!isStaff) break;
      actor.closeQuestion(args.id);
      return;
    case 'checkIn':
      if (isStaff) break;
      actor.reply({ kind: 'check-in', checkInId: args.id });
      return;
  }
  actor.command(commandOf(step));
}

function commandOf(step: ActionStep): TeacherCommand {
  const args = step.args as Record<string, never>;
  switch (step.do) {
    case 'grant':
      return { type: 'grant', to: args.to, mic: args.mic, camera: args.camera };
    case 'revoke':
      return { type: 'revoke', to: args.to };
    case 'muteAll':
      return { type: 'muteAll' };
    case 'muteChat':
      return { type: 'muteChat', on: args.on };
    case 'kick':
      return { type: 'kick', to: args.to };
    case 'endClass':
      return { type: 'endClass' };
    case 'invite':
      return { type: 'invite', to: args.to, mic: args.mic, camera: args.camera, seconds: args.seconds ?? INVITE_SECONDS.fallback };
    case 'question':
      return { type: 'question', id: args.id, options: args.options, multiple: args.multiple ?? false, seconds: args.seconds ?? null };
    case 'closeQuestion':
      return { type: 'closeQuestion', id: args.id, correct: null, counts: [] };
    case 'checkIn':
      return { type: 'checkIn', id: args.id, seconds: args.seconds };
    case 'reward':
      return { type: 'reward', to: args.to };
  }
  throw new Error(`no command for "${step.do}"`);
}
