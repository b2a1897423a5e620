/**
 * A small tokenizer for Google Sheets formulas as getFormulas returns them (English function names,
 * `,` between arguments). It knows just enough to find function calls safely: text in "double
 * quotes" (with "" for a quote) and sheet names in 'single quotes' (with '' for a quote) are single
 * tokens, so a function name inside them is never mistaken for a call.
 */
export type TokenType = 'string' | 'quotedName' | 'name' | 'number' | 'open' | 'close' | 'comma' | 'space' | 'other';

export interface Token {
  type: TokenType;
  text: string;
  /** Offset of the first character in the formula. */
  start: number;
}

const NAME_START = /[A-Za-z_$\\]/;
const NAME_PART = /[A-Za-z0-9_.$\\]/;

/** Reads a quoted run starting at `start` (the opening quote); a doubled quote is an escaped quote. */
function quotedEnd(formula: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  // An unterminated quote runs to the end; Sheets would not have accepted it, so nothing after it is a call.
  return formula.length;
}

/** Splits a formula into tokens; joining every token's text gives the formula back unchanged. */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    let end = i + 1;
    let type: TokenType = 'other';
    if (ch === '"') {
      type = 'string';
      end = quotedEnd(formula, i, '"');
    } else if (ch === "'") {
      type = 'quotedName';
      end = quotedEnd(formula, i, "'");
    } else if (ch === '(') {
      type = 'open';
    } else if (ch === ')') {
      type = 'close';
    } else if (ch === ',') {
      type = 'comma';
    } else if (/\s/.test(ch)) {
      type = 'space';
      while (end < formula.length && /\s/.test(formula[end])) end++;
    } else if (/[0-9.]/.test(ch)) {
      // Numbers, and references that start with a digit (row ranges like 2:5 are digits, ':' and digits).
      type = 'number';
      while (end < formula.length && /[0-9.]/.test(formula[end])) end++;
      if (/[eE]/.test(formula[end] ?? '') && /[-+0-9]/.test(formula[end + 1] ?? '')) {
        end += 2;
        while (end < formula.length && /[0-9]/.test(formula[end])) end++;
      }
      if (end < formula.length && NAME_PART.test(formula[end])) {
        type = 'name';
        while (end < formula.length && NAME_PART.test(formula[end])) end++;
      }
    } else if (NAME_START.test(ch)) {
      type = 'name';
      while (end < formula.length && NAME_PART.test(formula[end])) end++;
    }
    tokens.push({ type, text: formula.slice(i, end), start: i });
    i = end;
  }
  return tokens;
}

/** One function call found in a formula: its name as written, its arguments' text, and where it sits. */
export interface FunctionCall {
  name: string;
  /** Each argument's text exactly as written (spaces around it trimmed); an empty argument is ''. */
  args: string[];
  /** Offset of the name's first character. */
  start: number;
  /** Offset just after the closing parenthesis. */
  end: number;
}

/**
 * Finds the call that starts with the name token at `index`, or undefined when that name is not
 * called (a named range, a sheet name before '!', a reference). Arguments are split only on commas
 * at the call's own nesting level, so `CTR(SUM(B2,B3), C2)` has two arguments.
 */
export function callAt(formula: string, tokens: readonly Token[], index: number): FunctionCall | undefined {
  const nameToken = tokens[index];
  if (nameToken.type !== 'name') return undefined;
  const previous = tokens[index - 1];
  // Sheet1!CTR or A1:CTR are references, not calls.
  if (previous !== undefined && (previous.text === '!' || previous.text === ':')) return undefined;
  let open = index + 1;
  while (tokens[open]?.type === 'space') open++;
  if (tokens[open]?.type !== 'open') return undefined;
  const args: string[] = [];
  let depth = 0;
  let argStart = tokens[open].start + 1;
  for (let k = open + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.type === 'open' || token.text === '{') depth++;
    else if (token.type === 'close' || token.text === '}') {
      if (depth === 0) {
        const text = formula.slice(argStart, token.start).trim();
        if (args.length > 0 || text !== '') args.push(text);
        return { name: nameToken.text, args, start: nameToken.start, end: token.start + 1 };
      }
      depth--;
    } else if (token.type === 'comma' && depth === 0) {
      args.push(formula.slice(argStart, token.start).trim());
      argStart = token.start + 1;
    }
  }
  return undefined; // unbalanced parentheses: Sheets would not have stored it, so leave it alone
}

/**
 * Every call of a function whose upper-case name is in `names`, outermost first and left to right.
 * A call nested inside another found call is not listed separately: the caller recurses into the arguments.
 */
export function findCalls(formula: string, names: ReadonlySet<string>): FunctionCall[] {
  const tokens = tokenize(formula);
  const calls: FunctionCall[] = [];
  let skipUntil = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.start < skipUntil || token.type !== 'name' || !names.has(token.text.toUpperCase())) continue;
    const call = callAt(formula, tokens, index);
    if (call === undefined) continue;
    calls.push(call);
    skipUntil = call.end;
  }
  return calls;
}

/** The upper-case names of every function called anywhere in a formula (nested calls included). */
export function calledFunctionNames(formula: string): string[] {
  const tokens = tokenize(formula);
  const names: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (callAt(formula, tokens, index) !== undefined) names.push(tokens[index].text.toUpperCase());
  }
  return names;
}
