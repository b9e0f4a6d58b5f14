import { ClassEvent } from '../../domain/classroom/ClassEvent';
import { Classroom } from '../../domain/classroom/Classroom';
import { Recap } from '../../domain/classroom/AwayRecap';
import { DomainError } from '../../domain/shared/DomainError';
import { NetworkQuality, VolumeLevel } from '../ports/MediaRoomPort';
import { Clock } from '../ports/PlatformPorts';
import { Unsubscribe } from '../ports/Unsubscribe';
import { MediaSync } from './MediaSync';
import { noticeOf } from './noticeOf';

/** Something that happened to the student without a tap of theirs, shown as a short notice. */
export type LessonNotice =
  | 'GRANTED'
  | 'REVOKED'
  | 'MUTED_ALL'
  | 'CHAT_MUTED'
  | 'CHAT_UNMUTED'
  | 'SAVER_TEACHER_ONLY'
  | 'SAVER_AUDIO_ONLY'
  | 'SAVER_RESTORED'
  | 'CAMERA_DENIED'
  | 'MIC_DENIED'
  | 'MEDIA_ERROR'
  | 'GROUP_LOST'
  | 'CAMERA_FAILED'
  | 'MIC_FAILED'
  | 'STAGE_FULL'
  | 'INVITED'
  /** Someone was rewarded: the notice names who (`about`) and by whom (`by`). */
  | 'REWARDED'
  | 'ENDING_SOON'
  | 'CHECK_IN_MISSED'
  | 'ANSWER_TOO_LATE'
  | 'INVITATION_EXPIRED';

/** A notice as the session holds it; `about` and `by` are user ids, for the notices that name people. */
export interface SessionNotice {
  readonly code: LessonNotice;
  readonly at: number;
  readonly about?: string;
  readonly by?: string;
}

/** `state` is a change of the classroom; `volume` and `network` are high-rate readings a view may coalesce. */
export type ChangeKind = 'state' | 'volume' | 'network';

/** The lesson this client is in, plus the live readings that are not rules of the class. */
export class LessonSession {
  private current: Classroom | undefined;
  private readonly listeners = new Set<(kind: ChangeKind) => void>();
  private readonly eventListeners = new Set<(events: readonly ClassEvent[]) => void>();
  private nextLocalId = 1;
  readonly volumes = new Map<string, number>();
  networkQuality: NetworkQuality = 'unknown';
  notice: SessionNotice | null = null;
  /** The "while you were away" card on screen now, if any. */
  recap: Recap | null = null;

  constructor(
    private readonly mediaSync: MediaSync,
    private readonly clock: Clock,
  ) {}

  start(classroom: Classroom): void {
    this.current = classroom;
    this.volumes.clear();
    this.notice = null;
    this.recap = null;
    this.networkQuality = 'unknown';
    this.mediaSync.reset();
    this.emit('state');
  }

  get classroom(): Classroom {
    if (!this.current) throw new DomainError('LESSON.NOT_JOINED', 'no lesson has been joined');
    return this.current;
  }

  get hasClassroom(): boolean {
    return this.current !== undefined;
  }

  /** Applies a change to the classroom, brings the media room in step, and tells the views. */
  change<T>(apply: (classroom: Classroom) => T): T {
    const classroom = this.classroom;
    const result = apply(classroom);
    this.mediaSync.sync(classroom);
    this.emit('state');
    return result;
  }

  /** Applies what the staff did; the notice it gives goes out in the same change, not a second one. */
  follow(apply: (classroom: Classroom) => readonly ClassEvent[]): readonly ClassEvent[] {
    const classroom = this.classroom;
    const events = apply(classroom);
    for (const event of events) {
      const code = noticeOf(event);
      if (code) this.notice = { code, at: this.clock.now(), ...(event.type === 'rewarded' ? { about: event.to, by: event.by } : {}) };
    }
    this.mediaSync.sync(classroom);
    for (const listener of [...this.eventListeners]) listener(events);
    this.emit('state');
    return events;
  }

  /** Every batch of class events, as `follow` takes them in (the away recap is made from these). */
  onClassEvents(listener: (events: readonly ClassEvent[]) => void): Unsubscribe {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Shows the recap card, or (null) takes it away. */
  setRecap(recap: Recap | null): void {
    if (recap === this.recap) return;
    this.recap = recap;
    this.emit('state');
  }

  /** Publishes and plays the whole current state again, after the media room came back. */
  resyncMedia(): void {
    this.mediaSync.sync(this.classroom, true);
  }

  tell(code: LessonNotice): void {
    this.notice = { code, at: this.clock.now() };
    this.emit('state');
  }

  /** Takes a notice off the screen that something since has made untrue. */
  withdraw(codes: readonly LessonNotice[]): void {
    if (!this.notice || !codes.includes(this.notice.code)) return;
    this.notice = null;
    this.emit('state');
  }

  setVolumes(levels: readonly VolumeLevel[]): void {
    for (const level of levels) this.volumes.set(level.userId, level.volume);
    this.emit('volume');
  }

  setNetworkQuality(quality: NetworkQuality): void {
    if (quality === this.networkQuality) return;
    this.networkQuality = quality;
    this.emit('network');
  }

  localMessageId(): string {
    return `local-${this.nextLocalId++}`;
  }

  onChange(listener: (kind: ChangeKind) => void): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(kind: ChangeKind): void {
    for (const listener of [...this.listeners]) listener(kind);
  }
}
