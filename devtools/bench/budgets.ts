import { CHAT_MEMORY_LIMIT } from '../../domain/chat/ChatLog';
import { BindingResult } from './measureBinding';

/** Issue 7's budgets for this project's binding on the heavy lesson. */
export const BUDGETS = {
  maxCallsPerSecond: 10,
  /** The naive binding's total bytes over ours, at least. */
  bytesRatio: 10,
  p95Bytes: 2 * 1024,
  maxBytes: 16 * 1024,
  visibleChangeMs: 100,
  chatHeld: CHAT_MEMORY_LIMIT,
  /** Heap at the end of a 10-minute run over heap at the end of a 1-minute run, at most. */
  heapGrowth: 1.2,
};

/** Every budget the project's binding missed, in words; empty when all hold. */
export function budgetMisses(project: BindingResult, naive: BindingResult): string[] {
  const misses: string[] = [];
  const { setData, visibleChanges } = project;
  if (setData.maxCallsPerSecond > BUDGETS.maxCallsPerSecond)
    misses.push(`${setData.maxCallsPerSecond} setData calls in one second (budget ${BUDGETS.maxCallsPerSecond})`);
  const ratio = naive.setData.bytesTotal / Math.max(1, setData.bytesTotal);
  if (ratio < BUDGETS.bytesRatio)
    misses.push(`only ${ratio.toFixed(1)}x fewer bytes than the naive binding (budget ${BUDGETS.bytesRatio}x)`);
  if (setData.bytesP95 >= BUDGETS.p95Bytes) misses.push(`p95 payload ${setData.bytesP95} B (budget under ${BUDGETS.p95Bytes} B)`);
  if (setData.bytesMax > BUDGETS.maxBytes) misses.push(`a ${setData.bytesMax} B payload (budget ${BUDGETS.maxBytes} B)`);
  if (visibleChanges.maxMs > BUDGETS.visibleChangeMs)
    misses.push(`a visible change took ${visibleChanges.maxMs} ms to reach setData (budget ${BUDGETS.visibleChangeMs} ms)`);
  if (visibleChanges.unseen.length > 0) misses.push(`visible changes never sent: ${visibleChanges.unseen.join(', ')}`);
  if (visibleChanges.count === 0) misses.push('no visible change was measured');
  if (project.chatHeld > BUDGETS.chatHeld) misses.push(`${project.chatHeld} chat messages held (cap ${BUDGETS.chatHeld})`);
  return misses;
}

export function heapMiss(oneMinuteBytes: number, tenMinuteBytes: number): string | undefined {
  const growth = tenMinuteBytes / oneMinuteBytes;
  return growth > BUDGETS.heapGrowth
    ? `heap after 10 minutes is ${growth.toFixed(2)}x the heap after 1 minute (budget ${BUDGETS.heapGrowth}x)`
    : undefined;
}
