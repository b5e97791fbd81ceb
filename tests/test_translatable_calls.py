"""Every translatable string is written so that pyside6-lupdate can extract it, and found at run time.

lupdate reads the source, not the running program, and fails silently: a text it cannot see is
simply never translated. These are the ways that happens in Python (each one tried with the
lupdate of the PySide6 wheel; see gui/i18n.py):

- ``self.tr(f"Run {i}")``, ``self.tr("a" + b)``, ``self.tr(x if c else y)``: lupdate extracts the
  template (or the first branch), the program looks up the filled text: never found;
- ``translate("Ctx", "%n runs", n=n)``: with a keyword argument lupdate skips the call entirely;
- ``other.tr(…)`` or a bare ``tr(…)``: lupdate gives it an empty context, the program looks it up
  in the object's class: never found;
- ``QT_TR_NOOP("…")``: an empty context in Python; ``from … import QT_TRANSLATE_NOOP as N``:
  lupdate matches the name, so ``N("…")`` is never extracted;
- a context that is not a literal: lupdate cannot know it;
- in Qt-free code (``numerics``, ``gui/model``), a context other than ``"numerics"``:
  ``Message.render`` looks every message up in that one context;
- ``self.tr("%n runs", "", n)`` in a method of a base class: PySide6's ``tr`` searches the
  contexts of the object's classes for a plain text, but for a plural only the object's own class
  (the subclass), so the base class's translation is never found — unless the base class has
  ``gui.i18n.Retranslatable``, whose ``tr`` searches them all.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("gui", "numerics")
#: Qt-free packages: their QT_TRANSLATE_NOOP texts become Messages, rendered in this context.
MESSAGE_CONTEXT = "numerics"
QT_FREE = ("numerics", "gui/model")
#: Call names and, for each, which positional argument is the source text (the context before it).
TEXT_ARGUMENT = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}


def _files() -> list[Path]:
    return sorted(p for name in PACKAGES for p in (ROOT / name).rglob("*.py") if "__pycache__" not in p.parts)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _translatable_text(node: ast.expr) -> bool:
    """A literal (lupdate extracts it) or a variable/attribute/item (a text marked elsewhere,
    e.g. a QT_TRANSLATE_NOOP constant, translated at use)."""
    return _is_literal(node) or isinstance(node, (ast.Name, ast.Attribute, ast.Subscript))


def problems_in(path: Path, source: str | None = None) -> list[str]:
    """Every call in ``path`` that lupdate would miss or the program would not find."""
    source = path.read_text(encoding="utf-8") if source is None else source
    tree = ast.parse(source, filename=str(path))
    rel = path.relative_to(ROOT).as_posix() if path.is_absolute() and ROOT in path.parents else path.as_posix()
    qt_free = rel.startswith(tuple(f"{p}/" for p in QT_FREE))
    found: list[str] = []

    def report(node: ast.AST, text: str) -> None:
        found.append(f"{rel}:{node.lineno}: {text}")

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP") and alias.asname not in (None, alias.name):
                    report(node, f"{alias.name} imported as {alias.asname}: lupdate only knows the name {alias.name}")
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name == "QT_TR_NOOP":
            report(node, 'QT_TR_NOOP gets an empty context from lupdate in Python: use QT_TRANSLATE_NOOP("Context", …)')
            continue
        if name not in TEXT_ARGUMENT:
            continue
        if name == "translate" and not (isinstance(node.func, ast.Attribute) and _name(node.func.value)
                                        in ("QCoreApplication", "QApplication", "QGuiApplication")):
            continue  # another translate (gui.i18n.translate takes marked constants: not extracted)
        if name == "tr":
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if not (isinstance(receiver, ast.Name) and receiver.id in ("self", "cls")):
                report(node, "tr() called on something other than self: lupdate gives it an empty context")
                continue
        if node.keywords:
            report(node, f"{name}() with keyword arguments ({', '.join(k.arg or '**' for k in node.keywords)}): "
                         "lupdate skips the call; pass them by position")
        index = TEXT_ARGUMENT[name]
        if len(node.args) <= index:
            continue
        text = node.args[index]
        if index == 1 and not _is_literal(node.args[0]) and _is_literal(text):
            # (a variable text with a variable context is a marked constant translated at use: fine)
            report(node, f"{name}() of a literal with a context that is not a literal string")
        if name == "QT_TRANSLATE_NOOP" and not _is_literal(text):
            report(node, "QT_TRANSLATE_NOOP() of something other than a literal string")
        elif not _translatable_text(text):
            kind = "an f-string" if isinstance(text, ast.JoinedStr) else f"a {type(text).__name__} expression"
            report(node, f"{name}() of {kind}: lupdate extracts the template, the program looks up the filled "
                         "text; translate a literal with %1 and fill it after (.replace / .format)")
        if qt_free and name == "QT_TRANSLATE_NOOP" and _is_literal(node.args[0]) \
                and node.args[0].value != MESSAGE_CONTEXT:
            report(node, f'QT_TRANSLATE_NOOP context {node.args[0].value!r} in Qt-free code: Messages are '
                         f'rendered in "{MESSAGE_CONTEXT}"')
    return found


def _classes(sources: dict[str, str]) -> dict[str, tuple[list[str], list[int], str]]:
    """class name → (base names, lines of its plural ``self.tr(text, comment, n)`` calls, file)."""
    classes: dict[str, tuple[list[str], list[int], str]] = {}
    for rel, source in sources.items():
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef):
                plural = [call.lineno for call in ast.walk(node) if isinstance(call, ast.Call)
                          and _name(call.func) == "tr" and len(call.args) >= 3]
                classes[node.name] = ([_name(b) or "" for b in node.bases], plural, rel)
    return classes


def plural_problems(sources: dict[str, str]) -> list[str]:
    """Plurals that PySide6's own ``tr`` would not find: ``self.tr(text, "", n)`` in a class that
    other classes derive from (PySide6 then looks in the subclass's context only) and that does
    not have ``gui.i18n.Retranslatable`` (whose ``tr`` searches every class)."""
    classes = _classes(sources)

    def has_mixin(name: str, seen: frozenset = frozenset()) -> bool:
        bases = classes.get(name, ([], [], ""))[0]
        return "Retranslatable" in bases or any(has_mixin(b, seen | {name}) for b in bases if b not in seen)

    derived_from = {base for bases, _, _ in classes.values() for base in bases}
    return [f"{rel}:{line}: plural self.tr() in {name}, a base class: give {name} the Retranslatable mixin "
            "(PySide6's tr looks a plural up in the subclass's context only)"
            for name, (_, lines, rel) in classes.items() if lines and name in derived_from and not has_mixin(name)
            for line in lines]


def test_plurals_in_base_classes_are_found_for_subclasses():
    sources = {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8") for p in _files()}
    found = plural_problems(sources)
    assert not found, "\n".join(found)


def test_the_plural_check_knows_the_mixin():
    base = 'class Base(QWidget):\n    def m(self, n):\n        return self.tr("%n runs", "", n)\n'
    sub = "class Sub(Base):\n    pass\n"
    assert len(plural_problems({"a.py": base + sub})) == 1
    assert plural_problems({"a.py": base}) == []  # nothing derives from it: its own context is right
    assert plural_problems({"a.py": base.replace("(QWidget)", "(Retranslatable, QWidget)") + sub}) == []


def test_every_translatable_call_can_be_extracted_and_found():
    found = [p for path in _files() for p in problems_in(path)]
    assert not found, "texts lupdate misses or the program never finds:\n" + "\n".join(found)


def test_the_check_catches_each_way_to_lose_a_translation(tmp_path):
    bad = tmp_path / "bad.py"
    cases = {
        'self.tr(f"Run {i}")': "f-string",
        'self.tr("a" + b)': "BinOp",
        'self.tr("x" if c else "y")': "IfExp",
        'QCoreApplication.translate("C", "%n runs", n=n)': "keyword",
        'other.tr("text")': "other than self",
        'tr("text")': "other than self",
        'QT_TR_NOOP("text")': "empty context",
        'QCoreApplication.translate(context, "text")': "context that is not a literal",
        'QCoreApplication.translate("C", f"{i} runs")': "f-string",
        'QT_TRANSLATE_NOOP("C", TEXT)': "other than a literal",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP as N": "imported as N",
    }
    for code, expected in cases.items():
        found = problems_in(bad, f"class W:\n    def m(self, i, b, c, n, other, context):\n        {code}\n"
                            if not code.startswith("from") else code + "\n")
        assert len(found) == 1 and expected in found[0], (code, found)
    good = ('self.tr("Run %1").replace("%1", str(i))', 'self.tr("%n runs", "", n)', "self.tr(LABEL)",
            'QCoreApplication.translate("C", "%n runs", None, n)', 'QT_TRANSLATE_NOOP("C", "Field arrows")',
            'self.tr("implicit " "concatenation")', "translate(context, text)",
            "QCoreApplication.translate(context, text)")
    for code in good:
        assert problems_in(bad, f"class W:\n    def m(self, i, n, context, text):\n        {code}\n") == [], code


def test_qt_free_code_marks_messages_in_the_numerics_context(tmp_path):
    model = ROOT / "gui" / "model" / "example.py"  # only its path matters: the file is not written
    assert problems_in(model, 'A = QT_TRANSLATE_NOOP("numerics", "fine")\n') == []
    found = problems_in(model, 'A = QT_TRANSLATE_NOOP("model", "lost")\n')
    assert len(found) == 1 and "Qt-free" in found[0]
