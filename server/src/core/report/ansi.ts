/** ANSI styles for terminal output; every style is the identity when colors are off. */
export interface Style {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLORS: Style = { green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
const identity = (text: string) => text;
const PLAIN: Style = { green: identity, red: identity, yellow: identity, dim: identity, bold: identity };

export function style(color: boolean): Style {
  return color ? COLORS : PLAIN;
}
