"""Hypothesis profiles: "ci" (the default, 200 examples a test) and "thorough" (2,000).

Choose one with ``HYPOTHESIS_PROFILE=thorough pytest tests/property``.  The tests read the
profile's ``max_examples`` and never go below 200.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
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
