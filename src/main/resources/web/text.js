// The pages' one way to put text from the data into HTML markup: every label, name or value that a
// page writes into an HTML string (ECharts tooltips) goes through AtlasText.html; everything else is
// set as text (textContent), never as markup. Links go only to http(s) IRIs (AtlasText.href).
"use strict";
window.AtlasText = (() => {
  const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

  /** The text with & < > " ' escaped, safe in HTML text and in quoted attribute values. */
  function html(value) {
    return String(value ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
  }

  /** The IRI when it is an absolute http(s) IRI, else null: no javascript:, data: or other scheme becomes a link. */
  function href(iri) {
    return typeof iri === "string" && /^https?:\/\/[^\s]+$/i.test(iri) ? iri : null;
  }

  return { html, href };
})();
