"""Escalation on the device: route hard turns to the cloud through the school hub — only when
online and allowed, with personal data redacted and the reply safety-checked; else answer locally."""
from __future__ import annotations

from engine.escalation.client import HubClient, HubStatus
from engine.escalation.cloud import CloudAsker, CloudReply, CloudUnavailable
from engine.escalation.connectivity import Connectivity, ConnectivityMonitor
from engine.escalation.journal import DecisionRecord, EscalationJournal, QueuedQuestion
from engine.escalation.queue import SavedQuestions, SendReport
from engine.escalation.redact import Redacted, Redactor
from engine.escalation.router import (CLOUD, LOCAL, EscalationRouter, RouteDecision, RouterOptions, Turn, TurnChunk,
                                      assess)

__all__ = ["CLOUD", "LOCAL", "CloudAsker", "CloudReply", "CloudUnavailable", "Connectivity", "ConnectivityMonitor",
           "DecisionRecord", "EscalationJournal", "EscalationRouter", "HubClient", "HubStatus", "QueuedQuestion",
           "Redacted", "Redactor", "RouteDecision", "RouterOptions", "SavedQuestions", "SendReport", "Turn",
           "TurnChunk", "assess"]
