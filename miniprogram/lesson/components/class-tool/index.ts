interface ClassToolCard extends WxComponentInstance {
  data: { hiddenCheckIn: string; card: { id?: string } };
}

/**
 * The class tool on screen: the teacher's invitation, the check-in or the answer card, as the page
 * formatted it (toolFields), the options picked included. The card reports taps to the page and
 * keeps only a closed check-in the student put away.
 */
Component({
  properties: {
    card: { type: Object, value: { kind: '' } },
    options: { type: Array, value: [] },
    /** Full screen: the card floats over the stage instead of taking room above the chat. */
    floating: { type: Boolean, value: false },
  },
  data: { hiddenCheckIn: '' },
  methods: {
    onAcceptTap(this: ClassToolCard) {
      this.triggerEvent('invitation', { accepted: true });
    },
    onDeclineTap(this: ClassToolCard) {
      this.triggerEvent('invitation', { accepted: false });
    },
    onCheckInTap(this: ClassToolCard) {
      this.triggerEvent('checkin');
    },
    onHideCheckInTap(this: ClassToolCard) {
      this.setData({ hiddenCheckIn: String(this.data.card.id) });
    },
    onOptionTap(this: ClassToolCard, event: WxEvent) {
      this.triggerEvent('pick', { label: String(event.currentTarget.dataset.label) });
    },
    onSubmitTap(this: ClassToolCard) {
      this.triggerEvent('answer');
    },
    onCloseTap(this: ClassToolCard) {
      this.triggerEvent('dismiss');
    },
  },
});
