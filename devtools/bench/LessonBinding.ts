import { LessonEvent } from './heavyLesson';
import { LogicTime } from './LogicTime';
import { PageShape, SetDataLog } from './setDataLog';

/** A way of turning lesson events into page data; the bench plays one event stream into several. */
export interface LessonBinding {
  readonly name: string;
  readonly log: SetDataLog;
  readonly logicTime: LogicTime;
  /** The page data field that shows how many are in the class. */
  readonly memberCountField: string;
  /** Hands one event to the binding the way its page would receive it. */
  apply(event: LessonEvent): void;
  /** Chat messages the binding keeps in memory. */
  chatHeld(): number;
  /** The rendered page's elements now, for a binding that renders. */
  pageShape?(): PageShape;
  /** The page draws the class tools' card (the naive pages, as the seed's, have none). */
  readonly hasAnswerCard?: boolean;
  /** What a picture the page showed weighs: as shown, or at the 720 px entry the page used to show. */
  pictureBytes?(url: string, entry: 'shown' | 'large'): number;
}

/** The student whose page is measured, and the teacher who runs the lesson. */
export const ME = 's1';
export const TEACHER = 't1';
