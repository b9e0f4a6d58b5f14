/** The screen after the lesson is over for this student: why, and the way back. */
Component({
  properties: {
    title: { type: String, value: '' },
    text: { type: String, value: '' },
  },
  methods: {
    onBackTap(this: WxComponentInstance) {
      this.triggerEvent('back');
    },
  },
});
