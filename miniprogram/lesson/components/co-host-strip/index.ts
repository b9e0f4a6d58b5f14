/** Classmates on stage: a video tile, or their name as avatar when only audio is on; a ring when speaking. */
Component({
  properties: {
    coHosts: { type: Array, value: [] },
    realVideo: { type: Boolean, value: false },
  },
});
