import { ClassInfo, ClassroomBackendPort, Credentials } from '../../application/ports/ClassroomBackendPort';
import { PortError } from '../../application/ports/PortError';
import { failureOf, parseClassInfo, parseCredentials } from './parseBackendReply';
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

/** WeChat's own default is 60 s, far longer than a student waits on the join screen. */
const DEFAULT_TIMEOUT_MS = 10_000;

/** The school platform over HTTPS, by the contract in docs/backend-api.md. */
export class HttpClassroomBackend implements ClassroomBackendPort {
  constructor(private readonly request: WxRequest, private readonly options: HttpBackendOptions) {}

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
    const token = this.options.sessionToken();
    return new Promise((resolve, reject) => {
      this.request({
        url: `${this.options.baseUrl.replace(/\/+$/, '')}${path}`,
        method: 'GET',
        header: token ? { Authorization: `Bearer ${token}` } : {},
        timeout: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        dataType: 'json',
        success: ({ statusCode, data }) => {
          const failure = failureOf(statusCode, data);
          if (failure) reject(failure);
          else resolve(data);
        },
        fail: ({ errMsg }) => {
          const timedOut = /timeout/i.test(errMsg);
          reject(new PortError(timedOut ? 'TIMEOUT' : 'NETWORK', `request ${path} failed: ${errMsg}`));
        },
      });
    });
  }
}
