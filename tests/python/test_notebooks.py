"""Executes every notebook in examples/notebooks/ with nbclient.

A notebook fails the test if a cell raises, except cells tagged
``raises-exception`` (which teach an error) -- those must raise. Each cell has
120 s. The notebooks are stored without outputs; they run with the working
directory set to their folder, so relative paths such as ``../data/`` work, and
with the same PYTHONPATH as the tests (the built package).
"""
import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "examples" / "notebooks").glob("*.ipynb"))


def test_notebooks_exist():
    assert len(NOTEBOOKS) >= 4, [p.name for p in NOTEBOOKS]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    dirty = [i for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and (c.get("outputs") or c.get("execution_count") is not None)]
    assert not dirty, f"{path.name}: cells {dirty} have stored outputs (clear them before committing)"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, monkeypatch):
    nb = nbformat.read(path, as_version=4)
    # The kernel inherits this environment: make the package under test importable there too.
    pypath = os.pathsep.join(p for p in sys.path if p and Path(p).joinpath("kzsec").is_dir())
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [pypath, os.environ.get("PYTHONPATH")])))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError on an error in an untagged cell
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and "raises-exception" in cell.metadata.get("tags", []):
            assert any(o.get("output_type") == "error" for o in cell.outputs), \
                f"{path.name}: cell {i} is tagged raises-exception but raised nothing"
