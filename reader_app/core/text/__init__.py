"""Urdu text folding and the Whoosh analyzer built on it."""
