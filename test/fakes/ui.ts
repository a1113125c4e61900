/**
 * Ui (menus, alerts, sidebars, dialogs) and HtmlService, recording what the script
 * shows. A template's `<?!= name ?>` prints the property `name` set on it,
 * unescaped, as HtmlService does.
 *
 * Menus as Google documents them: `createMenu(caption)` adds a menu of that caption
 * to the menu bar; `createAddonMenu()` adds a submenu to the Extensions menu
 * ("Tiện ích mở rộng" in Vietnamese), named after the add-on when the script runs
 * as one, after the script project when it is bound to the spreadsheet.
 */
import { Calls, Fake } from './calls';

export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: { caption: string; functionName: string }[];
  /** Where the user finds the menu: its caption in the menu bar, or "Tiện ích mở rộng › name". */
  path: string;
}

/** The caption of Sheets' Extensions menu in a Vietnamese interface. */
export const EXTENSIONS_MENU = 'Tiện ích mở rộng';

export class FakeHtmlOutput extends Fake {
  title = '';
  width = 0;
  height = 0;
  constructor(
    calls: Calls,
    readonly content: string,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'HtmlOutput';
  }
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  setHeight(h: number): this {
    this.height = h;
    return this;
  }
}

export class FakeHtmlTemplate extends Fake {
  [property: string]: unknown;
  constructor(
    calls: Calls,
    readonly source: string,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'HtmlTemplate';
  }
  evaluate(): FakeHtmlOutput {
    const content = this.source.replace(/<\?!=\s*([A-Za-z_$][\w$]*)\s*\?>/g, (_, name: string) => {
      const value = this[name];
      return value === undefined ? '' : String(value);
    });
    return new FakeHtmlOutput(this.calls, content);
  }
}

export class FakeHtmlService extends Fake {
  constructor(
    calls: Calls,
    readonly files: Record<string, string>,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'HtmlService';
  }
  createTemplateFromFile(name: string): FakeHtmlTemplate {
    const source = this.files[name];
    if (source === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlTemplate(this.calls, source);
  }
  createHtmlOutput(html: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.calls, html);
  }
}

/** What `Ui.prompt` returns: the text typed and the button pressed. */
export class FakePromptResponse extends Fake {
  constructor(
    calls: Calls,
    readonly text: string,
    readonly button: string,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'PromptResponse';
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): string {
    return this.button;
  }
}

export class FakeMenu extends Fake {
  readonly record: MenuRecord;
  constructor(
    calls: Calls,
    readonly ui: FakeUi,
    title: string,
    addon: boolean,
  ) {
    super(calls);
    this.record = { title, addon, items: [], path: addon ? `${EXTENSIONS_MENU} › ${title}` : title };
  }
  get kind(): string {
    return 'Menu';
  }
  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.record.items.push({ caption: '---', functionName: '' });
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this.record);
  }
}

export class FakeUi extends Fake {
  /** The add-on's name (as an add-on) or the script project's name (bound): what Extensions shows. */
  scriptName = 'Tính điểm';
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  readonly menus: MenuRecord[] = [];
  readonly alerts: { title: string; prompt: string; buttons: string }[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { output: FakeHtmlOutput; title: string }[] = [];
  /** Answers for the next alerts; an empty queue answers YES to a question and OK otherwise. */
  readonly answers: string[] = [];
  /** What the user types into the next prompts (then OK); an empty queue cancels. */
  readonly typed: string[] = [];
  get kind(): string {
    return 'Ui';
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.calls, this, this.scriptName, true);
  }
  createMenu(title: string): FakeMenu {
    return new FakeMenu(this.calls, this, title, false);
  }
  /** The path a user follows to a menu item, e.g. "Tính điểm › Cập nhật Bảng điểm" ('' when no menu has it). */
  menuPath(caption: string): string {
    const menu = this.menus.find((m) => m.items.some((i) => i.caption === caption));
    return menu ? `${menu.path} › ${caption}` : '';
  }

  alert(...args: string[]): string {
    const [title, prompt, buttons] = args.length >= 3 ? args : args.length === 2 && args[1] in ButtonSet ? ['', args[0], args[1]] : ['', args[0], ButtonSet.OK];
    this.alerts.push({ title, prompt, buttons });
    return this.answers.shift() ?? (buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK);
  }
  /** `prompt(title, prompt, buttons)` or `prompt(prompt, buttons)`, recorded with the alerts. */
  prompt(...args: string[]): FakePromptResponse {
    const [title, prompt, buttons] = args.length >= 3 ? args : args.length === 2 && args[1] in ButtonSet ? ['', args[0], args[1]] : ['', args[0], ButtonSet.OK];
    this.alerts.push({ title, prompt, buttons });
    const text = this.typed.shift();
    return new FakePromptResponse(this.calls, text ?? '', text === undefined ? Button.CANCEL : Button.OK);
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.sidebars.push(output);
  }
  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.dialogs.push({ output, title });
  }
}
