// The entity page: what the graph says of one entity (/entity.json), its timeline as a
// table and a chart (/entity.svg), its relations, and the evidence behind each fact.
"use strict";

const $ = (id) => document.getElementById(id);
const ENTITY_NAMESPACE = "https://w3id.org/polkg/id/";

// Data is only ever set as text (textContent, never innerHTML), so markup in it stays text.
function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

// A link to another entity's page here; an IRI of another site is shown, never followed
// from here unless it is http(s).
function entityLink(iri, label) {
  if (!iri) return element("span", label || "");
  if (iri.startsWith(ENTITY_NAMESPACE)) {
    const a = element("a", label || iri, "entity");
    a.href = "/entity?" + new URLSearchParams({ iri });
    return a;
  }
  try {
    if (["http:", "https:"].includes(new URL(iri).protocol)) {
      const a = element("a", label || iri);
      a.href = iri;
      a.rel = "noopener noreferrer";
      return a;
    }
  } catch { /* not a URL */ }
  return element("span", label || iri);
}

function row(tbody, cells) {
  const tr = tbody.insertRow();
  for (const c of cells) {
    const td = tr.insertCell();
    if (c instanceof Node) td.append(c);
    else td.textContent = c === null || c === undefined ? "" : String(c);
  }
  return tr;
}

function fileName(path, document_) {
  return path ? path.split("/").pop() : document_.split("/").pop();
}

// One piece of evidence: the sentence (articles) or the record (data files), and where.
function evidenceItem(ev) {
  const item = element("div", null, "evidence");
  if (ev.sentence) item.append(element("q", ev.sentence, "sentence"));
  else if (ev.locator) item.append(element("span", `record ${ev.locator}`, "record"));
  // The document links to its own page (title, date, file); then the rule and confidence.
  const where = [];
  if (ev.extractor) where.push(ev.extractor);
  if (ev.confidence !== null && ev.confidence !== undefined) where.push(`confidence ${ev.confidence}`);
  const source = element("span", " (", "source");
  source.append(entityLink(ev.document, fileName(ev.file, ev.document)),
    where.length ? `, ${where.join(", ")})` : ")");
  item.append(source);
  return item;
}

function evidenceCell(entry) {
  const cell = element("div");
  for (const ev of entry.evidence) cell.append(evidenceItem(ev));
  // Documents with no evidence node (an RDF file states the fact itself): the file is its
  // source. A "Named" entry's source is the article that names the entity.
  const cited = new Set(entry.evidence.map((ev) => ev.document));
  const verb = entry.type === "Named" ? "named in" : "stated by";
  for (const s of entry.sources) {
    if (!cited.has(s.document)) {
      const line = element("div", `${verb} `, "evidence source");
      line.append(entityLink(s.document, fileName(s.file, s.document)));
      cell.append(line);
    }
  }
  return cell;
}

function showNames(data) {
  const dl = $("names");
  const add = (term, values) => {
    if (!values.length) return;
    dl.append(element("dt", term));
    for (const v of values) dl.append(element("dd", v));
  };
  add("Also known as", data.aliases);
  add("Identifiers", data.identifiers.map((i) => `${i.property}: ${i.value}`));
}

function showTimeline(data) {
  const timeline = data.timeline;
  if (timeline === null) {
    $("timeline-note").textContent = data.no_timeline || "";
    return;
  }
  const shown = timeline.entries.length;
  $("timeline-note").textContent = shown < timeline.total
    ? `The first ${shown} of ${timeline.total} entries.` : `${shown} entries.`;
  const img = $("timeline-chart");
  img.addEventListener("load", () => { img.dataset.loaded = "true"; });
  img.src = "/entity.svg?" + new URLSearchParams({ iri: data.iri });
  $("chart").hidden = false;
  const body = $("timeline").tBodies[0];
  for (const e of timeline.entries) {
    row(body, [e.date || "undated", e.what, entityLink(e.counterpart_iri, e.counterpart),
      e.label, evidenceCell(e)]);
  }
  $("timeline").hidden = false;
}

function showRelations(data) {
  const body = $("relations").tBodies[0];
  for (const r of data.relations) {
    row(body, [r.relation, r.role, entityLink(r.other, r.other_label), r.other_role, r.facts]);
  }
  $("relations-section").hidden = data.relations.length === 0;
  const itself = $("evidence-itself");
  for (const ev of data.evidence_itself) itself.append(element("li")).append(evidenceItem(ev));
  $("evidence-section").hidden = data.evidence_itself.length === 0;
  const statements = $("statements").tBodies[0];
  for (const s of data.statements) {
    row(statements, [entityLink(s.property, s.property_label || s.property),
      s.iri ? entityLink(s.value, s.value_label || s.value) : s.value]);
  }
  $("statements-section").hidden = data.statements.length === 0;
}

async function start() {
  const asked = new URLSearchParams(window.location.search);
  const url = "/entity.json?" + asked;
  $("json-link").href = url;
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      $("error").textContent = `${response.status} ${response.statusText}\n${await response.text()}`;
      $("error").hidden = false;
      $("status").textContent = "";
      return;
    }
    const data = await response.json();
    document.title = `${data.label || data.iri} · polkg`;
    $("label").textContent = data.label || data.iri;
    $("types").textContent = data.types.map((t) => t.label || t.iri).join(", ");
    $("iri").textContent = data.iri;
    showNames(data);
    showTimeline(data);
    showRelations(data);
    $("entity").hidden = false;
    $("status").textContent = "";
  } catch (e) {
    $("error").textContent = String(e);
    $("error").hidden = false;
  }
}

start();
