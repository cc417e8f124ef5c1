// The pages' one way to the data: SPARQL 1.1 protocol against this server's /sparql.
"use strict";
window.AtlasSparql = (() => {
  const ENDPOINT = "/sparql";

  /** Runs a query by POST; resolves to the parsed SPARQL JSON results, rejects with the server's message. */
  async function run(query, accept = "application/sparql-results+json") {
    const response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8", "Accept": accept },
      body: new URLSearchParams({ query }),
    });
    const text = await response.text();
    if (!response.ok) {
      const error = new Error(`${response.status} ${response.statusText}: ${text.trim().split("\n")[0]}`);
      error.status = response.status;
      error.body = text;
      throw error;
    }
    return accept.includes("json") ? JSON.parse(text) : text;
  }

  /** The rows of a SELECT: one object per solution, variable name to plain value (IRI or literal text). */
  async function rows(query) {
    const json = await run(query);
    return json.results.bindings.map((b) => {
      const row = {};
      for (const [name, term] of Object.entries(b)) row[name] = term.value;
      return row;
    });
  }

  /** The server's path of an entity IRI; another http(s) IRI as it is; null for any other scheme (never a link). */
  const ID = "https://w3id.org/exchange-atlas/id/";
  function local(iri) {
    return iri && iri.startsWith(ID) ? "/id/" + iri.substring(ID.length) : AtlasText.href(iri);
  }

  return { run, rows, local, ID };
})();
