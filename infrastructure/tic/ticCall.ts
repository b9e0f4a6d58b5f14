import { Clock } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { TicCallback, TicCallbackResult } from './TicComponent';
import { ticFailure } from './ticErrors';

/** How long a TIC call may stay unanswered before the caller gives up. */
const ANSWER_TIMEOUT_MS = 15_000;

/**
 * One TIC call as a promise. TIC answers through a callback with `{module, code, desc}`; an
 * answer of any other shape, a throw, or silence becomes a PortError instead of a hang.
 */
export function ticCall(clock: Clock, action: string, start: (callback: TicCallback) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (error?: PortError) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
    };
    void clock.delay(ANSWER_TIMEOUT_MS).then(() => settle(new PortError('TIMEOUT', `TIC ${action} did not answer`)));
    try {
      start((result) => settle(judge(result, action)));
    } catch (error) {
      settle(new PortError('UNKNOWN', `TIC ${action} threw: ${String(error)}`, error));
    }
  });
}

function judge(result: unknown, action: string): PortError | undefined {
  if (!isCallbackResult(result)) return new PortError('UNKNOWN', `TIC ${action} answered without {module, code, desc}`, result);
  return result.code === 0 ? undefined : ticFailure(result, action);
}

function isCallbackResult(value: unknown): value is TicCallbackResult {
  if (typeof value !== 'object' || value === null) return false;
  const { module, code } = value as Record<string, unknown>;
  return Number.isInteger(module) && Number.isInteger(code);
}
