import { LessonView } from '../../application/view/LessonView';
import { labelsFor } from '../../domain/interactions/choices';
import { TOOL_TEXT } from './studentText';

import { ListItem } from './pathUpdates';

type Card = Readonly<Record<string, string | number | boolean>>;

/** No card: the page's field keeps its shape (flat), so that its changes are sent field by field. */
export const NO_CARD: Card = { kind: '' };

/**
 * The one class-tool card on screen, in words: the invitation first (it waits on the student), then
 * the check-in, then the answer card; NO_CARD when none is open.
 */
export function toolCard(view: LessonView): Card {
  const { invitation, checkIn, question } = view;
  if (invitation) {
    const devices = [invitation.mic ? TOOL_TEXT.mic : '', invitation.camera ? TOOL_TEXT.camera : ''].filter(Boolean).join('、');
    return {
      kind: 'invitation',
      title: TOOL_TEXT.invited,
      detail: TOOL_TEXT.willSwitchOn(devices),
      seconds: TOOL_TEXT.seconds(invitation.secondsLeft),
    };
  }
  if (checkIn?.state === 'open') return checkInCard(checkIn);
  if (!question) return checkIn && !checkIn.mine ? checkInCard(checkIn) : NO_CARD;
  const closed = question.state === 'closed';
  return {
    kind: 'question',
    id: question.id,
    title: question.correct || !closed ? TOOL_TEXT.question : TOOL_TEXT.poll,
    hint: question.multiple ? TOOL_TEXT.multiple : TOOL_TEXT.single,
    multiple: question.multiple,
    open: !closed,
    seconds: question.secondsLeft === null ? '' : TOOL_TEXT.seconds(question.secondsLeft),
    status: closed ? resultText(question) : question.delivery ? TOOL_TEXT.delivery[question.delivery] : '',
  };
}

/**
 * 签到 while open; once checked in the card goes (the top bar says 已签到), and a window that closed
 * without my check-in says so until put away.
 */
function checkInCard(checkIn: NonNullable<LessonView['checkIn']>): Card {
  const closed = checkIn.state === 'closed';
  return {
    kind: 'checkIn',
    id: checkIn.id,
    closed,
    title: closed ? TOOL_TEXT.checkInOver : TOOL_TEXT.checkIn,
    open: !closed && !checkIn.pending,
    status: checkIn.pending ? TOOL_TEXT.checkingIn : closed ? TOOL_TEXT.checkInOverMissed : '',
    seconds: checkIn.secondsLeft === null ? '' : TOOL_TEXT.seconds(checkIn.secondsLeft),
  };
}

/** 已签到 in the top bar, from my check-in until the next one opens. */
export function checkInText(view: LessonView): string {
  return view.checkIn?.mine ? TOOL_TEXT.checkedIn : '';
}

/** The answer card's options, one item each (the letter is the id): what the card lists under its question. */
export function toolOptions(view: LessonView, picked: readonly string[]): ListItem[] {
  const { question } = view;
  if (!question || view.invitation || view.checkIn?.state === 'open') return [];
  return labelsFor(question.options.length).map((label, i) => ({
    id: label,
    // A letter alone says nothing more than its letter.
    text: question.options[i] === label ? '' : question.options[i],
    picked: question.state === 'open' ? picked.includes(label) : !!question.mine?.includes(label),
    correct: !!question.correct?.includes(label),
    count: question.counts ? TOOL_TEXT.people(question.counts[label] ?? 0) : '',
  }));
}

function resultText(question: NonNullable<LessonView['question']>): string {
  if (!question.counts) return TOOL_TEXT.waitingForResults;
  if (question.right === null) return question.correct ? TOOL_TEXT.notAnswered(question.correct.join('')) : TOOL_TEXT.pollOver;
  return question.right ? TOOL_TEXT.right : TOOL_TEXT.wrong(question.correct?.join('') ?? '');
}

/** The lesson's clock in the top bar: minutes left, or minutes since the start when the school gives no end. */
export function clockText(view: LessonView): string {
  const { clock } = view;
  if (!clock) return '';
  return clock.secondsLeft === null ? TOOL_TEXT.elapsed(clock.elapsed / 60) : TOOL_TEXT.left(clock.secondsLeft / 60);
}
