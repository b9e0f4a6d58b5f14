import { Classroom } from '../../domain/classroom/Classroom';
import { Choice, labelsFor, sameChoices } from '../../domain/interactions/choices';
import { checkInIsOpen, invitationIsOpen, questionIsOpen } from '../../domain/interactions/cards';
import { clockAt, nextClockChange } from '../../domain/interactions/ClassSchedule';
import { CheckInView, ClockView, InvitationView, QuestionView } from './LessonView';

const secondsUntil = (endsAt: number, now: number) => Math.max(0, Math.ceil((endsAt - now) / 1000));

export function invitationView(classroom: Classroom, now: number): InvitationView | null {
  const card = classroom.tools.invitation;
  if (!card || !invitationIsOpen(card, now) || !classroom.isActive) return null;
  return { mic: card.mic, camera: card.camera, secondsLeft: secondsUntil(card.endsAt, now) };
}

export function questionView(classroom: Classroom, now: number): QuestionView | null {
  const card = classroom.tools.question;
  if (!card || card.dismissed || !classroom.isActive) return null;
  const open = questionIsOpen(card, now);
  const labels = labelsFor(card.options.length);
  const results = card.results;
  const counts = results && (Object.fromEntries(labels.map((label, i) => [label, results.counts[i]])) as Record<Choice, number>);
  return {
    id: card.id,
    options: card.options,
    multiple: card.multiple,
    mine: card.mine,
    delivery: card.delivery,
    state: open ? 'open' : 'closed',
    secondsLeft: open && card.endsAt !== null ? secondsUntil(card.endsAt, now) : null,
    correct: results?.correct ?? null,
    counts,
    right: results?.correct && card.mine ? sameChoices(card.mine, results.correct) : null,
  };
}

export function checkInView(classroom: Classroom, now: number): CheckInView | null {
  const card = classroom.tools.checkIn;
  if (!card || !classroom.isActive) return null;
  const open = checkInIsOpen(card, now);
  const mine = card.mine === 'received';
  return {
    id: card.id,
    state: !open ? 'closed' : mine ? 'done' : 'open',
    mine,
    pending: open && (card.mine === 'sending' || card.mine === 'owed'),
    secondsLeft: open ? secondsUntil(card.endsAt, now) : null,
  };
}

export function clockView(classroom: Classroom, now: number): ClockView | null {
  return classroom.schedule && classroom.isActive ? clockAt(classroom.schedule, now) : null;
}

/** When the tools' shown seconds or the clock's minutes next change, or null when nothing counts down. */
export function nextToolChange(classroom: Classroom, now: number): number | null {
  if (!classroom.isActive) return null;
  const { invitation, question, checkIn } = classroom.tools;
  const ends = [
    invitation && invitationIsOpen(invitation, now) ? invitation.endsAt : null,
    question && questionIsOpen(question, now) ? question.endsAt : null,
    checkIn && checkInIsOpen(checkIn, now) ? checkIn.endsAt : null,
  ].filter((end): end is number => end !== null);
  const nextSecond = ends.map((end) => now + ((end - now) % 1000 || 1000));
  const clock = classroom.schedule ? [nextClockChange(classroom.schedule, now)] : [];
  const all = [...nextSecond, ...clock];
  return all.length ? Math.min(...all) : null;
}
