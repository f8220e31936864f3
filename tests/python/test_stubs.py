"""The committed stubs (bindings/python/kzsec/_core/*.pyi) match the built module.

Every public name of kzsec._core and of each of its submodules must appear in
the stubs, and every name in the stubs must exist in the module; the same for
the public members of every class. Regenerate with scripts/generate-stubs.sh.
"""
import ast
import inspect
import types
from pathlib import Path

import pytest

import kzsec._core as core

STUBS = Path(__file__).resolve().parents[2] / "bindings" / "python" / "kzsec" / "_core"
REGENERATE = "regenerate with scripts/generate-stubs.sh <build>/python"


def submodules():
    out = {"": core}
    for name, obj in vars(core).items():
        if isinstance(obj, types.ModuleType) and obj.__name__ == f"{core.__name__}.{name}":
            out[name] = obj
    return out


MODULES = submodules()


def public(names):
    return {n for n in names if not n.startswith("_")}


def stub_file(sub):
    return STUBS / ("__init__.pyi" if sub == "" else f"{sub}.pyi")


def stub_tree(sub):
    path = stub_file(sub)
    if not path.exists():
        pytest.fail(f"no stub file {path.name} for kzsec._core{'.' + sub if sub else ''}; {REGENERATE}")
    return ast.parse(path.read_text())


def top_level_names(tree):
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom) and (node.level == 1 or (node.module or "").startswith("kzsec")):
            # from . import hedging; from kzsec._core.io import load (a re-export)
            names.update(a.asname or a.name for a in node.names)
    return public(names) - {"annotations"}


def class_members(node):
    names = set()
    for item in node.body:
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(item.name)
        elif isinstance(item, ast.Assign):
            names.update(t.id for t in item.targets if isinstance(t, ast.Name))
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            names.add(item.target.id)
    return public(names)


def module_names(mod):
    return public(n for n in dir(mod) if not isinstance(getattr(mod, n), types.ModuleType)
                  or n in MODULES) - {"annotations"}


@pytest.mark.parametrize("sub", sorted(MODULES), ids=lambda s: s or "_core")
def test_module_names_match(sub):
    mod = MODULES[sub]
    in_module = module_names(mod)
    in_stub = top_level_names(stub_tree(sub))
    missing = sorted(in_module - in_stub)
    extra = sorted(in_stub - in_module)
    assert not missing, f"names of {mod.__name__} missing from the stubs: {missing}; {REGENERATE}"
    assert not extra, f"names in the stubs that {mod.__name__} does not have: {extra}; {REGENERATE}"


def classes():
    for sub, mod in sorted(MODULES.items()):
        for name in sorted(public(dir(mod))):
            obj = getattr(mod, name)
            if inspect.isclass(obj) and getattr(obj, "__module__", "").startswith(core.__name__):
                yield sub, name, obj


@pytest.mark.parametrize("sub, name, cls", list(classes()), ids=lambda x: x if isinstance(x, str) else "")
def test_class_members_match(sub, name, cls):
    tree = stub_tree(sub)
    node = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name), None)
    assert node is not None, f"class {name} missing from the stubs; {REGENERATE}"
    # members defined by the class itself (not inherited from object / pybind11's base)
    in_class = public(k for k in vars(cls))
    in_stub = class_members(node)
    missing = sorted(in_class - in_stub)
    extra = sorted(in_stub - in_class - public(dir(cls)))
    assert not missing, f"members of {name} missing from the stubs: {missing}; {REGENERATE}"
    assert not extra, f"members of {name} in the stubs but not in the class: {extra}; {REGENERATE}"


def test_stub_files_have_no_orphans():
    expected = {stub_file(s).name for s in MODULES}
    present = {p.name for p in STUBS.glob("*.pyi")}
    assert present == expected, f"stub files {sorted(present - expected)} belong to no submodule; {REGENERATE}"


def test_py_typed_marker():
    assert (STUBS.parent / "py.typed").exists()
