// DOM pieces shared by the header box and the results page. Text always goes in as text nodes,
// never as HTML, so titles, snippets and the query echo cannot inject markup.
(function (sotay) {
  "use strict";
  const { mark, marker, snippet } = sotay.searchRank;

  function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === "class") node.className = value;
      else node.setAttribute(name, value);
    }
    node.append(...children.filter((child) => child !== null && child !== undefined));
    return node;
  }

  /** Pieces [{text, mark}] as text nodes and <mark> elements. */
  const pieces = (parts) => parts.map((p) => (p.mark ? element("mark", {}, p.text) : document.createTextNode(p.text)));

  /** The title with the query's words marked. */
  const markedTitle = (title, words) => pieces(mark(title, marker(title, words)));

  /** The line under a title: kind, number, year and, for documents no longer in force, their status. */
  function facts(doc, labels) {
    const line = element("span", { class: "sotay-hit__facts" }, [labels.kind[doc.kind], doc.number, doc.year || ""].filter(Boolean).join(" · "));
    if (doc.status && doc.status !== "hieu-luc") {
      line.append(" ", element("span", { class: `sotay-status sotay-status--${doc.status}` }, labels.status[doc.status] ?? doc.status));
    }
    return line;
  }

  /** Fill `node` with the snippet of the excerpt around the query's words. */
  function fillSnippet(node, excerpt, words) {
    node.replaceChildren(...pieces(snippet(excerpt, words)));
  }

  /** The pages a search that finds nothing offers ([{heading, links: [{title, url}]}]), a list of links under each heading. */
  function shortcutList(groups) {
    return element("div", { class: "sotay-shortcuts" }, ...groups.map(({ heading, links }) => element("section", {},
      element("p", { class: "sotay-shortcuts__heading" }, heading),
      element("ul", { class: "sotay-shortcuts__list" }, ...links.map(({ title, url }) => element("li", {}, element("a", { href: url }, title)))))));
  }

  sotay.searchRender = { element, pieces, markedTitle, facts, fillSnippet, shortcutList };
})(window.sotay = window.sotay || {});
