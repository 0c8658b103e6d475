import Core

/// A digest's HTML part, written for mail clients rather than browsers: table layout, inline
/// styles, 600 px wide, readable in dark mode (a `prefers-color-scheme` block for the clients
/// that honour it, colours that work on either background for those that invert), no script, and
/// no remote image unless an article has one.
enum DigestHTML {
    static func page(subject: String, opening: String, items: [DigestWriter.Item], signOff: String, unsubscribe: String, why: String,
                     segment: String) -> String {
        let e: (String) -> String = ByteEscapes.html.escape
        let font = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="supported-color-schemes" content="light dark">
            <title>\(e(subject))</title>
            <style>
            @media (prefers-color-scheme: dark) {
              .page { background: #101316 !important; }
              .card { background: #1b1f24 !important; color: #e6e8eb !important; }
              .card a { color: #8ccbe8 !important; }
              .muted, .muted a { color: #a7adb5 !important; }
              .card td { border-color: #2c323a !important; }
            }
            @media (max-width: 620px) { .card { width: 100% !important; } .pad { padding-left: 18px !important; padding-right: 18px !important; } }
            </style>
            </head>
            <body style="margin:0;padding:0;background:#eef0f3;" class="page">
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef0f3;" class="page">
            <tr><td align="center" style="padding:24px 10px;">
            <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" class="card" style="width:600px;max-width:600px;background:#ffffff;color:#1d2127;\(font);border-radius:8px;">
            <tr><td class="pad" style="padding:28px 32px 12px 32px;font-size:17px;line-height:1.55;">\(e(opening))</td></tr>

            """
        for item in items {
            out += "<tr><td class=\"pad\" style=\"padding:18px 32px;border-top:1px solid #e3e6ea;\">\n"
            if let image = item.image {
                out += "<img src=\"\(e(image))\" alt=\"\(e(item.imageAlt))\" width=\"536\" style=\"display:block;width:100%;max-width:536px;height:auto;border-radius:6px;margin:0 0 12px 0;\">\n"
            }
            out += "<h2 style=\"margin:0 0 6px 0;font-size:20px;line-height:1.3;\"><a href=\"\(e(item.url))\" style=\"color:#1f5f7f;text-decoration:none;\">\(e(item.title))</a></h2>\n"
            if !item.summary.isEmpty { out += "<p style=\"margin:0 0 8px 0;font-size:16px;line-height:1.55;\">\(e(item.summary))</p>\n" }
            out += "<p class=\"muted\" style=\"margin:0;font-size:14px;color:#59606b;\">\(item.minutes) min read · <a href=\"\(e(item.url))\" style=\"color:#1f5f7f;\">Read it</a></p>\n</td></tr>\n"
        }
        out += """
            <tr><td class="pad" style="padding:18px 32px 28px 32px;border-top:1px solid #e3e6ea;font-size:17px;line-height:1.55;">— \(e(signOff))</td></tr>
            </table>
            <p class="muted" style="\(font);font-size:13px;line-height:1.5;color:#59606b;margin:14px 0 0 0;">Written for \(e(segment.lowercased())). \(e(why)) <a href="\(e(unsubscribe))" style="color:#59606b;">Unsubscribe</a> or reply "no more", and you will get no other.</p>
            </td></tr>
            </table>
            </body>
            </html>

            """
        return out
    }
}
