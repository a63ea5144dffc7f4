// Escaping for everything that comes from an article (text, names, cues, file names) before it
// goes into the HTML page. One function for text and attribute values alike: it escapes the five
// characters that can end a text run or an attribute value (& < > " '), so a value is safe in
// either place whatever the quoting, and it replaces the characters HTML forbids in a document
// (NUL and the other C0/C1 controls except tab, line feed, form feed and carriage return, and
// lone surrogates) with U+FFFD, so the page parses the same in every browser.

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const FORBIDDEN = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function esc(s: string): string {
  return s.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

