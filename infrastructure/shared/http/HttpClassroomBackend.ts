import { ClassInfo, ClassroomBackendPort, Credentials } from '../../../application/ports/ClassroomBackendPort';
import { PortError } from '../../../application/ports/PortError';
import { getJson } from './getJson';
import { parseClassInfo, parseCredentials } from './parseBackendReply';
import { WxRequest } from './WxRequest';

export interface HttpBackendOptions {
  /** e.g. https://school.example/api/lesson — see docs/backend-api.md. */
  readonly baseUrl: string;
  /** The app's own login session, sent as a bearer token; the backend knows the student by it. */
  readonly sessionToken: () => string | undefined;
  readonly timeoutMs?: number;
  /** The SDKAppID this build talks to; credentials signed for another app are refused. */
  readonly sdkAppId?: number;
}

/** The school platform over HTTPS, by the contract in docs/backend-api.md. */
export class HttpClassroomBackend implements ClassroomBackendPort {
  constructor(
    private readonly request: WxRequest,
    private readonly options: HttpBackendOptions,
  ) {}

  async classInfo(classId: string): Promise<ClassInfo> {
    return parseClassInfo(await this.get(`/classes/${encodeURIComponent(classId)}`));
  }

  async credentials(classId: string): Promise<Credentials> {
    const credentials = parseCredentials(await this.get(`/classes/${encodeURIComponent(classId)}/credentials`));
    const expected = this.options.sdkAppId;
    if (expected !== undefined && credentials.sdkAppId !== expected) {
      throw new PortError('UNKNOWN', `the backend signs for SDKAppID ${credentials.sdkAppId}, this build uses ${expected}`);
    }
    return credentials;
  }

  private get(path: string): Promise<unknown> {
    return getJson(this.request, this.options, path);
  }
}
