import Foundation

/// The script that reloads open tabs after a rebuild. It is injected into HTML responses by
/// the preview server only: it never reaches `site/`. It long-polls `/__goodwill/wait`, which
/// answers as soon as the site's version changes (a rebuild, or a build error shown or cleared).
enum LiveReload {
    static let waitPath = "/__goodwill/wait"

    static func script(version: Int) -> String {
        """
        <script>
        (function () {
          var version = \(version);
          function wait() {
            fetch("\(waitPath)?version=" + version, {cache: "no-store"})
              .then(function (response) { return response.json(); })
              .then(function (answer) { if (answer.version !== version) { location.reload(); } else { wait(); } })
              .catch(function () { setTimeout(wait, 1000); });
          }
          wait();
        })();
        </script>
        """
    }

    /// `html` with the script before `</body>` (or at the end when there is none).
    static func inject(into html: String, version: Int) -> String {
        let script = self.script(version: version)
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: range, with: script + "</body>")
    }
}

/// What the browser shows while the site does not build: the errors, in place of the page.
enum ErrorOverlay {
    static func page(errors: String, version: Int) -> String {
        let escaped = errors.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Build error · goodwill serve</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:2rem;background:#2b0d0d;color:#fde8e8}
            h1{font-size:1.4rem}pre{white-space:pre-wrap;background:#1a0707;padding:1rem;border-radius:6px;font-size:.9rem}</style></head>
            <body><h1>The site does not build</h1><p>Fix the file below and save: this page reloads by itself.</p>
            <pre id="goodwill-build-error">\(escaped)</pre></body></html>
            """
    }
}
