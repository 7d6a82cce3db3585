"""Hypothesis profiles: "ci" (the default, 200 examples a test) and "thorough" (2,000).

Choose one with ``HYPOTHESIS_PROFILE=thorough pytest tests/property``.  The tests read the
profile's ``max_examples`` and never go below 200.  "ci" draws the same examples on every run
(``derandomize``), so that a run on a clean clone says the same as the one before it;
"thorough" draws new ones each time, to look for what the fixed examples miss.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
