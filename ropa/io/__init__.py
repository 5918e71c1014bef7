"""Import and export: every format goes through the interchange document and ``ropa.model.records``."""
