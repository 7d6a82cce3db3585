"""Property tests through the public API: generated answers, round trips, arbitrary text."""
