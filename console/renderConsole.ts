import { ConsoleModel, RosterRow } from './ConsoleModel';
import { LETTERS } from './consoleText';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

const button = (action: string, label: string, to?: string, enabled = true) =>
  `<button data-action="${action}"${to === undefined ? '' : ` data-to="${escape(to)}"`}${enabled ? '' : ' disabled'}>${label}</button>`;

function rosterRow(row: RosterRow, ended: boolean): string {
  const badges = [
    row.online ? '<span class="online">在线</span>' : '<span class="offline">离线</span>',
    row.hand === null ? '' : `<span class="hand">✋ 第${row.hand}位</span>`,
    row.seat ? `<span class="seat">台上${row.seat.mic ? ' 🎤' : ''}${row.seat.camera ? ' 📷' : ''}</span>` : '',
    row.invited ? '<span class="invited">已邀请</span>' : '',
    row.rewards > 0 ? `<span class="trophy">🏆 ${row.rewards}</span>` : '',
    row.removed ? '<span class="removed">已移出</span>' : '',
  ].join('');
  const open = !ended && !row.removed;
  const actions = row.seat
    ? [
        button('grant-mic', '只开麦', row.userId, open),
        button('grant-both', '麦+摄像头', row.userId, open),
        button('revoke', '下台', row.userId, open),
      ]
    : [
        button('grant-mic', '上台（麦）', row.userId, open),
        button('grant-both', '上台（麦+摄像头）', row.userId, open),
        button('invite', '邀请', row.userId, open),
      ];
  return (
    `<li class="student" data-user="${escape(row.userId)}"><span class="name">${escape(row.name)}</span>${badges}` +
    `<span class="actions">${actions.join('')}${button('reward', '奖励', row.userId, open)}${button('kick', '移出', row.userId, open)}</span></li>`
  );
}

function questionPanel(model: ConsoleModel): string {
  const question = model.question;
  if (!question) return '<p class="empty">还没有答题</p>';
  const most = Math.max(1, ...question.counts);
  const bars = question.options
    .map((option, i) => {
      const right = question.correct?.includes(LETTERS[i]) ? ' class="correct"' : '';
      return `<li${right}><b>${LETTERS[i]}</b> ${escape(option)} <span class="bar" style="width:${Math.round((question.counts[i] / most) * 100)}%"></span> <span class="count">${question.counts[i]}</span></li>`;
    })
    .join('');
  const status = question.open
    ? `进行中 · 已答 ${question.answered} 人${question.secondsLeft === null ? '' : ` · 剩余 ${question.secondsLeft} 秒`}`
    : `已结束 · 共 ${question.answered} 人作答${question.correct ? ` · 正确答案 ${question.correct.join('')}` : ''}`;
  return `<p id="question-status">${status}</p><ol id="question-counts">${bars}</ol>${question.open ? button('close-question', '结束答题') : ''}`;
}

/** The whole console as HTML; every button names its action (and its student) for one delegated click handler. */
export function renderConsole(model: ConsoleModel): Record<string, string> {
  const ended = model.ended;
  return {
    status: !model.connected
      ? '正在连接课堂…'
      : ended
        ? '课堂已结束'
        : `上课中 · 台上 ${model.stage}${model.chatMuted ? ' · 聊天已禁言' : ''}`,
    'class-actions': [
      button('mute-all', '全员静音', undefined, !ended),
      button(model.chatMuted ? 'unmute-chat' : 'mute-chat', model.chatMuted ? '解除禁言' : '聊天禁言', undefined, !ended),
      button('end-class', '下课', undefined, !ended),
    ].join(''),
    roster: model.roster.length ? model.roster.map((row) => rosterRow(row, ended)).join('') : '<li class="empty">还没有学生进来</li>',
    hands: model.hands.length
      ? model.hands
          .map(
            (hand, i) =>
              `<li data-user="${escape(hand.userId)}">${i + 1}. ${escape(hand.name)} ${button('grant-mic', '同意发言', hand.userId, !ended)}</li>`,
          )
          .join('')
      : '<li class="empty">没有人举手</li>',
    question: questionPanel(model),
    'check-in': model.checkIn
      ? `<p id="check-in-status">签到 · 已签 ${model.checkIn.count} 人${model.checkIn.secondsLeft > 0 ? ` · 剩余 ${model.checkIn.secondsLeft} 秒` : ' · 已结束'}</p>`
      : '<p class="empty">还没有签到</p>',
    chat: model.chat
      .map(
        (line) =>
          `<li><b>${escape(line.from)}</b>：${line.text !== undefined ? escape(line.text) : `<img alt="图片" src="${escape(line.imageUrl ?? '')}">`}</li>`,
      )
      .join(''),
    log: model.log.map((entry) => `<li${entry.failed ? ' class="failed"' : ''}>${escape(entry.text)}</li>`).join(''),
  };
}
