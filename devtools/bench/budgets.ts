import { CHAT_MEMORY_LIMIT } from '../../domain/chat/ChatLog';
import { BindingResult } from './measureBinding';

/** Issue 7's budgets for this project's binding on the heavy lesson, as issue 18 changed them. */
export const BUDGETS = {
  /** Issue 18: 12, the student's own taps included (a steady 10 and room for taps). */
  maxCallsPerSecond: 12,
  /** The naive binding's total bytes over ours, at least. */
  bytesRatio: 10,
  p95Bytes: 2 * 1024,
  maxBytes: 16 * 1024,
  /** A change the teacher or the class makes reaches setData within this. */
  visibleChangeMs: 100,
  /** The student's own tap shows in setData within a frame (issue 18). */
  ownTapMs: 20,
  /**
   * Joins and leaves per setData call that carries the member count, at least. A call per join (the
   * seed's page) is 1; the count riding along with the 100 ms flushes makes it the join rate over
   * the flush rate (about 6 for 3,000 members joining in a minute, 18 for 10,000).
   */
  joinsPerMemberCountCall: 2,
  /**
   * Call delays on the join's critical path. Issue 7 set 3; issue 13 made the join four deep on
   * purpose (the class state is read once the signalling group is joined, so no command can fall
   * between the read and the join: test/application/joinCriticalPath.test.ts).
   */
  joinCalls: 4,
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
  const { ownTaps, memberCount } = project;
  if (ownTaps.maxMs > BUDGETS.ownTapMs) misses.push(`an own tap took ${ownTaps.maxMs} ms to reach setData (budget ${BUDGETS.ownTapMs} ms)`);
  if (ownTaps.count === 0) misses.push('no own tap was measured');
  if (memberCount.calls * BUDGETS.joinsPerMemberCountCall > memberCount.joinsAndLeaves)
    misses.push(
      `${memberCount.calls} setData calls carried the member count for ${memberCount.joinsAndLeaves} joins and leaves (budget one call per ${BUDGETS.joinsPerMemberCountCall})`,
    );
  if (project.chatHeld > BUDGETS.chatHeld) misses.push(`${project.chatHeld} chat messages held (cap ${BUDGETS.chatHeld})`);
  return misses;
}

export function heapMiss(oneMinuteBytes: number, tenMinuteBytes: number): string | undefined {
  const growth = tenMinuteBytes / oneMinuteBytes;
  return growth > BUDGETS.heapGrowth
    ? `heap after 10 minutes is ${growth.toFixed(2)}x the heap after 1 minute (budget ${BUDGETS.heapGrowth}x)`
    : undefined;
}
