import { Lesson } from '../../support/lessonHarness';

interface SentLine {
  readonly text: string;
  /** The student was in the chat group as it went out: it is theirs to see, or to be told it is missing. */
  readonly owed: boolean;
}

/**
 * The chat a lesson's classmates and teacher sent, against what the student's chat shows once all
 * is quiet. Every line sent while the student was in the group is shown once, in the order sent,
 * or is missing where the chat marks a gap: a missing line must have a gap before the next line
 * shown after it. A missing line with nothing shown after it, or none before it, cannot be known
 * to be missing (docs/adr/0009).
 */
export class ChatLedger {
  private readonly sent: SentLine[] = [];

  say(lesson: Lesson, by: string): void {
    // A classmate the staff removed is out of the chat group: IM refuses their line, and nobody is owed it.
    if (!lesson.hub.im.isMember(lesson.info.chatGroupId, by)) return;
    const text = `第${this.sent.length + 1}句`;
    const owed = lesson.hub.im.isMember(lesson.info.chatGroupId, 's1');
    this.sent.push({ text, owed });
    if (by === 't1') lesson.teacher.chat({ text });
    else lesson.classmate(by).chat({ text });
  }

  disagreement(lesson: Lesson): string | undefined {
    const chat = lesson.view().chat;
    const shown = chat.filter((line) => !line.gap).map((line) => line.text ?? '');
    if (new Set(shown).size !== shown.length) return `a chat line shown twice: ${shown.join(' ')}`;
    const order = shown.map((text) => this.sent.findIndex((line) => line.text === text));
    if (order.some((index, i) => i > 0 && index < order[i - 1])) return `chat out of the order sent: ${shown.join(' ')}`;
    for (const [index, line] of this.sent.entries()) {
      if (!line.owed || shown.includes(line.text)) continue;
      const next = this.sent.slice(index + 1).find((later) => shown.includes(later.text));
      // Before the first line the student ever got, the group's numbering has nothing to count from.
      if (!next || this.lastShownBefore(chat, index) < 0) continue;
      const at = chat.findIndex((item) => item.text === next.text);
      const gapBefore = chat.slice(0, at).some((item) => item.gap && chat.indexOf(item) > this.lastShownBefore(chat, index));
      if (!gapBefore)
        return `"${line.text}" never came and nothing marks it missing: ${chat.map((item) => item.text ?? '[gap]').join(' ')}`;
    }
    return undefined;
  }

  /** Where in the chat the last shown line sent before `index` is (-1 when none). */
  private lastShownBefore(chat: ReturnType<Lesson['view']>['chat'], index: number): number {
    for (let i = index - 1; i >= 0; i--) {
      const at = chat.findIndex((item) => item.text === this.sent[i].text);
      if (at >= 0) return at;
    }
    return -1;
  }
}
