/// The Python side of `PygmentsProcess`: Pygments' lexers, and the token classes mapped to the
/// `hljs-*` classes the themes' CSS has coloured since code was coloured in the browser by
/// highlight.js, so a theme's stylesheet keeps working. One request after another on stdin
/// (`language LF byte-count LF code`), one answer each on stdout (`ok byte-count LF html` or
/// `none 0 LF`); the first line out names the Pygments version, which is part of every cache key.
enum PygmentsServer {
    /// Raised whenever the mapping below changes, so cached colours made by the old one are not reused.
    static let mappingVersion = 2

    static let script = #"""
import sys
try:
    import pygments
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound
    from pygments import token as T
except ImportError:
    sys.stdout.write("missing\n"); sys.stdout.flush(); sys.exit(0)

# Most specific first: a token takes the class of the first entry it is a subtype of.
CLASSES = [
    (T.Comment.Preproc, "hljs-meta"), (T.Comment.PreprocFile, "hljs-string"), (T.Comment, "hljs-comment"),
    (T.Keyword.Type, "hljs-type"), (T.Keyword.Constant, "hljs-literal"), (T.Keyword, "hljs-keyword"),
    (T.Operator.Word, "hljs-keyword"),
    (T.Name.Builtin.Pseudo, "hljs-variable"), (T.Name.Builtin, "hljs-built_in"),
    (T.Name.Function.Magic, "hljs-built_in"), (T.Name.Function, "hljs-title"), (T.Name.Class, "hljs-title"),
    (T.Name.Exception, "hljs-title"), (T.Name.Namespace, "hljs-title"),
    (T.Name.Decorator, "hljs-meta"), (T.Name.Tag, "hljs-name"), (T.Name.Attribute, "hljs-attr"),
    (T.Name.Variable, "hljs-variable"), (T.Name.Constant, "hljs-literal"), (T.Name.Label, "hljs-symbol"),
    (T.Name.Entity, "hljs-symbol"), (T.Name.Property, "hljs-attr"),
    (T.String.Regex, "hljs-regexp"), (T.String.Interpol, "hljs-subst"), (T.String.Escape, "hljs-subst"),
    (T.String.Symbol, "hljs-symbol"), (T.String, "hljs-string"), (T.Number, "hljs-number"),
    (T.Generic.Deleted, "hljs-deletion"), (T.Generic.Inserted, "hljs-addition"),
    (T.Generic.Heading, "hljs-section"), (T.Generic.Subheading, "hljs-section"),
    (T.Generic.Emph, "hljs-emphasis"), (T.Generic.Strong, "hljs-strong"), (T.Generic.Prompt, "hljs-meta"),
]
# Data languages' keys are Name.Tag to Pygments and attributes to highlight.js (a tag is HTML's).
KEYS_AS_ATTRIBUTES = {"yaml", "yml", "json", "jsonc", "json5", "toml", "ini", "cfg", "dosini"}
cache = {}
def css_class(kind, language):
    found = cache.get((kind, language), 0)
    if found == 0:
        found = next((name for parent, name in CLASSES if kind in parent), None)
        if found == "hljs-name" and language in KEYS_AS_ATTRIBUTES:
            found = "hljs-attr"
        cache[(kind, language)] = found
    return found

def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def colour(lexer, code, language):
    # Runs of one class become one span; whitespace around a token stays outside its span, as
    # highlight.js wrote it (`<span class="hljs-keyword">let</span> x`).
    pieces = []
    for kind, value in lexer.get_tokens(code):
        name = css_class(kind, language)
        if name is None or value.isspace():
            pieces.append((None, value)); continue
        core = value.strip()
        start = value.index(core)
        if start: pieces.append((None, value[:start]))
        pieces.append((name, core))
        if start + len(core) < len(value): pieces.append((None, value[start + len(core):]))
    # Whitespace between two pieces of one class joins them: `// note` is one comment.
    for index in range(1, len(pieces) - 1):
        if pieces[index][0] is None and pieces[index][1].isspace() and "\n" not in pieces[index][1] \
                and pieces[index - 1][0] is not None and pieces[index - 1][0] == pieces[index + 1][0]:
            pieces[index] = (pieces[index - 1][0], pieces[index][1])
    out, run, run_class = [], [], None
    for name, value in pieces + [(False, "")]:
        if name != run_class:
            if run:
                text = escape("".join(run))
                out.append(f'<span class="{run_class}">{text}</span>' if run_class else text)
            run, run_class = [], name
        run.append(value)
    html = "".join(out)
    # libcmark ends a block's text with its last line's newline; the lexer may add one.
    if not code.endswith("\n") and html.endswith("\n"):
        html = html[:-1]
    return html

lexers = {}
stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
stdout.write(f"pygments {pygments.__version__}\n".encode()); stdout.flush()
while True:
    language = stdin.readline()
    if not language:
        break
    length = int(stdin.readline())
    code = stdin.read(length).decode("utf-8", "replace")
    name = language.decode().strip().lower()
    lexer = lexers.get(name, 0)
    if lexer == 0:
        try:
            lexer = get_lexer_by_name(name, stripnl=False, ensurenl=False, tabsize=0)
        except ClassNotFound:
            lexer = None
        lexers[name] = lexer
    if lexer is None or name in ("text", "plaintext", "plain", "txt"):
        stdout.write(b"none 0\n")
    else:
        html = colour(lexer, code, name).encode()
        stdout.write(b"ok %d\n" % len(html) + html)
    stdout.flush()
"""#
}
