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
  wordViewSuffix: string;
  wordOffer: (name: string) => string;
  openWordView: string;
  openWordViewPick: string;
  wordReading: (name: string) => string;
  wordUnreadable: (name: string, reason: string) => string;
  wordRefreshFailed: (name: string, reason: string) => string;
  wordViewReadOnly: string;
  commentedName: (stem: string) => string;
  exportTitle: (name: string) => string;
  exportSaveLabel: string;
  exportSameFile: string;
  exportFailed: (name: string, reason: string) => string;
  exportDone: (comments: number, name: string) => string;
  revealCopy: string;
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
    wordViewSuffix: '（校对视图）',
    wordOffer: (name) => `“${name}”是 Word 文档。在校对视图中打开，即可查看校对结果（只读）。`,
    openWordView: '在校对视图中打开',
    openWordViewPick: '选择要校对的 Word 文档（.docx）',
    wordReading: (name) => `正在读取“${name}”…`,
    wordUnreadable: (name, reason) => `无法校对“${name}”：${reason}`,
    wordRefreshFailed: (name, reason) => `“${name}”已更改，但暂时无法读取，校对视图仍显示上一版：${reason}`,
    wordViewReadOnly: '校对视图是只读的：请在 Word 或 WPS 中按各条问题中的“建议”修改原文件，保存后视图自动刷新。',
    commentedName: (stem) => `${stem}-批注.docx`,
    exportTitle: (name) => `导出“${name}”带批注的副本`,
    exportSaveLabel: '导出',
    exportSameFile: '副本不能覆盖原文件，请换一个文件名。',
    exportFailed: (name, reason) => `未能导出“${name}”带批注的副本：${reason}`,
    exportDone: (comments, name) => (comments === 0 ? `未发现问题；已导出副本“${name}”（无批注）。` : `已导出带 ${comments} 条批注的副本“${name}”。`),
    revealCopy: '在文件夹中显示',
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
    wordViewSuffix: ' (proofreading view)',
    wordOffer: (name) => `“${name}” is a Word document. Open it in the proofreading view to see what the check finds (read-only).`,
    openWordView: 'Open in Proofreading View',
    openWordViewPick: 'Choose the Word document (.docx) to check',
    wordReading: (name) => `Reading “${name}”…`,
    wordUnreadable: (name, reason) => `Cannot check “${name}”: ${reason}`,
    wordRefreshFailed: (name, reason) => `“${name}” changed but cannot be read yet; the proofreading view still shows the previous version: ${reason}`,
    wordViewReadOnly: 'The proofreading view is read-only: make the suggested changes in Word or WPS; the view refreshes when the file is saved.',
    commentedName: (stem) => `${stem}-comments.docx`,
    exportTitle: (name) => `Export a copy of “${name}” with comments`,
    exportSaveLabel: 'Export',
    exportSameFile: 'The copy cannot overwrite the original: choose another name.',
    exportFailed: (name, reason) => `Could not export a copy of “${name}” with comments: ${reason}`,
    exportDone: (comments, name) => (comments === 0 ? `Nothing found; exported the copy “${name}” (no comments).` : `Exported the copy “${name}” with ${comments} comment${comments === 1 ? '' : 's'}.`),
    revealCopy: 'Reveal in Folder',
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
