import { Logger } from '../../application/ports/PlatformPorts';

export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly event: string;
  readonly detail?: Record<string, unknown>;
}

/** Keeps the last entries in memory, so tests and the lesson emulator can read what was logged. */
export class MemoryLogger implements Logger {
  readonly entries: LogEntry[] = [];

  constructor(private readonly limit = 1000) {}

  info(event: string, detail?: Record<string, unknown>): void {
    this.push({ level: 'info', event, detail });
  }

  warn(event: string, detail?: Record<string, unknown>): void {
    this.push({ level: 'warn', event, detail });
  }

  error(event: string, detail?: Record<string, unknown>): void {
    this.push({ level: 'error', event, detail });
  }

  count(event: string): number {
    return this.entries.filter((entry) => entry.event === event).length;
  }

  private push(entry: LogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }
}
