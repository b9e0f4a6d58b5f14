import { Clock } from '../../application/ports/PlatformPorts';

export class SystemClock implements Clock {
  now(): number {
    return Date.now();
  }

  delay(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}
