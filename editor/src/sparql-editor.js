// The query page's SPARQL editor: CodeMirror 6 with the SPARQL mode of @codemirror/legacy-modes,
// completion of the endpoint's prefixes and of SPARQL keywords, and Ctrl+Enter to run.
// Bundled by esbuild into polkg/endpoint/static/sparql-editor.js (`make editor`); the page
// loads it as window.PolkgEditor and keeps its plain textarea where the bundle is missing.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap }
  from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting }
  from "@codemirror/language";
import { sparql } from "@codemirror/legacy-modes/mode/sparql";
import { EditorState, Transaction } from "@codemirror/state";
import { EditorView, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";

const KEYWORDS = ["PREFIX", "SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "GRAPH", "UNION",
  "MINUS", "VALUES", "BIND", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET", "ASK",
  "CONSTRUCT", "DESCRIBE", "COUNT", "SAMPLE", "GROUP_CONCAT", "STR", "LANG", "REGEX",
  "CONTAINS", "STRSTARTS", "COALESCE", "NOT EXISTS", "EXISTS"];

// Completions for the word before the cursor: after PREFIX a whole declaration
// ("pol: <https://...>"), elsewhere a prefix ("pol:") or a keyword.
function completions(prefixes) {
  return (context) => {
    const word = context.matchBefore(/[A-Za-z_][\w-]*:?/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const before = context.state.sliceDoc(Math.max(0, word.from - 8), word.from);
    const declaring = /prefix\s+$/i.test(before);
    const options = Object.entries(prefixes).map(([name, iri]) => ({
      label: `${name}:`,
      apply: declaring ? `${name}: <${iri}>` : `${name}:`,
      detail: iri,
      type: "namespace",
    }));
    if (!declaring) {
      for (const k of KEYWORDS) options.push({ label: k, type: "keyword" });
    }
    return { from: word.from, options, validFor: /^[\w-]*:?$/ };
  };
}

// Replace `textarea` by an editor holding its text; `prefixes` maps names to IRIs; `nonce` is
// the page's CSP nonce for the <style> element CodeMirror writes its styles into; `onRun`
// is called on Ctrl+Enter (Cmd+Enter), `onChange` on every edit by the user (not on setting
// `value`). Returns
// { get value(), set value(text), focus() }, so the page reads it as it reads a textarea.
function create(textarea, { prefixes = {}, nonce = "", onRun = () => {}, onChange = () => {} }
  = {}) {
  const view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        EditorView.cspNonce.of(nonce),
        lineNumbers(),
        history(),
        highlightActiveLine(),
        bracketMatching(),
        closeBrackets(),
        StreamLanguage.define(sparql),
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [completions(prefixes)] }),
        keymap.of([
          { key: "Mod-Enter", run: () => { onRun(); return true; } },
          ...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap,
        ]),
        EditorView.updateListener.of((update) => {
          if (update.transactions.some((tr) => tr.annotation(Transaction.userEvent))) onChange();
        }),
        EditorView.contentAttributes.of({ "aria-label": textarea.getAttribute("aria-label")
          || "SPARQL query" }),
      ],
    }),
  });
  textarea.hidden = true;
  textarea.after(view.dom);
  view.dom.id = `${textarea.id}-editor`;
  return {
    view,
    get value() { return view.state.doc.toString(); },
    set value(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus() { view.focus(); },
  };
}

window.PolkgEditor = { create };
