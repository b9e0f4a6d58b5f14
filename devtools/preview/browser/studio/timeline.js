// The script's steps beside the phone, the next one marked, with play, pause, step, restart,
// speed and jumps to snapshots; the student's view at this moment and the recording on demand.
const { report } = require('./report');

const JUMP_KEY = 'lesson-studio-jump';
const byId = (id) => document.getElementById(id);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function describe(step) {
  if ('snapshot' in step) return `snapshot "${step.snapshot}"`;
  const args = Object.entries(step.args).map(([field, value]) => `${field}=${JSON.stringify(value)}`);
  return [step.by, step.do, ...args].join(' ');
}

/** Starts the page again, and the lesson with it; `jumpTo` is played fast once the script is back. */
function restart(jumpTo) {
  if (jumpTo !== undefined) sessionStorage.setItem(JUMP_KEY, String(jumpTo));
  location.hash = 'play';
  location.reload();
}

function showTimeline({ live, view }) {
  const list = byId('timeline-steps');
  list.textContent = '';
  const items = live.script.steps.map((step) => {
    const item = document.createElement('li');
    item.textContent = `${seconds(step.at)}  ${describe(step)}`;
    list.appendChild(item);
    return item;
  });
  const jumps = byId('timeline-snapshots');
  jumps.textContent = '';
  for (const step of live.script.steps.filter((one) => 'snapshot' in one)) {
    const button = document.createElement('button');
    button.textContent = step.snapshot;
    button.dataset.at = String(step.at);
    button.onclick = () => (step.at < live.player.now ? restart(step.at) : live.jumpTo(step.at).catch((error) => report(error.message)));
    jumps.appendChild(button);
  }

  let scheduled = false;
  const render = () => {
    scheduled = false;
    const next = live.player.playedSteps;
    items.forEach((item, index) => (item.className = index < next ? 'played' : index === next ? 'next' : ''));
    if (items[next]) list.scrollTop = items[next].offsetTop - list.offsetTop - list.clientHeight / 2;
    byId('clock').textContent = seconds(live.player.now);
    byId('play').disabled = live.playing;
    byId('pause').disabled = !live.playing;
    for (const speed of [1, 4]) byId(`speed-${speed}`).setAttribute('aria-pressed', String(live.speed === speed));
  };
  live.onChange(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(render);
  });
  render();

  byId('play').onclick = () => live.play();
  byId('pause').onclick = () => live.pause();
  byId('step').onclick = () => live.step().catch((error) => report(error.message));
  byId('restart').onclick = () => restart();
  for (const speed of [1, 4]) byId(`speed-${speed}`).onclick = () => live.setSpeed(speed);
  let marks = 0;
  byId('mark').onclick = () => live.mark(`by-hand-${(marks += 1)}`).catch((error) => report(error.message));
  byId('copy-view').onclick = () => {
    const text = JSON.stringify(view(), null, 2);
    byId('view-json').value = text;
    if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => undefined);
  };
  byId('save').onclick = () => {
    const text = `${JSON.stringify(live.player.recording(), null, 2)}\n`;
    byId('recording').value = text;
    const link = byId('download');
    URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.hidden = false;
  };

  const jump = sessionStorage.getItem(JUMP_KEY);
  sessionStorage.removeItem(JUMP_KEY);
  if (jump !== null) live.jumpTo(Number(jump)).catch((error) => report(error.message));
}

module.exports = { showTimeline };
