"""Foreign-policy similarity and UN General Assembly agreement.

Compiled functions (see docs/similarity.md for every formula, its citation and
the conventions; all pairwise functions delete missing values (NaN) pairwise and
return a :class:`SimilarityValue` -- ``float(v)`` is the value, NaN with a
``reason`` where the measure is undefined):

``s_score``, ``s_score_matrix``
    Signorino-Ritter S (weighted/unweighted, absolute/squared, per-dimension
    maximum distance).
``cohen_kappa``, ``scott_pi`` (+ ``_matrix``)
    Häge's chance-corrected (quadratic by default) kappa and pi.
``scott_pi_nominal`` (+ ``_matrix``)
    Nominal Scott's pi (R fpsim ``spi``).
``tau_b`` (+ ``_matrix``)
    Kendall's tau-b (Bueno de Mesquita 1975).
``un_agreement``, ``un_agreement_matrix``, ``split_votes``
    Identical share, Lijphart/Voeten half-credit index, State Department
    votes-only coincidence, split-vote analysis. Votes in the canonical coding
    1 = yes, 2 = abstain, 3 = no, NaN = absent / not a member.
``read_un_votes``, ``map_vote_codes``, ``read_atop_portfolios``
    Readers; the vote coding is always an explicit argument.

Pure-Python helpers (pandas imported only when called): :func:`votes_frame`,
:func:`agreement_frame`, :func:`portfolios_frame`.
"""
from __future__ import annotations

from typing import Any

from ._args import wrap_module as _wrap_module
from . import _core
from ._missing import require as _require

_s = _core.similarity

SimilarityValue = _s.SimilarityValue
UNAgreement = _s.UNAgreement
SplitVotes = _s.SplitVotes
VoteTable = _s.VoteTable
AlliancePortfolios = _s.AlliancePortfolios
AllianceCoding = _s.AllianceCoding
s_score = _s.s_score
s_score_matrix = _s.s_score_matrix
cohen_kappa = _s.cohen_kappa
scott_pi = _s.scott_pi
scott_pi_nominal = _s.scott_pi_nominal
tau_b = _s.tau_b
cohen_kappa_matrix = _s.cohen_kappa_matrix
scott_pi_matrix = _s.scott_pi_matrix
kappa_pi_matrix = _s.kappa_pi_matrix
scott_pi_nominal_matrix = _s.scott_pi_nominal_matrix
tau_b_matrix = _s.tau_b_matrix
un_agreement = _s.un_agreement
un_agreement_matrix = _s.un_agreement_matrix
split_votes = _s.split_votes
map_vote_codes = _s.map_vote_codes
read_un_votes = _s.read_un_votes
read_atop_portfolios = _s.read_atop_portfolios

__all__ = [
    "SimilarityValue",
    "UNAgreement",
    "SplitVotes",
    "VoteTable",
    "AlliancePortfolios",
    "AllianceCoding",
    "s_score",
    "s_score_matrix",
    "cohen_kappa",
    "scott_pi",
    "scott_pi_nominal",
    "tau_b",
    "cohen_kappa_matrix",
    "scott_pi_matrix",
    "kappa_pi_matrix",
    "scott_pi_nominal_matrix",
    "tau_b_matrix",
    "un_agreement",
    "un_agreement_matrix",
    "split_votes",
    "map_vote_codes",
    "read_un_votes",
    "read_atop_portfolios",
    "votes_frame",
    "agreement_frame",
    "portfolios_frame",
]


def votes_frame(table: VoteTable) -> Any:
    """Vote matrix of a :class:`VoteTable` as a pandas DataFrame.

    Parameters
    ----------
    table : VoteTable
        As returned by :func:`read_un_votes`.

    Returns
    -------
    pandas.DataFrame
        Countries as index, roll-call ids as columns, values 1 (yes), 2
        (abstain), 3 (no), NaN (absent / not a member).

    Raises
    ------
    MissingDependencyError
        If pandas is not installed.
    """
    pd = _require("pandas", "kzsec.similarity.votes_frame")
    return pd.DataFrame(table.votes, index=list(table.countries), columns=list(table.roll_calls))


def agreement_frame(table: VoteTable, index: str = "lijphart") -> Any:
    """All-pairs UN agreement of a :class:`VoteTable` as a labelled DataFrame.

    Parameters
    ----------
    table : VoteTable
    index : {'identical', 'lijphart', 'state_department', 'n_common'}

    Returns
    -------
    pandas.DataFrame
        Symmetric countries x countries matrix (NaN where undefined).
    """
    pd = _require("pandas", "kzsec.similarity.agreement_frame")
    m = un_agreement_matrix(table.votes, index)
    return pd.DataFrame(m, index=list(table.countries), columns=list(table.countries))


def portfolios_frame(portfolios: AlliancePortfolios) -> Any:
    """Alliance portfolios as a DataFrame (actors as index, dimension states as columns, COW codes)."""
    pd = _require("pandas", "kzsec.similarity.portfolios_frame")
    return pd.DataFrame(portfolios.positions, index=list(portfolios.actors), columns=list(portfolios.dimensions))


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.similarity")  # a mistyped keyword is named, not pybind11's whole signature
