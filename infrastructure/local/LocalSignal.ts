/** A signalling message as the messaging service carries it: its id and sender (stamped by the service) and its body. */
export interface SignalWire {
  readonly type: 'signal';
  readonly id: string;
  readonly from: string;
  readonly data: string;
  readonly extension: string;
}
