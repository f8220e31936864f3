"""Optional dependencies: import on demand, with a clear error when missing.

kzsec needs only numpy at import time. pandas, networkx and matplotlib are
imported by the functions that use them, through :func:`require`, which turns
an :class:`ImportError` into a :class:`MissingDependencyError` that names the
commands installing the library (the package itself, or the kzsec extra from a
source checkout).
"""
from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["MissingDependencyError", "require"]

#: pip extra of kzsec that installs each optional library.
EXTRAS = {
    "pandas": "pandas",
    "networkx": "networkx",
    "matplotlib": "plot",
    "matplotlib.pyplot": "plot",
}


class MissingDependencyError(ImportError):
    """An optional library needed by a kzsec function is not installed.

    A subclass of :class:`ImportError`, so ``except ImportError`` also catches it.
    The message names the library, the function that needs it and two commands
    that install it: ``pip install networkx``, or, from a kzsec source checkout
    (kzsec is not on a package index), ``pip install ".[networkx]"``.

    Attributes
    ----------
    library : str
        The missing module, e.g. ``"networkx"``.
    extra : str
        The kzsec extra that installs it, e.g. ``"networkx"``.
    """

    def __init__(self, library: str, feature: str, extra: str):
        self.library = library
        self.extra = extra
        super().__init__(
            f"[kzsec] {feature} needs the optional dependency '{library}', which is not installed. "
            f"Install it with `pip install {library.split('.')[0]}`, or from a kzsec source checkout "
            f"with `pip install \".[{extra}]\"`.",
            name=library,
        )


def require(library: str, feature: str, extra: str | None = None) -> ModuleType:
    """Import an optional library or raise :class:`MissingDependencyError`.

    Parameters
    ----------
    library : str
        Module to import, e.g. ``"networkx"`` or ``"matplotlib.pyplot"``.
    feature : str
        The kzsec function that needs it (used in the message).
    extra : str, optional
        The pip extra to name; default from :data:`EXTRAS`, else the library name.

    Returns
    -------
    module
        The imported module.

    Raises
    ------
    MissingDependencyError
        If the import fails.
    """
    try:
        return importlib.import_module(library)
    except ImportError as exc:
        raise MissingDependencyError(library, feature, extra or EXTRAS.get(library, library)) from exc
