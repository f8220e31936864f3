"""
Datasets shipped inside the library (kzsec.datasets).
"""
from __future__ import annotations
import kzsec._core
__all__: list[str] = ['DatasetInfo', 'kazakhstan', 'list', 'toy_world']
class DatasetInfo:
    """
    Description of one shipped dataset.
    """
    def __repr__(self) -> str:
        ...
    @property
    def description(self) -> str:
        """
        What the dataset holds.
        """
    @property
    def embedded(self) -> bool:
        """
        True if stored as embedded JSON text, False if built in code.
        """
    @property
    def name(self) -> str:
        """
        Function name, e.g. 'kazakhstan'.
        """
    @property
    def title(self) -> str:
        """
        One-line title.
        """
def kazakhstan() -> kzsec._core.Network:
    """
    Kazakhstan's foreign and security relations, 1991-2024.
    
    29 actors (Kazakhstan, the powers, the Central Asian neighbours,
    organisations, threat clusters); signed relation levels on [-1, 1] per dyad,
    domain (security, economic, political, identity and the informational
    ``economic.water``, already netted into ``economic``) and span of years;
    context dyads among the powers; memberships; dated events; metrics
    (``trade_share``, ``import_share``, ``export_share``, ``arms_import_share``,
    ``unga_vote``, ``border_km``, ...). Parsed from the text embedded in the
    library: no file is needed. Each call returns a new, independent Network.
    
    Returns
    -------
    Network
    
    Raises
    ------
    RuntimeError
        If the library was built without ``data/kazakhstan.json``.
    
    Notes
    -----
    Sources, conventions, judgement values and every correction to the article
    and the research draft: ``data/README.md`` and the "Kazakhstan dataset" page
    of the documentation. Cite Chukubayev & Kuzembayeva, "Evolution of and
    Factors in the Making of Kazakhstan Foreign and Security Policy"
    (``net.metadata.citation``).
    
    Complexity: O(size of the embedded text), about 0.2 MB.
    """
def list() -> list[DatasetInfo]:
    """
    The datasets shipped with kzsec.
    
    Returns
    -------
    list of DatasetInfo
        ``kazakhstan`` (if the library was built with ``data/kazakhstan.json``) and
        ``toy_world``, in that order.
    
    Notes
    -----
    Complexity: O(1).
    """
def toy_world() -> kzsec._core.Network:
    """
    A five-actor toy world for examples and tests.
    
    A small state ``S`` between rival powers ``A`` and ``B``, a neighbour ``N`` and
    an organisation ``O`` led by ``A``; four domains, 2000-2009; in 2005 S's
    economic weight shifts from A (0.6 -> 0.3) to B (0.2 -> 0.7). The full table
    of values is in the C++ header ``kzsec/datasets.hpp``. Values are invented.
    
    Returns
    -------
    Network
    
    Notes
    -----
    Complexity: O(1).
    """
