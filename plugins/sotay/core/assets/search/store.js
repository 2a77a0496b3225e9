// The browser index: manifest, shards, documents, excerpts, facets, vocabulary. Every file is read at
// most once per page, and only when a query needs it: fetched over HTTP(S); from disk (file://), where
// browsers refuse fetch(), through the script twins a portable build writes (window.sotayOffline).
(function (sotay) {
  "use strict";
  const { analyzeQuery, indexTerm, shardOf, SYLLABLE } = sotay.searchAnalysis;
  const { rank } = sotay.searchRank;

  const VERSION = 2; // of the format this reads (docs/reference/search-shards.md)
  const SITE = new URL("../../../", document.currentScript.src);
  const INDEX_DIR = "search/";
  const INDEX = new URL(INDEX_DIR, SITE);

  /** Bytes of a gzip file as text: inflated here unless the server already did (some add Content-Encoding). */
  async function fetchText(path) {
    const response = await fetch(new URL(path, INDEX));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!(bytes[0] === 0x1f && bytes[1] === 0x8b)) return new TextDecoder().decode(bytes);
    const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(inflated).text();
  }

  /** A file of the index: parsed JSON, or the text of an excerpt (x/ID.txt.gz). The twins hold them inflated. */
  async function read(path) {
    if (location.protocol === "file:") return sotayOffline.load(INDEX_DIR + path);
    const text = await fetchText(path);
    return path.includes(".json") ? JSON.parse(text) : text;
  }

  class SearchIndex {
    constructor(manifest) {
      this.manifest = manifest;
      this.files = new Map();
      /** {facet: {slug: label}} for display; manifest.labels keeps the ordered [slug, label] lists. */
      this.labels = Object.fromEntries(Object.entries(manifest.labels).map(([facet, pairs]) => [facet, Object.fromEntries(pairs)]));
    }

    static async open() {
      const manifest = await read("manifest.json");
      if (manifest.version !== VERSION) throw new Error(`search/manifest.json: format ${manifest.version}, this page reads ${VERSION}`);
      return new SearchIndex(manifest);
    }

    /** What a search that finds nothing offers: [{heading, links: [{title, url}]}]. */
    shortcuts() {
      return this.manifest.shortcuts.map(([heading, links]) => ({ heading, links: links.map(([title, url]) => ({ title, url: this.url(url) })) }));
    }

    /** URL of a page, from its site path. */
    url(path) {
      return new URL(path, SITE).href;
    }

    file(path) {
      if (!this.files.has(path)) this.files.set(path, read(path));
      return this.files.get(path);
    }

    /** Postings of the terms ({df, postings, complete}); with `full`, tails too. */
    async postings(terms, full) {
      const found = new Map();
      await Promise.all(terms.map(async (term) => {
        const shard = shardOf(term, this.manifest.shards).toString(16);
        const head = (await this.file(`t/${shard}.json.gz`))[term];
        if (!head) return;
        const [df, ...postings] = head;
        let complete = postings.length / 2 >= df;
        if (full && !complete) {
          postings.push(...(await this.file(`t/${shard}.tail.json.gz`))[term]);
          complete = true;
        }
        found.set(term, { df, postings, complete });
      }));
      return found;
    }

    /** Ranked documents for a query: {terms, words, hits, everyWord, unknown, complete}. */
    async search(query, full = false) {
      const terms = analyzeQuery(query);
      const wanted = terms.flatMap((t) => [indexTerm(t.kind, t.folded, true), ...(t.exact === null ? [] : [indexTerm(t.kind, t.exact, false)])]);
      const found = await this.postings(wanted, full);
      const weights = { exactWeight: this.manifest.exact_weight, kindWeights: this.manifest.kind_weights };
      const ranked = rank(terms, (term) => found.get(term), weights);
      const complete = [...found.values()].every((f) => f.complete);
      const words = terms.filter((t) => t.kind === SYLLABLE).map(({ exact, folded }) => ({ exact, folded }));
      return { terms, words, complete, ...ranked };
    }

    /** Display fields of documents: {id, title, url, kind, number, status, year, demoted}. */
    async documents(ids) {
      const { block } = this.manifest.docs;
      return Promise.all(ids.map(async (id) => {
        const [title, url, kind, number, status, year] = (await this.file(`d/${Math.floor(id / block)}.json.gz`))[id % block];
        return { id, title, url: this.url(url), kind, number, status, year, demoted: this.manifest.demoted.includes(status) };
      }));
    }

    excerpt(id) {
      return this.file(`x/${id}.txt.gz`);
    }

    facets() {
      return this.file("facets.json.gz");
    }

    /** {words, pairs}: the most frequent syllables and pairs of syllables, most frequent first. */
    vocabulary() {
      return this.file("vocab.json.gz");
    }
  }

  let opened = null;
  /** The site's index, opened once per page. */
  const openIndex = () => (opened ??= SearchIndex.open());

  /** What a search says when a part of the index it needs could not be fetched (offline, never saved). */
  const NOT_LOADED = "Chưa tải được dữ liệu tìm kiếm cho từ này. Hãy kiểm tra kết nối mạng rồi gõ lại.";

  sotay.searchStore = { openIndex, NOT_LOADED };
})(window.sotay = window.sotay || {});
