/** Microphone, camera and hand buttons; each shows its state (a device's under its name) and only reports the tap. */
Component({
  properties: {
    mic: { type: String, value: 'not-allowed' },
    camera: { type: String, value: 'not-allowed' },
    /** The devices' names, and their states in words under them. */
    micName: { type: String, value: '' },
    cameraName: { type: String, value: '' },
    micText: { type: String, value: '' },
    cameraText: { type: String, value: '' },
    onStage: { type: Boolean, value: false },
    handRaised: { type: Boolean, value: false },
    handText: { type: String, value: '' },
  },
  methods: {
    onMicTap(this: WxComponentInstance) {
      this.triggerEvent('mic');
    },
    onCameraTap(this: WxComponentInstance) {
      this.triggerEvent('camera');
    },
    onSwitchTap(this: WxComponentInstance) {
      this.triggerEvent('switchcamera');
    },
    onHandTap(this: WxComponentInstance) {
      this.triggerEvent('hand');
    },
  },
});
