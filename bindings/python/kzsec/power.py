"""Capabilities, concentration, polarity and threat.

Compiled functions (formulas, citations and conventions in docs/power.md):

``cinc``
    COW CINC from the six NMC components (milex, milper, irst, pec, tpop,
    upop) with the missing-component rule (mean over the components present).
``shares``, ``hhi``, ``effective_number_of_poles``, ``con``
    Shares, Herfindahl-Hirschman index, 1/HHI, Singer-Bremer-Stuckey CON over
    a chosen set of powers.
``leader_challenger``, ``count_poles``
    Leader/challenger ratio and parity; number of poles above a user threshold.
``balance_of_threat``
    Walt's balance of threat as an explicit additive or multiplicative composite
    with required user weights.
``read_nmc_csv``, ``read_nmc_totals_csv``, ``nmc_totals_from``
    NMC readers (-9 and empty = NaN).

Pure-Python helper (pandas imported only when called): :func:`nmc_frame`.
"""
from __future__ import annotations

from typing import Any

from ._args import wrap_module as _wrap_module
from . import _core
from ._missing import require as _require

_p = _core.power

NMC_COMPONENTS = _p.NMC_COMPONENTS
CincResult = _p.CincResult
LeaderChallenger = _p.LeaderChallenger
ThreatResult = _p.ThreatResult
NmcData = _p.NmcData
NmcTotals = _p.NmcTotals
cinc = _p.cinc
shares = _p.shares
hhi = _p.hhi
effective_number_of_poles = _p.effective_number_of_poles
con = _p.con
leader_challenger = _p.leader_challenger
count_poles = _p.count_poles
balance_of_threat = _p.balance_of_threat
read_nmc_csv = _p.read_nmc_csv
read_nmc_totals_csv = _p.read_nmc_totals_csv
nmc_totals_from = _p.nmc_totals_from

__all__ = [
    "NMC_COMPONENTS",
    "CincResult",
    "LeaderChallenger",
    "ThreatResult",
    "NmcData",
    "NmcTotals",
    "cinc",
    "shares",
    "hhi",
    "effective_number_of_poles",
    "con",
    "leader_challenger",
    "count_poles",
    "balance_of_threat",
    "read_nmc_csv",
    "read_nmc_totals_csv",
    "nmc_totals_from",
    "nmc_frame",
]


def nmc_frame(data: NmcData, totals: NmcTotals | None = None) -> Any:
    """NMC rows as a pandas DataFrame, optionally with the recomputed CINC.

    Parameters
    ----------
    data : NmcData
        From :func:`read_nmc_csv`.
    totals : NmcTotals, optional
        System totals; if given, adds ``cinc_recomputed`` and ``n_components``.

    Returns
    -------
    pandas.DataFrame
        Columns ccode, stateabb, year, the six components (NaN = missing), cinc
        (published, NaN if absent) and, with totals, the recomputed values.

    Raises
    ------
    MissingDependencyError
        If pandas is not installed.
    """
    pd = _require("pandas", "kzsec.power.nmc_frame")
    df = pd.DataFrame(data.components, columns=list(NMC_COMPONENTS))
    df.insert(0, "year", list(data.year))
    df.insert(0, "stateabb", list(data.stateabb))
    df.insert(0, "ccode", list(data.ccode))
    df["cinc"] = data.cinc
    if totals is not None:
        r = cinc(data.components, totals.for_years(list(data.year)))
        df["cinc_recomputed"] = r.cinc
        df["n_components"] = r.n_components
    return df


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.power")  # a mistyped keyword is named, not pybind11's whole signature
