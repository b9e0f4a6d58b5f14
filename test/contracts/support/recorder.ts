import { PortError, PortErrorCode } from '../../../application/ports/PortError';
import { ConnectionState, Unsubscribe } from '../../../application/ports/Unsubscribe';
import { Stream, StreamSource } from '../../../domain/classroom/Stream';

/** Everything a port told one subscriber, in order. */
export function record<E>(subscribe: (listener: (event: E) => void) => Unsubscribe) {
  const events: E[] = [];
  const stop = subscribe((event) => events.push(event));
  return {
    events,
    stop,
    clear: () => void (events.length = 0),
    of: <T extends (E extends { type: string } ? E['type'] : never)>(type: T) =>
      events.filter((event) => (event as { type?: string }).type === type) as Extract<E, { type: T }>[],
  };
}

/** A stream as the subscriber last heard of it; events may arrive a field at a time. */
export function lastStream(events: readonly { type: string; stream?: Stream }[], userId: string, source: StreamSource = 'camera') {
  const heard = events.filter((event) => event.stream?.userId === userId && event.stream.source === source);
  const last = heard[heard.length - 1]?.stream;
  return last ? { audio: last.hasAudio, video: last.hasVideo } : undefined;
}

export function lastConnection(events: readonly { type: string; state?: unknown }[]): ConnectionState | undefined {
  const states = events.filter((event) => event.type === 'connection').map((event) => event.state as ConnectionState);
  return states[states.length - 1];
}

/** The PortError code a call fails with; a failure that is not a PortError fails the test. */
export async function failureOf(call: () => Promise<unknown>): Promise<PortErrorCode | 'resolved'> {
  try {
    await call();
    return 'resolved';
  } catch (error) {
    if (!(error instanceof PortError)) throw error;
    return error.code;
  }
}
