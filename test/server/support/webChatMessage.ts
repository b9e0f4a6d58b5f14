import { WebChatMessage } from '../../../staff/infrastructure/TimStaffMessaging';
import { TakenMessage } from './tencentRestStandIn';

/** A message IM took from the school server's REST call, as a web chat SDK hands it to a group member. */
export function webChatMessageOf(taken: TakenMessage, id: string): WebChatMessage {
  return {
    ID: id,
    type: 'TIMCustomElem',
    to: taken.groupId,
    from: taken.from,
    time: Math.floor(taken.at / 1000),
    conversationType: 'GROUP',
    payload: { data: taken.data, description: taken.desc, extension: taken.ext },
  };
}
