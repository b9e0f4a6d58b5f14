import { Classroom } from '../../domain/classroom/Classroom';
import { Device } from '../../domain/classroom/Permission';
import { ChatMessage } from '../../domain/chat/ChatMessage';
import { ChatLineView, CoHostView, DeviceView, LessonScreen, LessonView, MeView, PlayerView } from './LessonView';
import { FailureCode } from '../../domain/shared/Result';
import { LessonStatus } from '../../domain/classroom/LessonStatus';
import { NameOf } from './names';
import { lineKey } from './ChatWindow';

/** A voice louder than this (0–100) is shown as speaking; quieter levels are room noise. */
export const SPEAKING_VOLUME = 10;

export type Volumes = ReadonlyMap<string, number>;

export function screenOf(status: LessonStatus, joinFailed: boolean): LessonScreen {
  if (joinFailed) return 'over';
  if (status === 'joining') return 'joining';
  return status === 'waiting' || status === 'live' || status === 'reconnecting' ? 'lesson' : 'over';
}

export function meOf(classroom: Classroom): MeView {
  const position = classroom.hands.positionOf(classroom.me);
  return {
    hand: position === null ? 'down' : 'raised',
    queuePosition: position,
    onStage: !!classroom.stage.find(classroom.me),
    mic: deviceView(classroom, 'mic'),
    camera: deviceView(classroom, 'camera'),
  };
}

function deviceView(classroom: Classroom, device: Device): DeviceView {
  const mine = classroom.stage.find(classroom.me);
  if (!mine || !mine.permission.allows(device) || !classroom.isActive) return 'not-allowed';
  return classroom.publishing()[device] ? 'on' : 'off';
}

export function speaking(volumes: Volumes, userId: string): boolean {
  return (volumes.get(userId) ?? 0) > SPEAKING_VOLUME;
}

export function coHostsOf(classroom: Classroom, volumes: Volumes, nameOf: NameOf): CoHostView[] {
  // Watched as the playback plan plays them: past the phone's few decodes, or under either data saver mode, an avatar.
  const watched = new Set(
    classroom
      .playback()
      .filter((entry) => entry.video && entry.source === 'camera')
      .map((entry) => entry.userId),
  );
  return classroom.stage.members
    .filter((coHost) => coHost.userId !== classroom.me)
    .map(({ userId }) => {
      const stream = classroom.streamOf(userId);
      return {
        id: userId,
        name: nameOf(userId),
        video: !!stream?.hasVideo && watched.has(userId),
        audio: !!stream?.hasAudio,
        speaking: speaking(volumes, userId),
        rewards: classroom.tools.rewards.countOf(userId),
      };
    });
}

/** The co-hosts with new speaking flags; the same list when no flag changed. */
export function withSpeaking(coHosts: readonly CoHostView[], volumes: Volumes): readonly CoHostView[] {
  if (coHosts.every((coHost) => coHost.speaking === speaking(volumes, coHost.id))) return coHosts;
  return coHosts.map((coHost) => ({ ...coHost, speaking: speaking(volumes, coHost.id) }));
}

/**
 * Where each played stream goes. The teacher's board fills the stage while it is the main view;
 * the teacher's camera fills it, or sits in the picture-in-picture over the board; every other
 * stream played with video is a co-host tile, and the rest (assistants, audio only) are heard unseen.
 */
export function playersOf(classroom: Classroom): PlayerView[] {
  const { main, teacherPip } = classroom.layout();
  const teacher = classroom.roster.teacher.userId;
  return classroom.playback().map(({ userId, source, video }) => {
    if (userId !== teacher) return { userId, source, slot: video ? 'co-host' : 'unseen', place: 'row' };
    if (source === 'board') return { userId, source, slot: main === 'board' ? 'main' : 'unseen', place: 'stage' };
    const slot = main === 'teacher' ? 'main' : main === 'board' && teacherPip ? 'pip' : 'unseen';
    return { userId, source, slot, place: 'stage' };
  });
}

/** Lines already made, by message: a line is made again only when its message (or its divider) changed. */
export type ChatLineCache = Map<ChatMessage, ChatLineView>;

export function chatLinesOf(messages: readonly ChatMessage[], me: string, nameOf: NameOf, made: ChatLineCache = new Map()): ChatLineView[] {
  return messages.map((message, i) => {
    const lastEarlier = !!message.earlier && !messages[i + 1]?.earlier;
    const known = made.get(message);
    if (known && !!known.lastEarlier === lastEarlier) return known;
    const line = chatLineOf(message, me, nameOf, lastEarlier);
    made.set(message, line);
    return line;
  });
}

function chatLineOf(message: ChatMessage, me: string, nameOf: NameOf, lastEarlier: boolean): ChatLineView {
  if (message.gap) return { id: message.id, from: '', name: '', mine: false, gap: true };
  return {
    id: lineKey(message),
    from: message.from,
    name: nameOf(message.from),
    mine: message.from === me,
    ...(message.text !== undefined
      ? { text: message.text }
      : { imageUrl: message.imageUrl ?? '', ...(message.thumbUrl ? { thumbUrl: message.thumbUrl } : {}) }),
    ...(message.state ? { state: message.state } : {}),
    ...(message.state === 'sending' && message.progress !== undefined ? { progress: message.progress } : {}),
    ...(message.failedBecause ? { reason: message.failedBecause } : {}),
    ...(message.earlier ? { earlier: true as const } : {}),
    ...(lastEarlier ? { lastEarlier: true as const } : {}),
  };
}

/** The view while the lesson is being joined: nothing to show yet but a failure. */
export function viewBeforeJoining(joinFailure: FailureCode | null, failure: LessonView['failure']): LessonView {
  return {
    screen: screenOf('joining', joinFailure !== null),
    status: 'joining',
    title: '',
    teacherName: '',
    teacherSpeaking: false,
    main: 'none',
    teacherPip: false,
    players: [],
    coHosts: [],
    memberCount: 0,
    me: { hand: 'down', queuePosition: null, onStage: false, mic: 'not-allowed', camera: 'not-allowed' },
    chat: [],
    chatReading: null,
    chatMuted: false,
    fullscreen: false,
    notice: null,
    failure,
    joinFailure,
    exitReason: null,
    dataSaver: { mode: 'off', auto: false },
    recap: null,
    network: 'unknown',
    invitation: null,
    question: null,
    checkIn: null,
    rewards: 0,
    clock: null,
  };
}
