/** Time as the school server reads it; tests and the in-memory family run it on simulated time. */
export interface ServerClock {
  now(): number;
  delay(ms: number): Promise<void>;
}

/** Where the school server writes what an operator needs to see; never a secret. */
export interface ServerLog {
  info(event: string, fields: Record<string, unknown>): void;
  warn(event: string, fields: Record<string, unknown>): void;
}
