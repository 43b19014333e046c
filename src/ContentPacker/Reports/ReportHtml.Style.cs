namespace ContentPacker.Reports;

internal static partial class ReportHtml
{
    private const string Style = $$"""
        :root { --navy: {{ReportPalette.NavyHex}}; --paper: {{ReportPalette.PaperHex}}; --accent: {{ReportPalette.AccentHex}}; --muted: #5A6378; --rule: #E2DACB; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--navy); font: 16px/1.55 "Inter", "Segoe UI", "Helvetica Neue", "DejaVu Sans", system-ui, sans-serif; }
        header { background: var(--navy); color: var(--paper); padding: 40px 0 36px; border-bottom: 6px solid var(--accent); }
        .wrap { max-width: 960px; margin: 0 auto; padding: 0 32px; }
        header .kicker { text-transform: uppercase; letter-spacing: .14em; font-size: 13px; color: var(--accent); margin: 0 0 6px; font-weight: 600; }
        header h1 { margin: 0; font-size: 34px; line-height: 1.2; font-weight: 700; }
        header p { margin: 10px 0 0; color: #D8D2C6; }
        .stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(128px, 1fr)); gap: 14px; margin: 28px 0 8px; }
        .stat { background: #fff; border-radius: 10px; padding: 14px 18px; box-shadow: 0 1px 2px rgba(20,33,61,.08); border-top: 4px solid var(--accent); }
        .stat b { display: block; font-size: 28px; line-height: 1.15; font-variant-numeric: tabular-nums; }
        .stat span { color: var(--muted); font-size: 14px; }
        nav { margin: 18px 0 0; font-size: 15px; }
        nav a { color: var(--navy); margin-right: 14px; }
        h2 { font-size: 24px; margin: 48px 0 4px; padding-top: 8px; border-top: 2px solid var(--rule); }
        section { margin: 28px 0 36px; }
        section h3 { font-size: 19px; margin: 0 0 2px; }
        section .note { color: var(--muted); margin: 0 0 12px; font-size: 15px; }
        .sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        img { display: block; max-width: 100%; height: auto; border-radius: 10px; box-shadow: 0 1px 3px rgba(20,33,61,.10); }
        table { border-collapse: collapse; width: 100%; margin: 14px 0 0; font-size: 15px; background: #fff; border-radius: 10px; overflow: hidden; box-shadow: 0 1px 2px rgba(20,33,61,.08); }
        th, td { padding: 8px 14px; text-align: left; border-bottom: 1px solid var(--rule); }
        th:first-child { width: 60%; }
        th { background: #EDE6D8; font-weight: 600; font-size: 13px; text-transform: uppercase; letter-spacing: .06em; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th.n { text-align: right; }
        tr:last-child td { border-bottom: 0; }
        code { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: 13px; color: var(--muted); }
        .warnings { background: #FFF4DD; border-left: 5px solid var(--accent); padding: 12px 18px; border-radius: 6px; margin: 24px 0; }
        .warnings li { margin: 4px 0; }
        footer { color: var(--muted); font-size: 14px; padding: 32px 0 48px; border-top: 2px solid var(--rule); margin-top: 48px; }
        @media print { header { background: none; color: var(--navy); } section { break-inside: avoid; } }
        """;
}
