import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { StaffClock, StaffServer, Stored } from './ports';
import { RETRYABLE, StaffError } from './StaffError';

export type SendingStatus = 'sending' | 'sent' | 'not-sent';

/** One command on its way, as the console shows it: sent only once the server said it stored it. */
export interface Sending {
  readonly requestId: string;
  readonly command: TeacherCommand;
  readonly status: SendingStatus;
  readonly seq?: number;
  readonly error?: StaffError;
}

/** Waits before each retry of a command whose answer was lost or whose store failed. */
export const RETRY_MS: readonly number[] = [1_000, 2_000, 4_000];

/**
 * Sends commands one at a time, in the order tapped, so a grant and the revoke after it are
 * numbered in that order. A lost answer is sent again with the same request id, which the
 * server answers with the first number instead of numbering it twice.
 */
export class Sender {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly server: StaffServer,
    private readonly clock: StaffClock,
    private readonly report: (sending: Sending) => void,
  ) {}

  send(command: TeacherCommand, requestId: string): Promise<Stored> {
    this.report({ requestId, command, status: 'sending' });
    const sent = this.chain.then(() => this.withRetries(command, requestId));
    this.chain = sent.catch(() => undefined);
    return sent.then(
      (stored) => {
        this.report({ requestId, command, status: 'sent', seq: stored.seq });
        return stored;
      },
      (error: unknown) => {
        const failure = error instanceof StaffError ? error : new StaffError('UNKNOWN', String(error));
        this.report({ requestId, command, status: 'not-sent', error: failure });
        throw failure;
      },
    );
  }

  private async withRetries(command: TeacherCommand, requestId: string): Promise<Stored> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.server.command(command, requestId);
      } catch (error) {
        if (!(error instanceof StaffError) || !RETRYABLE.has(error.code) || attempt >= RETRY_MS.length) throw error;
        await new Promise<void>((resolve) => this.clock.after(RETRY_MS[attempt], resolve));
      }
    }
  }
}
