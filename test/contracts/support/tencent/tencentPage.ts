import { PlaybackEntry } from '../../../../domain/classroom/PlaybackPlan';
import { StandInPage } from '../../../infrastructure/tencent/support/StandInPage';
import { installStandInWx } from '../../../infrastructure/tencent/support/standInWx';
import { StandInTrtcRoom } from './StandInTrtcRoom';

type WxContext = { start: () => void; stop: () => void };

/**
 * The stand-in wx, with its <live-pusher> context wired to the room: starting the pusher is
 * what makes TRTC let the student in, and stopping it takes them out.
 */
export function standInWxWithRoom(installed: ReturnType<typeof installStandInWx>, room: StandInTrtcRoom) {
  const wx = (globalThis as unknown as { wx: { createLivePusherContext: (...args: unknown[]) => WxContext } }).wx;
  const create = wx.createLivePusherContext;
  wx.createLivePusherContext = (...args) => {
    const context = create(...args);
    return {
      ...context,
      start: () => {
        context.start();
        room.pusherStarted();
      },
      stop: () => {
        context.stop();
        room.pusherStopped();
      },
    };
  };
  return installed;
}

/** What the page's <live-player>s play: a player muted both ways plays nothing. */
export function playingOnPage(page: StandInPage): PlaybackEntry[] {
  return page
    .players()
    .map((player) => {
      const id = String(player.id);
      const at = id.lastIndexOf('_');
      return {
        userId: id.slice(0, at),
        source: id.slice(at + 1) === 'aux' ? ('board' as const) : ('camera' as const),
        video: player.muteVideo === false,
        audio: player.muteAudio === false,
      };
    })
    .filter((entry) => entry.video || entry.audio);
}
