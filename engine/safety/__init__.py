"""Safety for minors: input/output filters, kind responses, a local decision log."""
from __future__ import annotations

from engine.safety.filters import (SafetyConfig, SafetyDecision, SafetyFilter, SafetyLog, check_input,
                                   check_output, default_filter, normalise)

__all__ = ["SafetyConfig", "SafetyDecision", "SafetyFilter", "SafetyLog", "check_input", "check_output",
           "default_filter", "normalise"]
