// The SPARQL editor: the shipped queries (queries/*.rq, served at /api/queries) ready to run; results as a
// table whose entity IRIs link to their pages; CONSTRUCT and DESCRIBE results as Turtle.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { queries: [] };

  function kind(query) {
    const body = query.replace(/#[^\n]*/g, "").replace(/PREFIX\s+\S*\s*<[^>]*>/gi, "").replace(/BASE\s*<[^>]*>/gi, "");
    const m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(body);
    return m ? m[1].toUpperCase() : "SELECT";
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    const link = term.type === "uri" ? AtlasSparql.local(term.value) : null;
    if (link) {
      const a = document.createElement("a");
      a.href = link;
      a.textContent = term.value.startsWith(AtlasSparql.ID) ? term.value.substring(AtlasSparql.ID.length) : term.value;
      td.append(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.lang = term["xml:lang"];
    }
    return td;
  }

  function table(json) {
    const vars = json.head.vars;
    const t = document.createElement("table");
    const head = t.createTHead().insertRow();
    for (const v of vars) head.append(Object.assign(document.createElement("th"), { textContent: v }));
    const body = t.createTBody();
    for (const b of json.results.bindings) {
      const row = body.insertRow();
      for (const v of vars) row.append(cell(b[v]));
    }
    return t;
  }

  function downloads(query) {
    const box = $("downloads");
    box.replaceChildren();
    if (kind(query) !== "SELECT") return;
    box.append("Download: ");
    for (const f of ["csv", "tsv", "json", "xml"]) {
      const a = document.createElement("a");
      a.href = "/sparql?" + new URLSearchParams({ query, format: f });
      a.textContent = f.toUpperCase();
      box.append(a, " ");
    }
  }

  async function run() {
    const query = $("query").value;
    const results = $("results");
    const k = kind(query);
    $("status").textContent = "Running…";
    results.replaceChildren();
    const started = performance.now();
    try {
      if (k === "CONSTRUCT" || k === "DESCRIBE") {
        const turtle = await AtlasSparql.run(query, "text/turtle");
        results.append(Object.assign(document.createElement("pre"), { className: "turtle", textContent: turtle }));
        $("status").textContent = `Done in ${Math.round(performance.now() - started)} ms.`;
      } else {
        const json = await AtlasSparql.run(query);
        if (k === "ASK") {
          results.append(Object.assign(document.createElement("p"), { textContent: json.boolean ? "yes" : "no" }));
          $("status").textContent = `Done in ${Math.round(performance.now() - started)} ms.`;
        } else {
          results.append(table(json));
          const n = json.results.bindings.length;
          $("status").textContent = `${n} row${n === 1 ? "" : "s"} in ${Math.round(performance.now() - started)} ms.`;
        }
      }
      downloads(query);
      results.dataset.done = "true";
    } catch (e) {
      $("status").textContent = "";
      results.append(Object.assign(document.createElement("pre"), { className: "error", textContent: e.body || e.message }));
      results.dataset.done = "error";
    }
  }

  function choose(name) {
    const q = state.queries.find((x) => x.name === name);
    if (!q) return;
    $("shipped").value = name;
    $("query").value = q.text;
    const comments = q.text.split("\n").filter((l) => l.startsWith("#")).map((l) => l.replace(/^#+\s?/, ""));
    $("description").textContent = comments.join("\n");
  }

  async function start() {
    const response = await fetch("/api/queries");
    state.queries = response.ok ? await response.json() : [];
    for (const q of state.queries) $("shipped").append(new Option(`${q.name.replace(/\.rq$/, "")}: ${q.title}`, q.name));
    $("shipped").addEventListener("change", (e) => choose(e.target.value));
    $("run").addEventListener("click", run);
    $("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
    const wanted = new URLSearchParams(window.location.search).get("q");
    if (wanted) {
      choose(wanted);
      run();
    }
    window.atlasQuery = { ready: true, choose, run };
  }

  window.atlasQuery = { ready: false };
  start();
})();
