/**
 * The rule documentation, offline: docs/rules.md ships in the extension and opens in VS Code's Markdown preview,
 * scrolled to the rule's section (each rule id is a heading, so an anchor of the page).
 *
 * Two ways in:
 * - a diagnostic's link (`codeDescription.href`): the server writes `<ruleDocs>#<rule-id>`, where `ruleDocs` (sent in
 *   initializationOptions) is `<uriScheme>://govreport.govreport-lint/docs/rules.md` — a URI of VS Code's own
 *   scheme (`vscode`, `code-oss` in code-server, `vscode-insiders`…), which the workbench hands to this extension's
 *   URI handler. Unlike a `command:` link it does not depend on diagnostic links being allowed to run commands;
 * - the command `govreport.showRuleDocs` (argument: a rule id), which the settings' descriptions link to
 *   (`command:govreport.showRuleDocs?["heading-sequence"]`; setting descriptions are trusted Markdown).
 */
import * as vscode from 'vscode';

export const SHOW_RULE_DOCS = 'govreport.showRuleDocs';
const DOCS_PATH = ['docs', 'rules.md'];

/** The base of the diagnostics' documentation links: the server appends `#<rule-id>`. */
export function ruleDocsBase(context: vscode.ExtensionContext): string {
  return `${vscode.env.uriScheme}://${context.extension.id}/${DOCS_PATH.join('/')}`;
}

/** The shipped page, with the rule's anchor as its fragment. */
export function ruleDocsUri(context: vscode.ExtensionContext, ruleId?: string): vscode.Uri {
  const page = vscode.Uri.joinPath(context.extensionUri, ...DOCS_PATH);
  return ruleId && /^[a-z][a-z-]*$/.test(ruleId) ? page.with({ fragment: ruleId }) : page;
}

export function registerRuleDocs(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): void {
  const show = async (ruleId?: unknown) => {
    const uri = ruleDocsUri(context, typeof ruleId === 'string' ? ruleId : undefined);
    try {
      // The Markdown preview scrolls to a fragment of the URI it is given (its heading ids are GitHub-style slugs).
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch (error) {
      // Without the built-in Markdown extension: the page as text, at the rule's heading.
      output.warn(`Markdown preview unavailable (${error instanceof Error ? error.message : String(error)}); opening ${uri.path} as text.`);
      const document = await vscode.workspace.openTextDocument(uri.with({ fragment: '' }));
      const line = document.getText().split(/\r?\n/).findIndex((l) => l === `## ${uri.fragment}`);
      await vscode.window.showTextDocument(document, { selection: new vscode.Range(Math.max(line, 0), 0, Math.max(line, 0), 0) });
    }
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_RULE_DOCS, show),
    vscode.window.registerUriHandler({
      handleUri(uri: vscode.Uri) {
        if (uri.path === `/${DOCS_PATH.join('/')}`) return show(uri.fragment || undefined);
        output.warn(`Unknown URI ${uri.toString(true)}`);
        return undefined;
      },
    }),
  );
}
