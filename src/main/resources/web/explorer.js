// The explorer: programs, the bodies that organize them and the countries they target, read from the
// SPARQL endpoint once, then filtered, searched and drawn with ECharts (matrix, network, map, timeline).
"use strict";
(() => {
  const ATLAS = "https://w3id.org/exchange-atlas/ontology#";
  const INFERRED_GRAPH = "https://w3id.org/exchange-atlas/graph/inferred";
  const FACETS = {
    organizer: "organizers", targetGroup: "groups", participantRole: "roles", topic: "topics",
    requirement: "requirements", year: "years",
  };
  const PREFIXES = `PREFIX atlas: <${ATLAS}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
`;
  // Every program's facts of the kinds the explorer shows, with the graph they come from.
  const FACTS_QUERY = PREFIXES + `SELECT DISTINCT ?p ?prop ?o ?inferred WHERE {
  ?p a atlas:Program .
  VALUES ?prop { atlas:organizer atlas:targetGroup atlas:targetCountry atlas:participantRole
                 atlas:topic atlas:requirement atlas:year }
  GRAPH ?g { ?p ?prop ?o }
  BIND(?g = <${INFERRED_GRAPH}> AS ?inferred)
}`;
  // English and Chinese names of the programs and of everything their facts name, with country codes.
  const LABELS_QUERY = PREFIXES + `SELECT ?s (SAMPLE(?en0) AS ?en) (SAMPLE(?zh0) AS ?zh) (SAMPLE(?code0) AS ?code) WHERE {
  { ?s a atlas:Program }
  UNION
  { ?p a atlas:Program ; ?prop ?s . FILTER(isIRI(?s))
    VALUES ?prop { atlas:organizer atlas:targetGroup atlas:targetCountry atlas:participantRole atlas:topic atlas:requirement } }
  OPTIONAL { ?s skos:prefLabel|atlas:title ?en0 . FILTER(langMatches(lang(?en0), "en")) }
  OPTIONAL { ?s skos:prefLabel|atlas:title ?zh0 . FILTER(langMatches(lang(?zh0), "zh")) }
  OPTIONAL { ?s atlas:iso3166alpha2 ?code0 }
} GROUP BY ?s`;
  // For each inferred target country, the group it came through.
  const VIA_QUERY = PREFIXES + `SELECT DISTINCT ?p ?c ?g WHERE {
  GRAPH <${INFERRED_GRAPH}> {
    ?i a atlas:Inference ; rdf:subject ?p ; rdf:predicate atlas:targetCountry ; rdf:object ?c ; atlas:viaGroup ?g
  }
}`;

  const state = { programs: [], labels: new Map(), lang: "en", filters: {}, search: "", withInferred: true, charts: {} };
  const $ = (id) => document.getElementById(id);
  const html = AtlasText.html;

  function label(iri, lang = state.lang) {
    const l = state.labels.get(iri);
    if (!l) return iri.replace(/^.*[/#]/, "");
    return (lang === "zh" ? l.zh || l.en : l.en || l.zh) || iri.replace(/^.*[/#]/, "");
  }

  function program(iri) {
    return {
      iri, organizers: new Set(), groups: new Set(), roles: new Set(), topics: new Set(), requirements: new Set(),
      years: new Set(), stated: new Set(), inferred: new Set(), via: new Map(),
    };
  }

  async function load() {
    const [facts, labels, via] = await Promise.all([
      AtlasSparql.rows(FACTS_QUERY), AtlasSparql.rows(LABELS_QUERY), AtlasSparql.rows(VIA_QUERY)]);
    for (const l of labels) state.labels.set(l.s, { en: l.en || "", zh: l.zh || "", code: l.code || "" });
    const byIri = new Map();
    for (const f of facts) {
      const p = byIri.get(f.p) || byIri.set(f.p, program(f.p)).get(f.p);
      const name = f.prop.substring(ATLAS.length);
      if (name === "targetCountry") {
        (f.inferred === "true" ? p.inferred : p.stated).add(f.o);
      } else if (name === "year") {
        p.years.add(f.o.substring(0, 4));
      } else if (FACETS[name]) {
        p[FACETS[name]].add(f.o);
      }
    }
    for (const p of byIri.values()) {
      for (const c of p.stated) p.inferred.delete(c);
    }
    for (const v of via) {
      const p = byIri.get(v.p);
      if (p) (p.via.get(v.c) || p.via.set(v.c, new Set()).get(v.c)).add(v.g);
    }
    state.programs = [...byIri.values()].sort((a, b) => label(a.iri).localeCompare(label(b.iri)));
  }

  // ---- filters and search -----------------------------------------------------------------------
  function fillFilters() {
    for (const select of document.querySelectorAll("select[data-facet]")) {
      const facet = select.dataset.facet;
      const counts = new Map();
      for (const p of state.programs) for (const v of p[facet]) counts.set(v, (counts.get(v) || 0) + 1);
      const values = [...counts.keys()].sort(facet === "years" ? undefined : (a, b) => label(a).localeCompare(label(b)));
      const current = select.value;
      select.replaceChildren();
      select.append(new Option("(any)", ""));
      for (const v of values) {
        const l = state.labels.get(v);
        const text = facet === "years" ? v : (l && l.en && l.zh ? `${label(v)} · ${label(v, state.lang === "en" ? "zh" : "en")}` : label(v));
        select.append(new Option(`${text} (${counts.get(v)})`, v));
      }
      select.value = current;
    }
  }

  function names(iri) {
    const l = state.labels.get(iri);
    return l ? [l.en, l.zh].filter(Boolean).map((s) => s.toLowerCase()) : [];
  }

  function matchesSearch(p, text) {
    if (!text) return true;
    const related = [p.iri, ...p.organizers, ...p.groups, ...p.roles, ...p.topics, ...p.requirements, ...p.stated,
      ...(state.withInferred ? p.inferred : [])];
    return related.some((iri) => names(iri).some((n) => n.includes(text)));
  }

  function visible() {
    const text = state.search.trim().toLowerCase();
    return state.programs.filter((p) => {
      for (const [facet, value] of Object.entries(state.filters)) if (value && !p[facet].has(value)) return false;
      return matchesSearch(p, text);
    });
  }

  function countries(p) {
    return state.withInferred ? [...p.stated, ...p.inferred] : [...p.stated];
  }

  function showMatches() {
    const text = state.search.trim().toLowerCase();
    const box = $("matches");
    const list = box.querySelector("ul");
    list.replaceChildren();
    if (!text) { box.classList.add("hidden"); return; }
    const found = [...state.labels.keys()].filter((iri) => names(iri).some((n) => n.includes(text)))
      .sort((a, b) => label(a).localeCompare(label(b))).slice(0, 60);
    for (const iri of found) list.append(item(iri, ""));
    if (!found.length) list.append(Object.assign(document.createElement("li"), { textContent: "No name matches." }));
    box.classList.remove("hidden");
  }

  // ---- the selection list -------------------------------------------------------------------------
  function item(iri, note, badge) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    const link = AtlasSparql.local(iri);
    if (link) a.href = link;
    a.className = "program";
    a.textContent = label(iri);
    li.append(a);
    const other = label(iri, state.lang === "en" ? "zh" : "en");
    if (other && other !== a.textContent) {
      const span = document.createElement("span");
      span.className = "zh";
      span.lang = state.lang === "en" ? "zh" : "en";
      span.textContent = other;
      li.append(span);
    }
    if (note) li.append(" ", Object.assign(document.createElement("span"), { className: "note", textContent: note }));
    if (badge) li.append(" ", Object.assign(document.createElement("span"), { className: `badge ${badge.kind}`, textContent: badge.text }));
    return li;
  }

  function select(title, programs, country) {
    const box = $("selection");
    $("selection-title").textContent = `${title}: ${programs.length} program${programs.length === 1 ? "" : "s"}`;
    const list = box.querySelector("ol");
    list.replaceChildren();
    for (const p of programs) {
      let badge = null;
      if (country) {
        badge = p.stated.has(country) ? { kind: "stated", text: "stated" }
          : { kind: "inferred", text: "inferred via " + [...(p.via.get(country) || [])].map((g) => label(g)).join(", ") };
      }
      list.append(item(p.iri, [...p.years].sort().join(", "), badge));
    }
    box.classList.remove("hidden");
    box.scrollIntoView({ block: "nearest" });
  }

  // ---- charts ------------------------------------------------------------------------------------------
  function chart(id) {
    if (!state.charts[id]) state.charts[id] = echarts.init($(id), null, { renderer: "canvas" });
    return state.charts[id];
  }

  function countBy(programs, keysOf) {
    const counts = new Map();
    for (const p of programs) for (const k of keysOf(p)) counts.set(k, (counts.get(k) || 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || label(a[0]).localeCompare(label(b[0])));
  }

  function drawMatrix(programs) {
    const bodies = countBy(programs, (p) => p.organizers).map((e) => e[0]);
    const columns = countBy(programs, countries).map((e) => e[0]);
    const cells = [];
    bodies.forEach((b, y) => columns.forEach((c, x) => {
      const ps = programs.filter((p) => p.organizers.has(b) && (p.stated.has(c) || (state.withInferred && p.inferred.has(c))));
      if (!ps.length) return;
      const stated = ps.filter((p) => p.stated.has(c)).length;
      cells.push({ value: [x, y, ps.length, stated, ps.length - stated], body: b, country: c });
    }));
    const max = Math.max(1, ...cells.map((c) => c.value[2]));
    const shown = Math.min(columns.length, 30);
    const box = $("matrix");
    const height = Math.max(320, 150 + 24 * bodies.length);
    if (box.clientHeight !== height) {
      box.style.height = height + "px";
      chart("matrix").resize();
    }
    chart("matrix").setOption({
      animation: false,
      tooltip: {
        formatter: (p) => `${html(label(p.data.body))} × ${html(label(p.data.country))}<br>${html(p.data.value[3])} stated, ${html(p.data.value[4])} inferred`,
      },
      grid: { left: 230, right: 20, top: 10, bottom: 130 },
      xAxis: { type: "category", data: columns.map((c) => label(c)), axisLabel: { rotate: 55, interval: 0, fontSize: 11 }, splitArea: { show: true } },
      yAxis: { type: "category", data: bodies.map((b) => label(b)), inverse: true, axisLabel: { interval: 0, fontSize: 11, width: 220, overflow: "truncate" }, splitArea: { show: true } },
      visualMap: { min: 0, max, dimension: 2, seriesIndex: 0, calculable: true, orient: "horizontal", right: 10, bottom: 0, itemHeight: 120,
        text: ["more programs", "fewer"], inRange: { color: ["#dbe8f5", "#6fa3d4", "#1f4e79"] } },
      dataZoom: columns.length > shown ? [{ type: "slider", xAxisIndex: 0, startValue: 0, endValue: shown - 1, bottom: 30, height: 14 }] : [],
      // Pairs a source states (shaded by count), and pairs only inference gives (orange, dashed frame).
      series: [{
        type: "heatmap", data: cells.filter((c) => c.value[3] > 0),
        label: { show: true, fontSize: 11, formatter: (p) => (p.data.value[4] ? `${p.data.value[3]}+${p.data.value[4]}` : `${p.data.value[3]}`) },
        emphasis: { itemStyle: { borderColor: "#000", borderWidth: 1 } },
      }, {
        type: "heatmap", data: cells.filter((c) => c.value[3] === 0),
        itemStyle: { color: "#fde4c8", borderColor: "#c2630a", borderWidth: 1, borderType: "dashed" },
        label: { show: true, fontSize: 11, color: "#8a4300", formatter: (p) => `0+${p.data.value[4]}` },
        emphasis: { itemStyle: { borderColor: "#000", borderWidth: 1 } },
      }],
    }, true);
    state.matrix = { bodies, columns, cells };
  }

  function drawNetwork(programs) {
    const nodes = new Map();
    const links = new Map();
    const node = (iri, category) => {
      const n = nodes.get(iri) || nodes.set(iri, { id: iri, name: label(iri), category, value: 0 }).get(iri);
      n.value++;
    };
    const link = (a, b, dashed) => {
      const key = `${a} ${b}`;
      const l = links.get(key) || links.set(key, { source: a, target: b, value: 0, dashed }).get(key);
      l.value++;
    };
    for (const p of programs) {
      for (const b of p.organizers) {
        node(b, 0);
        for (const g of p.groups) { node(g, 1); link(b, g, false); }
        for (const c of p.stated) { node(c, 2); link(b, c, false); }
      }
      if (state.withInferred) {
        for (const [c, groups] of p.via) {
          if (!p.inferred.has(c)) continue;
          node(c, 2);
          for (const g of groups) { node(g, 1); link(g, c, true); }
        }
      }
    }
    // Countries are many: only those reached by several programs are named; hover names the rest.
    const countryValues = [...nodes.values()].filter((n) => n.category === 2).map((n) => n.value).sort((a, b) => b - a);
    const labelled = countryValues.length > 25 ? countryValues[24] : 0;
    chart("network").setOption({
      tooltip: { formatter: (p) => (p.dataType === "edge" ? `${html(label(p.data.source))} → ${html(label(p.data.target))}: ${html(p.data.value)}` : `${html(p.data.name)}: ${html(p.data.value)}`) },
      legend: { data: ["body", "group", "country"], top: 0 },
      color: ["#1f4e79", "#2e8b57", "#c2630a"],
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true,
        categories: [{ name: "body" }, { name: "group" }, { name: "country" }],
        data: [...nodes.values()].map((n) => ({ ...n, symbolSize: 6 + 4 * Math.sqrt(n.value),
          label: { show: n.category !== 2 || n.value >= labelled } })),
        links: [...links.values()].map((l) => ({ ...l, lineStyle: { width: Math.min(6, 0.8 + Math.sqrt(l.value)), type: l.dashed ? "dashed" : "solid", opacity: 0.55 } })),
        label: { position: "right", fontSize: 10 },
        labelLayout: { hideOverlap: true },
        zoom: 0.8,
        force: { repulsion: 90, edgeLength: [20, 90], gravity: 0.25, friction: 0.2 },
      }],
    }, true);
  }

  function drawMap(programs) {
    if (!state.worldReady) return;
    const counts = new Map();
    for (const p of programs) for (const c of countries(p)) {
      const e = counts.get(c) || counts.set(c, { total: 0, stated: 0 }).get(c);
      e.total++;
      if (p.stated.has(c)) e.stated++;
    }
    const data = [...counts.entries()].filter(([c]) => state.labels.get(c) && state.labels.get(c).code).map(([c, e]) => ({
      name: state.labels.get(c).code, value: e.total, stated: e.stated, iri: c,
    }));
    chart("map").setOption({
      tooltip: { trigger: "item", formatter: (p) => (p.data ? `${html(label(p.data.iri))} · ${html(label(p.data.iri, state.lang === "en" ? "zh" : "en"))}<br>${html(p.data.value)} programs: ${html(p.data.stated)} stated, ${html(p.data.value - p.data.stated)} inferred` : "no program") },
      visualMap: { min: 0, max: Math.max(1, ...data.map((d) => d.value)), left: 10, bottom: 10, calculable: true, itemHeight: 90,
        text: ["more", "fewer"], inRange: { color: ["#dbe8f5", "#6fa3d4", "#1f4e79"] } },
      series: [{ type: "map", map: "world", nameProperty: "iso", roam: true, data,
        itemStyle: { areaColor: "#eef0f3", borderColor: "#b8c0ca", borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: "#f5c46b" } } }],
    }, true);
  }

  function drawTimeline(programs) {
    const years = [...new Set(programs.flatMap((p) => [...p.years]))].sort();
    const top = countBy(programs, (p) => p.organizers).slice(0, 6).map((e) => e[0]);
    const groups = [...top, "other"];
    const series = groups.map((b) => ({
      name: b === "other" ? "other bodies" : label(b), type: "bar", stack: "programs", barMaxWidth: 70,
      emphasis: { focus: "series" },
      data: years.map((y) => programs.filter((p) => p.years.has(y) && (b === "other"
        ? ![...p.organizers].some((o) => top.includes(o)) : p.organizers.has(b))).length),
    }));
    chart("timeline").setOption({
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, formatter: (ps) => [html(ps[0].axisValue),
        ...ps.filter((p) => p.value).map((p) => `${p.marker}${html(p.seriesName)}: ${html(p.value)}`)].join("<br>") },
      legend: { top: 0, type: "scroll" },
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: years },
      yAxis: { type: "value", minInterval: 1 },
      series,
    }, true);
    state.timeline = { years, groups, top };
  }

  function redraw() {
    const programs = visible();
    const countryCount = new Set(programs.flatMap(countries)).size;
    $("summary").textContent = `${programs.length} of ${state.programs.length} programs · ${countryCount} countries`;
    drawMatrix(programs);
    drawNetwork(programs);
    drawMap(programs);
    drawTimeline(programs);
    showMatches();
    state.visible = programs;
  }

  // ---- events ------------------------------------------------------------------------------------------
  function wire() {
    for (const s of document.querySelectorAll("select[data-facet]")) {
      s.addEventListener("change", () => { state.filters[s.dataset.facet] = s.value; redraw(); });
    }
    let pending;
    $("search").addEventListener("input", (e) => {
      clearTimeout(pending);
      pending = setTimeout(() => { state.search = e.target.value; redraw(); }, 150);
    });
    $("with-inferred").addEventListener("change", (e) => { state.withInferred = e.target.checked; redraw(); });
    $("lang").addEventListener("change", (e) => { state.lang = e.target.value; fillFilters(); redraw(); });
    $("reset").addEventListener("click", () => {
      state.filters = {};
      state.search = "";
      $("search").value = "";
      for (const s of document.querySelectorAll("select[data-facet]")) s.value = "";
      $("selection").classList.add("hidden");
      redraw();
    });
    chart("matrix").on("click", (p) => {
      if (p.seriesType !== "heatmap") return;
      const { body, country } = p.data;
      const ps = state.visible.filter((x) => x.organizers.has(body) && (x.stated.has(country) || (state.withInferred && x.inferred.has(country))));
      select(`${label(body)} × ${label(country)}`, ps, country);
    });
    chart("map").on("click", (p) => {
      if (!p.data) return;
      const ps = state.visible.filter((x) => countries(x).includes(p.data.iri));
      select(label(p.data.iri), ps, p.data.iri);
    });
    chart("network").on("click", (p) => {
      if (p.dataType !== "node") return;
      const iri = p.data.id;
      const ps = state.visible.filter((x) => x.organizers.has(iri) || x.groups.has(iri) || countries(x).includes(iri));
      select(label(iri), ps, p.data.category === 2 ? iri : null);
    });
    chart("timeline").on("click", (p) => {
      const b = state.timeline.groups[p.seriesIndex];
      const year = p.name;
      const ps = state.visible.filter((x) => x.years.has(year) && (b === "other"
        ? ![...x.organizers].some((o) => state.timeline.top.includes(o)) : x.organizers.has(b)));
      select(`${year}, ${b === "other" ? "other bodies" : label(b)}`, ps, null);
    });
    window.addEventListener("resize", () => Object.values(state.charts).forEach((c) => c.resize()));
  }

  async function loadWorld() {
    const response = await fetch("/api/world.json");
    if (!response.ok) throw new Error(`world map: ${response.status}`);
    const world = await response.json();
    for (const f of world.features) if (!f.properties.iso) f.properties.iso = "?" + f.properties.name;
    echarts.registerMap("world", world);
    state.worldReady = true;
  }

  /** For tests and scripts: the page position of a matrix cell (viewport pixels), scrolled into view. */
  function cellPixel(bodyIri, countryIri) {
    const m = state.matrix;
    const x = m.columns.indexOf(countryIri);
    const y = m.bodies.indexOf(bodyIri);
    if (x < 0 || y < 0) return null;
    $("matrix").scrollIntoView({ block: "center" });
    const [px, py] = chart("matrix").convertToPixel({ seriesIndex: 0 }, [x, y]);
    const box = $("matrix").getBoundingClientRect();
    return { x: box.left + px, y: box.top + py };
  }

  function nodeIndex(iri) {
    const data = chart("network").getModel().getSeriesByIndex(0).getData();
    for (let i = 0; i < data.count(); i++) if (data.getId(i) === iri) return i;
    return -1;
  }

  /** For tests and scripts: the page position of a network node (viewport pixels), scrolled into view. */
  function nodePixel(iri) {
    const i = nodeIndex(iri);
    if (i < 0) return null;
    $("network").scrollIntoView({ block: "center" });
    const c = chart("network");
    const [px, py] = c.convertToPixel({ seriesIndex: 0 }, c.getModel().getSeriesByIndex(0).getData().getItemLayout(i));
    const box = $("network").getBoundingClientRect();
    return { x: box.left + px, y: box.top + py };
  }

  /** For tests and scripts: shows a network node's tooltip as hovering it does (for a node under another). */
  function showNodeTip(iri) {
    const i = nodeIndex(iri);
    if (i >= 0) chart("network").dispatchAction({ type: "showTip", seriesIndex: 0, dataIndex: i });
    return i >= 0;
  }

  async function start() {
    try {
      await Promise.all([load(), loadWorld().catch((e) => console.warn(e))]);
      fillFilters();
      wire();
      redraw();
      window.atlasExplorer.ready = true;
    } catch (e) {
      $("summary").textContent = "Could not load the data: " + e.message;
      window.atlasExplorer.error = e.message;
    }
  }

  window.atlasExplorer = { ready: false, state, cellPixel, nodePixel, showNodeTip };
  start();
})();
