"""Issue #13 item 4 from Python: draws and years are checked at the entry, with a clear error.

Before: ``monte_carlo(draws=2**64 - 1)`` wrapped to zero draws and returned NaN
bands; a relation ending in 2**31 - 1 was accepted and sent the report's year
loop to ``bad_alloc``. The limits are ``kzsec.min_year``..``kzsec.max_year``
and ``kzsec.max_draws`` (docs/developer-guide.md, "Limits").
"""

import pytest

import kzsec
from kzsec import scenario


@pytest.fixture(scope="module")
def kaz():
    return kzsec.datasets.kazakhstan()


def test_limits_are_exported():
    assert (kzsec.min_year, kzsec.max_year, kzsec.max_draws) == (1800, 2200, 100_000_000)


def test_monte_carlo_draws_that_would_wrap(kaz):
    with pytest.raises(ValueError, match="draws -1 is negative"):
        scenario.monte_carlo(kaz, "KAZ", ["RUS", "CHN"], [2014], draws=2**64 - 1)
    with pytest.raises(ValueError, match="above the maximum 100000000"):
        scenario.monte_carlo(kaz, "KAZ", ["RUS", "CHN"], [2014], draws=100_000_001)


def test_monte_carlo_year_outside(kaz):
    with pytest.raises(ValueError, match="year 2147483647 is outside the supported years 1800..2200"):
        scenario.monte_carlo(kaz, "KAZ", ["RUS", "CHN"], [2**31 - 1], draws=10)


def test_relation_years_outside(kaz):
    net = kaz.copy()
    with pytest.raises(ValueError, match="last year of relation .* is outside the supported years"):
        net.add_relation("KAZ", "RUS", "identity", 0.5, (2000, 2**31 - 1))
    with pytest.raises(ValueError, match="outside the supported years"):
        net.add_relation("KAZ", "RUS", "identity", 0.5, (1700, 1990))


def test_report_years_and_draws(kaz):
    with pytest.raises(ValueError, match="year 2147483647 is outside the supported years"):
        kzsec.report.make_report(kaz, years=[2**31 - 1])
    with pytest.raises(ValueError, match="coalition_draws 1099511627776 is above the maximum"):
        kzsec.report.make_report(kaz, years=[2014], coalition_draws=2**40)
