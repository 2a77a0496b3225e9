/* Sổ tay chi bộ — service worker: keeps pages and data readable without a connection.
 * Generated at build time from sotay/core/offline/service-worker.js; the build fills VERSION,
 * PRECACHE and FALLBACK. Pages: network first, the saved copy when the network fails or is slow.
 * Everything else under the site: the saved copy first. A new build has a new VERSION: the new worker
 * refetches what the old one had saved, then deletes the old copies. The page that was open when the
 * worker started is saved too, so the first page a reader opens is already readable offline. */
"use strict";

const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const FALLBACK = "__FALLBACK__";
const PREFIX = "sotay:" + self.registration.scope + ":";
const CACHE = PREFIX + VERSION;
const SLOW_NETWORK_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map((path) => new URL(path, self.registration.scope)));
    await refreshSaved(cache);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
    /* The page that installed the worker was loaded before it: keep that page too. */
    for (const client of await self.clients.matchAll({ type: "window" })) {
      await fetch(client.url).then((response) => keep(new Request(client.url), response)).catch(() => undefined);
    }
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || !url.href.startsWith(self.registration.scope) || request.headers.has("range")
      || url.pathname.endsWith(".zip")) return;
  if (isPage(request)) {
    const network = fetch(request).then((response) => keep(request, response));
    event.waitUntil(network.catch(() => undefined));
    event.respondWith(networkFirst(request, network));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

function isPage(request) {
  return request.mode === "navigate" || (request.headers.get("accept") || "").includes("text/html");
}

/* Copies of what an older version saved, fetched anew so an update replaces them; kept as they were when offline. */
async function refreshSaved(cache) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      if (await cache.match(request)) continue;
      try {
        const fresh = await fetch(request.url, { cache: "no-cache" });
        await cache.put(request, fresh.ok ? fresh : await old.match(request));
      } catch (error) {
        await cache.put(request, await old.match(request));
      }
    }
  }
}

/* The network's answer, unless it fails, or is slower than SLOW_NETWORK_MS while a saved copy exists. */
async function networkFirst(request, network) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request, { ignoreSearch: true });
  try {
    return await (saved ? Promise.race([network, delay(SLOW_NETWORK_MS).then(() => saved)]) : network);
  } catch (error) {
    if (saved) return saved;
    /* A redirect, not the notice's bytes under this address: its relative links must resolve from its own. */
    const notice = new URL(FALLBACK, self.registration.scope);
    notice.searchParams.set("trang", request.url);
    return request.mode === "navigate" ? Response.redirect(notice.href, 302) : Response.error();
  }
}

async function cacheFirst(request) {
  const saved = await caches.match(request, { cacheName: CACHE });
  return saved || keep(request, await fetch(request));
}

async function keep(request, response) {
  if (response.ok && response.type === "basic") await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
