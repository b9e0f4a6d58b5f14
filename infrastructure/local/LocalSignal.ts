/** A signalling message as the messaging service carries it: who sent it (stamped by the service) and its body. */
export interface SignalWire {
  readonly type: 'signal';
  readonly from: string;
  readonly data: string;
  readonly extension: string;
}
