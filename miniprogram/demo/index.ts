// The core first: it installs the polyfills the container needs.
import { openLesson } from '../core';
import { DEMO_CLASS_ID } from './demoClass';
import { demoLesson } from './demoLesson';

/**
 * The demo subpackage's one page: WeChat downloads it when the student taps 演示课堂, so a real
 * build's main package carries no in-memory family. It opens the demo lesson on the main
 * package's lesson page and steps aside.
 */
Component({
  methods: {
    onLoad() {
      openLesson(demoLesson(DEMO_CLASS_ID));
      void wx.redirectTo({ url: `/pages/lesson/index?classId=${DEMO_CLASS_ID}` });
    },
  },
});
