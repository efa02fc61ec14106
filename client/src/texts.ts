/**
 * What the extension itself says (notifications, the 预期目标 view), in the findings' language: `govreport.language`,
 * `auto` following VS Code's display language — the rule the server applies to the findings (core/messages.ts
 * `resolveLanguage`, repeated here: the client bundles nothing of the engine). No `vscode` import except for reading
 * the setting, so targetsModel.ts and its unit tests take the texts as plain data.
 */
export type ClientLanguage = 'zh' | 'en';

/** `govreport.language` with the display language: zh for any zh… locale, en for any other. */
export function clientLanguage(setting: unknown, locale: string | undefined): ClientLanguage {
  if (typeof setting === 'string') {
    const value = setting.toLowerCase();
    if (value === 'en' || value.startsWith('en-')) return 'en';
    if (value === 'zh' || value.startsWith('zh-')) return 'zh';
  }
  if (locale) return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return 'zh';
}

export interface TargetTexts {
  agrees: string;
  disagrees: string;
  line: (n: number) => string;
  sameAsTarget: (target: string, line: string) => string;
  differs: (here: string, target: string, line: string) => string;
  notRestated: string;
  allAgree: (n: number) => string;
  allDisagree: (n: number) => string;
  someDisagree: (bad: number, all: number) => string;
  tooltip: (target: string, line: string, summary: string) => string;
  reveal: string;
}

export interface ClientTexts {
  started: (ms: number) => string;
  restarted: string;
  startFailed: (message: string) => string;
  showLog: string;
  restartFailed: (message: string) => string;
  openDraftFirst: string;
  fixAllFailed: string;
  gbkHint: (name: string) => string;
  reopenWithEncoding: string;
  configFolderPick: string;
  configNeedsFolder: string;
  targets: TargetTexts;
}

export const TEXTS: Record<ClientLanguage, ClientTexts> = {
  zh: {
    started: (ms) => `校对服务已启动（${ms} ms）。`,
    restarted: '校对服务已重启。',
    startFailed: (message) => `政府工作报告校对未能启动：${message}`,
    showLog: '查看日志',
    restartFailed: (message) => `重启校对服务失败：${message}`,
    openDraftFirst: '请先打开一份政府工作报告（govreport 或 Markdown 文档）。',
    fixAllFailed: '未能应用自动修复（文档可能已被修改，请重试）。',
    gbkHint: (name) =>
      `“${name}”是 GBK（GB18030）编码的政府工作报告，现在按 UTF-8 显示成了乱码。请选择“通过编码重新打开”（Reopen with Encoding）→“简体中文 (GBK)”，重新打开后即自动校对。`,
    reopenWithEncoding: '通过编码重新打开…',
    configFolderPick: '在哪个文件夹中创建 .govreport.jsonc？',
    configNeedsFolder: '请先打开一个文件夹或一份草稿，再创建配置文件。',
    targets: {
      agrees: '一致',
      disagrees: '不一致',
      line: (n) => `第${n}行`,
      sameAsTarget: (target, line) => `一致：与主要预期目标“${target}”相同（${line}）`,
      differs: (here, target, line) => `不一致：此处为“${here}”，目标为“${target}”（${line}）`,
      notRestated: '后文未写到',
      allAgree: (n) => (n === 1 ? '1处一致' : `${n}处均一致`),
      allDisagree: (n) => (n === 1 ? '1处不一致' : `${n}处均不一致`),
      someDisagree: (bad, all) => `${bad}处不一致，共${all}处`,
      tooltip: (target, line, summary) => `主要预期目标：${target}（${line}）\n后文：${summary}`,
      reveal: '转到此处',
    },
  },
  en: {
    started: (ms) => `Proofreading server started (${ms} ms).`,
    restarted: 'Proofreading server restarted.',
    startFailed: (message) => `Gov Report Lint could not start: ${message}`,
    showLog: 'Show Log',
    restartFailed: (message) => `Could not restart the proofreading server: ${message}`,
    openDraftFirst: 'Open a government work report first (a govreport or Markdown document).',
    fixAllFailed: 'The automatic fixes could not be applied (the document may have changed; try again).',
    gbkHint: (name) =>
      `“${name}” is a government work report encoded in GBK (GB18030) and shows as mojibake read as UTF-8. Choose Reopen with Encoding → Simplified Chinese (GBK); once reopened it is checked.`,
    reopenWithEncoding: 'Reopen with Encoding…',
    configFolderPick: 'Create .govreport.jsonc in which folder?',
    configNeedsFolder: 'Open a folder or a draft first, then create the configuration file.',
    targets: {
      agrees: 'agrees',
      disagrees: 'differs',
      line: (n) => `line ${n}`,
      sameAsTarget: (target, line) => `Agrees with the main expected target “${target}” (${line})`,
      differs: (here, target, line) => `Differs: here “${here}”, the target is “${target}” (${line})`,
      notRestated: 'not restated',
      allAgree: (n) => (n === 1 ? '1 agrees' : `all ${n} agree`),
      allDisagree: (n) => (n === 1 ? '1 differs' : `all ${n} differ`),
      someDisagree: (bad, all) => `${bad} of ${all} differ`,
      tooltip: (target, line, summary) => `Main expected target: ${target} (${line})\nLater: ${summary}`,
      reveal: 'Go to this place',
    },
  },
};
