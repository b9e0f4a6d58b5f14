// The core first: it installs the polyfills the container needs.
import { lessonPageUrl, openLesson } from '../core';
import { demoLesson } from './demoLesson';

interface DemoPage extends WxComponentInstance {
  /** The student backed out before the script let them in: nothing opens over the page they went back to. */
  left?: boolean;
}

/**
 * The demo subpackage's one page: WeChat downloads it when the student taps 演示课堂, so a real
 * build's main package carries no in-memory family. It starts lessons/demo.json in real time and,
 * when the script's student joins, opens the lesson on the lesson subpackage's page.
 */
Component({
  methods: {
    onLoad(this: DemoPage) {
      let classId = '';
      const runtime = demoLesson(() => (this.left ? Promise.resolve() : wx.redirectTo({ url: lessonPageUrl(classId) })));
      classId = runtime.classId;
      openLesson(runtime);
      runtime.script.play();
    },
    // Also after the redirect itself, when the lesson is already open and nothing more is opened.
    onUnload(this: DemoPage) {
      this.left = true;
    },
  },
});
