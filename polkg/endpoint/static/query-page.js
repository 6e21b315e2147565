// The query page: run SPARQL or a named query against this endpoint and show the rows.
// What runs is kept in the page's URL (?query=SPARQL, or ?named=NAME&PARAM=VALUE...), so a
// link or a reload runs it again, and in this browser's list of recent queries.
"use strict";

const $ = (id) => document.getElementById(id);
const ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
const GENERIC_EXAMPLES = [
  ["Persons", "SELECT ?person ?name WHERE {\n  ?person a pol:Person ; rdfs:label ?name .\n}\nORDER BY ?name\nLIMIT 100"],
  ["Parties and their members", "SELECT ?party (COUNT(DISTINCT ?person) AS ?members) WHERE {\n  ?m a pol:Membership ; pol:organization ?o ; pol:member ?person .\n  ?o rdfs:label ?party .\n}\nGROUP BY ?party\nORDER BY DESC(?members)"],
  ["Events with dates", "SELECT ?event ?label ?date WHERE {\n  ?event pol:date/rdfs:label ?date ; rdfs:label ?label .\n}\nORDER BY ?date\nLIMIT 100"],
  ["Documents", "SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } }\nGROUP BY ?g"],
];

// Entity IRIs: their cells link to the entity page this server serves.
const ENTITY_NAMESPACE = "https://w3id.org/polkg/id/";
const HISTORY_KEY = "polkg.recent-queries";
const HISTORY_LENGTH = 20;

let named = {};     // name -> description from /queries
let current = null; // the named query chosen, or null for the editor's SPARQL
const prefixes = {}; // the prefixes every query may use, from /prefixes (for completion)
let editor = null;  // the SPARQL editor (static/sparql-editor.js), or the plain textarea

function show(id, visible) { $(id).hidden = !visible; }

async function loadExamples() {
  const select = $("examples");
  const generic = document.createElement("optgroup");
  generic.label = "SPARQL";
  GENERIC_EXAMPLES.forEach(([title], i) => generic.append(new Option(title, "sparql:" + i)));
  select.append(generic);
  try {
    const response = await fetch("/queries");
    const group = document.createElement("optgroup");
    group.label = "Named queries";
    for (const q of await response.json()) {
      named[q.name] = q;
      group.append(new Option(`${q.name}: ${q.title}`, "named:" + q.name));
    }
    select.append(group);
  } catch (e) {
    $("status").textContent = "could not list the named queries: " + e;
  }
}

function chooseExample() {
  const [kind, key] = $("examples").value.split(/:(.*)/s);
  const form = $("params");
  form.replaceChildren();
  current = null;
  if (kind === "sparql") {
    editor.value = GENERIC_EXAMPLES[Number(key)][1];
  } else if (kind === "named") {
    current = named[key];
    editor.value = current.sparql;
    for (const p of current.params) {
      const label = document.createElement("label");
      label.textContent = p.name + (p.optional ? " (optional)" : "");
      label.title = p.description;
      const input = document.createElement("input");
      input.name = p.name;
      input.placeholder = p.type === "date" ? "YYYY-MM-DD" : p.type;
      input.title = p.description;
      label.append(" ", input);
      form.append(label);
    }
  }
  show("params", current !== null);
}

// The request for what is on the page, and its URL with a format (for downloads).
function request() {
  if (current !== null) {
    const params = new URLSearchParams();
    for (const input of $("params").elements) {
      if (input.value) params.append(input.name, input.value);
    }
    const url = `/queries/${encodeURIComponent(current.name)}?${params}`;
    return { url, init: { headers: { Accept: ACCEPT } }, as: (f) => `${url}&format=${f}` };
  }
  const body = new URLSearchParams({ query: editor.value });
  return {
    url: "/sparql",
    init: { method: "POST", body, headers: { Accept: ACCEPT } },
    as: (f) => `/sparql?${body}&format=${f}`,
  };
}

// Only http(s) IRIs become links: a javascript: or data: IRI in the data would run when clicked.
function isWebLink(value) {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

// The page of an entity of this graph, served here.
function entityPage(iri) {
  return "/entity?" + new URLSearchParams({ iri });
}

// Data is only ever set as text (textContent, never innerHTML), so markup in it stays text.
function cell(term) {
  const td = document.createElement("td");
  if (term === undefined) return td;
  if (term.type === "uri" && term.value.startsWith(ENTITY_NAMESPACE)) {
    const a = document.createElement("a");
    a.href = entityPage(term.value);
    a.className = "entity";
    a.textContent = term.value;
    td.append(a);
  } else if (term.type === "uri" && isWebLink(term.value)) {
    const a = document.createElement("a");
    a.href = term.value;
    a.rel = "noopener noreferrer";
    a.textContent = term.value;
    td.append(a);
  } else {
    td.textContent = term.value;
    if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
    else if (term.datatype) td.title = term.datatype;
  }
  return td;
}

function showTable(document_) {
  const table = $("results");
  const head = table.tHead;
  const body = table.tBodies[0];
  head.replaceChildren();
  body.replaceChildren();
  if ("boolean" in document_) {
    const row = head.insertRow();
    row.append(Object.assign(window.document.createElement("th"), { textContent: "ask" }));
    body.insertRow().append(Object.assign(window.document.createElement("td"),
      { textContent: String(document_.boolean) }));
    return 1;
  }
  const vars = document_.head.vars;
  const headRow = head.insertRow();
  for (const v of vars) {
    headRow.append(Object.assign(window.document.createElement("th"), { textContent: v }));
  }
  for (const binding of document_.results.bindings) {
    const row = body.insertRow();
    for (const v of vars) row.append(cell(binding[v]));
  }
  return document_.results.bindings.length;
}

// The page's state as URL parameters, and back.
function stateParams() {
  if (current === null) return new URLSearchParams({ query: editor.value });
  const params = new URLSearchParams({ named: current.name });
  for (const input of $("params").elements) {
    if (input.value) params.append(input.name, input.value);
  }
  return params;
}

function restore(params) {
  const name = params.get("named");
  if (name !== null && named[name]) {
    $("examples").value = "named:" + name;
    chooseExample();
    for (const input of $("params").elements) input.value = params.get(input.name) || "";
    return true;
  }
  if (params.has("query")) {
    $("examples").value = "";
    chooseExample();
    editor.value = params.get("query");
    return true;
  }
  return false;
}

// Put what runs in the address bar (a new history entry when it changed), the share link
// and the recent queries.
function remember() {
  const search = "?" + stateParams();
  if (search !== window.location.search) window.history.pushState(null, "", search);
  $("share").href = search;
  show("share", true);
  const label = current !== null ? `${current.name} ${[...$("params").elements]
    .filter((i) => i.value).map((i) => `${i.name}=${i.value}`).join(" ")}`
    : editor.value.replace(/\s+/g, " ").slice(0, 80);
  const recent = readHistory().filter((h) => h.search !== search);
  recent.unshift({ search, label });
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(recent.slice(0, HISTORY_LENGTH)));
  } catch { /* storage full or refused: the list is a convenience */ }
  showHistory();
}

function readHistory() {
  try {
    const list = JSON.parse(localStorage.getItem(HISTORY_KEY) || "[]");
    return Array.isArray(list) ? list.filter((h) => typeof h.search === "string") : [];
  } catch {
    return [];
  }
}

function showHistory() {
  const select = $("history");
  select.replaceChildren(new Option("Queries run on this browser…", ""));
  for (const h of readHistory()) select.append(new Option(String(h.label), h.search));
}

async function run() {
  remember();
  const req = request();
  ["error", "results", "graph", "truncated", "downloads"].forEach((id) => show(id, false));
  $("status").textContent = "running…";
  const started = performance.now();
  try {
    const response = await fetch(req.url, req.init);
    const text = await response.text();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      $("error").textContent = `${response.status} ${response.statusText}\n${text}`;
      show("error", true);
      $("status").textContent = `failed after ${seconds} s`;
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (type.startsWith("application/sparql-results+json")) {
      const rows = showTable(JSON.parse(text));
      show("results", true);
      for (const f of ["json", "csv", "tsv"]) $("download-" + f).href = req.as(f);
      show("downloads", true);
      $("status").textContent = `${rows} row${rows === 1 ? "" : "s"} in ${seconds} s`;
    } else {
      $("graph").textContent = text;
      show("graph", true);
      $("status").textContent = `graph in ${seconds} s`;
    }
    if (response.headers.get("X-Polkg-Truncated") === "true") {
      $("truncated").textContent = `Cut at ${response.headers.get("X-Polkg-Max-Rows")} rows ` +
        "(the server's --max-rows).";
      show("truncated", true);
    }
  } catch (e) {
    $("error").textContent = String(e);
    show("error", true);
    $("status").textContent = "failed";
  }
}

// Editing the text turns a named query into plain SPARQL.
function edited() {
  if (current !== null) {
    current = null;
    show("params", false);
  }
}

function makeEditor() {
  const textarea = $("query");
  if (window.PolkgEditor) {
    const nonce = document.querySelector("meta[name='polkg-style-nonce']").content;
    return window.PolkgEditor.create(textarea, { prefixes, nonce, onRun: run, onChange: edited });
  }
  // The bundle is missing (a source checkout without it): the textarea does the job.
  textarea.addEventListener("input", edited);
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  return textarea;
}

async function loadPrefixes() {
  try {
    Object.assign(prefixes, await (await fetch("/prefixes")).json());
  } catch { /* completion then offers keywords only */ }
}

async function start() {
  $("endpoint-url").textContent = new URL("/sparql", window.location.href).href;
  editor = makeEditor();
  $("examples").addEventListener("change", chooseExample);
  $("history").addEventListener("change", () => {
    if ($("history").value) window.location.search = $("history").value;
  });
  $("run").addEventListener("click", run);
  window.addEventListener("popstate", () => {
    if (restore(new URLSearchParams(window.location.search))) run();
  });
  showHistory();
  await Promise.all([loadExamples(), loadPrefixes()]);
  if (restore(new URLSearchParams(window.location.search))) run();
}

start();
