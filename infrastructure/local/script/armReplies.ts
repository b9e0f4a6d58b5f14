import { ReplyRule, ScriptClassroom } from './LessonScript';
import { ScriptContext } from './ScriptContext';
import { playOthers } from './playOthers';

/**
 * Makes each reply rule listen through its replier's own client: when they hear the rule's
 * sender do its action, they take the rule's action `after` ms later. Returns a stop for them all.
 */
export function armReplies(replies: readonly ReplyRule[], context: ScriptContext, classroom: ScriptClassroom): () => void {
  const stops = replies.map((rule) => {
    const replier = context.hub.actor(rule.action.by);
    const sender = rule.when.by === 'me' ? classroom.me.userId : rule.when.by;
    const fromSender = (userId: string) => (sender === 'anyone' ? userId !== replier.userId : userId === sender);
    const reply = () => void context.clock.delay(rule.after).then(() => playOthers(rule.action, context, classroom));
    if (rule.when.does === 'chat') return replier.hearsChat((message) => fromSender(message.from) && reply());
    const raised = rule.when.does === 'raiseHand';
    return replier.hears((event) => event.type === 'hand' && event.raised === raised && fromSender(event.senderId) && reply());
  });
  return () => stops.forEach((stop) => stop());
}
