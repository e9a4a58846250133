// The overview: totals, one row per catalog dataset with health, open gaps and a coverage strip.
"use strict";

(() => {
  const { el, json, allPages } = MDM;
  const HOUR = 3600 * 1000;
  let windowMs = 24 * HOUR;
  let last = null;
  const samples = []; // [{at, stored, dead}] kept one hour, for rates and the last-hour count

  function sum(map) {
    return Object.values(map || {}).reduce((a, b) => a + b, 0);
  }

  function totals(summary, meters) {
    for (const key of ["healthy", "degraded", "unhealthy", "unknown"]) {
      document.getElementById("t-" + key).textContent = summary[key];
    }
    const now = Date.now();
    samples.push({ at: now, stored: sum(meters.recordsStored), dead: sum(meters.deadLettered) });
    while (samples.length > 2 && samples[1].at <= now - HOUR) samples.shift();
    const previous = samples.length > 1 ? samples[samples.length - 2] : null;
    const newest = samples[samples.length - 1];
    document.getElementById("t-rate").textContent = previous
      ? ((newest.stored - previous.stored) / ((newest.at - previous.at) / 1000)).toFixed(1)
      : "…";
    const oldest = samples[0];
    const span = now - oldest.at;
    document.getElementById("t-dead").textContent = newest.dead - (span >= HOUR ? oldest.dead : 0);
    document.getElementById("t-dead-label").textContent =
      span >= HOUR ? "Dead letters, last hour" : "Dead letters (since start, < 1 h shown)";
  }

  function words(value) {
    return String(value).toLowerCase().replace(/_/g, " ");
  }

  function tooltip(gap) {
    const d = gap.details || {};
    const fate = gap.status === "resolved" ? "repaired, " + MDM.time(gap.updatedAt)
      : gap.status === "unrecoverable" ? "unrecoverable, given up " + MDM.time(gap.updatedAt)
      : "open since " + MDM.time(gap.detectedAt);
    return [
      "Gap " + gap.status + (gap.status === "resolved" ? " (repaired)" : ""),
      "start " + MDM.time(gap.start),
      "end " + MDM.time(gap.end),
      "expected missing " + (gap.expectedMissing == null ? "unknown" : gap.expectedMissing),
      "severity " + gap.severity,
      d.kind ? "cause " + words(d.kind) + (d.position ? ", " + words(d.position) : "") + (d.breaks > 1 ? ", " + d.breaks + " holes merged" : "") : null,
      "fate " + fate,
    ].filter(Boolean).join("; ");
  }

  function strip(dataset, gaps, now, lastIso) {
    const from = now - windowMs;
    const pct = (t) => (Math.min(Math.max(t, from), now) - from) / windowMs * 100;
    const node = el("div", { class: "strip", role: "group", "data-dataset": dataset.id });
    // present from the first record (or the registration) to the last one known
    const first = Date.parse(dataset.coverage.first || dataset.createdAt || "");
    const lastRecord = Date.parse(lastIso || "");
    if (first && lastRecord && lastRecord >= from) {
      node.append(el("span", { class: "present", style: { left: "min(" + pct(first) + "%, 100% - 3px)", width: pct(lastRecord) - pct(first) + "%" } }));
    }
    let shown = 0;
    // repaired first, open last: an open gap is never hidden under the repair of an older one
    const order = { resolved: 0, unrecoverable: 1, open: 2 };
    const drawn = [...gaps].sort((a, b) => (order[a.status] ?? 1) - (order[b.status] ?? 1));
    for (const gap of drawn) {
      const start = Date.parse(gap.start);
      const end = Date.parse(gap.end);
      if (end < from || start > now) continue;
      shown++;
      const label = tooltip(gap);
      node.append(el("span", {
        class: "gap gap-" + gap.status, "data-status": gap.status, "data-gap": gap.id,
        tabindex: "0", role: "img", title: label, "aria-label": label,
        style: { left: "min(" + pct(start) + "%, 100% - 3px)", width: pct(end) - pct(start) + "%" },
      }));
    }
    node.setAttribute("aria-label", "Coverage of " + dataset.id + ": " + shown + " gaps in the window");
    return node;
  }

  function render() {
    if (!last) return;
    const { datasets, health, gaps, metrics } = last;
    const pair = document.getElementById("f-pair").value;
    const type = document.getElementById("f-type").value;
    const now = Date.now();
    const byDataset = new Map();
    for (const gap of gaps) {
      if (!byDataset.has(gap.dataset)) byDataset.set(gap.dataset, []);
      byDataset.get(gap.dataset).push(gap);
    }
    const rows = datasets
      .filter((d) => (!pair || d.pair === pair) && (!type || MDM.typeOf(d) === type))
      .map((d) => {
        const h = health.get(d.id) || { status: "unknown", qualityScore: null };
        const own = byDataset.get(d.id) || [];
        const open = own.filter((g) => g.status === "open").length;
        const metric = metrics.get(d.id);
        const lastIso = MDM.lastRecord(d, metric);
        const freshness = metric && metric.freshnessSeconds != null ? "freshness " + metric.freshnessSeconds + " s at " + MDM.time(metric.timestamp) : "";
        return el("tr", { "data-dataset": d.id },
          el("th", { scope: "row" }, el("a", { href: "/dataset.html?id=" + encodeURIComponent(d.id), text: d.id })),
          el("td", { class: "hide-narrow", text: d.pair || "—" }),
          el("td", { class: "hide-narrow", text: MDM.typeOf(d) }),
          el("td", { class: "hide-narrow", text: d.period || "—" }),
          el("td", { "data-label": "last record", title: [MDM.time(lastIso), freshness].filter(Boolean).join("; ") }, MDM.ago(lastIso, now)),
          el("td", {}, MDM.state(h.status), h.qualityScore == null ? "" : " " + h.qualityScore.toFixed(1)),
          el("td", { class: "num", "data-label": "open gaps", "data-open-gaps": open, text: open }),
          el("td", { class: "strip-cell" }, strip(d, own, now, lastIso)));
      });
    document.querySelector("#datasets tbody").replaceChildren(...rows);
    document.getElementById("shown").textContent = rows.length + " of " + datasets.length + " datasets";
  }

  function options(select, values) {
    const chosen = select.value;
    select.replaceChildren(select.options[0], ...values.map((v) => el("option", { value: v, text: v })));
    select.value = values.includes(chosen) ? chosen : "";
  }

  async function load() {
    const [datasets, summary, gaps, meters] = await Promise.all([
      allPages("/catalog/datasets", "datasets"),
      json("/health/summary"),
      allPages("/audit/gaps", "gaps", 5),
      json("/metrics/ingest"),
    ]);
    const pairs = [...new Set(datasets.map((d) => d.pair).filter(Boolean))].sort();
    const latest = await Promise.all(pairs.map((pair) => json("/health?pair=" + encodeURIComponent(pair)).catch(() => ({ metrics: [] }))));
    const metrics = new Map(latest.flatMap((answer) => answer.metrics.map((m) => [m.dataset, m])));
    totals(summary, meters);
    last = { datasets, gaps, metrics, health: new Map(summary.datasets.map((e) => [e.dataset, e])) };
    options(document.getElementById("f-pair"), pairs);
    options(document.getElementById("f-type"), [...new Set(datasets.map(MDM.typeOf))].sort());
    render();
    document.body.dataset.loaded = "true";
  }

  function windowOf(button, ms, label) {
    button.addEventListener("click", () => {
      windowMs = ms;
      for (const b of document.querySelectorAll("[id^=w-]")) if (b.tagName === "BUTTON") b.setAttribute("aria-pressed", String(b === button));
      document.getElementById("w-label").textContent = label;
      render();
    });
  }

  windowOf(document.getElementById("w-24h"), 24 * HOUR, "last 24 h");
  windowOf(document.getElementById("w-7d"), 7 * 24 * HOUR, "last 7 d");
  document.getElementById("f-pair").addEventListener("change", render);
  document.getElementById("f-type").addEventListener("change", render);
  MDM.every(5000, load);
})();
