// The page of the meldcode web example: plain JavaScript over the JSON API. Texts come from the
// server in Dutch (default) or English; data is put into the page as text, never as HTML.
"use strict";

// The people one can act as on the page: the board too, for the staff route's own actions.
const ROLES_ON_PAGE = ["TEACHER", "INTERN_BEGELEIDER", "DIRECTOR", "BOARD"];
const state = { lang: "nl", texts: {}, school: null, forms: [], caseId: null, version: null, guidance: null };

const $ = (id) => document.getElementById(id);
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k in e && typeof v === "boolean") e[k] = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}
function t(key, ...args) {
  let s = state.texts[key] || key;
  args.forEach((a, i) => { s = s.split("{" + i + "}").join(String(a)); });
  return s;
}
function q() { return "lang=" + state.lang; }
function day(iso) {
  return new Intl.DateTimeFormat(state.lang === "en" ? "en-GB" : "nl-NL",
    { timeZone: "Europe/Amsterdam", day: "numeric", month: "long", year: "numeric" }).format(new Date(iso));
}
function moment(iso) {
  return new Intl.DateTimeFormat(state.lang === "en" ? "en-GB" : "nl-NL",
    { timeZone: "Europe/Amsterdam", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" })
    .format(new Date(iso));
}
function caseUrl(kind) { return "/api/cases/" + encodeURIComponent(state.caseId) + "/" + kind; }

async function api(method, path, body) {
  const sep = path.includes("?") ? "&" : "?";
  const init = { method, headers: { "Accept": "application/json" } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const res = await fetch(path + sep + q(), init);
  const type = res.headers.get("Content-Type") || "";
  const data = type.includes("json") ? await res.json() : await res.text();
  return { status: res.status, type, data };
}

function me() {
  const staffId = $("who").value;
  return state.school.staff.find((s) => s.staffId === staffId);
}

async function loadTexts() {
  state.texts = (await api("GET", "/api/texts")).data;
  document.documentElement.lang = state.lang;
  document.querySelectorAll("[data-text]").forEach((e) => { e.textContent = t(e.dataset.text); });
  $("lang-switch").setAttribute("lang", t("page.language.switch"));
  state.school = (await api("GET", "/api/school")).data;
  state.forms = (await api("GET", "/api/action-types")).data;
  $("title").textContent = t("page.title", state.school.name);
  document.title = $("title").textContent;
  const who = $("who").value;
  $("who").replaceChildren(...state.school.staff
    .filter((s) => ROLES_ON_PAGE.includes(s.role))
    .map((s) => el("option", { value: s.staffId }, s.label)));
  if (who) $("who").value = who;
  renderTypes();
}

// The kinds of action: first those the guidance lists as next (marked where the chosen person may
// take them), then the others. Preselected: the action of the most urgent open obligation the chosen
// person may take, else the first next action they may take, else the first next action.
function renderTypes() {
  const g = state.guidance;
  const mine = me() ? me().role : null;
  const next = g ? g.nextActions : [];
  const mayTake = (roles) => roles.some((r) => r.role === mine);
  const label = (f) => f.label;
  const nextTypes = next.map((a) => a.type);
  const forms = (types) => types.map((type) => state.forms.find((f) => f.type === type)).filter((f) => f);
  const groups = [];
  if (nextTypes.length) {
    groups.push(el("optgroup", { label: t("page.act.next"), id: "types-next" }, ...forms(nextTypes).map((f) => {
      const a = next.find((n) => n.type === f.type);
      const you = mayTake(a.roles);
      return el("option", { value: f.type, "data-you": String(you) }, label(f) + (you ? " (" + t("page.next.you") + ")" : ""));
    })));
  }
  groups.push(el("optgroup", { label: t("page.act.other"), id: "types-other" },
    ...state.forms.filter((f) => !nextTypes.includes(f.type)).map((f) => el("option", { value: f.type }, label(f)))));
  $("action-type").replaceChildren(...groups);
  let chosen = null;
  for (const o of g ? g.obligations : []) {
    const way = (o.takenBy || []).find((w) => mayTake(w.roles));
    if (way) { chosen = way.type; break; }
  }
  if (!chosen) chosen = (next.find((a) => mayTake(a.roles)) || next[0] || {}).type;
  if (chosen) $("action-type").value = chosen;
}

async function loadCases(select) {
  const cases = (await api("GET", "/api/cases")).data;
  $("case").replaceChildren(...cases.map((c) => el("option", { value: c.id }, c.id)));
  if (select) $("case").value = select;
  else if (state.caseId) $("case").value = state.caseId;
  state.caseId = $("case").value;
}

// Shows the chosen case. keepForm (a reload of the same case, such as after a conflict): the
// action being written and its kind stay as they are; otherwise the form starts with the next action.
async function loadCase(keepForm) {
  state.caseId = $("case").value;
  if (!state.caseId) return;
  document.body.dataset.loaded = ""; // set again once everything of this case is shown
  const g = await api("GET", "/api/cases/" + encodeURIComponent(state.caseId) + "/guidance");
  if (g.status !== 200) { showError(g.data); return; }
  state.guidance = g.data;
  state.version = g.data.version;
  renderGuidance();
  const type = $("action-type").value;
  renderTypes();
  if (keepForm === true && type) $("action-type").value = type; else renderForm();
  await Promise.all([loadView("timeline", $("timeline")), loadView("diagram", $("diagram")), loadHistory(),
    loadWorklist()]);
  $("dossier").href = caseUrl("dossier") + "?" + q();
  document.body.dataset.loaded = state.lang + ":" + state.caseId + ":" + state.version;
}

function renderGuidance() {
  const g = state.guidance;
  $("case-version").textContent = "(" + t("page.case.version", g.version) + ")";
  $("step").textContent = g.closed ? t("page.closed") : g.currentStep.number + ". " + g.currentStep.name;
  const mine = me() ? me().role : null;
  $("next").replaceChildren(...(g.nextActions.length ? g.nextActions.map((a) => {
    const li = el("li", { "data-type": a.type }, a.label + " — " + a.roles.map((r) => r.label).join(", "));
    if (a.roles.some((r) => r.role === mine)) li.append(" ", el("span", { class: "you" }, "(" + t("page.next.you") + ")"));
    return li;
  }) : [el("li", {}, t("page.next.none"))]));
  $("obligations").replaceChildren(...(g.obligations.length ? g.obligations.map((o) =>
    el("li", {}, el("span", { class: "clause" }, o.clauseId), " ", o.text,
      ...(o.since ? [" ", el("span", { class: "since" }, "(" + t("page.since", day(o.since)) + ")")] : [])))
    : [el("li", {}, t("page.obligations.none"))]));
}

// The case's audit trail: its events and refused attempts, in time order.
async function loadHistory() {
  const r = await api("GET", caseUrl("history"));
  if (r.status !== 200) { $("history").replaceChildren(el("li", {}, t("page.error", r.data.detail || r.status))); return; }
  $("history").replaceChildren(...(r.data.entries.length ? r.data.entries.map((e) => e.kind === "event"
    ? el("li", { class: "event", "data-sequence": String(e.sequence) },
      el("time", { datetime: e.at }, moment(e.at)), " ", t("page.history.event", e.sequence, e.label), " ",
      t("page.history.by", e.actor.label))
    : el("li", { class: "attempt", "data-attempt": String(e.attempt) },
      el("time", { datetime: e.at }, moment(e.at)), " ", el("strong", {}, t("page.history.attempt", e.label)), " ",
      t("page.history.by", e.actor.label), " — ", t("page.history.clauses", ""),
      ...e.clauses.flatMap((c, i) => [i ? ", " : "", el("span", { class: "clause", title: c.text || "" }, c.id)])))
    : [el("li", {}, t("page.history.none"))]));
}

// The worklist: every case with its step and what is open and overdue, the most urgent first.
async function loadWorklist() {
  const r = await api("GET", "/api/worklist");
  if (r.status !== 200) return;
  const rows = r.data.cases.map((c) => {
    if (c.tampered) {
      return el("tr", { "data-case": c.caseId, class: "tampered" }, el("th", { scope: "row" }, c.caseId),
        el("td", { colspan: "4", class: "late" }, c.detail));
    }
    const open = el("button", { type: "button", class: "link", "aria-label": t("page.worklist.choose", c.caseId) }, c.caseId);
    open.addEventListener("click", () => chooseCase(c.caseId));
    const first = c.obligations[0];
    const tr = el("tr", { "data-case": c.caseId, class: c.caseId === state.caseId ? "current" : "" },
      el("th", { scope: "row" }, open),
      el("td", {}, c.closed ? t("page.worklist.closed") : c.currentStep.number + ". " + c.currentStep.name),
      el("td", { class: "count" }, String(c.open)),
      el("td", { class: "count" + (c.overdue ? " late" : "") }, String(c.overdue)),
      el("td", {}, first ? obligationText(first) : t("page.worklist.nothing")));
    if (c.caseId === state.caseId) tr.setAttribute("aria-current", "true");
    return tr;
  });
  $("worklist-rows").replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: "5" }, t("page.worklist.none")))]));
}

function obligationText(o) {
  const parts = [];
  if (o.acute) parts.push(el("span", { class: "acute" }, t("page.acute")), " ");
  if (o.overdue) parts.push(el("span", { class: "late" }, t("page.overdue")), " ");
  parts.push(el("span", { class: "clause" }, o.clauseId), " ", o.text);
  if (o.dueAt && !o.overdue) parts.push(" ", el("span", { class: "since" }, "(" + t("page.due", day(o.dueAt)) + ")"));
  return el("span", {}, ...parts);
}

async function chooseCase(id) {
  await loadCases(id);
  showResult("", "");
  await loadCase();
  $("h-step").scrollIntoView();
}

// SVG is shown as an image (from a data: URL, so it is the version just fetched and runs nothing);
// any other view a host plugs in is shown as text.
async function loadView(kind, target) {
  const r = await api("GET", caseUrl(kind));
  if (r.status !== 200) { target.replaceChildren(el("p", {}, t("page.error", r.data.detail || r.status))); return; }
  if (r.type.startsWith("image/svg")) {
    target.replaceChildren(el("img", { src: "data:image/svg+xml;charset=utf-8," + encodeURIComponent(r.data),
      alt: t("page." + kind), "data-version": String(state.version) }));
  } else {
    target.replaceChildren(el("pre", {}, typeof r.data === "string" ? r.data : JSON.stringify(r.data, null, 2)));
  }
}

function renderForm() {
  const form = state.forms.find((f) => f.type === $("action-type").value);
  const who = me();
  $("acting-as").textContent = who ? t("page.act.as", who.label) : "";
  if (!form) return;
  $("fields").replaceChildren(...form.fields.map((f) => fieldElement(f, "f-" + f.name, who)));
}

// One field of a form, by its kind; the element (or the fieldset of a record's own fields) has the
// given id, and every input in it has a label.
function fieldElement(f, id, who) {
  switch (f.kind) {
    case "boolean":
      return el("div", { class: "field check" }, el("input", { type: "checkbox", id, name: f.name, checked: !!f.checked }), " ",
        el("label", { for: id }, f.label));
    case "text":
      return el("div", { class: "field" }, el("label", { for: id }, f.label), el("br"),
        el("textarea", { id, name: f.name, required: true, maxlength: "10000" }));
    case "id": // an opaque staff id: one line, never a name
      return el("div", { class: "field" }, el("label", { for: id }, f.label),
        el("input", { type: "text", id, name: f.name, required: true, maxlength: "100", autocomplete: "off",
          spellcheck: false, pattern: "[A-Za-z0-9][A-Za-z0-9._:\\-]*" }));
    case "date":
      return el("div", { class: "field" }, el("label", { for: id }, f.label),
        el("input", { type: "date", id, name: f.name, value: new Date().toISOString().slice(0, 10), required: true }));
    case "enum":
      return el("div", { class: "field" }, el("label", { for: id }, f.label),
        el("select", { id, name: f.name }, ...f.values.map((v) => el("option", { value: v.value }, v.label))));
    case "enums":
      return el("fieldset", { class: "field", id }, el("legend", {}, f.label), ...f.values.map((v) =>
        el("div", {}, el("input", { type: "checkbox", id: id + "-" + v.value, value: v.value, name: f.name }), " ",
          el("label", { for: id + "-" + v.value }, v.label))));
    case "actors":
      return el("fieldset", { class: "field", id }, el("legend", {}, f.label), ...state.school.staff.map((s) =>
        el("div", {}, el("input", { type: "checkbox", id: id + "-" + s.staffId, value: s.staffId, name: f.name,
          checked: !!(who && s.staffId === who.staffId) }), " ", el("label", { for: id + "-" + s.staffId }, s.label))));
    case "actor":
      return el("div", { class: "field" }, el("label", { for: id }, f.label),
        el("select", { id, name: f.name }, ...state.school.staff.map((s) =>
          el("option", { value: s.staffId, selected: !!(who && s.staffId === who.staffId) }, s.label))));
    case "record": // a record of its own, such as the suspect of a staff suspicion: staff id and position
      return el("fieldset", { class: "field", id }, el("legend", {}, f.label),
        ...f.fields.map((part) => fieldElement(part, id + "-" + part.name, who)));
    default:
      return el("p", {}, f.name);
  }
}

function readForm() {
  const form = state.forms.find((f) => f.type === $("action-type").value);
  const who = me();
  const action = { type: form.type, actor: { role: who.role, staffId: who.staffId } };
  for (const f of form.fields) action[f.name] = readField(f, "f-" + f.name);
  return action;
}

function readField(f, id) {
  const checked = () => [...document.querySelectorAll("#" + id + " input:checked")];
  switch (f.kind) {
    case "boolean": return $(id).checked;
    case "enums": return checked().map((i) => i.value);
    case "actors": return checked().map((i) => state.school.staff.find((s) => s.staffId === i.value))
      .map((s) => ({ role: s.role, staffId: s.staffId }));
    case "actor": {
      const s = state.school.staff.find((x) => x.staffId === $(id).value);
      return { role: s.role, staffId: s.staffId };
    }
    case "record": return Object.fromEntries(f.fields.map((part) => [part.name, readField(part, id + "-" + part.name)]));
    default: return $(id).value;
  }
}

function showResult(kind, ...content) {
  const r = $("result");
  r.className = kind;
  r.replaceChildren(...content);
}

function showError(problem) {
  showResult("refused", el("p", {}, t("page.error", (problem && (problem.detail || problem.title)) || problem)));
}

async function submit(ev) {
  ev.preventDefault();
  if (!state.caseId) return;
  $("submit").disabled = true;
  try {
    const action = readForm();
    const r = await api("POST", caseUrl("actions"), { expectedVersion: state.version, action });
    if (r.status === 201) {
      showResult("permitted", el("p", {}, t("page.result.permitted", r.data.event.label, r.data.event.sequence)));
      await loadCase();
      renderForm();
    } else if (r.status === 422) {
      const why = el("div", { id: "why", class: "why", "aria-live": "polite" });
      const ask = el("button", { type: "button", id: "why-button", "aria-label": t("page.why.label"),
        "aria-controls": "why" }, t("page.why"));
      ask.addEventListener("click", () => explain(action, why, ask));
      showResult("refused", el("p", {}, t("page.result.refused", r.data.title)),
        el("ul", { class: "findings" }, ...r.data.findings.map((f) => el("li", { "data-clause": f.clauseId },
          el("span", { class: "clause" }, f.clauseId), " ", f.explanation, el("br"),
          el("span", { class: "remedy" }, t("page.remedy", f.remedy)), el("br"),
          el("small", {}, t("page.clause", f.clauseId) + ": " + f.clause)))),
        el("p", {}, ask), why);
      await Promise.all([loadHistory(), loadView("timeline", $("timeline"))]);
    } else if (r.status === 409) {
      showResult("conflict", el("p", {}, t("page.result.conflict", r.data.detail)),
        el("p", {}, el("a", { href: "#h-history" }, t("page.result.conflict.history"))));
      await loadCase(true);
    } else {
      showError(r.data);
    }
  } catch (e) {
    showError(String(e));
  } finally {
    $("submit").disabled = false;
  }
}

// "Why?": the refusal in sentences a teacher understands (per finding: why not, what can be done, the
// clause), with the engine's rule trace (its rules, clauses and events) behind a details toggle.
async function explain(action, target, button) {
  button.disabled = true;
  target.textContent = t("page.why.loading");
  try {
    const r = await api("POST", caseUrl("explain"), { action });
    if (r.status === 200) {
      target.replaceChildren(
        ...r.data.findings.map((f) => el("div", { class: "reason", "data-clause": f.clauseId },
          el("p", { class: "cause" }, t("page.why.cause", f.explanation)),
          el("p", { class: "remedy" }, t("page.remedy", f.remedy)),
          el("p", { class: "clause-text" }, t("page.why.clause", f.clauseId, f.clause)))),
        el("details", { id: "why-details" }, el("summary", {}, t("page.why.details")),
          el("pre", { id: "why-trace" }, r.data.text)));
    } else {
      target.textContent = t("page.error", (r.data && r.data.detail) || r.status);
    }
  } catch (e) {
    target.textContent = t("page.error", String(e));
  } finally {
    button.disabled = false;
  }
}

async function newCase() {
  const r = await api("POST", "/api/cases", {});
  if (r.status !== 201) { showError(r.data); return; }
  await loadCases(r.data.id);
  $("status").textContent = t("page.case.created", r.data.id);
  showResult("", "");
  await loadCase();
}

async function switchLanguage() {
  state.lang = state.lang === "nl" ? "en" : "nl";
  const url = new URL(window.location.href);
  url.searchParams.set("lang", state.lang);
  window.history.replaceState(null, "", url);
  await loadTexts();
  renderForm();
  showResult("", "");
  await loadCase();
}

async function start() {
  const params = new URLSearchParams(window.location.search);
  state.lang = params.get("lang") === "en" ? "en" : "nl";
  $("status").textContent = "";
  await loadTexts();
  await loadCases(params.get("case"));
  renderForm();
  await loadCase();
  $("who").addEventListener("change", () => { renderGuidance(); renderTypes(); renderForm(); });
  $("action-type").addEventListener("change", renderForm);
  $("case").addEventListener("change", async () => { showResult("", ""); await loadCase(); });
  $("action-form").addEventListener("submit", submit);
  $("new-case").addEventListener("click", newCase);
  $("refresh").addEventListener("click", () => loadCase(true));
  $("lang-switch").addEventListener("click", switchLanguage);
  document.body.dataset.ready = "true";
}

start().catch((e) => showError(String(e)));
