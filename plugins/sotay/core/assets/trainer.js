// Entry of the trainer pages' scripts: loads only the module that the page has a root element for.
const MODULES = [
  ["[data-sotay-explorer]", "./explorer.js"],
  ["[data-sotay-compare]", "./compare.js"],
  ["[data-sotay-pack]", "./pack.js"],
];

for (const [selector, path] of MODULES) {
  const root = document.querySelector(selector);
  if (root) import(path).then((module) => module.start(root));
}
