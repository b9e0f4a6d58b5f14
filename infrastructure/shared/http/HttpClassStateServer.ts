import { ClassState } from '../../../domain/classroom/ClassState';
import { ClassStateServer } from '../classstate/ClassStateServer';
import { LastReadState } from '../classstate/LastReadState';
import { decodeClassStateReply } from '../signalling/classStateCodec';
import { getJson, postJson, SchoolServer } from './getJson';
import { WxRequest } from './WxRequest';
import { ToolReply } from '../../../application/ports/ToolReply';
import { Clock } from '../../../application/ports/PlatformPorts';

/** The class state and the student's hand on the school server (docs/backend-api.md, "The class state"). */
export class HttpClassStateServer implements ClassStateServer {
  private readonly last = new LastReadState();

  constructor(
    private readonly request: WxRequest,
    private readonly server: SchoolServer,
    private readonly clock?: Clock,
  ) {}

  async read(classId: string): Promise<ClassState | undefined> {
    const since = this.last.since(classId);
    const query = since === undefined ? '' : `?since=${since}`;
    const reply = await getJson(this.request, this.server, `/classes/${encodeURIComponent(classId)}/state${query}`);
    return this.last.take(classId, decodeClassStateReply(reply, this.clock?.now()));
  }

  async hand(classId: string, raised: boolean): Promise<void> {
    await postJson(this.request, this.server, `/classes/${encodeURIComponent(classId)}/hand`, { raised });
  }

  async reply(classId: string, reply: ToolReply): Promise<void> {
    const at = `/classes/${encodeURIComponent(classId)}`;
    if (reply.kind === 'answer')
      await postJson(this.request, this.server, `${at}/answers`, { questionId: reply.questionId, choices: reply.choices });
    else if (reply.kind === 'check-in') await postJson(this.request, this.server, `${at}/check-ins`, { id: reply.checkInId });
    else await postJson(this.request, this.server, `${at}/invitation`, { seq: reply.seq, accepted: reply.accepted });
  }
}
