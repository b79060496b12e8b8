"""Netzwerkstatt: a platform for neighbourhood actor networks."""
