"""Sphinx configuration of the kzsec documentation site.

Built by ``scripts/build-docs.sh``: Doxygen first (XML into _build/doxygen/xml,
read by Breathe), then ``sphinx-build -W --keep-going``. The Python API is
autodoc'ed from the built package, so ``kzsec`` must be importable (the script
puts ``build/dev/python`` on PYTHONPATH). Notebooks are rendered from
``examples/notebooks`` (through the ``notebooks`` symlink) and executed during
the build, so the pages show their tables and figures from the current code
(they are stored without outputs; the test suite executes them too).
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

project = "kzsec"
author = "the kzsec authors"
copyright = "2026, the kzsec authors"  # noqa: A001

try:  # the version of the built module, else the CMake project version
    import kzsec

    release = kzsec.__version__
except ImportError:  # pragma: no cover - the build script makes kzsec importable
    m = re.search(r"project\(kzsec VERSION ([0-9.]+)", (ROOT / "CMakeLists.txt").read_text())
    release = m.group(1) if m else "0"
version = release

extensions = [
    "myst_nb",  # Markdown (MyST) pages and .ipynb notebooks
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.mathjax",
    "breathe",
]

source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "Doxyfile", "**/.ipynb_checkpoints", "README.md"]

# --- MyST / notebooks
myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence", "deflist"]
myst_heading_anchors = 3
# Executed at every build (the notebooks are stored without outputs): about a minute on two cores.
nb_execution_mode = "force"
nb_execution_timeout = 300
nb_execution_raise_on_error = True  # a failing cell fails the build (cells tagged raises-exception may raise)
nb_merge_streams = True
# Figures of the notebooks are displayed inline, whatever backend the build itself uses (Agg).
os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"

# --- autodoc (numpydoc docstrings through napoleon)
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": True}
autodoc_member_order = "bysource"
autodoc_typehints = "description"
napoleon_google_docstring = False
napoleon_numpy_docstring = True
napoleon_use_rtype = False

# --- Breathe (C++ API from Doxygen XML)
breathe_projects = {"kzsec": str(HERE / "_build" / "doxygen" / "xml")}
breathe_default_project = "kzsec"
breathe_default_members = ("members",)
breathe_show_include = True
breathe_domain_by_extension = {"hpp": "cpp"}
cpp_index_common_prefix = ["kzsec::"]

# --- HTML
html_theme = "furo"
html_title = f"kzsec {release}"
html_static_path: list[str] = []

# Nitpicky cross-references would flag every std:: and Eigen:: type in the C++
# signatures; references to our own names are checked by the build instead.
nitpicky = False

# Breathe declares the enclosing namespace once per `doxygenfile`, so every
# header after the first repeats `kzsec` ("Duplicate C++ declaration ...
# kzsec"); Sphinx has no finer-grained switch for that one.
# "source_code_parser.cpp": Sphinx's C++ expression parser does not handle
# every initializer (e.g. a lambda called in a default member initializer);
# it falls back to showing the initializer as written, which is what we want.
# "ref.python": napoleon turns a parameter's type ("image : array_like, shape (k, k)") into a
# :type: field, whose every word the Python domain tries to link; once two result classes have
# an attribute of that name (BlockmodelResult.k, BlockmodelGeneralResult.k) each such word is
# an "ambiguous target" warning. Those words are not meant as links (nitpicky is off, so this
# subtype only carries these ambiguities).
suppress_warnings = ["duplicate_declaration.cpp", "source_code_parser.cpp", "ref.python"]


def _tidy_doxygen_xml(xml_dir: Path) -> None:
    """Make Doxygen's exception lists readable by Breathe and drop private members (idempotent).

    ``@throws unknown_actor.`` gives the exception name ``unknown_actor.``
    (which Sphinx cannot parse as C++), and ``@throws file_not_found,
    parse_error`` gives one entry with two names (Breathe keeps the first and
    drops the other). Here the trailing punctuation is removed and an entry
    with several names is split into one entry per name, each with the
    description.
    """
    item = re.compile(
        r"<parameteritem>\s*<parameternamelist>(?P<names>(?:\s*<parametername>.*?</parametername>)+)\s*"
        r"</parameternamelist>(?P<rest>.*?)</parameteritem>", re.S)
    name = re.compile(r"<parametername>(.*?)</parametername>", re.S)
    trailing = re.compile(r"[.,;:]+(?=(?:</ref>)?\s*$)")

    def split(m: re.Match) -> str:
        names = [trailing.sub("", n.strip()) for n in name.findall(m.group("names"))]
        names = [n for n in names if n] or ["nothing"]
        return "".join(f"<parameteritem><parameternamelist><parametername>{n}</parametername>"
                       f"</parameternamelist>{m.group('rest')}</parameteritem>" for n in names)

    kind = re.compile(r'(<parameterlist kind="exception">)(.*?)(</parameterlist>)', re.S)
    # Private members are implementation: Doxygen writes documented private members to the XML
    # even with EXTRACT_PRIVATE = NO, and Breathe's doxygenfile renders every section.
    private = re.compile(r'<sectiondef kind="private-[a-z-]+">.*?</sectiondef>\s*', re.S)
    private_inner = re.compile(r'<innerclass [^>]*prot="private"[^>]*>.*?</innerclass>\s*', re.S)
    for f in xml_dir.glob("*.xml"):
        text = f.read_text()
        new = private_inner.sub("", private.sub("", text))
        if 'kind="exception"' in new:
            new = kind.sub(lambda m: m.group(1) + item.sub(split, m.group(2)) + m.group(3), new)
        if new != text:
            f.write_text(new)


_BARS = re.compile(r"(?<![\\|`])\|(?=[^|\s`])([^|\n`]*?[^|\s\\`])\|(?![|_`])")


def _escape_abs_bars(app, what, name, obj, options, lines):
    """Escape |x| (absolute values in docstrings) so reST does not read a substitution.

    kzsec docstrings define no substitutions; a table or line block (a line that
    starts with "|" or "+") is left alone.
    """
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("|", "+")):
            continue
        lines[i] = _BARS.sub(r"\\|\1\\|", line)


def _check_python_api(app):
    """Every public module of the kzsec package must be autodoc'ed on a page of docs/api/python/."""
    from sphinx.util import logging

    log = logging.getLogger("kzsec.docs")
    page = "".join(f.read_text() for f in sorted((HERE / "api" / "python").glob("*.md")))
    pkg = ROOT / "bindings" / "python" / "kzsec"
    for f in sorted(pkg.glob("*.py")):
        name = f.stem
        if name.startswith("_") or name == "__main__":
            continue
        if f"automodule:: kzsec.{name}\n" not in page:
            log.warning(f"docs/api/python/ has no page documenting the module kzsec.{name}")


def setup(app):
    xml = Path(breathe_projects["kzsec"])
    if xml.is_dir():
        _tidy_doxygen_xml(xml)
    app.connect("builder-inited", _check_python_api)
    app.connect("autodoc-process-docstring", _escape_abs_bars)
