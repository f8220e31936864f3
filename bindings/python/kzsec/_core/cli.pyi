"""
The kzsec command line (see `kzsec --help`).
"""
from __future__ import annotations
import collections.abc
import typing
__all__: list[str] = ['run']
def run(args: collections.abc.Sequence[str], plot: typing.Any = None) -> tuple[int, bytes, bytes]:
    """
    Run the kzsec command line.
    
    The same code as the C++ program ``kzsec``: subcommands report, rank, validate, export and
    datasets, their options and ``--help``.
    
    Parameters
    ----------
    args : list of str
        Arguments after the program name, e.g. ``["report", "--years", "2022"]``.
    plot : callable, optional
        ``plot(command, json, png)`` draws a ``--plot`` figure: ``command`` is ``"plot-report"`` or
        ``"plot-rank"``, ``json`` the report or ranking as JSON text, ``png`` the file to write.
        Default: run ``python -m kzsec <command>`` in a new process.
    
    Returns
    -------
    tuple of (int, bytes, bytes)
        Exit status (0 = success), standard output and standard error. Bad input is a message in
        standard error and a non-zero status, never an exception.
    
    Notes
    -----
    Runs with the GIL released (taken back only to call ``plot``).
    """
