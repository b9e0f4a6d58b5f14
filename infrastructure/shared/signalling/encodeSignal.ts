import { Signal, SIGNAL_EXTENSION, SIGNAL_VERSION, SignalPayload } from './SignalProtocol';

/** The wire form: the signal's own fields beside the version, in one flat JSON object. */
export function encodeSignal(signal: Signal): SignalPayload {
  return {
    data: JSON.stringify({ v: SIGNAL_VERSION, ...signal }),
    description: signal.type,
    extension: SIGNAL_EXTENSION,
  };
}
