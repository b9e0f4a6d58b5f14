/**
 * @jest-environment jsdom
 */
import { aLessonIn, builtApp, ME, pass, render, RenderedComponent } from './support/lessonOnPage';
import { removeBuild } from './support/builtApp';
import { runLessonScript } from '../../devtools/emulator/LessonEmulator';
import { expectedViews, lessonScript, reviewedLessons } from '../emulator/support/expectedViews';
import { driverOf } from '../../devtools/lesson/storeDriver';
import { pageShows, scriptShows } from './support/pageShows';

type App = Awaited<ReturnType<typeof builtApp>>;
let app: App;
beforeAll(async () => {
  app = await builtApp('one-page-path');
}, 60_000);
afterAll(() => removeBuild(app?.dist));

type PageData = Record<string, unknown>;

/** Runs `play` with every setData of the page attributed: to the page's one data path, or to someone else. */
async function writersDuring(page: RenderedComponent, play: () => Promise<void>): Promise<string[]> {
  const Path = app.lessonCore.CoalescedPageData.prototype;
  const flush = Path.flush;
  let inPath = 0;
  Path.flush = function (this: typeof Path) {
    inPath += 1;
    try {
      flush.call(this);
    } finally {
      inPath -= 1;
    }
  };
  const writers: string[] = [];
  const setData = page.instance.setData.bind(page.instance);
  page.instance.setData = (data: PageData) => {
    writers.push(inPath > 0 ? 'the path' : `someone else: ${Object.keys(data).join(', ')}`);
    setData(data);
  };
  try {
    await play();
  } finally {
    Path.flush = flush;
  }
  return writers;
}

describe('the lesson page has one writer of its data', () => {
  it('sends every setData of a whole lesson through the one coalesced path', async () => {
    const lesson = aLessonIn(app.core);
    const page = render(app.dist, 'lesson/index');
    const writers = await writersDuring(page, async () => {
      (page.instance.onLoad as () => void)();
      (page.instance.onShow as () => void)();
      await pass(lesson, 1000);
      lesson.teacher.camera(true).mic(true).board(true).chat({ text: '看白板' });
      lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
      lesson.classmate('s2').chat({ text: '老师好' });
      await pass(lesson, 300);
      lesson.media.reportVolumes([{ userId: 't1', volume: 60 }]);
      page.querySelector('#controls >>> #mic')!.dispatchEvent('tap');
      await pass(lesson, 300);
      (page.instance.onHide as () => void)();
      lesson.teacher.command({ type: 'revoke', to: ME });
      await pass(lesson, 1000);
      (page.instance.onShow as () => void)();
      lesson.teacher.command({ type: 'endClass' });
      await pass(lesson, 300);
    });
    expect(page.instance.data.screen).toBe('over');
    expect(writers.length).toBeGreaterThan(4);
    expect([...new Set(writers)]).toEqual(['the path']);
  });

  it('shows "no lesson" through the same path', async () => {
    app.core.closeLesson();
    const page = render(app.dist, 'lesson/index');
    const writers = await writersDuring(page, async () => {
      (page.instance.onLoad as () => void)();
      (page.instance.onShow as () => void)();
      await pass({ clock: { advance: () => Promise.resolve() } });
    });
    expect(page.instance.data.screen).toBe('none');
    expect(writers).toEqual(['the path']);
  });
});

describe('lesson-script snapshots show what the page shows', () => {
  it.each(reviewedLessons())('%s', async (name) => {
    const script = lessonScript(name);
    const differences: { at: number; script: PageData; page: PageData }[] = [];
    let compared = 0;
    const snapshots = await runLessonScript(script, (context) => {
      const { store } = app.core.openLesson({
        classId: script.classroom.classId,
        useCases: context.app,
        clock: context.clock,
        realVideo: false,
      });
      const driver = driverOf(store);
      let page: RenderedComponent | undefined;
      return {
        ...driver,
        // `me` joining is the page opening: its onLoad joins, as on the phone.
        join: (classId) => {
          if (page) return driver.join(classId);
          page = render(app.dist, 'lesson/index');
          (page.instance.onLoad as () => void)();
          (page.instance.onShow as () => void)();
          return store.joinOnce(classId);
        },
        view: () => {
          const view = driver.view();
          if (page) {
            // The same moment on the page: what the path has not sent yet goes now.
            (page.instance.pageData as { flush(): void }).flush();
            const onPage = pageShows(page.instance.data);
            const inScript = scriptShows(view);
            compared += 1;
            if (JSON.stringify(onPage) !== JSON.stringify(inScript))
              differences.push({ at: context.clock.now(), script: inScript, page: onPage });
          }
          return view;
        },
      };
    });
    expect(snapshots).toEqual(expectedViews(name));
    expect(compared).toBeGreaterThan(0);
    expect(differences).toEqual([]);
  });
});
