/// The site's stylesheet: readable measure and line height, light and dark variants that
/// follow the reader's system setting, a sidebar that folds above the text on narrow screens,
/// and a print style for handouts. No web fonts: the system's, with CJK fallbacks.
enum Theme {
    static let stylesheetName = "style.css"

    /// The stroke and marker colours of the eight chart series, one line each.
    private static let seriesRules = (0..<8).map { index in
        "svg .series-\(index) { stroke: var(--series-\(index)); }"
            + " svg .marker.series-\(index), svg .bar.series-\(index) { fill: var(--series-\(index)); }"
    }.joined(separator: "\n")

    static let stylesheet = """
    :root {
      --text: #1d1d1f; --muted: #5f6368; --background: #fdfdfc; --surface: #f3f3f0;
      --border: #d9d9d4; --accent: #0b5cad; --passed: #1a7f37; --failed: #b3261e;
      --code-background: #f5f5f2; --output-background: #fbfbf7;
      --code-keyword: #a0306e; --code-type: #2b5f9e; --code-string: #9a4f00; --code-number: #1c6e4a;
      --code-comment: #6a737d; --code-attribute: #7446a8;
      --series-0: #0072b2; --series-1: #d55e00; --series-2: #009e73; --series-3: #cc79a7;
      --series-4: #e69f00; --series-5: #56b4e9; --series-6: #7a6a00; --series-7: #000000;
      --serif: "Iowan Old Style", "Charter", "Source Serif Pro", Georgia, "Noto Serif", "DejaVu Serif",
        "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif;
      --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC",
        "PingFang SC", "Microsoft YaHei", sans-serif;
      --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e6e6e3; --muted: #a3a7ad; --background: #151618; --surface: #1e2023;
        --border: #3a3d42; --accent: #7cb7ff; --passed: #5cc878; --failed: #ff8a80;
        --code-background: #1b1d20; --output-background: #191a1c;
        --code-keyword: #ff7ab2; --code-type: #8fc1ff; --code-string: #ffa563; --code-number: #7ee0a9;
        --code-comment: #8b949e; --code-attribute: #c8a2ff;
        --series-0: #56b4e9; --series-1: #f28e2b; --series-2: #2fc79a; --series-3: #e394c4;
        --series-4: #f0c24b; --series-5: #9ad0f5; --series-6: #d9d26a; --series-7: #e6e6e3;
      }
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; color: var(--text); background: var(--background);
      font: 1.0625rem/1.65 var(--serif); display: grid; grid-template-columns: 17rem minmax(0, 1fr);
    }
    a { color: var(--accent); }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: 1rem; background: var(--surface); padding: .5rem; z-index: 2; }
    .sidebar {
      position: sticky; top: 0; height: 100vh; overflow-y: auto; padding: 1.5rem 1rem 2rem 1.25rem;
      background: var(--surface); border-right: 1px solid var(--border); font: .9rem/1.45 var(--sans);
    }
    .sidebar ol { list-style: none; margin: 0; padding: 0; }
    .sidebar li { margin: .15rem 0; }
    .sidebar a { color: var(--text); text-decoration: none; display: block; padding: .2rem .4rem; border-radius: 4px; }
    .sidebar a:hover { background: var(--background); }
    .sidebar li.current > a { font-weight: 600; color: var(--accent); background: var(--background); }
    .sidebar .sections { margin: .2rem 0 .4rem .8rem; border-left: 2px solid var(--border); }
    .sidebar .sections a { color: var(--muted); font-size: .85rem; }
    .book-title { font-weight: 700; margin: 0 0 1rem; }
    .book-title a { padding: 0; }
    main { padding: 2rem 1.5rem 4rem; }
    article { max-width: 44rem; margin: 0 auto; }
    h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; margin: 2rem 0 .75rem; }
    h1 { font-size: 2.1rem; margin-top: .25rem; }
    h2 { font-size: 1.45rem; border-bottom: 1px solid var(--border); padding-bottom: .3rem; }
    h3 { font-size: 1.15rem; }
    h2, h3, h4 { position: relative; }
    .anchor { position: absolute; left: -1.1em; color: var(--muted); text-decoration: none; opacity: 0; }
    h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }
    .chapter-number, .mirrors, .authors { font-family: var(--sans); color: var(--muted); margin: 0; }
    .chapter-number { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; }
    .mirrors { font-size: .95rem; }
    p, li { hyphens: auto; }
    code { font: .88em/1.5 var(--mono); background: var(--code-background); padding: .1em .3em; border-radius: 3px; }
    pre { overflow-x: auto; }
    pre code { padding: 0; background: none; }
    .kw { color: var(--code-keyword); font-weight: 600; } .ty { color: var(--code-type); }
    .st { color: var(--code-string); } .nu { color: var(--code-number); }
    .co { color: var(--code-comment); font-style: italic; } .at { color: var(--code-attribute); }
    .cell { margin: 1.25rem 0; }
    pre.code, pre.output, .failure pre, article > pre {
      font: .85rem/1.5 var(--mono); margin: 0; padding: .75rem 1rem; border: 1px solid var(--border);
    }
    pre.code, article > pre { background: var(--code-background); border-radius: 6px 6px 0 0; }
    article > pre { border-radius: 6px; }
    pre.output { background: var(--output-background); border-top: none; border-left: 3px solid var(--muted); }
    pre.output.stderr { border-left-color: var(--failed); }
    .cell > :last-child { border-radius: 0 0 6px 6px; }
    .cell > :only-child { border-radius: 6px; }
    details.code-fold > summary {
      font: .85rem/1.5 var(--sans); color: var(--muted); cursor: pointer; padding: .4rem 1rem;
      border: 1px solid var(--border); border-radius: 6px 6px 0 0; background: var(--code-background);
    }
    details.code-fold[open] > summary { border-bottom: none; }
    details.code-fold > pre.code { border-radius: 0; }
    math { font-size: 1.08em; font-family: "STIX Two Math", "Latin Modern Math", "Cambria Math", math; }
    math[display="block"] { display: block math; margin: 1rem 0; overflow-x: auto; overflow-y: hidden; }
    .equation { display: flex; align-items: center; gap: 1em; }
    .equation math[display="block"] { flex: 1; min-width: 0; }
    .equation-number { flex: none; }
    ul.references { list-style: none; padding-left: 0; }
    ul.references li { padding-left: 2em; text-indent: -2em; margin-bottom: 0.4rem; }
    .value { font-variant-numeric: tabular-nums; font-weight: 600; }
    .value.missing, .xref.missing { color: var(--failed); }
    a.xref { white-space: nowrap; }
    figure { margin: 1rem 0; overflow-x: auto; }
    figcaption { font: .9rem/1.45 var(--sans); color: var(--muted); margin-top: .4rem; }
    figcaption .label { font-weight: 600; color: var(--text); }
    table { border-collapse: collapse; font: .9rem/1.4 var(--sans); font-variant-numeric: tabular-nums; }
    th, td { padding: .35rem .75rem; border-bottom: 1px solid var(--border); text-align: left; }
    th { border-bottom: 2px solid var(--text); }
    svg.chart { width: 100%; height: auto; max-width: 40rem; font-family: var(--sans); }
    svg .plot-area { fill: none; stroke: var(--border); }
    svg .grid { stroke: var(--border); stroke-width: .6; }
    svg .tick, svg .legend { fill: var(--muted); font-size: 12px; }
    svg .axis-label { fill: var(--text); font-size: 13px; }
    svg .series { fill: none; stroke-width: 2; }
    svg .marker { stroke: none; }
    svg .point { fill: transparent; stroke: none; }
    svg .mark-point { fill: none; stroke: var(--text); stroke-width: 2; }
    svg .mark-label { fill: var(--text); font-size: 13px; font-weight: 600; }
    \(seriesRules)
    .checks { list-style: none; padding: .5rem 1rem; margin: 0; font: .9rem/1.5 var(--sans);
      border: 1px solid var(--border); border-top: none; }
    .checks .mark { font-weight: 700; }
    .checks .passed .mark { color: var(--passed); }
    .checks .failed { color: var(--failed); }
    .failure { border: 2px solid var(--failed); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0;
      font: .9rem/1.5 var(--sans); }
    .failure pre { border: none; padding: .5rem 0; white-space: pre-wrap; }
    .callout { margin: 1.25rem 0; padding: .6rem 1rem; border: 1px solid var(--border);
      border-left: 4px solid var(--callout); border-radius: 6px; background: var(--surface); }
    .callout > :last-child { margin-bottom: 0; }
    .callout-title { font: 600 .95rem/1.4 var(--sans); color: var(--callout); margin: 0 0 .4rem; }
    .callout-note { --callout: var(--accent); } .callout-tip { --callout: var(--passed); }
    .callout-warning { --callout: var(--code-string); }
    .callout-important { --callout: var(--code-attribute); }
    .callout-caution { --callout: var(--failed); }
    sup { line-height: 0; }
    .footnote-ref a, .footnote-back { text-decoration: none; }
    .footnotes { margin-top: 2.5rem; padding-top: .5rem; border-top: 1px solid var(--border);
      font-size: .92rem; }
    .pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem;
      padding-top: 1rem; border-top: 1px solid var(--border); font-family: var(--sans); }
    .pager .next { margin-left: auto; text-align: right; }
    .provenance { margin-top: 2rem; font: .8rem/1.5 var(--sans); color: var(--muted); }
    .contents li { margin: .3rem 0; }
    .article-section { color: var(--muted); }
    @media (max-width: 50rem) {
      body { display: block; }
      .sidebar { position: static; height: auto; border-right: none; border-bottom: 1px solid var(--border); }
      .sidebar .sections { display: none; }
      .sidebar li:not(.current) { display: none; }
      .sidebar .book-title a::before { content: "☰ "; color: var(--muted); }
      main { padding: 1.25rem 1rem 3rem; }
      h1 { font-size: 1.7rem; }
      .anchor { display: none; }
    }
    @media (max-width: 30rem) {
      svg .tick, svg .legend { font-size: 18px; }
      svg .axis-label, svg .mark-label { font-size: 19px; }
    }
    @media print {
      body { display: block; font-size: 11pt; background: white; color: black; }
      .sidebar, .pager, .skip, .anchor { display: none; }
      main { padding: 0; }
      article { max-width: none; }
      pre, figure, table { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    /* Number style (issue 15, item 5): numeric table columns right-aligned, tabular figures, unbroken. */
    th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    /* Page language (issue 12, item 7): the pager's words above the chapter titles. */
    .pager-word { display: block; font-size: .8rem; color: var(--muted); }

    """
}
