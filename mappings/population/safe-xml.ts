// Parses the SOAP string of a CSDL dân cư answer: size cap, no DOCTYPE/ENTITY, strict xml2js, never throws.
import xml2js from 'xml2js';
import { POPULATION_XML2JS_OPTIONS } from '../../contracts/wire/population/citizen.ts';
import { type FieldIssue, makeIssue } from '../engine/issues.ts';

/** Answers above this many UTF-8 bytes are refused unparsed; one CongDan is about 4 KB. */
export const DEFAULT_MAX_XML_BYTES = 1024 * 1024;

/**
 * xml2js.processors.stripPrefix (`/(?!xmlns)^.*:/` removed) without a regular expression per
 * tag: the same result for every name (tests prove it), a few percent of the parse time saved.
 */
export function stripPrefix(name: string): string {
  return name.startsWith('xmlns') ? name : name.slice(name.lastIndexOf(':') + 1);
}

/**
 * The options the population contract assumes (explicitArray false, ignoreAttrs, prefixes
 * stripped), in strict mode so malformed markup is an error instead of a best guess.
 */
export const POPULATION_PARSER_OPTIONS: xml2js.ParserOptions = {
  ...POPULATION_XML2JS_OPTIONS,
  strict: true,
  tagNameProcessors: [stripPrefix],
};

/**
 * A DOCTYPE can declare entities (billion laughs, external entities); SOAP forbids DTDs
 * outright (SOAP 1.1 §3), so any declaration is refused before a parser sees it.
 */
const DECLARATION_RE = /<!\s*(?:DOCTYPE|ENTITY)/i;

/**
 * Whitespace between tags: the pretty-printing of the gateway's answer. It carries no data here
 * (every leaf is trimmed after parsing) but is a third of the characters sax walks through, and
 * an empty collection written over two lines would otherwise parse as "\n  " instead of "".
 */
const INTER_TAG_WHITESPACE_RE = />\s+</g;

/**
 * One parser for every answer: xml2js resets it after each document, and building one costs
 * about as much as mapping a citizen. A parser that failed is dropped, in case it was left
 * mid-document. Parsing is synchronous, so calls never interleave.
 */
let shared: xml2js.Parser | undefined;

export type XmlParseResult = { ok: true; value: unknown } | { ok: false; errors: FieldIssue[] };

export type XmlParseOptions = { maxBytes?: number; path?: string };

/**
 * Parses synchronously: xml2js with `async: false` finishes inside parseString. Errors become
 * 'xml.too_large', 'xml.doctype_forbidden' or 'xml.malformed', without echoing the payload.
 */
export function parsePopulationXml(xml: string, options: XmlParseOptions = {}): XmlParseResult {
  const path = options.path ?? 'message';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_XML_BYTES;
  // A UTF-16 code unit is at most 3 UTF-8 bytes: the exact count is needed only near the cap.
  if (xml.length * 3 > maxBytes && Buffer.byteLength(xml, 'utf8') > maxBytes) {
    return fail(path, 'xml.too_large', `the XML is larger than ${maxBytes} bytes`);
  }
  if (DECLARATION_RE.test(xml)) {
    return fail(path, 'xml.doctype_forbidden', 'a DOCTYPE or ENTITY declaration is not allowed');
  }
  let outcome: XmlParseResult | undefined;
  try {
    const compact = xml.replace(INTER_TAG_WHITESPACE_RE, '><');
    shared ??= new xml2js.Parser(POPULATION_PARSER_OPTIONS);
    shared.parseString(compact, (error, result) => {
      // xml2js may call back twice on some errors; the first answer stands.
      outcome ??= error
        ? fail(path, 'xml.malformed', 'the XML is not well-formed')
        : { ok: true, value: result };
    });
  } catch {
    outcome ??= fail(path, 'xml.malformed', 'the XML is not well-formed');
  }
  if (outcome?.ok !== true) shared = undefined;
  return outcome ?? fail(path, 'xml.malformed', 'the XML parser gave no result');
}

function fail(path: string, rule: string, message: string): XmlParseResult {
  return { ok: false, errors: [makeIssue(path, rule, message)] };
}
