// Query analysis for the browser: the same terms as sotay/core/search/analysis.py (a parity test
// runs both on the same queries). Pure functions, no DOM.
(function (sotay) {
  "use strict";

  const MAX_QUERY_WORDS = 32;  // words of a query that count (core/search/analysis.py keeps as many)
  const SYLLABLE = "syllable";
  const PAIR = "pair";
  const NUMBER = "number";
  const FOLDED_MARKER = "~";
  const NUMBER_MARKER = "#";

  const MARKS = /[\u0300-\u036f]/g;
  const PHRASE_END = /[.,;:!?()[\]{}|…–—\n\r]/;
  const WORD = "[\\p{L}\\p{N}]+";
  const NUMBER_SOURCE = "(?<![\\p{L}\\p{N}])(\\d+)[ \\t]*-[ \\t]*([a-zđ]{2,6}i?)[ \\t]*/[ \\t]*([a-zđ]+(?:-[a-zđ]+)*)(?![\\p{L}\\p{N}])";

  const normalize = (text) => text.toLowerCase().normalize("NFC");

  /** Lowercase text without tone and vowel marks, đ as d: "Đảng bộ" -> "dang bo". */
  const fold = (text) => text.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").normalize("NFC");

  const hasDiacritics = (text) => /[\u0300-\u036fđĐ]/.test(text.normalize("NFD"));

  function indexTerm(kind, text, folded) {
    const term = kind === NUMBER ? NUMBER_MARKER + text : text;
    return folded ? FOLDED_MARKER + term : term;
  }

  /** FNV-1a (32 bits) of the UTF-8 bytes of the term's folded form without "~", modulo the shard count. */
  function shardOf(term, shards) {
    let value = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(fold(term.startsWith(FOLDED_MARKER) ? term.slice(1) : term))) {
      value = Math.imul(value ^ byte, 0x01000193) >>> 0;
    }
    return value % shards;
  }

  function syllablesAndNumbers(phrase) {
    const syllables = [];
    const numbers = [];
    let start = 0;
    for (const match of phrase.matchAll(new RegExp(NUMBER_SOURCE, "gu"))) {
      syllables.push(...(phrase.slice(start, match.index).match(new RegExp(WORD, "gu")) || []));
      const [, number, type, issuer] = match;
      numbers.push(`${number}-${type}/${issuer}`);
      syllables.push(number, type, ...issuer.split("-"));
      start = match.index + match[0].length;
    }
    syllables.push(...(phrase.slice(start).match(new RegExp(WORD, "gu")) || []));
    return [syllables, numbers];
  }

  const pairs = (words) => words.slice(1).map((word, i) => `${words[i]} ${word}`);

  /** Syllables, pairs and numbers of each phrase, as {text, folded, kind}. */
  function analyze(text) {
    const tokens = [];
    for (const phrase of normalize(text).split(PHRASE_END)) {
      const [syllables, numbers] = phrase.includes("/") ? syllablesAndNumbers(phrase) : [phrase.match(new RegExp(WORD, "gu")) || [], []];
      const folded = syllables.map(fold);
      syllables.forEach((s, i) => tokens.push({ text: s, folded: folded[i], kind: SYLLABLE }));
      const foldedPairs = pairs(folded);
      pairs(syllables).forEach((p, i) => tokens.push({ text: p, folded: foldedPairs[i], kind: PAIR }));
      numbers.forEach((n) => tokens.push({ text: n, folded: fold(n), kind: NUMBER }));
    }
    return tokens;
  }

  /** Distinct query terms {exact, folded, kind}; exact is null when the query has no diacritic. */
  function analyzeQuery(query) {
    const keyed = new RegExp(`${NUMBER_SOURCE}|(${WORD})`, "gu");
    const text = normalize(query).split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS).join(" ").replace(keyed, (whole, n, t, i, syllable) => (syllable ? untelex(syllable) ?? syllable : whole));
    const marked = hasDiacritics(text);
    const seen = new Map();
    for (const token of analyze(text)) {
      const term = { exact: marked ? token.text : null, folded: token.folded, kind: token.kind };
      seen.set(`${term.exact}\u0000${term.folded}\u0000${term.kind}`, term);
    }
    return [...seen.values()];
  }

  // --- Telex / VNI residue (see untelex in analysis.py) ----------------------------------------------

  const INITIALS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", ..."bcdđghklmnprstvx"];
  const RHYMES = new Set(`
    a ac ach ai am an ang anh ao ap at au ay  ăc ăm ăn ăng ăp ăt  âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et  ê êch êm ên êng ênh êp êt êu
    i ia ich im in inh ip it iu  iêc iêm iên iêng iêp iêt iêu
    o oc oi om on ong op ot ooc oong  ô ôc ôi ôm ôn ông ôp ôt  ơ ơi ơm ơn ơp ơt
    oa oac oach oai oam oan oang oanh oap oat oay  oăc oăm oăn oăng oăt  oe oen oeo oet
    u ua uc ui um un ung up ut  uân uâng uât uây  uê uêch uênh  uôc uôi uôm uôn uông uôt  uơ
    uy uya uych uyên uyêt uynh uyt uyu
    ư ưa ưc ưi ưm ưn ưng ưt ưu  ươc ươi ươm ươn ương ươp ươt ươu
    y ych ynh yt yêm yên yêng yêt yêu
  `.split(/\s+/).filter(Boolean));
  const VOWELS = "aăâeêioôơuưy";
  const TONES = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323",
    1: "\u0301", 2: "\u0300", 3: "\u0309", 4: "\u0303", 5: "\u0323" };
  const STOPPED_TONES = new Set([null, "\u0301", "\u0323"]);
  const HAT = "\u0302";
  const BREVE = "\u0306";
  const HORN = "\u031b";

  function split(word) {
    let initial = INITIALS.find((i) => word.startsWith(i)) ?? "";
    if (initial === "gi" && !RHYMES.has(word.slice(2))) initial = "g";
    return RHYMES.has(word.slice(initial.length)) ? [initial, word.slice(initial.length)] : null;
  }

  function readKeys(keyed) {
    let letters = "";
    const tones = [];
    let hat = false, hook = false, stroke = false;
    for (const key of keyed) {
      if ("12345".includes(key) || ("sfrxj".includes(key) && [...letters].some((l) => VOWELS.includes(l)))) tones.push(TONES[key]);
      else if ("78".includes(key) || (key === "w" && /[aou]$/.test(letters))) hook = true;
      else if (key === "9" || (key === "d" && letters === "d")) stroke = true;
      else if (key === "6" || ("aeo".includes(key) && letters.endsWith(key))) hat = true;
      else letters += key;
    }
    return tones.length > 1 ? null : { letters, tone: tones[0] ?? null, hat, hook, stroke };
  }

  const placesOf = (letters, chars) => [...letters].map((c, i) => (chars.includes(c) ? i : -1)).filter((i) => i >= 0).reverse();

  function* markedSpellings(keys) {
    let letters = keys.letters;
    if (keys.stroke) {
      if (!letters.startsWith("d")) return;
      letters = "đ" + letters.slice(1);
    }
    const hats = keys.hat ? placesOf(letters, "aeo") : [null];
    const pair = letters.indexOf("uo");
    const hooks = keys.hook ? [...(pair >= 0 ? [[pair, pair + 1]] : []), ...placesOf(letters, "aou").map((i) => [i])] : [[]];
    for (const hat of hats) {
      for (const hook of hooks) {
        if (hook.includes(hat)) continue;
        const marks = {};
        for (const i of hook) marks[i] = letters[i] === "a" ? BREVE : HORN;
        if (hat !== null) marks[hat] = HAT;
        yield [...letters].map((c, i) => c + (marks[i] ?? "")).join("").normalize("NFC");
      }
    }
  }

  function placeTone(initial, rhyme, tone) {
    if (tone === null) return initial + rhyme;
    const vowels = [...rhyme].map((c, i) => (VOWELS.includes(c) ? i : -1)).filter((i) => i >= 0);
    const marked = vowels.filter((i) => "ăâêôơư".includes(rhyme[i]));
    let target;
    if (marked.length) target = marked[marked.length - 1];
    else if (!VOWELS.includes(rhyme[rhyme.length - 1])) target = vowels[vowels.length - 1];
    else target = vowels.length === 3 ? vowels[1] : vowels[0];
    return (initial + rhyme.slice(0, target + 1) + tone + rhyme.slice(target + 1)).normalize("NFC");
  }

  /** The Vietnamese syllable a lowercase Telex or VNI key sequence spells, or null. */
  function untelex(syllable) {
    if (!/^[a-z][a-z0-9]*$/.test(syllable) || split(syllable)) return null;
    const keys = readKeys(syllable);
    if (!keys) return null;
    for (const word of markedSpellings(keys)) {
      const parts = split(word);
      if (parts && (STOPPED_TONES.has(keys.tone) || !/(c|ch|p|t)$/.test(parts[1]))) return placeTone(...parts, keys.tone);
    }
    return null;
  }

  sotay.searchAnalysis = { MAX_QUERY_WORDS, SYLLABLE, PAIR, NUMBER, FOLDED_MARKER, NUMBER_MARKER, normalize, fold, hasDiacritics, indexTerm, shardOf, analyze, analyzeQuery, untelex };
})(window.sotay = window.sotay || {});
