// One dataset: a price chart (candles) or a count per minute (other series) with the gaps shaded,
// the gap list, the health history and the lineage.
"use strict";

(() => {
  const { el, json } = MDM;
  const id = new URLSearchParams(location.search).get("id") || "";
  const ROUTES = {
    trades: "/data/trades?type=trade&", agg_trades: "/data/trades?type=aggTrade&", depth: "/data/depth?",
    funding_rates: "/data/funding?", mark_prices: "/data/mark-price?", tickers: "/data/tickers?",
    book_tickers: "/data/book-ticker?", liquidations: "/data/liquidations?",
  };
  let charts = [];
  let gapsShown = [];

  function width(node) {
    return Math.max(260, node.clientWidth - 16);
  }

  function shadeGaps(u) {
    const ctx = u.ctx;
    ctx.save();
    for (const gap of gapsShown) {
      ctx.fillStyle = gap.status === "resolved" ? "rgba(9, 105, 218, 0.07)" : "rgba(207, 34, 46, 0.2)";
      const x0 = u.valToPos(Date.parse(gap.start) / 1000, "x", true);
      const x1 = u.valToPos(Date.parse(gap.end) / 1000, "x", true);
      const left = Math.max(u.bbox.left, Math.min(x0, x1));
      const right = Math.min(u.bbox.left + u.bbox.width, Math.max(x0, x1));
      if (right > left) ctx.fillRect(left, u.bbox.top, Math.max(2, right - left), u.bbox.height);
    }
    ctx.restore();
  }

  function drawCandles(u) {
    const ctx = u.ctx;
    const [xs, opens, highs, lows, closes] = u.data;
    const step = xs.length > 1 ? u.valToPos(xs[1], "x", true) - u.valToPos(xs[0], "x", true) : 8;
    const body = Math.max(1, Math.min(12, step * 0.7));
    ctx.save();
    for (let i = 0; i < xs.length; i++) {
      const x = u.valToPos(xs[i], "x", true);
      const up = closes[i] >= opens[i];
      ctx.strokeStyle = ctx.fillStyle = up ? "#1a7f37" : "#cf222e";
      ctx.beginPath();
      ctx.moveTo(x, u.valToPos(highs[i], "y", true));
      ctx.lineTo(x, u.valToPos(lows[i], "y", true));
      ctx.stroke();
      const top = u.valToPos(Math.max(opens[i], closes[i]), "y", true);
      const bottom = u.valToPos(Math.min(opens[i], closes[i]), "y", true);
      ctx.fillRect(x - body / 2, top, body, Math.max(1, bottom - top));
    }
    ctx.restore();
  }

  function plot(node, options, data) {
    node.replaceChildren();
    const chart = new uPlot(Object.assign({ width: width(node), height: 260 }, options), data, node);
    charts.push(chart);
    return chart;
  }

  async function candles(dataset, query, from, to) {
    const records = await MDM.allData(query, 10);
    const data = [[], [], [], [], []];
    for (const c of records) {
      data[0].push(Date.parse(c.openTime) / 1000);
      data[1].push(Number(c.open));
      data[2].push(Number(c.high));
      data[3].push(Number(c.low));
      data[4].push(Number(c.close));
    }
    const node = document.getElementById("chart");
    node.dataset.points = String(records.length);
    node.setAttribute("aria-label", records.length + " candles of " + dataset.id + " (open, high, low, close)");
    const low = Math.min(...data[3]);
    const high = Math.max(...data[2]);
    const pad = Math.max((high - low) * 0.05, high * 0.0005, 1e-9);
    plot(node, {
      scales: { x: { time: true, range: [from / 1000, to / 1000] }, y: { range: records.length ? [low - pad, high + pad] : [0, 1] } },
      axes: [{}, { size: 80 }],
      series: [{}, { label: "open", show: false }, { label: "high", show: false }, { label: "low", show: false }, { label: "close", stroke: "transparent" }],
      hooks: { drawClear: [shadeGaps], draw: [drawCandles] },
      legend: { show: true },
    }, data);
    return records.length;
  }

  async function counts(dataset, query, from, to) {
    const records = await MDM.allData(query, 20);
    const perMinute = new Map();
    for (const r of records) {
      const t = Date.parse(r.eventTime || r.tradeTime || r.fundingTime || r.transactionTime);
      const minute = Math.floor(t / 60000) * 60;
      perMinute.set(minute, (perMinute.get(minute) || 0) + 1);
    }
    const xs = [...perMinute.keys()].sort((a, b) => a - b);
    const node = document.getElementById("chart");
    node.dataset.points = String(records.length);
    node.setAttribute("aria-label", records.length + " records of " + dataset.id + " counted per minute");
    plot(node, {
      scales: { x: { time: true, range: [from / 1000, to / 1000] } },
      series: [{}, { label: "records per minute", stroke: "#0969da", fill: "rgba(9,105,218,0.25)", paths: uPlot.paths.bars({ size: [0.8, 20] }) }],
      hooks: { drawClear: [shadeGaps] },
    }, [xs, xs.map((x) => perMinute.get(x))]);
    return records.length;
  }

  function gapRows(gaps) {
    document.querySelector("#gaps tbody").replaceChildren(...(gaps.length ? gaps.map((g) =>
      el("tr", { "data-status": g.status },
        el("td", {}, MDM.state(g.status === "resolved" ? "repaired" : g.status)),
        el("td", { text: MDM.time(g.start) }), el("td", { text: MDM.time(g.end) }),
        el("td", { class: "num", text: g.expectedMissing == null ? "—" : g.expectedMissing }),
        el("td", { text: g.severity }), el("td", { class: "hide-narrow", text: MDM.time(g.detectedAt) })))
      : [el("tr", {}, el("td", { colspan: "6", class: "muted", text: "No gap recorded." }))]));
  }

  async function history() {
    const body = await json("/health/history?dataset=" + encodeURIComponent(id));
    const node = document.getElementById("health");
    if (!body.metrics.length) {
      node.replaceChildren(el("p", { class: "muted", text: "Not measured in the last day." }));
      return;
    }
    plot(node, {
      height: 180,
      scales: { x: { time: true }, y: { range: [0, 100] } },
      series: [{}, { label: "quality score", stroke: "#8250df", width: 2 }],
    }, [body.metrics.map((m) => Date.parse(m.timestamp) / 1000), body.metrics.map((m) => m.qualityScore)]);
  }

  async function lineage() {
    const body = await json("/catalog/lineage/" + encodeURIComponent(id) + "?limit=20").catch(() => ({ lineage: [] }));
    document.querySelector("#lineage tbody").replaceChildren(...(body.lineage.length ? body.lineage.map((l) =>
      el("tr", {}, el("td", { text: l.source || l.sourceDataset || "—" }), el("td", { text: l.transformation || "—" }),
        el("td", {}, MDM.state(l.status || "unknown")),
        el("td", { class: "num", text: l.outputRecords ?? "—" }),
        el("td", { class: "hide-narrow", text: l.rangeStart ? MDM.time(l.rangeStart) + " → " + MDM.time(l.rangeEnd) : "—" }),
        el("td", { class: "hide-narrow", text: MDM.time(l.timestamp) })))
      : [el("tr", {}, el("td", { colspan: "6", class: "muted", text: "No lineage recorded." }))]));
  }

  async function load() {
    const dataset = await json("/catalog/datasets/" + encodeURIComponent(id));
    const type = MDM.typeOf(dataset);
    document.getElementById("title").textContent = dataset.id + " — " + (dataset.description || dataset.name);
    document.title = dataset.id + " · market data";
    const health = dataset.health;
    document.getElementById("d-health").replaceChildren(health
      ? MDM.state(health.qualityScore >= 90 ? "healthy" : health.qualityScore >= 70 ? "degraded" : "unhealthy")
      : MDM.state("unknown"), health ? " " + health.qualityScore.toFixed(1) : "");
    document.getElementById("d-first").textContent = MDM.time(dataset.coverage.first);
    document.getElementById("d-last").textContent = MDM.ago(MDM.lastRecord(dataset, health));
    document.getElementById("d-count").textContent = dataset.coverage.approximateCount ?? "—";
    document.getElementById("d-history").textContent = !health ? "—"
      : health.notCollectedGaps === 0 ? "none"
      : health.notCollectedRecords + " records in " + health.notCollectedGaps + (health.notCollectedGaps === 1 ? " gap" : " gaps");

    const hours = Number(document.getElementById("range").value);
    const end = new Date(Math.floor(Date.now() / 60000) * 60000);
    const start = new Date(end.getTime() - hours * 3600 * 1000);
    const range = "pair=" + dataset.pair + "&start=" + start.toISOString() + "&end=" + end.toISOString() + "&limit=1000";
    const query = type === "candles"
      ? "/data/candles?period=" + dataset.period + "&" + range
      : (ROUTES[type] || "/data/" + type + "?") + range;
    document.getElementById("raw").href = query;

    const gaps = (await json("/audit/gaps?dataset=" + encodeURIComponent(id) + "&limit=1000")).gaps;
    gapsShown = gaps;
    gapRows(gaps);
    charts.forEach((c) => c.destroy());
    charts = [];
    if (type === "candles") await candles(dataset, query, start.getTime(), end.getTime());
    else await counts(dataset, query, start.getTime(), end.getTime());
    await Promise.all([history(), lineage()]);
    document.body.dataset.loaded = "true";
  }

  document.getElementById("range").addEventListener("change", () => load().catch((e) => console.warn(e.message)));
  MDM.every(15000, load);
})();
