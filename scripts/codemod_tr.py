"""Move the window's words from the key tables of gui/i18n.py to Qt's translation tools.

    python scripts/codemod_tr.py            # rewrite, fill translations/*.ts, build the .qm files
    python scripts/codemod_tr.py --check    # only say what would change (exit 1 if anything would)

Re-runnable and idempotent: it reads the key -> (English, Thai) tables at run time (whatever
`desktop_app.gui.i18n._STRINGS` holds on the tree it runs on, merged branches included), rewrites
every `i18n.t("key", name=value)` into `i18n.tr("English {name}").format(name=value)` (the form
pyside6-lupdate extracts, context "i18n"), counts into Qt's numerus form (`%n`, the count passed
as `n`), computed keys (f-strings, `# i18n-keys: undo.*` on the line) into tables of
`QT_TRANSLATE_NOOP` entries, and keys kept as data (action tables) into `QT_TRANSLATE_NOOP`
entries. Then it runs pyside6-lupdate, fills the Thai from the tables and the Vietnamese from
scripts/words_vi.py (keyed by English source), builds the .qm with pyside6-lrelease, and deletes
the Python tables. A second run on the result changes nothing. What it cannot convert is listed
at the end (and left as it was); the translation test (tests/test_translations.py) then fails
until someone finishes it.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

CONTEXT = "i18n"  # lupdate takes the context of `i18n.tr(...)` from the module's name
LINE = 110  # ruff's line length (pyproject.toml)
LEGACY_FUNCTIONS = {"t", "both", "pair"}
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
LANGS = ("th", "vi")
PLURAL = "(s)"


# --- the tables -----------------------------------------------------------------------------------

@dataclass
class Word:
    key: str
    english: str
    thai: str
    source: str = ""  # what the .ts holds: English with %n for the count
    count: str | None = None  # the placeholder counted (numerus form), if any
    disambiguation: str | None = None
    placeholders: set[str] = field(default_factory=set)


def placeholders(text: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}", text)}


def load_words(report: list[str], only: set[str] | None = None) -> dict[str, Word]:
    i18n = importlib.import_module("desktop_app.gui.i18n")
    table: dict[str, tuple[str, str]] = dict(getattr(i18n, "_STRINGS", {}) or {})
    words: dict[str, Word] = {}
    for key, (english, thai) in table.items():
        word = Word(key, english, thai, placeholders=placeholders(english))
        word.source = english
        if PLURAL in english:
            counts = sorted(word.placeholders & {"n", "count"}) or sorted(word.placeholders)
            if len(counts) == 1 and (len(word.placeholders) == 1 or counts[0] in ("n", "count")):
                word.count = counts[0]
                pattern = "{" + word.count + "}"
                word.source = english.replace(pattern, "%n")
                word.thai = thai.replace(pattern, "%n")
            else:
                report.append(f"plural not converted (which count?): {key}: {english!r}")
        words[key] = word
    by_source: dict[str, list[Word]] = {}
    for word in words.values():
        if only is None or word.key in only:
            by_source.setdefault(word.source, []).append(word)
    for same in by_source.values():
        if len({w.thai for w in same}) > 1:
            for word in same:
                word.disambiguation = word.key
    return words


# --- writing Python ---------------------------------------------------------------------------------

QUOTE = ['"']  # inside an f-string (Python 3.11) the other quote, and no line breaks
WRAP = [True]


def quote(text: str) -> str:
    q = QUOTE[-1]
    body = text.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n").replace("\t", "\\t")
    return f"{q}{body}{q}"


def split_words(text: str, first: int, rest: int) -> list[str]:
    """`text` cut at spaces into pieces whose quoted form fits `first` (then `rest`) columns."""
    pieces: list[str] = []
    budget = first
    current = ""
    for token in re.findall(r"\S+\s*|\s+", text):
        if current and len(quote(current + token)) > budget:
            pieces.append(current)
            current = token
            budget = rest
        else:
            current += token
    pieces.append(current)
    return pieces


def literal(text: str, column: int, tail: int) -> str:
    """`text` as a string literal starting at `column`, wrapped (implicit concatenation) to fit."""
    if column + len(quote(text)) + tail <= LINE or not WRAP[-1]:
        return quote(text)
    room = max(LINE - column, 30)
    pieces = split_words(text, room, room)
    if len(quote(pieces[-1])) + column + tail > LINE and len(pieces[-1]) > 10:
        pieces[-1:] = split_words(pieces[-1], max(room - tail, 20), max(room - tail, 20))
    return ("\n" + " " * column).join(quote(p) for p in pieces)


def noop(source: str, column: int, tail: int) -> str:
    head = f'i18n.QT_TRANSLATE_NOOP("{CONTEXT}", '
    return head + literal(source, column + len(head), tail + 1) + ")"


# --- one file ---------------------------------------------------------------------------------------

@dataclass
class Edit:
    start: int  # byte offsets in the file
    end: int
    text: str


class FileRewrite:
    def __init__(self, path: Path, words: dict[str, Word], report: list[str]) -> None:
        self.path = path
        self.rel = path.relative_to(ROOT).as_posix()
        self.words = words
        self.report = report
        self.data = path.read_bytes()
        self.text = self.data.decode()
        self.tree = ast.parse(self.text)
        self.lines = self.data.split(b"\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.edits: list[Edit] = []
        self.deferred = False
        self.frozen: list[tuple[int, int]] = []  # calls left for the next pass
        self.taken: list[tuple[int, int]] = []
        self.tables: dict[str, tuple[str, list[Word]]] = {}  # name -> (pattern, words)
        self.used: set[str] = set()
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self.aliases = self._aliases()

    # offsets
    def offset(self, line: int, col: int) -> int:
        return self.starts[line - 1] + col

    def span(self, node: ast.AST) -> tuple[int, int]:
        return (self.offset(node.lineno, node.col_offset), self.offset(node.end_lineno, node.end_col_offset))

    def column(self, node: ast.AST) -> int:
        return len(self.lines[node.lineno - 1][: node.col_offset].decode())

    def tail(self, node: ast.AST) -> int:
        return len(self.lines[node.end_lineno - 1][node.end_col_offset:].decode().rstrip())

    def source(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.data[start:end].decode()

    def where(self, node: ast.AST) -> str:
        return f"{self.rel}:{node.lineno}"

    def inside_taken(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.taken)

    def edit(self, node: ast.AST, text: str) -> None:
        start, end = self.span(node)
        self.edits.append(Edit(start, end, text))
        self.taken.append((start, end))

    # which calls are ours
    def _aliases(self) -> dict[str, ast.stmt]:
        found: dict[str, ast.stmt] = {}
        for node in ast.walk(self.tree):
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name) and self.legacy(node.value) == "t"):
                found[node.targets[0].id] = node
        return found

    @staticmethod
    def legacy(func: ast.AST) -> str | None:
        if (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                and func.value.id == "i18n" and func.attr in LEGACY_FUNCTIONS):
            return func.attr
        return None

    def kind(self, call: ast.Call) -> str | None:
        name = self.legacy(call.func)
        if name:
            return name
        if isinstance(call.func, ast.Name) and call.func.id in self.aliases:
            return "t"
        return None

    # the rewrite
    def run(self) -> None:
        calls = [n for n in ast.walk(self.tree) if isinstance(n, ast.Call) and self.kind(n)]
        calls.sort(key=lambda n: (n.lineno, n.col_offset))
        ended: set[int] = set()
        for call in calls:
            start, end = self.span(call)
            if call.lineno in ended and not self.inside_taken(start, end):
                self.deferred = True  # its columns move: the next pass converts it
                self.frozen.append((start, end))
                continue
            if self.inside_taken(start, end):
                self.report.append(f"{self.where(call)}: a call inside another call, run again")
                continue
            inner = self.fstring_quote(call)
            QUOTE.append(inner or '"')
            WRAP.append(inner is None)
            try:
                self.call(call, self.kind(call) or "t")
            finally:
                QUOTE.pop()
                WRAP.pop()
            if self.taken and self.taken[-1] == (start, end):
                ended.add(call.end_lineno)
        self.data_keys()
        for name, node in self.aliases.items():
            uses = [n for n in ast.walk(self.tree) if isinstance(n, ast.Name) and n.id == name
                    and isinstance(n.ctx, ast.Load)]
            if all(self.inside_taken(*self.span(u)) for u in uses):
                start, end = self.span(node)
                line_start = self.starts[node.lineno - 1]
                self.edits.append(Edit(line_start, self.starts[node.end_lineno], ""))
            else:
                self.report.append(f"{self.rel}:{node.lineno}: alias {name} = i18n.t still used")
        self.insert_tables()

    def fstring_quote(self, node: ast.AST) -> str | None:
        """The quote to write inside the f-string holding `node` (the other one), if any."""
        parent = self.parents.get(node)
        while parent is not None:
            if isinstance(parent, ast.JoinedStr):
                outer = self.source(parent).lstrip("rRfFbBuU")[:1]
                return "'" if outer == '"' else '"'
            parent = self.parents.get(parent)
        return None

    def key_expression(self, node: ast.AST) -> str:
        """The source of `node` with the keys written in it marked as sources."""
        text = self.source(node)
        start = self.span(node)[0]
        inner = sorted((n for n in ast.walk(node) if isinstance(n, ast.Constant)
                        and isinstance(n.value, str) and n.value in self.words), key=lambda n: -n.col_offset)
        data = text.encode()
        for constant in inner:
            word = self.words[constant.value]
            self.used.add(word.key)
            a, b = (x - start for x in self.span(constant))
            data = data[:a] + noop(word.source, 0, LINE).encode() + data[b:]
        return data.decode()

    def values(self, call: ast.Call) -> tuple[dict[str, ast.AST], list[ast.AST]]:
        named = {k.arg: k.value for k in call.keywords if k.arg}
        splats = [k.value for k in call.keywords if k.arg is None]
        return named, splats

    def format_args(self, named: dict[str, ast.AST], splats: list[ast.AST], skip: str | None) -> str:
        parts = [f"{name}={self.source(value)}" for name, value in named.items() if name != skip]
        parts += [f"**{self.source(value)}" for value in splats]
        return f".format({', '.join(parts)})" if parts else ""

    def call(self, call: ast.Call, kind: str) -> None:
        if not call.args:
            self.report.append(f"{self.where(call)}: i18n.{kind}() without a key")
            return
        key_node = call.args[0]
        named, splats = self.values(call)
        if isinstance(key_node, ast.Constant) and isinstance(key_node.value, str):
            word = self.words.get(key_node.value)
            if word is None:
                self.report.append(f"{self.where(call)}: unknown key {key_node.value!r} (left as it is)")
                return
            self.used.add(word.key)
            if kind == "t":
                self.literal_call(call, word, named, splats)
            else:
                self.language_call(call, kind, word, named, splats)
            return
        if kind != "t":
            self.report.append(f"{self.where(call)}: i18n.{kind}() with a computed key (left as it is)")
            return
        family = self.family(call, key_node)
        if family is not None:
            self.family_call(call, key_node, family, named, splats)
            return
        self.variable_call(call, key_node, named, splats)

    def literal_call(self, call: ast.Call, word: Word, named: dict[str, ast.AST],
                     splats: list[ast.AST]) -> None:
        extra = ""
        if word.count is not None:
            if word.count not in named:
                self.report.append(f"{self.where(call)}: {word.key}: the count {word.count} is not given")
                return
            extra = f", {quote(word.disambiguation) if word.disambiguation else 'None'}, " \
                    f"{self.source(named[word.count])}"
        elif word.disambiguation:
            extra = f", {quote(word.disambiguation)}"
        fmt = self.format_args(named, splats, word.count)
        missing = word.placeholders - set(named) - ({word.count} if word.count else set())
        if missing and not splats and named:
            self.report.append(f"{self.where(call)}: {word.key}: no value for {sorted(missing)}")
        head = "i18n.tr("
        column = self.column(call) + len(head)
        # a long .format(...) is broken at its commas by reflow()
        after = len(extra) + 1 + (2 if len(fmt) > 30 else len(fmt)) + self.tail(call)
        text = head + literal(word.source, column, after) + extra + ")"
        self.edit(call, text + fmt)

    def language_call(self, call: ast.Call, kind: str, word: Word, named: dict[str, ast.AST],
                      splats: list[ast.AST]) -> None:
        function = "every_language" if kind == "both" else "pair"
        head = f"i18n.{function}("
        fmt = "".join(f", {name}={self.source(v)}" for name, v in named.items())
        fmt += "".join(f", **{self.source(v)}" for v in splats)
        column = self.column(call) + len(head)
        self.edit(call, head + noop(word.source, column, len(fmt) + 1 + self.tail(call)) + fmt + ")")

    def variable_call(self, call: ast.Call, key_node: ast.AST, named: dict[str, ast.AST],
                      splats: list[ast.AST]) -> None:
        if (isinstance(key_node, ast.IfExp) and all(isinstance(b, ast.Constant) and b.value in self.words
                                                    for b in (key_node.body, key_node.orelse))):
            words = [self.words[b.value] for b in (key_node.body, key_node.orelse)]
            self.used.update(w.key for w in words)
            body, orelse = (f"i18n.tr({quote(w.source)})" for w in words)
            text = f"{body} if {self.source(key_node.test)} else {orelse}"
            if not isinstance(self.parents.get(call), (ast.Call, ast.Assign, ast.Return, ast.keyword)):
                text = f"({text})"
        else:
            self.report.append(f"{self.where(call)}: variable key {self.source(key_node)}: its values "
                               f"must be marked sources (QT_TRANSLATE_NOOP); check")
            text = f"i18n.tr({self.key_expression(key_node)})"
        self.edit(call, text + self.format_args(named, splats, None))

    # computed keys
    def family(self, call: ast.Call, key_node: ast.AST) -> str | None:
        """A glob of the keys `key_node` can take, if it is computed (f-string, a local f-string,
        or `# i18n-keys: pattern` written on the line)."""
        comment = re.search(rb"#\s*i18n-keys:\s*(\S+)", self.lines[call.lineno - 1])
        if comment:
            return comment.group(1).decode()
        node = key_node
        if isinstance(node, ast.Name):
            node = self.local_value(call, node.id) or node
        if isinstance(node, ast.JoinedStr):
            return "".join(v.value if isinstance(v, ast.Constant) else "*" for v in node.values)
        return None

    def local_value(self, call: ast.Call, name: str) -> ast.AST | None:
        scope: ast.AST | None = call
        while scope is not None and not isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
            scope = self.parents.get(scope)
        if scope is None:
            return None
        values = [n.value for n in ast.walk(scope) if isinstance(n, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)]
        return values[0] if len(values) == 1 else None

    def family_call(self, call: ast.Call, key_node: ast.AST, pattern: str, named: dict[str, ast.AST],
                    splats: list[ast.AST]) -> None:
        given = set(named)
        members = [w for w in self.words.values() if fnmatchcase(w.key, pattern)
                   and "." not in w.key[len(pattern.split("*")[0]):].replace("*", "")
                   and (w.placeholders <= given or splats) and w.count is None]
        if not members:
            self.report.append(f"{self.where(call)}: computed key {pattern!r} matches no key (left)")
            return
        if any(w.disambiguation for w in members):
            self.report.append(f"{self.where(call)}: {pattern}: a source needs a disambiguation that "
                               f"a table cannot carry: {[w.key for w in members if w.disambiguation]}")
        stem = re.sub(r"[^A-Za-z0-9]+", "_", pattern.split("*")[0]).strip("_").upper() or "KEY"
        name = f"_{stem}_WORDS"
        self.tables.setdefault(name, (pattern, members))
        self.used.update(w.key for w in members)
        fmt = self.format_args(named, splats, None)
        self.edit(call, f"i18n.tr_from({name}, {self.source(key_node)})" + fmt)

    def insert_tables(self) -> None:
        if not self.tables:
            return
        body = self.tree.body
        last_import = 0
        for index, stmt in enumerate(body):
            if isinstance(stmt, (ast.Import, ast.ImportFrom)):
                last_import = index
        anchor = body[last_import]
        existing = {t.id for s in body if isinstance(s, ast.Assign)
                    for t in s.targets if isinstance(t, ast.Name)}
        blocks = []
        for name, (pattern, members) in self.tables.items():
            if name in existing:
                self.report.append(f"{self.rel}: table {name} exists already: add {pattern} keys by hand")
                continue
            lines = [f"# The words of the computed keys {pattern} (scripts/codemod_tr.py)",
                     f"{name}: dict[str, str] = {{"]
            for word in members:
                head = f"    {quote(word.key)}: "
                lines.append(head + noop(word.source, len(head), 1) + ",")
            lines.append("}")
            blocks.append("\n".join(lines))
        if blocks:
            at = self.starts[anchor.end_lineno]
            self.edits.append(Edit(at, at, "\n" + "\n\n".join(blocks) + "\n"))

    # keys kept as data
    def data_keys(self) -> None:
        for node in ast.walk(self.tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            word = self.words.get(node.value)
            if word is None:
                continue
            start, end = self.span(node)
            if self.inside_taken(start, end) or any(a <= start and end <= b for a, b in self.frozen):
                continue
            parent = self.parents.get(node)
            if isinstance(parent, ast.Expr):
                continue  # a docstring
            if isinstance(parent, ast.Dict) and node in parent.keys:
                continue  # a lookup (the computed keys' tables are keyed so)
            if isinstance(parent, (ast.Compare, ast.Subscript, ast.MatchValue, ast.keyword)):
                self.report.append(f"{self.where(node)}: key {word.key!r} compared/looked up, left as it is")
                continue
            if word.count is not None or word.disambiguation:
                self.report.append(f"{self.where(node)}: key {word.key!r} kept as data needs a count or "
                                   f"a disambiguation; left as it is")
                continue
            self.used.add(word.key)
            self.edit(node, noop(word.source, self.column(node), self.tail(node)))

    def result(self) -> str:
        data = self.data
        for edit in sorted(self.edits, key=lambda e: e.start, reverse=True):
            data = data[: edit.start] + edit.text.encode() + data[edit.end:]
        return data.decode()


# --- f-strings: lupdate does not look inside them -------------------------------------------------------

WORDS_CALLS = LEGACY_FUNCTIONS | {"tr", "tr_from", "every_language"}


def split_fstrings(text: str, report: list[str], rel: str) -> str:
    """f"a {i18n.t('k')} b" -> (f"a " + i18n.t('k') + " b"): pyside6-lupdate reads an f-string as
    one string and would never see the call inside (its words would stay English)."""
    tree = ast.parse(text)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    data = text.encode()
    starts = [0]
    for line in data.split(b"\n"):
        starts.append(starts[-1] + len(line) + 1)
    edits = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        ours = [v for v in node.values if isinstance(v, ast.FormattedValue) and any(
            isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
            and isinstance(c.func.value, ast.Name) and c.func.value.id == "i18n"
            and c.func.attr in WORDS_CALLS for c in ast.walk(v.value))]
        if not ours:
            continue
        start = starts[node.lineno - 1] + node.col_offset
        end = starts[node.end_lineno - 1] + node.end_col_offset
        source = data[start:end].decode()
        prefix = source[: len(source) - len(source.lstrip("rRfFbBuU"))]
        body = source[len(prefix):]
        quote_ = body[:3] if body[:3] in ('"""', "'''") else body[:1]
        if node.lineno != node.end_lineno or len(quote_) == 3 or any(
                v.conversion != -1 or v.format_spec is not None for v in ours):
            report.append(f"{rel}:{node.lineno}: words in an f-string lupdate cannot see; split it by hand")
            continue
        inner = body[len(quote_): len(body) - len(quote_)]
        base = start + len(prefix) + len(quote_)
        pieces: list[str] = []
        cursor = 0
        for value in ours:
            expr_start = starts[value.value.lineno - 1] + value.value.col_offset - base
            expr_end = starts[value.value.end_lineno - 1] + value.value.end_col_offset - base
            raw = inner.encode()
            open_at = raw.rindex(b"{", 0, expr_start)
            close_at = raw.index(b"}", expr_end)
            pieces.append(("text", raw[cursor:open_at].decode()))
            pieces.append(("expr", raw[expr_start:expr_end].decode()))
            cursor = close_at + 1
        pieces.append(("text", inner.encode()[cursor:].decode()))
        out = []
        for kind, piece in pieces:
            if kind == "expr":
                out.append(piece)
            elif piece:
                has_fields = re.search(r"(?<!\{)\{(?!\{)", piece.replace("{{", "")) is not None
                if not has_fields:
                    piece = piece.replace("{{", "{").replace("}}", "}")
                letters = prefix.replace("f", "").replace("F", "") + ("f" if has_fields else "")
                out.append(f"{letters}{quote_}{piece}{quote_}")
        parent = parents.get(node)
        bare = (isinstance(parent, ast.Call) and node in parent.args) or isinstance(
            parent, (ast.Assign, ast.Return, ast.keyword, ast.List, ast.Tuple))
        joined = " + ".join(out)
        edits.append((start, end, joined if bare or len(out) == 1 else f"({joined})"))
    for start, end, replacement in sorted(edits, reverse=True):
        data = data[:start] + replacement.encode() + data[end:]
    return data.decode()


# --- long lines -----------------------------------------------------------------------------------------

def reflow(text: str, before: str) -> str:
    """Lines the rewrite made too long, broken after a comma inside brackets (implicit
    continuation), the next line under the bracket's first element."""
    long_before = {line for line in before.split("\n") if len(line) > LINE}
    for _ in range(500):
        lines = text.split("\n")
        breaks = _break_points(text)
        for number, line in enumerate(lines):
            if len(line) <= LINE or line in long_before:
                continue
            lead = len(line) - len(line.lstrip())
            options = [(depth, -col, col, indent if indent >= 0 else lead + 4)
                       for col, indent, depth in breaks.get(number + 1, [])
                       if (0 <= indent < col or (indent == -1 and lead + 4 < col)) and col < LINE
                       and line[col + 1:].strip()[:1] not in ("", ")", "]", "}")]
            if not options:
                continue
            _, indent, _, col = min((depth, indent, -col, col) for depth, _, col, indent in options)
            rest = line[col + 1:].lstrip()
            if not rest or rest.startswith(("#", ")", "]", "}")):
                continue
            lines[number] = line[: col + 1].rstrip()
            lines.insert(number + 1, " " * indent + rest)
            text = "\n".join(lines)
            break
        else:
            return text
    return text


def _break_points(text: str) -> dict[int, list[tuple[int, int, int]]]:
    """line -> [(column of a comma inside brackets, column of its bracket's first element, depth)]."""
    import io
    import tokenize

    found: dict[int, list[tuple[int, int, int]]] = {}
    stack: list[int] = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return found
    skip = (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT)
    for index, token in enumerate(tokens):
        if token.type != tokenize.OP:
            continue
        if token.string in "([{":
            following = next((t for t in tokens[index + 1:] if t.type not in skip), token)
            stack.append(following.start[1] if following.start[0] > token.start[0] else token.end[1])
            found.setdefault(token.start[0], []).append((token.start[1], -1, len(stack)))
        elif token.string in ")]}" and stack:
            stack.pop()
        elif token.string == "," and stack:
            found.setdefault(token.start[0], []).append((token.start[1], stack[-1], len(stack)))
    return found


# --- the tables leave the Python code ------------------------------------------------------------------

def strip_tables(path: Path, report: list[str]) -> tuple[str, list[Path]]:
    """i18n.py without the key tables and the legacy functions; the table modules to delete."""
    text = path.read_text()
    tree = ast.parse(text)
    lines = text.split("\n")
    drop: list[tuple[int, int]] = []
    modules: list[Path] = []

    def names(node: ast.AST) -> set[str]:
        return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
            n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}

    for stmt in tree.body:
        start = stmt.lineno - 1
        while start > 0 and lines[start - 1].lstrip().startswith("#") and (
                "legacy" in lines[start - 1] or isinstance(stmt, ast.ImportFrom)):
            start -= 1
        if isinstance(stmt, ast.FunctionDef) and stmt.name in LEGACY_FUNCTIONS:
            drop.append((start, stmt.end_lineno))
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.Expr)) and "_STRINGS" in names(stmt):
            drop.append((start, stmt.end_lineno))
        elif isinstance(stmt, ast.ImportFrom) and any(a.name.endswith("STRINGS") for a in stmt.names):
            drop.append((start, stmt.end_lineno))
            modules.append(path.parent / f"{(stmt.module or '').split('.')[-1]}.py")
    keep = [line for index, line in enumerate(lines) if not any(a <= index < b for a, b in drop)]
    out = re.sub(r"\n{4,}", "\n\n\n", "\n".join(keep))
    for module in modules:
        tree = ast.parse(module.read_text())
        for stmt in tree.body:
            if isinstance(stmt, ast.Expr) and isinstance(getattr(stmt, "value", None), ast.Constant):
                continue
            if isinstance(stmt, (ast.Import, ast.ImportFrom)):
                continue
            if "STRINGS" in names(stmt):
                continue
            report.append(f"{module.relative_to(ROOT)} holds more than tables: not deleted")
            modules.remove(module)
            break
    return out, modules


# --- translations ---------------------------------------------------------------------------------------

def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def lupdate(targets: list[Path], plural_only: bool = False, package: Path | None = None) -> None:
    command = [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete", "-silent"]
    if plural_only:
        command.append("-pluralonly")
    command += [str(package or ROOT / "desktop_app"), "-ts", *map(str, targets)]
    subprocess.run(command, check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def with_accelerator(source: str, text: str) -> str:
    """Thai words have no letter to underline: the English accelerator goes after them, "(&O)"."""
    mark = re.search(r"&([^&\s])", source.replace("&&", ""))
    if not mark or "&" in text.replace("&&", ""):
        return text
    key = f"(&{mark.group(1).upper()})"
    if text.endswith("…"):
        return f"{text[:-1].rstrip()} {key}…"
    return f"{text} {key}"


def fill(ts: Path, lang: str, words: dict[str, Word], report: list[str]) -> None:
    tree = ET.parse(ts)
    if lang == "th":
        known = {(w.source, w.disambiguation or ""): w.thai for w in words.values()}
    else:
        table = importlib.import_module(f"words_{lang}").WORDS
        known = {(k if isinstance(k, tuple) else (k, "")): v for k, v in table.items()}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("unfinished", None):
                continue
            done = (translation.text or "").strip() or any((n.text or "").strip() for n in translation)
            if translation.get("type") is None and done:
                continue
            text = known.get((source, comment)) or known.get((source, ""))
            if lang == "th" and text is not None:
                text = with_accelerator(source, text)
            if not text:
                report.append(f"{ts.name}: no {lang} words for {source!r}")
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
                for form in forms:
                    form.text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def fill_english_plurals(ts: Path, report: list[str]) -> None:
    plurals = importlib.import_module("words_vi").ENGLISH_PLURALS
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        forms = plurals.get(source)
        if forms is None:
            report.append(f"{ts.name}: no English singular/plural for {source!r}")
            continue
        for element, text in zip(translation.findall("numerusform"), forms, strict=False):
            element.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def translations(words: dict[str, Word], report: list[str], used: set[str]) -> None:
    words = {k: w for k, w in words.items() if k in used}  # a dropped key's words must not win
    TS_DIR.mkdir(exist_ok=True)
    targets = [TS_DIR / f"desk_{lang}.ts" for lang in LANGS]
    lupdate(targets)
    for ts, lang in zip(targets, LANGS, strict=True):
        fill(ts, lang, words, report)
    english = TS_DIR / "desk_en.ts"
    lupdate([english], plural_only=True)
    fill_english_plurals(english, report)
    lupdate(targets)  # lupdate's own layout again, the translations kept
    lupdate([english], plural_only=True)
    for ts in sorted(TS_DIR.glob("*.ts")):
        lrelease(ts, QM_DIR / f"{ts.stem}.qm")


# --- main ---------------------------------------------------------------------------------------------

def python_files() -> list[Path]:
    files = [p for p in (ROOT / "desktop_app").rglob("*.py")
             if "core" not in p.relative_to(ROOT / "desktop_app").parts[:1]
             and not p.name.startswith("i18n")]
    files += sorted((ROOT / "tests").rglob("*.py"))
    files += sorted((ROOT / "bench").rglob("*.py")) if (ROOT / "bench").is_dir() else []
    return sorted(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a run would")
    parser.add_argument("--no-ts", action="store_true", help="rewrite the code only")
    args = parser.parse_args(argv)
    report: list[str] = []
    words = load_words(report)
    trial: set[str] = set()
    for path in python_files():  # which keys are used at all: only they can collide
        if "i18n" in path.read_text():
            dry = FileRewrite(path, words, [])
            dry.run()
            trial |= dry.used
    words = load_words(report, only=trial)
    used: set[str] = set()
    changed: list[str] = []
    for path in python_files():
        text = path.read_text()
        if "i18n" not in text:
            continue
        result = split_fstrings(text, report, path.relative_to(ROOT).as_posix())
        if result != text:
            path.write_text(result)
        for _ in range(10):  # again while calls were left for the next pass
            passing: list[str] = []  # only the last pass's findings are the file's
            rewrite = FileRewrite(path, words, passing)
            rewrite.run()
            used |= rewrite.used
            result = reflow(rewrite.result(), path.read_text())
            if not rewrite.deferred:
                break
            path.write_text(result)
        report.extend(passing)
        result = split_fstrings(result, report, rewrite.rel)  # calls through an alias (t = i18n.t)
        if args.check:
            path.write_text(text)
        if result != text:
            changed.append(rewrite.rel)
            if not args.check:
                path.write_text(result)
        elif result == text and path.read_text() != text:
            path.write_text(text)
        for number, line in enumerate(result.split("\n"), 1):
            if len(line) > LINE and "i18n." in line:
                report.append(f"{rewrite.rel}:{number}: longer than {LINE} columns")
    for path in (ROOT / "desktop_app" / "core").rglob("*.py"):
        for key in sorted(k for k in words if f'"{k}"' in path.read_text()):
            report.append(f"{path.relative_to(ROOT)}: the core names {key!r} (kept: an identifier there)")
    unused = sorted(set(words) - used)
    for key in unused:
        report.append(f"key {key!r} is used nowhere that could be converted: its words are dropped")
    i18n_path = ROOT / "desktop_app" / "gui" / "i18n.py"
    stripped, modules = strip_tables(i18n_path, report)
    if stripped != i18n_path.read_text() or modules:
        changed.append("desktop_app/gui/i18n.py (tables removed)")
    if not args.check and not args.no_ts:
        translations(words, report, used)  # before the tables go: the Thai comes from them
        if stripped != i18n_path.read_text():
            i18n_path.write_text(stripped)
        for module in modules:
            module.unlink()
    print(f"{len(words)} keys read, {len(changed)} files {'to change' if args.check else 'changed'}")
    for name in changed:
        print(f"  {name}")
    report = list(dict.fromkeys(report))
    if report:
        print(f"\n{len(report)} things not converted or worth a look:")
        for line in report:
            print(f"  - {line}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
