import { ClassState } from '../../../domain/classroom/ClassState';
import { ClassStateServer } from '../classstate/ClassStateServer';
import { LastReadState } from '../classstate/LastReadState';
import { decodeClassStateReply } from '../signalling/classStateCodec';
import { getJson, postJson, SchoolServer } from './getJson';
import { WxRequest } from './WxRequest';

/** The class state and the student's hand on the school server (docs/backend-api.md, "The class state"). */
export class HttpClassStateServer implements ClassStateServer {
  private readonly last = new LastReadState();

  constructor(
    private readonly request: WxRequest,
    private readonly server: SchoolServer,
  ) {}

  async read(classId: string): Promise<ClassState | undefined> {
    const since = this.last.since(classId);
    const query = since === undefined ? '' : `?since=${since}`;
    const reply = await getJson(this.request, this.server, `/classes/${encodeURIComponent(classId)}/state${query}`);
    return this.last.take(classId, decodeClassStateReply(reply));
  }

  async hand(classId: string, raised: boolean): Promise<void> {
    await postJson(this.request, this.server, `/classes/${encodeURIComponent(classId)}/hand`, { raised });
  }
}
