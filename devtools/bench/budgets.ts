import { CHAT_MEMORY_LIMIT } from '../../domain/chat/ChatLog';
import { BindingResult } from './measureBinding';

/** Issue 7's budgets for this project's binding on the heavy lesson, as issues 18 and 29 changed them. */
export const BUDGETS = {
  /** Issue 29: every setData, the page's and every component's, taps included. */
  maxCallsPerSecond: 12,
  meanCallsPerSecond: 10,
  /** The naive binding's total bytes over ours, at least. */
  bytesRatio: 10,
  /** Issue 29: 300 kB a minute, and every call within 1 KB but the catch-up after onShow. */
  bytesPerMinute: 300 * 1000,
  maxBytes: 1024,
  /** Issue 29: a chat line, mean, with only the fields that differ from their defaults. */
  chatLineBytes: 80,
  /** Issue 29: the staff's commands, the end, a removal and the student's own taps reach setData in the same task. */
  visibleChangeMs: 0,
  ownTapMs: 0,
  /** Issue 29: a hidden page sends nothing. */
  hiddenCalls: 0,
  /** Issue 29: WeChat's audit lines, halved for elements: at most 250 on the page, 60 under any node. */
  elements: 250,
  children: 60,
  /**
   * Joins and leaves per setData call that carries the member count, at least. A call per join (the
   * seed's page) is 1; the count riding along with the flushes makes it the join rate over
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
  /** Issue 25: the answer card's own fields within 1 KB when it opens and when it closes, and about one call a second while open (its seconds left). */
  cardBytes: 1024,
  cardCallsPerSecond: 1.2,
  /** Heap at the end of a 10-minute run over heap at the end of a 1-minute run, at most. */
  heapGrowth: 1.2,
  /** Issue 29: the app's own retained heap at the end of the long run over the 10-minute run's, at most. */
  appHeapGrowth: 1.1,
};

/** Every budget the project's binding missed, in words; empty when all hold. */
export function budgetMisses(project: BindingResult, naive: BindingResult): string[] {
  const misses: string[] = [];
  const { setData, visibleChanges, ownTaps, memberCount, page } = project;
  const over = (figure: number, budget: number, words: string) => {
    if (figure > budget) misses.push(`${words} (budget ${budget})`);
  };
  over(setData.maxCallsPerSecond, BUDGETS.maxCallsPerSecond, `${setData.maxCallsPerSecond} setData calls in one second`);
  over(
    setData.meanCallsPerSecond,
    BUDGETS.meanCallsPerSecond,
    `${setData.meanCallsPerSecond.toFixed(1)} setData calls a second on average`,
  );
  const ratio = naive.setData.bytesTotal / Math.max(1, setData.bytesTotal);
  if (ratio < BUDGETS.bytesRatio)
    misses.push(`only ${ratio.toFixed(1)}x fewer bytes than the naive binding (budget ${BUDGETS.bytesRatio}x)`);
  over(Math.round(setData.bytesPerMinute), BUDGETS.bytesPerMinute, `${Math.round(setData.bytesPerMinute)} B a minute`);
  over(setData.bytesMaxBesidesCatchUp, BUDGETS.maxBytes, `a ${setData.bytesMaxBesidesCatchUp} B payload`);
  over(Math.round(project.chatLineBytes), BUDGETS.chatLineBytes, `chat lines of ${project.chatLineBytes.toFixed(0)} B`);
  over(visibleChanges.maxMs, BUDGETS.visibleChangeMs, `a change the staff or class made took ${visibleChanges.maxMs} ms to reach setData`);
  if (visibleChanges.unseen.length > 0) misses.push(`visible changes never sent: ${visibleChanges.unseen.join(', ')}`);
  if (visibleChanges.count === 0) misses.push('no visible change was measured');
  over(ownTaps.maxMs, BUDGETS.ownTapMs, `an own tap took ${ownTaps.maxMs} ms to reach setData`);
  if (ownTaps.count === 0) misses.push('no own tap was measured');
  over(setData.hiddenCalls, BUDGETS.hiddenCalls, `${setData.hiddenCalls} setData calls while the page was hidden`);
  if (page) {
    over(page.elementsMax, BUDGETS.elements, `${page.elementsMax} elements on the page`);
    over(page.maxChildren, BUDGETS.children, `${page.maxChildren} children under one node`);
  }
  if (memberCount.calls * BUDGETS.joinsPerMemberCountCall > memberCount.joinsAndLeaves)
    misses.push(
      `${memberCount.calls} setData calls carried the member count for ${memberCount.joinsAndLeaves} joins and leaves (budget one call per ${BUDGETS.joinsPerMemberCountCall})`,
    );
  misses.push(...answerCardMisses(project));
  if (project.chatHeld > BUDGETS.chatHeld) misses.push(`${project.chatHeld} chat messages held (cap ${BUDGETS.chatHeld})`);
  return misses;
}

function answerCardMisses({ answerCard: card }: BindingResult): string[] {
  if (!card) return [];
  if (card.opened === 0 || card.closed === 0) return [`the answer card was opened ${card.opened} and closed ${card.closed} times`];
  const misses: string[] = [];
  const over = (figure: number, budget: number, words: string) => {
    if (figure > budget) misses.push(`${words} (budget ${budget})`);
  };
  over(card.openCardBytes, BUDGETS.cardBytes, `the answer card opened in ${card.openCardBytes} B`);
  over(card.closeCardBytes, BUDGETS.cardBytes, `the answer card closed in ${card.closeCardBytes} B`);
  over(
    Number(card.whileOpenCallsPerSecond.toFixed(2)),
    BUDGETS.cardCallsPerSecond,
    `${card.whileOpenCallsPerSecond.toFixed(2)} calls a second carried the open answer card`,
  );
  return misses;
}

export function heapMiss(oneMinuteBytes: number, tenMinuteBytes: number): string | undefined {
  const growth = tenMinuteBytes / oneMinuteBytes;
  return growth > BUDGETS.heapGrowth
    ? `heap after 10 minutes is ${growth.toFixed(2)}x the heap after 1 minute (budget ${BUDGETS.heapGrowth}x)`
    : undefined;
}

export function appHeapMiss(tenMinuteBytes: number, longBytes: number, minutes: number): string | undefined {
  const growth = longBytes / tenMinuteBytes;
  return growth > BUDGETS.appHeapGrowth
    ? `the app's own heap after ${minutes} minutes is ${growth.toFixed(2)}x its heap after 10 minutes (budget ${BUDGETS.appHeapGrowth}x)`
    : undefined;
}
