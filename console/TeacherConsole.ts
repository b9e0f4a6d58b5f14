import { ChatLine } from '../staff/application/ports';
import { Sending } from '../staff/application/Sender';
import { StaffError } from '../staff/application/StaffError';
import { StaffKit } from '../staff/application/StaffKit';
import { Tally } from '../staff/application/ReplyWatch';
import { consoleModel } from './ConsoleModel';
import { LETTERS, NOT_SENT } from './consoleText';
import { ConsoleMedia, wireMedia } from './consoleMedia';
import { renderConsole } from './renderConsole';

/** What a family (in-memory, Tencent) gives the console besides the kit. */
export interface ConsoleFamily {
  readonly kit: StaffKit;
  readonly names: ReadonlyMap<string, string>;
  /** Students the class lists or IM has shown, in the order met. */
  known(): readonly string[];
  online(userId: string): boolean;
  now(): number;
  readonly media: ConsoleMedia;
  /** A picture for the chat: what the family's IM sends. */
  picture(file: File): Promise<{ imageUrl?: string; file?: unknown }>;
  /** Where the console shows a chat picture from (its own copy of one it sent, where it keeps one). */
  imageSrc?(imageUrl: string): string;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const value = (id: string) => (byId(id) as HTMLInputElement).value;

/** The teacher console's page: renders the kit's class and turns every tap into a kit call. */
export class TeacherConsole {
  private tally: Tally | undefined;
  private checkedIn: readonly string[] = [];
  private readonly chat: ChatLine[] = [];
  private readonly sendings = new Map<string, Sending>();
  private queued = false;
  private questionCount = 0;

  constructor(private readonly family: ConsoleFamily) {}

  async start(): Promise<void> {
    const { kit } = this.family;
    for (const event of ['state', 'hand', 'presence', 'invitationAnswer'] as const) kit.on(event, () => this.render());
    kit.on('tally', (tally) => ((this.tally = tally), this.render()));
    kit.on('checkIns', ({ userIds }) => ((this.checkedIn = userIds), this.render()));
    kit.on('chat', (line) => (this.chat.push(line), this.render()));
    kit.on('sending', (sending) => (this.sendings.set(sending.requestId, sending), this.render()));
    kit.on('readFailed', (error) => this.notice(`课堂状态没能更新（${NOT_SENT[error.code]}），正在重试`));
    document.addEventListener('click', (event) => this.clicked(event));
    byId('question-form').addEventListener('submit', (event) => (event.preventDefault(), this.ask()));
    byId('check-in-form').addEventListener('submit', (event) => (event.preventDefault(), this.checkIn()));
    byId('chat-form').addEventListener('submit', (event) => (event.preventDefault(), void this.say()));
    wireMedia(this.family.media, (message) => this.notice(message));
    setInterval(() => this.render(), 1_000);
    this.render();
    await kit.start();
    this.render();
  }

  private clicked(event: Event): void {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
    if (!target) return;
    const { kit } = this.family;
    const to = target.dataset.to ?? '';
    const calls: Record<string, () => Promise<unknown>> = {
      'grant-mic': () => kit.grant(to, { mic: true, camera: false }),
      'grant-both': () => kit.grant(to, { mic: true, camera: true }),
      revoke: () => kit.revoke(to),
      invite: () => kit.invite(to, { mic: true, camera: true }, 30),
      reward: () => kit.reward(to),
      kick: () => (confirm(`把 ${this.family.names.get(to) ?? to} 移出课堂？`) ? kit.kick(to) : Promise.resolve()),
      'mute-all': () => kit.muteAll(),
      'mute-chat': () => kit.muteChat(true),
      'unmute-chat': () => kit.muteChat(false),
      'end-class': () => (confirm('现在下课？下课后学生将离开课堂。') ? kit.endClass() : Promise.resolve()),
      'close-question': () => kit.closeQuestion(),
    };
    const call = calls[target.dataset.action ?? ''];
    if (call) this.run(call);
  }

  private ask(): void {
    const options = value('question-options')
      .split('\n')
      .map((option) => option.trim())
      .filter(Boolean);
    const correct = value('question-correct')
      .toUpperCase()
      .split('')
      .filter((letter) => LETTERS.includes(letter));
    const seconds = Number(value('question-seconds'));
    this.questionCount++;
    this.run(() =>
      this.family.kit.ask({
        id: `q${this.family.now().toString(36)}-${this.questionCount}`,
        options,
        multiple: (byId('question-multiple') as HTMLInputElement).checked,
        seconds: seconds > 0 ? seconds : null,
        correct: correct.length ? (correct as never) : null,
      }),
    );
  }

  private checkIn(): void {
    this.run(() => this.family.kit.checkIn(Number(value('check-in-seconds')) || 60, `c${this.family.now().toString(36)}`));
  }

  private async say(): Promise<void> {
    const input = byId('chat-text') as HTMLInputElement;
    const picture = byId('chat-picture') as HTMLInputElement;
    try {
      const file = picture.files?.[0];
      const line = file
        ? await this.family.kit.sendChat(await this.family.picture(file))
        : await this.family.kit.sendChat({ text: input.value });
      this.chat.push(line);
      input.value = '';
      picture.value = '';
      this.render();
    } catch {
      this.notice('消息没有发出，请检查网络后重试');
    }
  }

  /** A tap: refused at once with the reason, or shown as it goes (the log says sent or not sent). */
  private run(call: () => Promise<unknown>): void {
    call().then(
      () => this.notice(''),
      (error: unknown) => {
        if (!(error instanceof StaffError)) return this.notice('操作失败，请重试');
        const detail = error.code === 'BAD_FIELDS' ? '（答题需要 2 到 8 个选项，每个 1–40 个字）' : '';
        this.notice(`${error.beforeSending ? '没有发送：' : '未发送：'}${NOT_SENT[error.code]}${detail}`);
      },
    );
  }

  private notice(text: string): void {
    const notice = byId('notice');
    notice.textContent = text;
    notice.hidden = text === '';
  }

  private render(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      const { kit } = this.family;
      const html = renderConsole(
        consoleModel({
          state: kit.state,
          read: kit.connected,
          capacity: kit.stageCapacity,
          now: this.family.now(),
          names: this.family.names,
          known: this.family.known(),
          online: (userId) => this.family.online(userId),
          tally: this.tally,
          checkedIn: this.checkedIn,
          chat: this.chat.map((line) =>
            line.imageUrl && this.family.imageSrc ? { ...line, imageUrl: this.family.imageSrc(line.imageUrl) } : line,
          ),
          sendings: [...this.sendings.values()],
        }),
      );
      for (const [id, inner] of Object.entries(html)) if (byId(id).innerHTML !== inner) byId(id).innerHTML = inner;
    });
  }
}
