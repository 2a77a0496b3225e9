// Ranking, facets, snippets and suggestions over loaded postings. Pure functions, no DOM, no network.
(function (sotay) {
  "use strict";
  const { SYLLABLE, fold, indexTerm, normalize, untelex } = sotay.searchAnalysis;

  /**
   * Documents for the query terms, best first. `lookup(term)` gives {df, postings: [doc, score, ...],
   * complete} or undefined. A document's score is the sum of its folded terms' scores plus `exactWeight`
   * times its exact terms' scores (typed with diacritics), each weighted by the term's kind (`kindWeights`).
   * Documents holding every word come first and alone; when none does, every document holding any word.
   * Among them, those holding every word typed with diacritics in that very spelling come before the
   * others. A word whose postings are not all loaded (the header box reads only the best ones) is not
   * held against a document.
   */
  function rank(terms, lookup, { exactWeight, kindWeights }) {
    const scores = new Map();
    for (const term of terms) {
      const weight = kindWeights[term.kind];
      const forms = [[indexTerm(term.kind, term.folded, true), weight]];
      if (term.exact !== null) forms.push([indexTerm(term.kind, term.exact, false), weight * exactWeight]);
      for (const [text, share] of forms) {
        const found = lookup(text);
        for (let i = 0; found && i < found.postings.length; i += 2) {
          scores.set(found.postings[i], (scores.get(found.postings[i]) ?? 0) + found.postings[i + 1] * share);
        }
      }
    }
    const words = terms.filter((t) => t.kind === SYLLABLE);
    const folded = words.map((t) => [t.folded, lookup(indexTerm(SYLLABLE, t.folded, true))]);
    const unknown = folded.filter(([, found]) => !found).map(([word]) => word);
    const all = [...scores.keys()].filter(holdsAll(folded.map(([, found]) => found)));
    const exact = words.filter((t) => t.exact !== null).map((t) => lookup(indexTerm(SYLLABLE, t.exact, false)));
    const spelt = exact.every(Boolean) ? holdsAll(exact) : () => false;
    const hits = (all.length ? all : [...scores.keys()]).map((doc) => ({ doc, score: scores.get(doc), exact: spelt(doc) }));
    hits.sort((a, b) => b.exact - a.exact || b.score - a.score || a.doc - b.doc);
    return { hits, everyWord: all.length > 0, unknown };
  }

  /** Whether a document is in every one of these postings (undefined: in none; not all loaded: assumed in). */
  function holdsAll(postings) {
    const sets = postings.filter((found) => !found || found.complete).map((found) => new Set(docsOf(found)));
    return (doc) => sets.every((docs) => docs.has(doc));
  }

  function docsOf(found) {
    const docs = [];
    for (let i = 0; found && i < found.postings.length; i += 2) docs.push(found.postings[i]);
    return docs;
  }

  /** Whether document `doc` passes every chosen facet value ({facet: Set of codes}). */
  function passes(doc, chosen, columns) {
    return Object.entries(chosen).every(([facet, codes]) => !codes.size || [...codes].some((code) => holds(columns[facet][doc], facet, code)));
  }

  const MULTI = new Set(["meeting", "cell"]);
  const holds = (value, facet, code) => (MULTI.has(facet) ? (value & (1 << code)) !== 0 : value === code);

  /** {facet: Map(code -> count)} over the documents, each facet counted under the other facets' choices. */
  function facetCounts(docs, facets, chosen, columns) {
    const counts = {};
    for (const facet of facets) {
      const others = { ...chosen, [facet]: new Set() };
      const map = new Map();
      for (const doc of docs) {
        if (!passes(doc, others, columns)) continue;
        for (const code of codesOf(columns[facet][doc], facet)) map.set(code, (map.get(code) ?? 0) + 1);
      }
      counts[facet] = map;
    }
    return counts;
  }

  function codesOf(value, facet) {
    if (!MULTI.has(facet)) return value ? [value] : [];
    const codes = [];
    for (let bit = 0; 1 << bit <= value; bit++) if (value & (1 << bit)) codes.push(bit);
    return codes;
  }

  const WORD = /[\p{L}\p{N}]+/gu;

  /**
   * Which words of `text` to mark for the query's `words` ({exact, folded}): a word typed with
   * diacritics marks its exact spelling where the text has it ("quy" then leaves "quý" alone),
   * otherwise every word that folds the same ("hoat" marks "hoạt").
   */
  function marker(text, words) {
    const present = new Set([...text.matchAll(WORD)].map((m) => normalize(m[0])));
    const exact = new Set();
    const folded = new Set();
    for (const word of words) {
      if (word.exact !== null && present.has(word.exact)) exact.add(word.exact);
      else folded.add(word.folded);
    }
    return (word) => exact.has(normalize(word)) || folded.has(fold(word));
  }

  /**
   * About `width` characters of `text` around the stretch with the most distinct query words, as
   * [{text, mark}] pieces.
   */
  function snippet(text, words, width = 160) {
    const marked = marker(text, words);
    const hits = [...text.matchAll(WORD)].filter((m) => marked(m[0])).map((m) => [m.index, fold(m[0])]);
    let begin = 0;
    let best = 0;
    for (const [start] of hits) {
      const distinct = new Set(hits.filter(([s]) => s >= start && s < start + width - 30).map((h) => h[1])).size;
      if (distinct > best) [best, begin] = [distinct, Math.max(0, start - 30)];
    }
    const space = text.lastIndexOf(" ", begin);
    if (begin && space >= 0 && begin - space < 20) begin = space + 1;
    let end = Math.min(text.length, begin + width);
    const after = text.indexOf(" ", end);
    if (after >= 0 && after < end + 20) end = after;
    return [...(begin ? [{ text: "…", mark: false }] : []), ...mark(text.slice(begin, end), marked),
      ...(end < text.length ? [{ text: "…", mark: false }] : [])];
  }

  /** `text` cut into [{text, mark}] pieces, the words `marked(word)` accepts marked. */
  function mark(text, marked) {
    const pieces = [];
    let last = 0;
    for (const m of text.matchAll(WORD)) {
      if (!marked(m[0])) continue;
      if (m.index > last) pieces.push({ text: text.slice(last, m.index), mark: false });
      pieces.push({ text: m[0], mark: true });
      last = m.index + m[0].length;
    }
    if (last < text.length) pieces.push({ text: text.slice(last), mark: false });
    return pieces;
  }

  /**
   * Edit distance where inserting, dropping or changing a letter, or swapping two neighbours ("bna" for "ban"),
   * each count 1 (optimal string alignment); stops early once it exceeds `limit`.
   */
  function distance(a, b, limit = 2) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let before = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) {
        let best = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2] + 1);
        row.push(best);
      }
      if (Math.min(...row) > limit) return limit + 1;
      [before, previous] = [previous, row];
    }
    return previous[b.length];
  }

  /**
   * "Did you mean": the query with each unknown word replaced by a near vocabulary word, or null when an unknown
   * word has none (a query the index still lacks a word of finds no more than the one typed). `vocabulary` is {words, pairs}, each most frequent first in its most frequent spelling. Words are
   * compared without diacritics, 1 edit apart for words of up to 4 letters, else 2. Among the near words, one that
   * makes a known pair with its neighbours wins, then the nearest, then the most frequent. The suggestion is spelt
   * as the index knows it: each word as the most frequent known pair holding it spells it, else a replaced word as
   * the vocabulary spells it and any other word as typed ("bien bna" -> "biên bản"). A word typed in Telex or VNI
   * keys is read as the syllable it spells, as the search reads it ("bieen bna" -> "biên bản").
   */
  function suggest(query, unknown, vocabulary) {
    const typed = query.trim().split(/\s+/).map((word) => untelex(normalize(word)) ?? word);
    const folded = typed.map(fold);
    const missing = new Set(unknown);
    const words = vocabulary.words.map((word) => [word, fold(word)]);
    const pairs = new Map();
    vocabulary.pairs.forEach((pair, rank) => { if (!pairs.has(fold(pair))) pairs.set(fold(pair), { words: pair.split(" "), rank }); });
    const replaced = typed.map(() => null);
    let lacking = false; // an unknown word with no near one
    folded.forEach((word, i) => {
      if (!missing.has(word)) return;
      const limit = word.length <= 4 ? 1 : 2;
      const near = [];
      words.forEach(([exact, form], rank) => {
        const edits = distance(word, form, limit);
        if (edits <= limit) near.push({ exact, form, edits, rank });
      });
      const fits = (c) => (i > 0 && pairs.has(`${folded[i - 1]} ${c.form}`) ? 1 : 0)
        + (i + 1 < folded.length && pairs.has(`${c.form} ${folded[i + 1]}`) ? 1 : 0);
      near.sort((a, b) => fits(b) - fits(a) || a.edits - b.edits || a.rank - b.rank);
      if (!near.length) {
        lacking = true;
        return;
      }
      folded[i] = near[0].form;
      replaced[i] = near[0].exact;
    });
    if (lacking || replaced.every((word) => word === null)) return null;
    const fromPairs = typed.map(() => null);
    for (let i = 0; i + 1 < folded.length; i++) {
      const pair = pairs.get(`${folded[i]} ${folded[i + 1]}`);
      if (!pair) continue;
      for (const at of [i, i + 1]) {
        if (!fromPairs[at] || pair.rank < fromPairs[at].rank) fromPairs[at] = { word: pair.words[at - i], rank: pair.rank };
      }
    }
    return typed.map((word, i) => fromPairs[i]?.word ?? replaced[i] ?? word).join(" ");
  }

  sotay.searchRank = { rank, passes, facetCounts, marker, snippet, mark, distance, suggest };
})(window.sotay = window.sotay || {});
