export type Unsubscribe = () => void;

/** Connection state of one service, in the classroom's words. */
export type ConnectionState = 'connected' | 'reconnecting' | 'disconnected';
