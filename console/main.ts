// The teacher console's page: picks its family, builds the kit, and runs the console on it.
import { localConsole, previewLesson } from './families/localConsole';
import { TeacherConsole } from './TeacherConsole';

async function boot(): Promise<void> {
  const status = document.getElementById('status') as HTMLElement;
  const live = await previewLesson((text) => (status.textContent = text));
  const family = localConsole(live);
  // The lesson lives in the page beside this one: a reload must leave nothing listening there.
  window.addEventListener('pagehide', () => family.kit.stop());
  await new TeacherConsole(family).start();
}

boot().catch((error: Error) => {
  (document.getElementById('status') as HTMLElement).textContent = `教师端启动失败：${error.message}`;
  console.error(error);
});
