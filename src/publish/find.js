// The finder: filters and full-text search over every published report, offline. The
// data comes from search-index.js (a script, since pages opened from disk cannot fetch);
// the query lives in the address, so a search can be sent as a link.
"use strict";

(function () {
  const site = window.PARALLEL_REVIEW_SITE;
  const form = document.querySelector("form.finder");
  const summary = document.getElementById("summary");
  const list = document.getElementById("results");
  if (!site || !form) {
    return;
  }
  const fields = ["objective", "country", "stakeholder", "language", "status"];

  // The same text whatever its diacritics, alef forms, ى/ي, ة/ه, tatweel, digits and case.
  const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";
  const EXTENDED_INDIC = "۰۱۲۳۴۵۶۷۸۹";
  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0624/g, "\u0648")
      .replace(/[\u0626\u0649]/g, "\u064a")
      .replace(/\u0629/g, "\u0647")
      .replace(/[٠-٩]/g, (d) => String(ARABIC_INDIC.indexOf(d)))
      .replace(/[۰-۹]/g, (d) => String(EXTENDED_INDIC.indexOf(d)))
      .toLowerCase();
  }

  // Each section's words, folded once, beside the words as written.
  const sections = site.sections.map(function (s) {
    const words = s.text.split(/\s+/).filter(Boolean);
    return { report: s.report, anchor: s.anchor, heading: s.heading, words: words, folded: words.map(fold) };
  });

  // A count in the site's digits.
  function number(n) {
    const text = String(n);
    return site.labels.arabic_digits ? text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]) : text;
  }

  function read() {
    const params = new URLSearchParams(window.location.search);
    const query = { q: params.get("q") || "" };
    fields.forEach(function (f) {
      query[f] = params.get(f) || "";
    });
    return query;
  }

  function show(query) {
    form.elements.q.value = query.q;
    fields.forEach(function (f) {
      form.elements[f].value = query[f];
    });
  }

  function keeps(report, query) {
    return (
      (!query.objective || report.objectives.indexOf(Number(query.objective)) >= 0) &&
      (!query.country || report.countries.indexOf(query.country) >= 0) &&
      (!query.stakeholder || report.stakeholder === query.stakeholder) &&
      (!query.language || report.language === query.language) &&
      (!query.status || report.status === query.status)
    );
  }

  // The first place where every term is found in a section: the words around the first.
  function match(section, terms) {
    let first = -1;
    for (const term of terms) {
      const at = section.folded.findIndex((w) => w.indexOf(term) >= 0);
      if (at < 0) {
        return null;
      }
      if (first < 0 || at < first) {
        first = at;
      }
    }
    return first;
  }

  function snippet(section, at, terms) {
    const p = document.createElement("p");
    p.dir = "auto";
    const from = Math.max(0, at - 12);
    const to = Math.min(section.words.length, at + 18);
    if (from > 0) {
      p.append("… ");
    }
    for (let i = from; i < to; i++) {
      const word = section.words[i];
      if (terms.some((t) => section.folded[i].indexOf(t) >= 0)) {
        const mark = document.createElement("mark");
        mark.textContent = word;
        p.append(mark);
      } else {
        p.append(word);
      }
      p.append(i + 1 < to ? " " : "");
    }
    if (to < section.words.length) {
      p.append(" …");
    }
    return p;
  }

  function item(report, href, heading, p) {
    const li = document.createElement("li");
    const title = document.createElement("p");
    title.dir = "auto";
    const a = document.createElement("a");
    a.href = href;
    a.textContent = heading ? report.title + " — " + heading : report.title;
    title.append(a);
    li.append(title);
    const meta = document.createElement("p");
    meta.className = "meta";
    meta.dir = "auto";
    meta.textContent = [report.organization, report.country_names.join(site.labels.separator), report.stakeholder_name].filter(Boolean).join(" · ");
    li.append(meta);
    if (p) {
      li.append(p);
    }
    return li;
  }

  function run(query) {
    const terms = fold(query.q).split(/\s+/).filter(Boolean);
    const items = [];
    if (terms.length === 0) {
      site.reports.forEach(function (report) {
        if (keeps(report, query)) {
          items.push(item(report, report.href, "", null));
        }
      });
    } else {
      sections.forEach(function (section) {
        const report = site.reports[section.report];
        if (!keeps(report, query)) {
          return;
        }
        const at = match(section, terms);
        if (at !== null) {
          items.push(item(report, report.href + "#" + section.anchor, section.heading, snippet(section, at, terms)));
        }
      });
    }
    list.replaceChildren.apply(list, items);
    summary.dataset.count = String(items.length);
    const forms = site.labels.count;
    const form = forms[new Intl.PluralRules(document.documentElement.lang).select(items.length)] || forms.other;
    summary.textContent = items.length === 0 ? site.labels.none : form.replace("{count}", number(items.length));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const params = new URLSearchParams();
    const query = { q: form.elements.q.value.trim() };
    if (query.q) {
      params.set("q", query.q);
    }
    fields.forEach(function (f) {
      query[f] = form.elements[f].value;
      if (query[f]) {
        params.set(f, query[f]);
      }
    });
    const search = params.toString();
    try {
      window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    } catch (e) {
      // Some browsers refuse to change the address of a page opened from disk.
    }
    run(query);
  });
  fields.forEach(function (f) {
    form.elements[f].addEventListener("change", function () {
      form.requestSubmit();
    });
  });

  const query = read();
  show(query);
  run(query);
})();
