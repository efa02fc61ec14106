/** The extension's own texts in the findings' language, read from the settings now (texts.ts). */
import * as vscode from 'vscode';
import { clientLanguage, TEXTS, type ClientTexts } from './texts';

export function texts(): ClientTexts {
  return TEXTS[clientLanguage(vscode.workspace.getConfiguration('govreport').get<string>('language'), vscode.env.language)];
}
