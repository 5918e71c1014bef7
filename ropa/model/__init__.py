"""The domain: the Art. 30 record (records), its storage schema (tables) and the rules over it.

Knows nothing of Qt or files.
"""
