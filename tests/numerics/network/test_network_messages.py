"""Every user-visible text of numerics/network is a literal lupdate can extract, and fills in."""

import ast
import importlib
import pkgutil
import string

import pytest

import numerics.network as package
from numerics.messages import Message

MODULES = [importlib.import_module(m.name) for m in pkgutil.iter_modules(package.__path__, "numerics.network.")]


def source_texts(module):
    tree = ast.parse(open(module.__file__, encoding="utf-8").read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            context, text = node.args
            assert isinstance(context, ast.Constant) and context.value == "numerics", ast.unparse(node)
            assert isinstance(text, ast.Constant) and isinstance(text.value, str), ast.unparse(node)
            yield text.value


def test_the_package_has_translatable_texts():
    assert sum(len(list(source_texts(m))) for m in MODULES) > 40


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_placeholders_are_named_and_not_the_plural_count(module):
    for text in source_texts(module):
        names = [field for _, field, _, _ in string.Formatter().parse(text) if field is not None]
        assert all(names), f"positional placeholder in {text!r}"
        # message(TEXT, n=…) is the plural count: a {n} placeholder could never be filled.
        assert "n" not in names, text
        args = {name: 1 for name in names}
        assert "{" not in str(Message(text, args)), text
